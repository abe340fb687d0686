// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "ordermoneycheck.h"
#include "testenv.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #9 item 1: a child process performs random use cases and is killed with SIGKILL at
// random moments; after every kill the database must open and hold together: integrity
// check ok, the balance equals the sum of live lots, every lot equals the sum of its
// entries, no lot gave more than it had, every Care charge has its transition, every order
// has its lines and payments and its money balances, no points redeemed twice.
// 100 kills by default; CAREDESK_CRASH_KILLS sets the count for the long run.
class TestCrash : public QObject
{
    Q_OBJECT

private:
    static QString invariantProblem(const QSqlDatabase &c)
    {
        const auto scalar = [&](const char *sql) {
            return Sql::scalar(c, QString::fromLatin1(sql))->toLongLong();
        };
        if (Sql::scalar(c, QStringLiteral("PRAGMA integrity_check"))->toString() != QLatin1String("ok"))
            return QStringLiteral("integrity_check failed");
        const qint64 balance = scalar("SELECT COALESCE(SUM(available), 0) FROM points_balances");
        if (balance != scalar("SELECT COALESCE(SUM(remaining), 0) FROM points_lots"))
            return QStringLiteral("balance differs from the lots");
        if (balance != scalar("SELECT COALESCE(SUM(points), 0) FROM points_entries"))
            return QStringLiteral("balance differs from the entries");
        if (scalar("SELECT count(*) FROM points_lots l WHERE l.remaining != (SELECT COALESCE(SUM(e.points), 0) "
                   "FROM points_entries e WHERE e.lot_id = l.id)")
            != 0)
            return QStringLiteral("a lot differs from its entries");
        if (scalar("SELECT count(*) FROM points_lots l WHERE (SELECT COALESCE(SUM(r.points - r.restored), 0) "
                   "FROM points_redemptions r WHERE r.lot_id = l.id) > l.original")
            != 0)
            return QStringLiteral("a lot was redeemed beyond what it held");
        if (scalar("SELECT count(*) FROM points_balances WHERE available < 0 OR pending < 0") != 0)
            return QStringLiteral("a negative balance");
        if (scalar("SELECT count(*) FROM care_charges WHERE kind IN ('purchase', 'renewal')")
            != scalar("SELECT count(*) FROM care_transitions WHERE reason IN ('purchased', 'renewed')"))
            return QStringLiteral("a Care charge without its transition, or the reverse");
        if (const QString orders = orderMoneyProblem(c); !orders.isEmpty())
            return orders;
        return {};
    }

private Q_SLOTS:
    void killAtRandomMoments()
    {
        const int kills = qEnvironmentVariableIsSet("CAREDESK_CRASH_KILLS")
            ? qEnvironmentVariableIntValue("CAREDESK_CRASH_KILLS")
            : 100;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("crash run: %d kills, seed %u", kills, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        for (int kill = 0; kill < kills; ++kill) {
            QProcess driver;
            driver.start(QStringLiteral(CAREDESK_CRASHDRIVER), { dir.path(), QString::number(random.generate()) });
            QVERIFY2(driver.waitForReadyRead(10000), "the driver did not start");
            QTest::qWait(int(random.bounded(5, 120))); // somewhere inside a stream of transactions
            driver.kill(); // SIGKILL: no cleanup, no rollback, mid-write
            QVERIFY(driver.waitForFinished(5000));

            Database db;
            const auto opened = db.openSqlite(
                dir.filePath(QStringLiteral("caredesk.sqlite")), dir.filePath(QStringLiteral("backups")));
            QVERIFY2(
                opened.ok(), qPrintable(QStringLiteral("kill %1, seed %2: %3").arg(kill).arg(seed).arg(opened.detail)));
            const QString problem = invariantProblem(db.connection());
            QVERIFY2(
                problem.isEmpty(), qPrintable(QStringLiteral("kill %1, seed %2: %3").arg(kill).arg(seed).arg(problem)));
        }
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("caredesk.sqlite")), dir.filePath(QStringLiteral("backups")))
                    .ok());
        const qint64 entries
            = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM points_entries"))->toLongLong();
        const qint64 orders = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM orders"))->toLongLong();
        qInfo("crash run: %lld ledger entries and %lld orders survived %d kills", entries, orders, kills);
        QVERIFY(entries > 0); // the driver really worked between kills
        QVERIFY(orders > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
