// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "core/points/earning.h"
#include "core/programcalendar.h"
#include "storage/transaction.h"

namespace CareDesk {

QString DemoData::email()
{
    return QStringLiteral("demo@caredesk.example");
}

QString DemoData::password()
{
    return QStringLiteral("care-demo-2026");
}

AccountId DemoData::ensure(
    QSqlDatabase db, const PasswordHasher &hasher, const QDateTime &now, PointsLedger &ledger, CareService &care)
{
    AccountStore accounts(db, hasher);
    if (const auto existing = accounts.demoAccount())
        return existing->id;
    NewAccount demo;
    demo.email = email();
    demo.displayName = QStringLiteral("Alex Morgan");
    demo.birthDate = ProgramCalendar::dateOf(now).addYears(-34);
    demo.state = QStringLiteral("NY");
    // About three years of membership, so the history below has room.
    const QDateTime joined = now.addDays(-3 * 365);
    const auto created = accounts.create(demo, password(), joined, true);
    if (created.status != AccountStore::CreateStatus::Created)
        return 0;
    const AccountId id = created.id;

    // Orders about every five weeks for three years, at 10:00 New York time; each ships
    // three days later unless it is too recent. Order numbers start at 1001.
    static const Cents prices[] = { 34999, 8999, 129999, 5999, 19999, 44999, 2999 };
    Transaction tx(db);
    bool ok = tx.isActive();
    qint64 order = 1001;
    QList<std::pair<OrderLineRef, QDateTime>> toShip;
    for (QDateTime placed = ProgramCalendar::startOfDay(ProgramCalendar::dateOf(joined).addDays(9)).addSecs(10 * 3600);
         ok && placed < now; placed = placed.addDays(29), ++order) {
        // Ship what is due before this order, so redemptions see the posted points.
        while (!toShip.isEmpty() && toShip.constFirst().second <= placed) {
            ok = ok && ledger.post(toShip.constFirst().first, toShip.constFirst().second);
            toShip.removeFirst(); // shipped in placing order, so the due ones are at the front
        }
        ok = ok && ledger.expireDue(id, placed) >= 0;
        const Cents price = prices[order % 7];
        Points redeemed = 0;
        // In the first year the member pays part of some orders with points (oldest lots go
        // first); later ones are kept, so some lots are about to expire today.
        if (order % 4 == 0 && placed < now.addMonths(-25))
            redeemed = std::min<Points>({ ledger.balance(id).available, price / 4, 1500 });
        if (redeemed > 0)
            ok = ok && ledger.redeem(id, order, { { 1, redeemed } }, placed);
        const Points earned
            = Earning::earnedPerLine(ledger.terms(), placed, { { price, true } }, redeemed, false).value(0);
        ok = ok && ledger.addPending(id, { order, 1 }, earned, placed);
        const QDateTime ships = placed.addDays(3);
        if (ships < now)
            toShip.append({ { order, 1 }, ships });
    }
    for (const auto &[line, ships] : std::as_const(toShip))
        ok = ok && ledger.post(line, ships);
    // And one order placed yesterday, not shipped yet: its points are pending (R-P3).
    const QDateTime yesterday = now.addDays(-1);
    ok = ok
        && ledger.addPending(
            id, { order, 1 }, Earning::pointsFor(ledger.terms().pointsPerDollarAt(yesterday), 27999), yesterday);
    ok = ok && ledger.expireDue(id, now) >= 0;
    if (!ok || !tx.commit())
        return id; // the account exists; its history could not be written and is absent

    // Care bought two years ago less 20 days, on a card valid for years: renewed once by the
    // clock job, renewing again in 20 days, so its notice is in the inbox (R-C5, R-C6).
    const StoredCard card { QStringLiteral("Visa"), QStringLiteral("4242"), QStringLiteral("tok_demo_visa_4242"),
        ProgramCalendar::dateOf(now).year() + 3, 8 };
    const QDateTime carePurchase
        = ProgramCalendar::startOfDay(ProgramCalendar::dateOf(now).addYears(-2).addDays(20)).addSecs(11 * 3600);
    if (care.purchase(id, carePurchase, card, false))
        care.runClock(id, now);
    return id;
}

} // namespace CareDesk
