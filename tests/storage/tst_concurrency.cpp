// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "concurrencyplan.h"
#include "testdatabase.h"

#include "core/care/cardcharger.h"
#include "storage/accountstore.h"
#include "storage/care/careservice.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"
#include "storage/points/pointsledger.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace CareDesk;

// Issue #11 item 2: several terminals redeeming, cancelling and returning against the SAME
// account at the same moment never spend a point twice, never give one back twice, and
// never lose an entry. Each caredesk-concurrencydriver process is a terminal with its own
// connection (RULES.md R-P5 redemption, R-P6 return, R-P7 cancellation, R-P12 ledger); this
// test prepares the account, starts them together and then checks the ledger against what
// each terminal reported. On PostgreSQL (tst_concurrency_postgres) the terminals serialize
// on the account's balance row lock; on SQLite on the database's write lock, with
// Sql::withRetry absorbing SQLITE_BUSY.
// CAREDESK_CONCURRENCY_DRIVERS (3) and CAREDESK_CONCURRENCY_ITERATIONS (400) set the size.
class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    AccountId m_account = 0;
    Points m_setupBalance = 0;

    [[nodiscard]] QString target() const
    {
        const QString url = qEnvironmentVariable("CAREDESK_TEST_DATABASE");
        return url.isEmpty() ? m_dir.filePath(QStringLiteral("caredesk.sqlite")) : url;
    }

    [[nodiscard]] qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        const auto value = Sql::scalar(m_db->connection(), sql, values);
        return value ? value->toLongLong() : -999'999'999;
    }

    /// R-P12 on the whole ledger; empty when it holds together.
    [[nodiscard]] QString ledgerProblem() const
    {
        const qint64 balance
            = scalar(QStringLiteral("SELECT available FROM points_balances WHERE account_id = ?"), { m_account });
        const qint64 lots = scalar(QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM points_lots"));
        const qint64 entries = scalar(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_entries"));
        if (balance != lots || balance != entries)
            return QStringLiteral("balance %1, sum of lots %2, sum of entries %3").arg(balance).arg(lots).arg(entries);
        const qint64 last
            = scalar(QStringLiteral("SELECT available_after FROM points_entries ORDER BY id DESC LIMIT 1"));
        if (last != balance)
            return QStringLiteral("last running balance %1 != balance %2").arg(last).arg(balance);
        if (const qint64 n = scalar(QStringLiteral("SELECT count(*) FROM points_lots WHERE remaining < 0 "
                                                   "OR remaining > original")))
            return QStringLiteral("%1 lots hold less than nothing or more than they were given").arg(n);
        if (const qint64 n
            = scalar(QStringLiteral("SELECT count(*) FROM points_lots l WHERE l.remaining != "
                                    "(SELECT COALESCE(SUM(e.points), 0) FROM points_entries e WHERE e.lot_id = l.id)")))
            return QStringLiteral("%1 lots differ from the sum of their entries").arg(n);
        if (const qint64 n = scalar(QStringLiteral("SELECT count(*) FROM points_lots l WHERE "
                                                   "(SELECT COALESCE(SUM(r.points - r.restored), 0) FROM "
                                                   "points_redemptions r WHERE r.lot_id = l.id) > l.original")))
            return QStringLiteral("%1 lots paid out more than they held (double spend)").arg(n);
        return {};
    }

    [[nodiscard]] qint64 entrySum(const char *kind, qint64 order) const
    {
        return scalar(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_entries WHERE kind = ? "
                                     "AND order_id = ? AND line_id = 1"),
            { QString::fromLatin1(kind), order });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        const auto opened = openTestDatabase(*m_db, m_dir);
        QVERIFY2(opened.ok(), qPrintable(opened.detail));
        const PasswordHasher hasher(PasswordHasher::Cost::TestingOnly);
        const QDateTime setup = ConcurrencyPlan::setupTime();
        m_account = AccountStore(m_db->connection(), hasher)
                        .create({ ConcurrencyPlan::accountEmail(), QStringLiteral("Shared"), QDate(1980, 1, 1),
                                    QStringLiteral("NY") },
                            QStringLiteral("password1"), setup)
                        .id;
        QVERIFY(m_account > 0);
        PointsLedger ledger(m_db->connection(), ProgramTerms::mySony());
        Transaction tx(m_db->connection());
        for (int i = 1; i <= ConcurrencyPlan::kSetupLots; ++i) {
            QVERIFY(ledger.addPending(m_account, { i, 1 }, ConcurrencyPlan::kLotPoints, setup));
            QVERIFY(ledger.post({ i, 1 }, setup));
        }
        for (int i = 0; i < ConcurrencyPlan::kSharedRestores; ++i) {
            QVERIFY(ledger.redeem(m_account, ConcurrencyPlan::kFirstSharedRestore + i,
                { { 1, ConcurrencyPlan::kSharedRedeemed } }, setup));
        }
        for (int i = 0; i < ConcurrencyPlan::kSharedReturns; ++i) {
            const OrderLineRef line { ConcurrencyPlan::kFirstSharedReturn + i, 1 };
            QVERIFY(ledger.addPending(m_account, line, ConcurrencyPlan::kSharedEarned, setup));
            QVERIFY(ledger.post(line, setup));
        }
        QVERIFY(tx.commit());
        SandboxCardCharger charger;
        QVERIFY(
            CareService(m_db->connection(), CareTerms {}, charger)
                .purchase(m_account, setup,
                    { QStringLiteral("Visa"), QStringLiteral("4242"), QStringLiteral("tok_shared"), 2040, 1 }, false));
        m_setupBalance = ledger.balance(m_account).available;
        QCOMPARE(m_setupBalance,
            ConcurrencyPlan::kSetupLots * ConcurrencyPlan::kLotPoints
                - ConcurrencyPlan::kSharedRestores * ConcurrencyPlan::kSharedRedeemed
                + ConcurrencyPlan::kSharedReturns * ConcurrencyPlan::kSharedEarned);
        QCOMPARE(ledgerProblem(), QString());
    }

    void terminalsRaceOnOneAccount()
    {
        const int drivers = qEnvironmentVariableIsSet("CAREDESK_CONCURRENCY_DRIVERS")
            ? qEnvironmentVariableIntValue("CAREDESK_CONCURRENCY_DRIVERS")
            : 3;
        const int iterations = qEnvironmentVariableIsSet("CAREDESK_CONCURRENCY_ITERATIONS")
            ? qEnvironmentVariableIntValue("CAREDESK_CONCURRENCY_ITERATIONS")
            : 400;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("concurrency run: %d drivers x %d use cases, seed %u, on %s", drivers, iterations, seed,
            qPrintable(
                PostgresUrl::looksLikePostgres(target()) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));

        std::vector<std::unique_ptr<QProcess>> terminals;
        for (int child = 0; child < drivers; ++child) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::SeparateChannels);
            process->start(QStringLiteral(CAREDESK_CONCURRENCYDRIVER),
                { target(), QString::number(child), QString::number(iterations), QString::number(seed) });
            QVERIFY2(process->waitForStarted(10000), "a driver did not start");
            terminals.push_back(std::move(process));
        }
        for (auto &process : terminals) {
            while (!process->canReadLine())
                QVERIFY2(process->waitForReadyRead(30000),
                    qPrintable(QStringLiteral("a driver did not get ready: %1")
                                   .arg(QString::fromLocal8Bit(process->readAllStandardError()))));
            QCOMPARE(process->readLine().trimmed(), QByteArray("ready"));
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &process : terminals) // all at once: every driver waits for this line
            process->write("go\n");
        for (auto &process : terminals) // QProcess buffers writes: push "go" out now
            QVERIFY(process->waitForBytesWritten(10000));
        // Collect output through the event loop, so no driver ever blocks on a full pipe.
        const bool finished = QTest::qWaitFor(
            [&] {
                return std::all_of(terminals.cbegin(), terminals.cend(), [](const auto &p) {
                    return p->state() == QProcess::NotRunning;
                });
            },
            600000);
        QVERIFY2(finished, "a driver did not finish");

        // What the terminals say they did.
        QHash<qint64, Points> redeemed, earned, cancelled, sharedRestored, sharedEarnedBack, sharedFromBalance;
        QSet<qint64> refusedRedeems, refusedEarns;
        QHash<qint64, int> sharedRestoreWinners, sharedReturnWinners;
        int retries = 0, gaveUp = 0, committed = 0, refused = 0, careClocks = 0, refunds = 0;
        for (std::size_t child = 0; child < terminals.size(); ++child) {
            QProcess &process = *terminals[child];
            const QByteArray errors = process.readAllStandardError();
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                qPrintable(QStringLiteral("driver %1 exit %2: %3")
                               .arg(child)
                               .arg(process.exitCode())
                               .arg(QString::fromLocal8Bit(errors))));
            if (!errors.isEmpty())
                qInfo("driver %d said: %s", int(child), errors.left(2000).constData());
            int lines = 0;
            bool done = false;
            for (const QByteArray &raw : process.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = raw.trimmed().split(' ');
                if (f.first() == "done") {
                    done = true;
                } else if (f.first() == "stats" && f.size() == 3) {
                    retries += f[1].toInt();
                    gaveUp += f[2].toInt();
                } else if (f.size() >= 4) {
                    ++lines;
                    const qint64 order = f[1].toLongLong();
                    const Points points = f[2].toLongLong();
                    const bool ok = f.last() == "committed";
                    ok ? ++committed : ++refused;
                    if (f[0] == "redeem") {
                        ok ? void(redeemed.insert(order, points)) : void(refusedRedeems.insert(order));
                    } else if (f[0] == "earn") {
                        ok ? void(earned.insert(order, points)) : void(refusedEarns.insert(order));
                    } else if (f[0] == "cancel" && ok) {
                        QVERIFY2(!cancelled.contains(order), "an order was cancelled twice");
                        cancelled.insert(order, points);
                    } else if (f[0] == "restore" && ok) {
                        sharedRestored[order] += points;
                        sharedRestoreWinners[order] += points > 0 ? 1 : 0;
                    } else if (f[0] == "careclock") {
                        ++careClocks;
                    } else if (f[0] == "carerefund" && ok) {
                        ++refunds;
                    } else if (f[0] == "return" && ok && f.size() == 5) {
                        sharedEarnedBack[order] += points;
                        sharedFromBalance[order] += f[3].toLongLong();
                        sharedReturnWinners[order] += points > 0 ? 1 : 0;
                    }
                }
            }
            QVERIFY2(done, "a driver stopped early");
            QCOMPARE(lines, iterations);
        }
        qInfo("concurrency run: %d use cases committed, %d refused, %d retried after a conflict, %d gave up, %lld ms",
            committed, refused, retries, gaveUp, timer.elapsed());

        // The ledger holds together (R-P12), and nothing was spent twice.
        const QString problem = ledgerProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problem)));

        // No lost entry: every committed use case is in the ledger, exactly; no refused one is.
        for (auto it = redeemed.cbegin(); it != redeemed.cend(); ++it) {
            QCOMPARE(entrySum("redeem", it.key()), -it.value());
            QCOMPARE(scalar(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_redemptions "
                                           "WHERE order_id = ?"),
                         { it.key() }),
                it.value());
            // R-P7: a cancelled order got back exactly what it paid; any other nothing.
            QCOMPARE(entrySum("restore", it.key()), cancelled.value(it.key(), 0));
            if (cancelled.contains(it.key()))
                QCOMPARE(cancelled.value(it.key()), it.value());
        }
        for (const qint64 order : std::as_const(refusedRedeems)) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM points_entries WHERE order_id = ?"), { order }), 0);
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM points_redemptions WHERE order_id = ?"), { order }), 0);
        }
        for (auto it = earned.cbegin(); it != earned.cend(); ++it)
            QCOMPARE(entrySum("post", it.key()), it.value());
        for (const qint64 order : std::as_const(refusedEarns))
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM points_entries WHERE order_id = ?"), { order }), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM points_line_earnings WHERE order_id >= ?"),
                     { ConcurrencyPlan::earnOrderBase(0) }),
            qint64(earned.size()));

        // The races: a shared order's points come back once, a shared line's points go once.
        for (int i = 0; i < ConcurrencyPlan::kSharedRestores; ++i) {
            const qint64 order = ConcurrencyPlan::kFirstSharedRestore + i;
            QVERIFY2(sharedRestoreWinners.value(order) <= 1, "two terminals restored one order (R-P7)");
            QCOMPARE(entrySum("restore", order), sharedRestored.value(order));
            QCOMPARE(sharedRestored.value(order),
                sharedRestoreWinners.value(order) ? ConcurrencyPlan::kSharedRedeemed : Points(0));
        }
        for (int i = 0; i < ConcurrencyPlan::kSharedReturns; ++i) {
            const qint64 order = ConcurrencyPlan::kFirstSharedReturn + i;
            QVERIFY2(sharedReturnWinners.value(order) <= 1, "two terminals took back one line's points (R-P6)");
            QCOMPARE(sharedEarnedBack.value(order),
                sharedReturnWinners.value(order) ? ConcurrencyPlan::kSharedEarned : Points(0));
            QCOMPARE(entrySum("reverse", order), -sharedFromBalance.value(order));
        }

        // Care (R-C5, R-C8): each renewal charged once however many terminals ran the clock,
        // one refund paid however many asked, each charge with its transition.
        QVERIFY(careClocks > 0);
        const qint64 renewals = scalar(QStringLiteral("SELECT count(*) FROM care_charges WHERE kind = 'renewal'"));
        QVERIFY(renewals >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT charged_on) FROM care_charges WHERE kind = 'renewal'")),
            renewals);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_transitions WHERE reason = 'renewed'")), renewals);
        QVERIFY(refunds <= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_charges WHERE kind = 'refund'")), qint64(refunds));

        // The balance is what the terminals' own reports add up to.
        Points expected = m_setupBalance;
        for (const Points p : std::as_const(earned))
            expected += p;
        for (const Points p : std::as_const(redeemed))
            expected -= p;
        for (const Points p : std::as_const(cancelled))
            expected += p;
        for (const Points p : std::as_const(sharedRestored))
            expected += p;
        for (const Points p : std::as_const(sharedFromBalance))
            expected -= p;
        QCOMPARE(scalar(QStringLiteral("SELECT available FROM points_balances WHERE account_id = ?"), { m_account }),
            expected);

        // The terminals really ran at the same time: their entries interleave in the ledger.
        QSqlQuery order = Sql::prepare(
            m_db->connection(), QStringLiteral("SELECT order_id FROM points_entries WHERE order_id >= ? ORDER BY id"));
        QVERIFY(Sql::exec(order, { ConcurrencyPlan::redeemOrderBase(0) }));
        int switches = 0;
        qint64 previous = -1;
        while (order.next()) {
            const qint64 id = order.value(0).toLongLong();
            const qint64 child = id >= ConcurrencyPlan::earnOrderBase(0)
                ? (id - ConcurrencyPlan::earnOrderBase(0)) / 1'000'000
                : (id - ConcurrencyPlan::redeemOrderBase(0)) / 1'000'000;
            switches += previous >= 0 && child != previous ? 1 : 0;
            previous = child;
        }
        qInfo("concurrency run: the terminals' entries alternate %d times", switches);
        QVERIFY2(switches >= drivers * 5, "the drivers did not overlap: the run proves nothing");
        QCOMPARE(gaveUp, 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
