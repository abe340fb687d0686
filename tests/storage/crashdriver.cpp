// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Test-only: performs random points and Care use cases on a data folder, forever, so that
// tst_crash can kill it with SIGKILL at any moment (issue #9). Each use case is one
// transaction, exactly as in the app. Usage: caredesk-crashdriver <data dir> <seed>

#include "core/care/cardcharger.h"
#include "core/clock.h"
#include "core/programcalendar.h"
#include "storage/accountstore.h"
#include "storage/care/careservice.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"
#include "storage/points/pointsledger.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTextStream>

using namespace CareDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QRandomGenerator random(quint32(QByteArray(argv[2]).toUInt()));
    Database db;
    if (!db.openSqlite(
               QDir(dir).filePath(QStringLiteral("caredesk.sqlite")), QDir(dir).filePath(QStringLiteral("backups")))
             .ok())
        return 3;
    const PasswordHasher hasher(PasswordHasher::Cost::TestingOnly);
    AccountStore accounts(db.connection(), hasher);
    AccountId account = 0;
    if (const auto existing = accounts.byEmail(QStringLiteral("crash@example.com")))
        account = existing->id;
    else
        account = accounts
                      .create({ QStringLiteral("crash@example.com"), QStringLiteral("Crash"), QDate(1980, 1, 1),
                                  QStringLiteral("NY") },
                          QStringLiteral("password1"), QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC))
                      .id;
    if (!account)
        return 4;
    // Time moves on from where the last run stopped, so history stays in order.
    const auto last
        = Sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(MAX(occurred_at), 0) FROM points_entries"));
    FixedClock clock(last && last->toLongLong() > 0 ? Sql::fromEpochMs(last->toLongLong()).addSecs(60)
                                                    : QDateTime(QDate(2022, 1, 1), QTime(12, 0), Qt::UTC));
    PointsLedger ledger(db.connection(), ProgramTerms::mySony());
    SandboxCardCharger charger;
    CareService care(db.connection(), CareTerms {}, charger);
    const auto maxOrder
        = Sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(MAX(order_id), 0) FROM points_line_earnings"));
    qint64 order = maxOrder ? maxOrder->toLongLong() + 1 : 1;

    QTextStream(stdout) << "ready" << Qt::endl;
    for (;;) {
        clock.advanceSeconds(random.bounded(60, 3 * 24 * 3600));
        const QDateTime now = clock.now();
        const int op = int(random.bounded(6));
        Transaction tx(db.connection());
        bool ok = tx.isActive();
        if (op == 0 || op == 1) { // an order earns, and usually ships
            ok = ok && ledger.addPending(account, { order, 1 }, random.bounded(50, 3000), now);
            if (op == 0)
                ok = ok && ledger.post({ order, 1 }, now);
            ++order;
        } else if (op == 2) { // pay part of an order with points, as checkout does
            const Points want = random.bounded(1, 2000);
            ok = ok && ledger.redeem(account, order++, { { 1, want } }, now); // fails (rolled back) if short
        } else if (op == 3) { // cancel an earlier order: restore its points
            ok = ok && ledger.restoreLine({ qint64(random.bounded(1, int(std::max<qint64>(2, order)))), 1 }, now) >= 0;
        } else if (op == 4) {
            ok = ok && ledger.expireDue(account, now) >= 0;
        } else {
            tx.rollback();
            const StoredCard card { QStringLiteral("Visa"), QStringLiteral("4242"), QStringLiteral("tok_crash"), 2040,
                1 };
            if (care.membership(account).state == CareState::NotMember)
                care.purchase(account, now, card, false);
            else
                care.runClock(account, now);
            continue;
        }
        if (ok)
            (void)tx.commit();
    }
}
