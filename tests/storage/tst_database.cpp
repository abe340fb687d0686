// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

namespace {
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString makeDatabase(const QTemporaryDir &dir, int version = 0)
{
    const QString path = dir.filePath(QStringLiteral("caredesk.sqlite"));
    Database db(QStringLiteral("maker"));
    const auto result = db.openSqlite(path, dir.filePath(QStringLiteral("backups")), version);
    if (!result.ok())
        qWarning() << "could not make a database:" << result.detail;
    db.close();
    return path;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsCreatedInWalAtLatestVersion()
    {
        QTemporaryDir dir;
        Database db;
        const auto result = db.openSqlite(dir.filePath(QStringLiteral("caredesk.sqlite")), dir.filePath("backups"));
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.foundVersion, 0);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(
            Sql::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QVERIFY(db.connection().tables().contains(QStringLiteral("accounts")));
        // Nothing to back up for a brand-new database.
        QVERIFY(!QDir(dir.filePath("backups")).exists() || QDir(dir.filePath("backups")).isEmpty());
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        {
            Database db;
            QVERIFY(db.openSqlite(path, dir.filePath("backups")).ok());
            QVERIFY(Sql::run(db.connection(),
                QStringLiteral("INSERT INTO accounts (email, display_name, birth_date, "
                               "state, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                { QStringLiteral("a@b.co"), QStringLiteral("A"), QStringLiteral("1990-01-01"), QStringLiteral("NY"),
                    QStringLiteral("x"), 0 }));
        }
        Database again;
        const auto result = again.openSqlite(path, dir.filePath("backups"));
        QVERIFY(result.ok());
        QCOMPARE(result.foundVersion, Database::latestVersion());
        QCOMPARE(Sql::scalar(again.connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt(), 1);
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        {
            Database db;
            QVERIFY(db.openSqlite(path, dir.filePath("backups")).ok());
            QVERIFY(Sql::run(db.connection(), QStringLiteral("UPDATE schema_version SET version = ?"),
                { Database::latestVersion() + 1 }));
            // Fold the WAL into the file so the fingerprint covers everything.
            QVERIFY(Sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fingerprint(path);
        Database db;
        const auto result = db.openSqlite(path, dir.filePath("backups"));
        QCOMPARE(result.status, Database::Status::NewerSchema);
        QCOMPARE(result.foundVersion, Database::latestVersion() + 1);
        QVERIFY(!db.isOpen());
        QCOMPARE(fingerprint(path), before);
    }

    void damagedFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("this is not a database, just text\n").repeated(200);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\x01');
        QTest::newRow("zeros") << QByteArray(8192, '\0');
    }
    void damagedFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caredesk.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = fingerprint(path);
        Database db;
        const auto result = db.openSqlite(path, dir.filePath("backups"));
        QVERIFY2(result.status == Database::Status::NotADatabase || result.status == Database::Status::CannotOpen,
            qPrintable(result.detail));
        QVERIFY(!db.isOpen());
        QCOMPARE(fingerprint(path), before);
    }

    void foreignSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caredesk.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(Sql::run(other, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fingerprint(path);
        Database db;
        QCOMPARE(db.openSqlite(path, dir.filePath("backups")).status, Database::Status::NotADatabase);
        QCOMPARE(fingerprint(path), before);
    }

    void migrationKeepsACopyFirst()
    {
        if (Database::latestVersion() < 2)
            QSKIP("needs a second schema version to migrate to");
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, Database::latestVersion() - 1);
        QCOMPARE(Database::probeSqliteVersion(path), Database::latestVersion() - 1);
        Database db;
        const auto result = db.openSqlite(path, dir.filePath("backups"));
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.foundVersion, Database::latestVersion() - 1);
        QVERIFY(QFile::exists(result.backupPath));
        QCOMPARE(Database::probeSqliteVersion(result.backupPath), Database::latestVersion() - 1);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }

    void probeDoesNotCreateAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        QCOMPARE(Database::probeSqliteVersion(path), 0);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
