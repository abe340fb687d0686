// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "testdatabase.h"

#include "core/care/cardcharger.h"
#include "storage/accountstore.h"
#include "storage/care/careservice.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"
#include "storage/points/pointsledger.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #11 item 4: caredesk-migrate copies a terminal's SQLite profile into the store's
// PostgreSQL database and proves it (row counts, each account's points balance against its
// lots, every *_cents sum), or refuses and writes nothing. The profile is made through the
// storage API, as the app makes it: two members, points earned, pending, redeemed,
// cancelled and a bonus (RULES.md R-P3, R-P5, R-P7, R-P2), a Care membership bought and
// renewed (R-C5) and one bought and refunded (R-C8). Runs on the postgres fixture only.
class TestMigrate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    PostgresUrl m_server;
    AccountId m_kim = 0;
    AccountId m_lee = 0;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run migrate(const QString &from) const
    {
        QProcess tool;
        tool.start(QStringLiteral(CAREDESK_MIGRATE),
            { QStringLiteral("--from"), from, QStringLiteral("--to"), m_server.toDisplayString() });
        Run run;
        if (!tool.waitForFinished(120000))
            return run;
        run.exitCode = tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
        run.out = QString::fromUtf8(tool.readAllStandardOutput());
        run.err = QString::fromUtf8(tool.readAllStandardError());
        return run;
    }

    /// A copy of the profile in a new folder, to damage without touching the original.
    static bool copyProfile(const QString &from, const QString &to)
    {
        Database db(QStringLiteral("profile-copy"));
        if (!db.openSqlite(
                   QDir(from).filePath(QStringLiteral("caredesk.sqlite")), QDir(from).filePath(QStringLiteral("b")))
                 .ok())
            return false;
        return Sql::run(
            db.connection(), QStringLiteral("VACUUM INTO ?"), { QDir(to).filePath(QStringLiteral("caredesk.sqlite")) });
    }

    /// Rows in every table of the target (0 tables: nothing there at all).
    [[nodiscard]] qint64 targetRows() const
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("target-rows-raw"));
        qint64 rows = 0;
        {
            c.setHostName(m_server.host);
            c.setPort(m_server.port);
            c.setDatabaseName(m_server.databaseName);
            c.setUserName(m_server.user);
            if (!c.open())
                return -1;
            for (const QString &table : c.tables()) {
                if (table != QLatin1String("schema_version"))
                    rows += Sql::scalar(c,
                        QStringLiteral("SELECT count(*) FROM %1")
                            .arg(c.driver()->escapeIdentifier(table, QSqlDriver::TableName)))
                                ->toLongLong();
            }
            c.close();
        }
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("target-rows-raw"));
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString url = qEnvironmentVariable("CAREDESK_TEST_DATABASE");
        if (url.isEmpty())
            QSKIP("needs the PostgreSQL test server (ctest -L postgres)");
        m_server = testPostgresUrl(url);

        Database db(QStringLiteral("profile"));
        QVERIFY(db.openSqlite(m_profile.filePath(QStringLiteral("caredesk.sqlite")),
                      m_profile.filePath(QStringLiteral("backups")))
                    .ok());
        const QSqlDatabase c = db.connection();
        const PasswordHasher hasher(PasswordHasher::Cost::TestingOnly);
        const QDateTime start(QDate(2025, 2, 3), QTime(15, 0), Qt::UTC);
        AccountStore accounts(c, hasher);
        m_kim = accounts
                    .create({ QStringLiteral("kim@example.com"), QStringLiteral("Kim"), QDate(1985, 6, 1),
                                QStringLiteral("CA") },
                        QStringLiteral("password1"), start)
                    .id;
        m_lee = accounts
                    .create({ QStringLiteral("lee@example.com"), QStringLiteral("李"), QDate(1990, 4, 23),
                                QStringLiteral("NY") },
                        QStringLiteral("password2"), start)
                    .id;
        QVERIFY(m_kim > 0 && m_lee > 0);
        PointsLedger ledger(c, ProgramTerms::mySony());
        {
            Transaction tx(c);
            QVERIFY(ledger.addPending(m_kim, { 1, 1 }, 3000, start));
            QVERIFY(ledger.post({ 1, 1 }, start.addDays(2)));
            QVERIFY(ledger.addPending(m_kim, { 2, 1 }, 800, start.addDays(3))); // R-P3: still pending
            QVERIFY(ledger.redeem(m_kim, 3, { { 1, 1200 }, { 2, 300 } }, start.addDays(5)));
            QCOMPARE(ledger.restoreLine({ 3, 2 }, start.addDays(6)), Points(300)); // R-P7
            QVERIFY(ledger.addPending(m_lee, { 4, 1 }, 520, start.addDays(7)));
            QVERIFY(ledger.post({ 4, 1 }, start.addDays(8)));
            QVERIFY(ledger.addBonus(m_lee, QStringLiteral("welcome"), 250, start.addDays(8))); // R-P2
            QVERIFY(tx.commit());
        }
        SandboxCardCharger charger;
        CareService care(c, CareTerms {}, charger);
        const StoredCard card { QStringLiteral("Visa"), QStringLiteral("4242"), QStringLiteral("tok_kim"), 2040, 1 };
        QVERIFY(care.purchase(m_kim, start, card, false));
        QVERIFY(care.runClock(m_kim, start.addYears(1).addDays(1)).changed); // R-C5 renewal charged
        QVERIFY(care.purchase(m_lee, start.addDays(10), card, false));
        QVERIFY(care.refund(m_lee, start.addDays(20)).has_value()); // R-C8
        QCOMPARE(ledger.balance(m_kim).available, Points(3000 - 1200));
        QCOMPARE(ledger.balance(m_kim).pending, Points(800));
        QCOMPARE(ledger.balance(m_lee).available, Points(770));
    }

    void refusesANewerProfile()
    {
        QTemporaryDir newer;
        QVERIFY(copyProfile(m_profile.path(), newer.path()));
        {
            Database db(QStringLiteral("newer"));
            QVERIFY(
                db.openSqlite(newer.filePath(QStringLiteral("caredesk.sqlite")), newer.filePath(QStringLiteral("b")))
                    .ok());
            QVERIFY(Sql::run(db.connection(), QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        resetTestServer(m_server);
        const Run run = migrate(newer.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer CareDesk")), qPrintable(run.err));
        QCOMPARE(targetRows(), 0); // the target was not even created
    }

    void refusesWhileTheAppIsOpen()
    {
        QLockFile app(m_profile.filePath(QStringLiteral("caredesk.lock")));
        QVERIFY(app.tryLock());
        const Run run = migrate(m_profile.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("close it first")), qPrintable(run.err));
    }

    void refusesAProfileWhosePointsDoNotAddUp()
    {
        QTemporaryDir damaged;
        QVERIFY(copyProfile(m_profile.path(), damaged.path()));
        {
            Database db(QStringLiteral("damaged"));
            QVERIFY(db.openSqlite(
                          damaged.filePath(QStringLiteral("caredesk.sqlite")), damaged.filePath(QStringLiteral("b")))
                        .ok());
            QVERIFY(Sql::run(db.connection(),
                QStringLiteral("UPDATE points_balances SET available = available + 1 WHERE account_id = ?"),
                { m_kim }));
        }
        resetTestServer(m_server);
        const Run run = migrate(damaged.filePath(QStringLiteral("caredesk.sqlite")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("do not add up")), qPrintable(run.err));
        QCOMPARE(targetRows(), 0);
    }

    void copiesAndVerifiesAProfile()
    {
        resetTestServer(m_server); // a new, empty database: the tool creates the schema
        const Run run = migrate(m_profile.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("verified, equal in both databases: ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("each of 2 accounts")), qPrintable(run.out));

        // The store's database holds the same members, points and money, under the same ids.
        Database store(QStringLiteral("store"));
        QVERIFY(store.openPostgres(m_server).ok());
        const QSqlDatabase c = store.connection();
        const PasswordHasher hasher(PasswordHasher::Cost::TestingOnly);
        AccountStore accounts(c, hasher);
        QCOMPARE(accounts.byEmail(QStringLiteral("kim@example.com"))->id, m_kim);
        QCOMPARE(accounts.byEmail(QStringLiteral("lee@example.com"))->displayName, QStringLiteral("李"));
        PointsLedger ledger(c, ProgramTerms::mySony());
        QCOMPARE(ledger.balance(m_kim).available, Points(1800));
        QCOMPARE(ledger.balance(m_kim).pending, Points(800));
        QCOMPARE(ledger.balance(m_lee).available, Points(770));
        QCOMPARE(ledger.redeemedOnLine({ 3, 1 }), Points(1200));
        QCOMPARE(
            Sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM care_charges"))->toLongLong(),
            2 * CareTerms {}.feeCents); // Kim's purchase and renewal; Lee's fee refunded
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM care_charges"))->toLongLong(), 4);
        SandboxCardCharger charger;
        QCOMPARE(CareService(c, CareTerms {}, charger).membership(m_kim).state, CareState::Active);

        // The members sign in with their passwords, and work goes on: new rows get new ids.
        QVERIFY(accounts.verify(QStringLiteral("lee@example.com"), QStringLiteral("password2")).has_value());
        const auto next = accounts.create(
            { QStringLiteral("new@example.com"), QStringLiteral("New"), QDate(1970, 1, 1), QStringLiteral("TX") },
            QStringLiteral("password3"), QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(next.id > m_lee);
        Transaction tx(c);
        QVERIFY(ledger.post({ 2, 1 }, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC))); // R-P3: ships now
        QVERIFY(tx.commit());
        QCOMPARE(ledger.balance(m_kim).available, Points(2600));
    }

    void refusesATargetThatHoldsAccounts()
    {
        const qint64 before = targetRows();
        QVERIFY(before > 0); // what the previous test copied
        const Run run = migrate(m_profile.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("already holds data")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("rows: accounts 3,")), qPrintable(run.err));
        QCOMPARE(targetRows(), before); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
