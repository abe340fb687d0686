// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "orderwording.h"

#include "pointswording.h"
#include "shopwording.h"

#include "core/programcalendar.h"
#include "core/shop/shopterms.h"

#include <QLocale>

namespace CareDesk {

namespace {
QString dollars(Cents cents)
{
    return PointsWording::dollars(cents);
}

QString points(Points value)
{
    return PointsWording::points(value);
}

QString day(const QDate &date)
{
    return PointsWording::date(date);
}

} // namespace

QString OrderWording::orderStatus(const OrderSummary &s)
{
    QStringList parts;
    const auto add = [&parts](int count, const char *status) {
        if (count > 0)
            parts << tr("%1: %2").arg(ShopWording::lineStatus(QLatin1String(status)), QLocale().toString(count));
    };
    add(s.open, LineStatus::Placed);
    add(s.shipped, LineStatus::Shipped);
    add(s.delivered, LineStatus::Delivered);
    add(s.cancelled, LineStatus::Cancelled);
    add(s.returned, LineStatus::Returned);
    return parts.join(QStringLiteral(" · "));
}

QString OrderWording::orderTitle(const OrderSummary &s)
{
    if (s.lines <= 1)
        return s.firstItemName;
    if (s.lines == 2)
        return tr("%1 and 1 more item").arg(s.firstItemName);
    return tr("%1 and %2 more items").arg(s.firstItemName, QLocale().toString(s.lines - 1));
}

QString OrderWording::orderPoints(const OrderSummary &s)
{
    QStringList parts;
    if (s.pointsRedeemed > 0)
        parts << tr("Redeemed %1").arg(points(s.pointsRedeemed));
    if (s.pointsEarned > 0)
        parts << tr("earns %1").arg(points(s.pointsEarned));
    return parts.join(QStringLiteral(" · "));
}

QString OrderWording::lineDelivery(const OrderLineRecord &l)
{
    if (l.status == QLatin1String(LineStatus::Cancelled))
        return tr("Cancelled on %1").arg(day(ProgramCalendar::dateOf(l.closedAt)));
    if (l.status == QLatin1String(LineStatus::Returned))
        return tr("Returned on %1").arg(day(ProgramCalendar::dateOf(l.closedAt)));
    if (l.kind == QLatin1String("software"))
        return tr("Licence key sent by email");
    if (l.kind == QLatin1String("training"))
        return tr("Class registration");
    if (l.kind == QLatin1String("care"))
        return tr("Care membership: see the Care page");
    if (l.status == QLatin1String(LineStatus::Delivered))
        return tr("Delivered on %1 · tracking %2").arg(day(l.deliveredOn), l.tracking);
    if (l.status == QLatin1String(LineStatus::Shipped))
        return tr("Shipped on %1 · tracking %2 · arrives by %3")
            .arg(day(ProgramCalendar::dateOf(l.shippedAt)), l.tracking, day(l.deliverBy));
    const QString promise
        = tr("%1 · ships on %2 · arrives by %3")
              .arg(ShopWording::shippingOption(shippingOptionFromCode(l.shipOption).value_or(ShippingOption::Ground)),
                  day(l.shipOn), day(l.deliverBy));
    if (l.status == QLatin1String(LineStatus::Backordered))
        return tr("Back-ordered: %1").arg(promise);
    return promise;
}

QString OrderWording::lineAmount(const OrderLineRecord &l)
{
    if (l.complimentaryFor != 0)
        return tr("Complimentary");
    QString text = dollars(l.netCents);
    if (l.priceMatchCents > 0)
        text += QStringLiteral(" · ") + tr("price match %1 back").arg(dollars(l.priceMatchCents));
    if (l.refundCents > 0)
        text += QStringLiteral(" · ") + tr("refunded %1").arg(dollars(l.refundCents));
    if (l.restockFeeCents > 0)
        text += QStringLiteral(" · ") + tr("restocking fee %1").arg(dollars(l.restockFeeCents));
    return text;
}

QString OrderWording::linePoints(const OrderLineRecord &l)
{
    QStringList parts;
    if (l.pointsRedeemed > 0)
        parts << tr("paid with %1").arg(points(l.pointsRedeemed));
    if (l.pointsEarned > 0 && !l.isClosed())
        parts << (l.isOpen() ? tr("%1 pending until it ships").arg(points(l.pointsEarned))
                             : tr("earned %1").arg(points(l.pointsEarned)));
    return parts.join(QStringLiteral(" · "));
}

QStringList OrderWording::orderTotals(const OrderRecord &o)
{
    QStringList lines;
    lines << tr("Items: %1").arg(dollars(o.subtotalCents));
    if (o.memberSavingsCents > 0)
        lines << tr("Care member savings: %1").arg(dollars(o.memberSavingsCents));
    if (o.discountCents > 0)
        lines << tr("Discounts: −%1").arg(dollars(o.discountCents));
    lines << tr("Shipping: %1").arg(dollars(o.shippingCents));
    if (o.shippingUpgradeCents > 0)
        lines << tr("Free shipping upgrade (Care): %1").arg(dollars(o.shippingUpgradeCents));
    lines << tr("Tax: %1").arg(dollars(o.taxCents));
    lines << tr("Total: %1").arg(dollars(o.totalCents));
    if (o.pointsRedeemed > 0)
        lines << tr("Paid with points: %1 (%2)").arg(points(o.pointsRedeemed), dollars(o.pointsValueCents));
    if (o.giftCardCents > 0)
        lines << tr("Paid by gift card: %1").arg(dollars(o.giftCardCents));
    if (o.cardCents > 0)
        lines << tr("Paid by %1 ending %2: %3").arg(o.cardBrand, o.cardLast4, dollars(o.cardCents));
    if (!o.promoCode.isEmpty())
        lines << tr("Promotion code: %1").arg(o.promoCode);
    return lines;
}

QString OrderWording::orderShipping(const OrderRecord &o)
{
    if (o.kind == QLatin1String("training"))
        return tr("Class for %1 (%2)").arg(o.studentName, o.studentEmail);
    if (o.address.street.isEmpty())
        return {};
    return tr("Ships to %1, %2, %3, %4 %5")
        .arg(o.address.name, o.address.street, o.address.city, o.address.state, o.address.zip);
}

QStringList OrderWording::previewLines(Action action, const LinePreview &p)
{
    QStringList lines;
    if (!p.allowed()) {
        lines << ShopWording::previewRefusal(p.status);
        return lines;
    }
    if (action == Action::PriceMatch)
        lines << tr("New price: %1 each; you paid %2 for %3 × %4")
                     .arg(dollars(p.newUnitCents), dollars(p.netCents), QLocale().toString(p.quantity), p.name);
    if (action == Action::Return && p.restockingFeeCents > 0) {
        lines << tr("Restocking fee (15%, at least $5 per line): %1").arg(dollars(p.restockingFeeCents));
        if (p.feePoints > 0)
            lines << tr("Of that fee, %1 comes out of the points you paid with").arg(points(p.feePoints));
    }
    if (p.shippingRefundCents > 0)
        lines << tr("Shipping refunded: %1 (nothing else in the order ships)").arg(dollars(p.shippingRefundCents));
    if (p.taxCents > 0 && action != Action::PriceMatch)
        lines << tr("Tax refunded: %1").arg(dollars(p.taxCents));
    lines << tr("Money back: %1").arg(dollars(p.refundCents));
    if (p.toCardCents > 0)
        lines << tr("To your card ending %1: %2").arg(p.cardLast4, dollars(p.toCardCents));
    if (p.toGiftCardCents > 0)
        lines << tr("To your gift card: %1").arg(dollars(p.toGiftCardCents));
    if (p.pointsRestored > 0)
        lines << tr("Points you paid with, back to your balance: %1").arg(points(p.pointsRestored));
    if (p.pendingVoided > 0)
        lines << tr("Pending points this line would have earned, cancelled: %1").arg(points(p.pendingVoided));
    if (p.earnedReversed > 0)
        lines << tr("Points earned on this line, taken back: %1").arg(points(p.earnedReversed));
    if (p.shortfallPoints > 0) {
        lines << tr("Your balance is %1 short of the points to take back").arg(points(p.shortfallPoints));
        if (p.shortfallChargedCents > 0)
            lines << tr("That shortfall is taken from the money back: %1").arg(dollars(p.shortfallChargedCents));
        if (p.shortfallForgivenCents > 0)
            lines << tr("Shortfall forgiven: %1").arg(dollars(p.shortfallForgivenCents));
    }
    if (p.alsoReturned > 0)
        lines << tr("Complimentary items that came with it go back too: %1").arg(QLocale().toString(p.alsoReturned));
    return lines;
}

QString OrderWording::previewTitle(Action action, const LinePreview &p)
{
    switch (action) {
    case Action::Cancel:
        return tr("Cancel %1 × %2?").arg(QLocale().toString(p.quantity), p.name);
    case Action::Return:
        return tr("Return %1 × %2?").arg(QLocale().toString(p.quantity), p.name);
    case Action::PriceMatch:
        return tr("Price match %1?").arg(p.name);
    }
    return {};
}

QString OrderWording::confirmLabel(Action action)
{
    switch (action) {
    case Action::Cancel:
        return tr("Cancel this line");
    case Action::Return:
        return tr("Return this line");
    case Action::PriceMatch:
        return tr("Match the price");
    }
    return {};
}

QString OrderWording::actionResult(Action action, const ActionResult &result)
{
    switch (result.status) {
    case ActionStatus::Done:
        break;
    case ActionStatus::NotAllowed:
        return ShopWording::previewRefusal(result.preview.status);
    case ActionStatus::RefundFailed:
        return tr("The card refund did not go through, so nothing was changed. Try again later.");
    case ActionStatus::StorageFailed:
        return tr("The change could not be saved, so nothing was changed. Try again.");
    }
    const QString money = dollars(result.preview.refundCents);
    switch (action) {
    case Action::Cancel:
        return tr("Cancelled. %1 is on its way back; %2 restored to your balance.")
            .arg(money, points(result.preview.pointsRestored));
    case Action::Return:
        return tr("Return recorded. %1 is on its way back; %2 restored to your balance.")
            .arg(money, points(result.preview.pointsRestored));
    case Action::PriceMatch:
        return tr("Price matched. %1 is on its way back.").arg(money);
    }
    return {};
}

} // namespace CareDesk
