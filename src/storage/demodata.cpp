// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "core/programcalendar.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "caredesk.demo")

namespace CareDesk {

QString DemoData::email()
{
    return QStringLiteral("demo@caredesk.example");
}

QString DemoData::password()
{
    return QStringLiteral("care-demo-2026");
}

QList<std::pair<QString, Cents>> DemoData::giftCards()
{
    return { { QStringLiteral("GIFT-2500-DEMO"), 2500 }, { QStringLiteral("GIFT-10000-DEMO"), 10000 } };
}

AccountId DemoData::ensure(QSqlDatabase db, const PasswordHasher &hasher, const QDateTime &now, CheckoutService &shop,
    PointsLedger &ledger, CareService &care)
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
    for (const auto &[code, cents] : giftCards())
        shop.issueGiftCard(code, cents);

    PlaceOrderRequest base;
    base.account = id;
    base.address = { demo.displayName, QStringLiteral("350 Fifth Avenue, Apt 12B"), QStringLiteral("New York"),
        QStringLiteral("NY"), QStringLiteral("10118") };
    // A sandbox test card (approved); its number and CVV live only in this request (R-K7).
    base.card = { QStringLiteral("4242 4242 4242 4242"), 8, ProgramCalendar::dateOf(now).year() + 3,
        QStringLiteral("123"), demo.displayName };
    const auto place = [&](const QDateTime &at, const QList<std::pair<QString, int>> &items, Points points,
                           ShippingOption shipping = ShippingOption::Ground) {
        // Lines due to ship before this order ship first, so its redemption sees their points.
        shop.runFulfilment(at);
        ledger.expireDue(id, at);
        PlaceOrderRequest request = base;
        request.at = at;
        request.shipping = shipping;
        for (const auto &[sku, quantity] : items) {
            const auto lineId = shop.cart().add(id, sku, quantity, at);
            if (lineId)
                request.cartLines.append(*shop.cart().line(id, *lineId));
        }
        const CheckoutReview review = shop.review(request, false);
        request.points = std::min(points, review.quote.pointsMax);
        const PlaceResult result = shop.placeOrder(request);
        if (result.status != PlaceStatus::Placed) {
            qCWarning(lcDemo) << "demo order at" << at << "was not placed:" << int(result.status);
            shop.cart().clear(id);
        }
        return result.orderId;
    };

    // Orders about every four weeks for three years, at 10:00 New York time. In the first
    // year the member pays part of some orders with points (oldest lots go first); later
    // points are kept, so some lots are about to expire today.
    static const char *const products[]
        = { "WH-1000XM6", "SRS-XB100", "WF-1000XM5", "SEL50F18F", "K-55XR70", "SRS-XB100", "ILCE-7M4" };
    const QDateTime careBought
        = ProgramCalendar::startOfDay(ProgramCalendar::dateOf(now).addYears(-2).addDays(20)).addSecs(11 * 3600);
    bool careDone = false;
    int n = 0;
    for (QDateTime placed = ProgramCalendar::startOfDay(ProgramCalendar::dateOf(joined).addDays(9)).addSecs(10 * 3600);
         placed < now.addDays(-2); placed = placed.addDays(29), ++n) {
        if (!careDone && placed > careBought) {
            // Care bought with headphones (R-C1), two years ago less 20 days.
            place(careBought, { { QStringLiteral("CARE-1Y"), 1 }, { QStringLiteral("WH-1000XM6"), 1 } }, 0);
            careDone = true;
        }
        QList<std::pair<QString, int>> items { { QString::fromLatin1(products[n % 7]), 1 } };
        if (n % 5 == 2)
            items.append({ QStringLiteral("NP-FZ100"), 1 }); // a part: earns nothing (R-P1)
        const Points points = n % 4 == 0 && placed < now.addMonths(-25) ? 1500 : 0;
        place(placed, items, points);
    }
    // Two hours ago: its points pending (R-P3); the lens is back-ordered and ships later.
    place(now.addSecs(-2 * 3600), { { QStringLiteral("WF-1000XM5"), 1 }, { QStringLiteral("SEL50F18F"), 1 } }, 0,
        ShippingOption::TwoDay);
    shop.runFulfilment(now);
    ledger.expireDue(id, now);
    // Renewed once by the clock job, renewing in 20 days, so its notice is in the inbox (R-C5, R-C6).
    care.runClock(id, now);
    return id;
}

} // namespace CareDesk
