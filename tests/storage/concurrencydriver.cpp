// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Test-only: one "terminal" of tst_concurrency (issue #11). Opens the shared database, says
// "ready", waits for "go" on stdin so that every driver starts at the same moment, then
// performs `iterations` random points use cases on the ONE shared account, each in its own
// transaction under Sql::withRetry, exactly as a use case of the app does. Every driver
// draws the SAME sequence of use cases from `seed` (amounts differ: `seed + child`) and
// takes the shared orders in turn, so they collide on the same lots and the same shared
// order at the same moment, again and again:
//   redeem   <order> <points>                 pays a new order of its own with points
//   earn     <order> <points>                 an order of its own earns and ships
//   cancel   <order> <restored>               cancels one of its own paid orders (R-P7)
//   restore  <order> <restored>               cancels a shared order every driver races for
//   return   <order> <earned> <fromBalance>   returns a shared line every driver races for (R-P6)
//   careclock <n> <changed>                   first: the Care clock past the n-th renewal (R-C5)
//   carerefund 0 <cents>                      then the 30-day refund of the last one (R-C8)
// and prints one line per use case: the fields above, then "committed" or "refused".
// Finally "stats <retries> <gave-up>" and "done".
// Usage: caredesk-concurrencydriver <sqlite file | postgresql URL> <child> <iterations> <seed>

#include "concurrencyplan.h"
#include "testdatabase.h"

#include "core/care/cardcharger.h"
#include "storage/care/careservice.h"
#include "storage/database.h"
#include "storage/points/pointsledger.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <cstdio>

using namespace CareDesk;

namespace {

std::atomic_int s_retries { 0 };
std::atomic_int s_gaveUp { 0 };
std::atomic_int s_warnings { 0 };

// Counts the retry helper's messages; passes the first warnings on for the test's log.
void countMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool sql = context.category && qstrcmp(context.category, "caredesk.sql") == 0;
    if (sql && message.startsWith(QLatin1String("retrying use case")))
        ++s_retries;
    else if (sql && message.contains(QLatin1String("giving up")))
        ++s_gaveUp;
    if (type >= QtWarningMsg && s_warnings++ < 20)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 5)
        return 2;
    qInstallMessageHandler(countMessages);
    const QString target = QString::fromLocal8Bit(argv[1]);
    const int child = QByteArray(argv[2]).toInt();
    const int iterations = QByteArray(argv[3]).toInt();
    const quint32 seed = quint32(QByteArray(argv[4]).toUInt());
    QRandomGenerator sequence(seed); // the same in every driver
    QRandomGenerator random(seed + quint32(child)); // amounts and choices of its own

    Database db;
    const auto opened = PostgresUrl::looksLikePostgres(target)
        ? db.openPostgres(testPostgresUrl(target))
        : db.openSqlite(target, QFileInfo(target).absolutePath() + QStringLiteral("/backups"));
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(target), qPrintable(opened.detail));
        return 3;
    }
    const QSqlDatabase c = db.connection();
    const auto account = Sql::scalar(
        c, QStringLiteral("SELECT id FROM accounts WHERE email = ?"), { ConcurrencyPlan::accountEmail() });
    if (!account)
        return 4;
    PointsLedger ledger(c, ProgramTerms::mySony());
    SandboxCardCharger charger;
    CareService care(c, CareTerms {}, charger);
    const AccountId id = account->toLongLong();

    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    if (QTextStream(stdin).readLine() != QLatin1String("go"))
        return 5;

    // One use case: its own transaction, retried as the app's use cases are.
    const auto useCase = [&](const auto &body) {
        return Sql::withRetry(c, [&] {
            Transaction tx(c);
            return tx.isActive() && body() && tx.commit();
        });
    };
    const auto outcome = [](bool committed) {
        return committed ? QLatin1String("committed") : QLatin1String("refused");
    };
    QList<qint64> paidOrders; // this driver's own orders paid with points, not cancelled yet
    int sharedRestores = 0, sharedReturns = 0;
    for (int i = 0; i < iterations; ++i) {
        // A terminal's think time between use cases. Without it an SQLite writer that loops
        // straight into its next transaction takes the lock again before the others' busy
        // handlers wake up, and the drivers run one after another instead of together.
        QThread::usleep(random.bounded(3000));
        const QDateTime now = ConcurrencyPlan::workTime(i);
        const int dice = int(sequence.bounded(100));
        if (i <= ConcurrencyPlan::kCareRenewals) {
            // First, while the drivers are still in step after "go": the Care races.
            // CareService runs its own transactions (and retries).
            if (i < ConcurrencyPlan::kCareRenewals) {
                const CareClockResult clock = care.runClock(id, ConcurrencyPlan::careClockTime(i));
                out << "careclock " << i << ' ' << (clock.changed ? 1 : 0) << " committed\n";
            } else {
                const auto refund = care.refund(id, ConcurrencyPlan::careRefundTime());
                out << "carerefund 0 " << refund.value_or(0) << ' ' << outcome(refund.has_value()) << '\n';
            }
        } else if (dice < 15 && !paidOrders.isEmpty()) {
            const qint64 order = paidOrders.takeAt(int(random.bounded(int(paidOrders.size()))));
            Points restored = 0;
            const bool ok = useCase([&] {
                restored = ledger.restoreLine({ order, 1 }, now);
                return restored >= 0;
            });
            if (!ok)
                paidOrders.append(order);
            out << "cancel " << order << ' ' << (ok ? restored : 0) << ' ' << outcome(ok) << '\n';
        } else if (dice < 28) {
            const qint64 order
                = ConcurrencyPlan::kFirstSharedRestore + sharedRestores++ % ConcurrencyPlan::kSharedRestores;
            Points restored = 0;
            const bool ok = useCase([&] {
                restored = ledger.restoreLine({ order, 1 }, now);
                return restored >= 0;
            });
            out << "restore " << order << ' ' << (ok ? restored : 0) << ' ' << outcome(ok) << '\n';
        } else if (dice < 40) {
            const qint64 order
                = ConcurrencyPlan::kFirstSharedReturn + sharedReturns++ % ConcurrencyPlan::kSharedReturns;
            std::optional<ReturnPointsPlan> plan;
            const bool ok = useCase([&] {
                plan = ledger.reverseForReturn({ order, 1 }, 2000, now);
                return plan.has_value();
            });
            out << "return " << order << ' ' << (ok ? plan->earnedToReverse : 0) << ' '
                << (ok ? plan->reversedFromBalance : 0) << ' ' << outcome(ok) << '\n';
        } else if (dice < 58) {
            const qint64 order = ConcurrencyPlan::earnOrderBase(child) + i;
            const Points points = random.bounded(1, 900);
            const bool ok = useCase([&] {
                return ledger.addPending(id, { order, 1 }, points, now) && ledger.post({ order, 1 }, now);
            });
            out << "earn " << order << ' ' << points << ' ' << outcome(ok) << '\n';
        } else {
            const qint64 order = ConcurrencyPlan::redeemOrderBase(child) + i;
            const Points want = random.bounded(1, 1200);
            const bool ok = useCase([&] {
                return ledger.redeem(id, order, { { 1, want } }, now);
            });
            if (ok)
                paidOrders.append(order);
            out << "redeem " << order << ' ' << want << ' ' << outcome(ok) << '\n';
        }
    }
    out << "stats " << s_retries.load() << ' ' << s_gaveUp.load() << '\n' << "done" << Qt::endl;
    return 0;
}
