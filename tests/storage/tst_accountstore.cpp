// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"
#include "storage/sql.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PasswordHasher m_hasher { PasswordHasher::Cost::TestingOnly };
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

    NewAccount ann() const
    {
        return NewAccount { QStringLiteral("Ann.Lee@Example.com"), QStringLiteral("Ann Lee"), QDate(1990, 4, 23),
            QStringLiteral("ny") };
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->openSqlite(m_dir.filePath(QStringLiteral("caredesk.sqlite")), m_dir.filePath("backups")).ok());
        QVERIFY(Sql::run(m_db->connection(), QStringLiteral("DELETE FROM accounts")));
    }
    void cleanup()
    {
        m_db.reset();
    }

    void createThenSignIn()
    {
        AccountStore store(m_db->connection(), m_hasher);
        const auto created = store.create(ann(), QStringLiteral("correct horse"), m_now);
        QCOMPARE(created.status, AccountStore::CreateStatus::Created);
        const auto account = store.verify(QStringLiteral("  ann.lee@example.COM"), QStringLiteral("correct horse"));
        QVERIFY(account);
        QCOMPARE(account->id, created.id);
        QCOMPARE(account->email, QStringLiteral("ann.lee@example.com"));
        QCOMPARE(account->state, QStringLiteral("NY"));
        QCOMPARE(account->birthDate, QDate(1990, 4, 23));
        QCOMPARE(account->createdAt, m_now);
    }

    void wrongPasswordAndUnknownEmailLookTheSame()
    {
        AccountStore store(m_db->connection(), m_hasher);
        QCOMPARE(
            store.create(ann(), QStringLiteral("correct horse"), m_now).status, AccountStore::CreateStatus::Created);
        QVERIFY(!store.verify(QStringLiteral("ann.lee@example.com"), QStringLiteral("Correct horse")));
        QVERIFY(!store.verify(QStringLiteral("nobody@example.com"), QStringLiteral("correct horse")));
        QVERIFY(!store.verify(QStringLiteral("ann.lee@example.com"), QString()));
    }

    void oneAccountPerEmail()
    {
        // R-P10: one account per email, case and spaces notwithstanding.
        AccountStore store(m_db->connection(), m_hasher);
        QCOMPARE(
            store.create(ann(), QStringLiteral("correct horse"), m_now).status, AccountStore::CreateStatus::Created);
        NewAccount again = ann();
        again.email = QStringLiteral(" ANN.LEE@example.com ");
        QCOMPARE(
            store.create(again, QStringLiteral("another one"), m_now).status, AccountStore::CreateStatus::EmailTaken);
        QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt(), 1);
    }

    void sqlInjectionIsJustText()
    {
        AccountStore store(m_db->connection(), m_hasher);
        NewAccount evil = ann();
        evil.email = QStringLiteral("x'); DROP TABLE accounts; --@example.com");
        evil.displayName = QStringLiteral("Robert'); DROP TABLE accounts;--");
        QCOMPARE(
            store.create(evil, QStringLiteral("correct horse"), m_now).status, AccountStore::CreateStatus::Created);
        QVERIFY(m_db->connection().tables().contains(QStringLiteral("accounts")));
        QCOMPARE(store.byEmail(evil.email)->displayName, evil.displayName);
    }

    void passwordIsNeverStoredInClear()
    {
        AccountStore store(m_db->connection(), m_hasher);
        const QString password = QStringLiteral("Unmistakable-Passphrase-42");
        QCOMPARE(store.create(ann(), password, m_now).status, AccountStore::CreateStatus::Created);
        const QString hash
            = Sql::scalar(m_db->connection(), QStringLiteral("SELECT password_hash FROM accounts"))->toString();
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file.fileName()));
            const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        }
    }

    void hasherRejectsTampering()
    {
        const QString hash = m_hasher.hash(QStringLiteral("secret words"));
        QVERIFY(m_hasher.verify(hash, QStringLiteral("secret words")));
        QVERIFY(!m_hasher.verify(hash, QStringLiteral("secret word")));
        QString tampered = hash;
        tampered[tampered.size() - 2]
            = tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!m_hasher.verify(tampered, QStringLiteral("secret words")));
        // A hash made with test limits is flagged for an upgrade by the production hasher.
        QVERIFY(PasswordHasher(PasswordHasher::Cost::Interactive).needsRehash(hash));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
