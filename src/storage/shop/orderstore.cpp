// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "orderstore.h"

#include "core/programcalendar.h"
#include "storage/sql.h"

#include <QHash>

#include <limits>

namespace CareDesk {

bool OrderLineRecord::isOpen() const
{
    return status == QLatin1String(LineStatus::Placed) || status == QLatin1String(LineStatus::Backordered);
}

bool OrderLineRecord::hasShipped() const
{
    return status == QLatin1String(LineStatus::Shipped) || status == QLatin1String(LineStatus::Delivered);
}

bool OrderLineRecord::isClosed() const
{
    return status == QLatin1String(LineStatus::Cancelled) || status == QLatin1String(LineStatus::Returned);
}

bool OrderLineRecord::isPhysical() const
{
    return kind == QLatin1String("product") || kind == QLatin1String("part");
}

bool OrderLineRecord::isCancellable() const
{
    return isOpen() && complimentaryFor == 0;
}

bool OrderLineRecord::isReturnable() const
{
    return isPhysical() && hasShipped() && complimentaryFor == 0;
}

namespace {

// Plain character arrays, not QString globals: nothing to construct before main().
constexpr char kLineColumns[]
    = "id, order_id, position, sku, name, kind, qualifying, quantity, unit_list_cents, unit_paid_cents, "
      "member_saving_cents, discount_cents, net_cents, tax_cents, points_redeemed, points_earned, complimentary_for, "
      "status, ship_option, ship_on, deliver_by, shipped_at, tracking, delivered_on, closed_at, refund_cents, "
      "restock_fee_cents, price_match_cents";

QDateTime instantOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : Sql::fromEpochMs(value.toLongLong());
}

OrderLineRecord readLine(const QSqlQuery &q)
{
    OrderLineRecord l;
    l.id = q.value(0).toLongLong();
    l.orderId = q.value(1).toLongLong();
    l.position = q.value(2).toInt();
    l.sku = q.value(3).toString();
    l.name = q.value(4).toString();
    l.kind = q.value(5).toString();
    l.qualifying = q.value(6).toInt() != 0;
    l.quantity = q.value(7).toInt();
    l.unitListCents = q.value(8).toLongLong();
    l.unitPaidCents = q.value(9).toLongLong();
    l.memberSavingCents = q.value(10).toLongLong();
    l.discountCents = q.value(11).toLongLong();
    l.netCents = q.value(12).toLongLong();
    l.taxCents = q.value(13).toLongLong();
    l.pointsRedeemed = q.value(14).toLongLong();
    l.pointsEarned = q.value(15).toLongLong();
    l.complimentaryFor = q.value(16).toLongLong();
    l.status = q.value(17).toString();
    l.shipOption = q.value(18).toString();
    l.shipOn = Sql::fromDateText(q.value(19).toString());
    l.deliverBy = Sql::fromDateText(q.value(20).toString());
    l.shippedAt = instantOrNull(q.value(21));
    l.tracking = q.value(22).toString();
    l.deliveredOn = Sql::fromDateText(q.value(23).toString());
    l.closedAt = instantOrNull(q.value(24));
    l.refundCents = q.value(25).toLongLong();
    l.restockFeeCents = q.value(26).toLongLong();
    l.priceMatchCents = q.value(27).toLongLong();
    return l;
}

// Line statuses counted per order in one pass, for the history's status column. The
// caller supplies the orders as a derived table `o`, so a page picks its orders through
// the (account_id, id) index first and only then reads their lines.
constexpr char kSummarySelect[]
    = "SELECT o.id, o.placed_at, o.kind, o.total_cents, o.points_redeemed, "
      "SUM(CASE WHEN l.status IN ('cancelled', 'returned') THEN 0 ELSE l.points_earned END), "
      "SUM(CASE WHEN l.complimentary_for IS NULL THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN l.complimentary_for IS NULL AND l.status IN ('placed', 'backordered') THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN l.complimentary_for IS NULL AND l.status = 'shipped' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN l.complimentary_for IS NULL AND l.status = 'delivered' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN l.complimentary_for IS NULL AND l.status = 'cancelled' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN l.complimentary_for IS NULL AND l.status = 'returned' THEN 1 ELSE 0 END), "
      "MIN(CASE WHEN l.position = 0 THEN l.name END) "
      "FROM (%1) o JOIN order_lines l ON l.order_id = o.id "
      "GROUP BY o.id, o.placed_at, o.kind, o.total_cents, o.points_redeemed ORDER BY o.id DESC";

OrderSummary readSummary(const QSqlQuery &q)
{
    OrderSummary s;
    s.id = q.value(0).toLongLong();
    s.placedAt = Sql::fromEpochMs(q.value(1).toLongLong());
    s.kind = q.value(2).toString();
    s.totalCents = q.value(3).toLongLong();
    s.pointsRedeemed = q.value(4).toLongLong();
    s.pointsEarned = q.value(5).toLongLong();
    s.lines = q.value(6).toInt();
    s.open = q.value(7).toInt();
    s.shipped = q.value(8).toInt();
    s.delivered = q.value(9).toInt();
    s.cancelled = q.value(10).toInt();
    s.returned = q.value(11).toInt();
    s.firstItemName = q.value(12).toString();
    return s;
}

} // namespace

OrderStore::OrderStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<OrderRecord> OrderStore::order(qint64 orderId) const
{
    QSqlQuery q = Sql::prepare(m_db,
        QStringLiteral("SELECT id, account_id, guest_email, kind, placed_at, placed_on, ship_name, ship_street, "
                       "ship_city, ship_state, ship_zip, shipping_option, shipping_cents, shipping_upgrade_cents, "
                       "shipping_refund_cents, subtotal_cents, member_savings_cents, discount_cents, tax_cents, "
                       "total_cents, points_redeemed, points_value_cents, gift_card_cents, card_cents, promo_code, "
                       "care_benefits, student_name, student_email FROM orders WHERE id = ?"));
    if (!Sql::exec(q, { orderId }) || !q.next())
        return std::nullopt;
    OrderRecord o;
    o.id = q.value(0).toLongLong();
    o.account = q.value(1).toLongLong();
    o.guestEmail = q.value(2).toString();
    o.kind = q.value(3).toString();
    o.placedAt = Sql::fromEpochMs(q.value(4).toLongLong());
    o.placedOn = Sql::fromDateText(q.value(5).toString());
    o.address = { q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
        q.value(10).toString() };
    o.shippingOption = q.value(11).toString();
    o.shippingCents = q.value(12).toLongLong();
    o.shippingUpgradeCents = q.value(13).toLongLong();
    o.shippingRefundCents = q.value(14).toLongLong();
    o.subtotalCents = q.value(15).toLongLong();
    o.memberSavingsCents = q.value(16).toLongLong();
    o.discountCents = q.value(17).toLongLong();
    o.taxCents = q.value(18).toLongLong();
    o.totalCents = q.value(19).toLongLong();
    o.pointsRedeemed = q.value(20).toLongLong();
    o.pointsValueCents = q.value(21).toLongLong();
    o.giftCardCents = q.value(22).toLongLong();
    o.cardCents = q.value(23).toLongLong();
    o.promoCode = q.value(24).toString();
    o.careBenefits = q.value(25).toInt() != 0;
    o.studentName = q.value(26).toString();
    o.studentEmail = q.value(27).toString();
    q.finish();
    QSqlQuery card = Sql::prepare(m_db,
        QStringLiteral("SELECT card_brand, card_last4 FROM order_payments WHERE order_id = ? "
                       "AND kind = 'card-charge' ORDER BY id LIMIT 1"));
    if (Sql::exec(card, { orderId }) && card.next()) {
        o.cardBrand = card.value(0).toString();
        o.cardLast4 = card.value(1).toString();
    }
    return o;
}

QList<OrderLineRecord> OrderStore::lines(qint64 orderId) const
{
    QSqlQuery q = Sql::prepare(m_db,
        QStringLiteral("SELECT %1 FROM order_lines WHERE order_id = ? ORDER BY position")
            .arg(QLatin1String(kLineColumns)));
    QList<OrderLineRecord> list;
    if (!Sql::exec(q, { orderId }))
        return list;
    while (q.next())
        list.append(readLine(q));
    return list;
}

std::optional<OrderLineRecord> OrderStore::line(qint64 lineId) const
{
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT %1 FROM order_lines WHERE id = ?").arg(QLatin1String(kLineColumns)));
    if (!Sql::exec(q, { lineId }) || !q.next())
        return std::nullopt;
    return readLine(q);
}

QList<OrderBenefit> OrderStore::benefits(qint64 orderId) const
{
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT line_id, kind, value_cents FROM order_benefits WHERE order_id = ? ORDER BY id"));
    QList<OrderBenefit> list;
    if (!Sql::exec(q, { orderId }))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() });
    return list;
}

QList<OrderSummary> OrderStore::page(AccountId account, qint64 beforeId, int limit) const
{
    QSqlQuery q = Sql::prepare(m_db,
        QLatin1String(kSummarySelect)
            .arg(QLatin1String("SELECT id, placed_at, kind, total_cents, points_redeemed FROM orders "
                               "WHERE account_id = ? AND id < ? ORDER BY id DESC LIMIT ?")));
    QList<OrderSummary> list;
    if (!Sql::exec(q, { account, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit }))
        return list;
    while (q.next())
        list.append(readSummary(q));
    return list;
}

std::optional<OrderSummary> OrderStore::summary(qint64 orderId) const
{
    QSqlQuery q = Sql::prepare(m_db,
        QLatin1String(kSummarySelect)
            .arg(QLatin1String("SELECT id, placed_at, kind, total_cents, points_redeemed FROM orders WHERE id = ?")));
    if (!Sql::exec(q, { orderId }) || !q.next())
        return std::nullopt;
    return readSummary(q);
}

int OrderStore::orderCount(AccountId account) const
{
    const auto n = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM orders WHERE account_id = ?"), { account });
    return n ? n->toInt() : 0;
}

QList<BoughtProduct> OrderStore::keptProducts(AccountId account) const
{
    QSqlQuery q = Sql::prepare(m_db,
        QStringLiteral("SELECT l.id, o.id, l.sku, l.name, o.placed_at, o.care_benefits FROM orders o "
                       "JOIN order_lines l ON l.order_id = o.id WHERE o.account_id = ? AND l.qualifying = 1 "
                       "AND l.status NOT IN ('cancelled', 'returned') ORDER BY o.id DESC, l.position"));
    QList<BoughtProduct> list;
    if (!Sql::exec(q, { account }))
        return list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            Sql::fromEpochMs(q.value(4).toLongLong()), q.value(5).toInt() != 0 });
    }
    return list;
}

QList<BoughtProduct> OrderStore::qualifyingProducts(AccountId account, int limit, int skip) const
{
    // OFFSET, not a keyset: pages are asked for one at a time by the member ("Show more"),
    // over the member's own qualifying lines only, newest first on (account_id, id).
    QSqlQuery q = Sql::prepare(m_db,
        QStringLiteral("SELECT l.id, o.id, l.sku, l.name, o.placed_at, o.care_benefits, l.status FROM orders o "
                       "JOIN order_lines l ON l.order_id = o.id WHERE o.account_id = ? AND l.qualifying = 1 "
                       "AND l.status <> 'cancelled' ORDER BY o.id DESC, l.position LIMIT ? OFFSET ?"));
    QList<BoughtProduct> list;
    if (limit <= 0 || skip < 0 || !Sql::exec(q, { account, limit, skip }))
        return list;
    while (q.next()) {
        BoughtProduct p { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), Sql::fromEpochMs(q.value(4).toLongLong()), q.value(5).toInt() != 0 };
        p.returned = q.value(6).toString() == QLatin1String(LineStatus::Returned);
        list.append(p);
    }
    return list;
}

Cents OrderStore::netPaid(qint64 orderId) const
{
    const auto sum = Sql::scalar(m_db,
        QStringLiteral(
            "SELECT COALESCE(SUM(CASE WHEN kind LIKE '%-charge' THEN amount_cents ELSE -amount_cents END), 0) "
            "FROM order_payments WHERE order_id = ?"),
        { orderId });
    return sum ? sum->toLongLong() : 0;
}

TermOrder OrderStore::asTermOrder(
    qint64 orderId, const QList<OrderLineRecord> &all, const QList<OrderBenefit> &orderBenefits)
{
    // R-C8 as the refund rules read an order: the member's own purchases (not the Care
    // line itself, not complimentary items) each cancelled before shipment or returned, and
    // the benefits still kept — those on lines cancelled or returned count zero, a shipping
    // upgrade counts once anything shipped. Reads only the lines' id, kind, complimentaryFor
    // and status: termOrders() selects just these.
    TermOrder order;
    order.reference = QString::number(orderId);
    bool anyCounted = false;
    bool allCancelled = true;
    bool allClosed = true;
    bool anyShipped = false;
    QHash<qint64, const OrderLineRecord *> byId;
    for (const OrderLineRecord &l : all) {
        byId.insert(l.id, &l);
        anyShipped
            = anyShipped || (l.isPhysical() && (l.hasShipped() || l.status == QLatin1String(LineStatus::Returned)));
        if (l.kind == QLatin1String("care") || l.complimentaryFor != 0)
            continue;
        anyCounted = true;
        allCancelled = allCancelled && l.status == QLatin1String(LineStatus::Cancelled);
        allClosed = allClosed && l.isClosed();
    }
    order.cancelledBeforeShipment = anyCounted && allCancelled;
    order.allEligibleReturnedInWindow = anyCounted && allClosed; // returns exist only inside the window (R-K8)
    for (const OrderBenefit &b : orderBenefits) {
        RefundLine line;
        line.reference = order.reference;
        line.cents = b.valueCents;
        if (b.kind == QLatin1String("shipping-upgrade")) {
            if (!anyShipped)
                continue;
            line.kind = RefundLine::Kind::ShippingUpgrade;
        } else {
            const OrderLineRecord *l = byId.value(b.lineId);
            if (!l || l->isClosed())
                continue;
            line.kind = b.kind == QLatin1String("member-pricing") ? RefundLine::Kind::MemberPricing
                : b.kind == QLatin1String("discount")             ? RefundLine::Kind::Discount
                                                                  : RefundLine::Kind::ComplimentaryItem;
        }
        order.benefits.append(line);
    }
    return order;
}

QList<TermOrder> OrderStore::termOrders(AccountId account, const QDate &from, const QDate &until) const
{
    // Three queries for the whole term, not two per order: a member with thousands of orders
    // in a term gets the refund quote (read at every sign-in by CareStatus) as fast as one
    // with three (issue #10).
    const QString termIds
        = QStringLiteral("SELECT id FROM orders WHERE account_id = ? AND placed_on >= ? AND placed_on < ?");
    const std::initializer_list<QVariant> term { account, Sql::toDateText(from), Sql::toDateText(until) };
    QSqlQuery q = Sql::prepare(m_db, termIds + QStringLiteral(" ORDER BY id"));
    QList<qint64> ids;
    if (!Sql::exec(q, term))
        return {};
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    if (ids.isEmpty())
        return {};
    // Only the columns asTermOrder() reads: a term of a heavy member holds thousands of lines,
    // and reading all 28 columns of each took most of the quote's time.
    QHash<qint64, QList<OrderLineRecord>> linesByOrder;
    QSqlQuery lineQuery = Sql::prepare(m_db,
        QStringLiteral("SELECT id, order_id, kind, complimentary_for, status FROM order_lines WHERE order_id IN (%1) "
                       "ORDER BY order_id, position")
            .arg(termIds));
    if (!Sql::exec(lineQuery, term))
        return {};
    while (lineQuery.next()) {
        OrderLineRecord line;
        line.id = lineQuery.value(0).toLongLong();
        line.orderId = lineQuery.value(1).toLongLong();
        line.kind = lineQuery.value(2).toString();
        line.complimentaryFor = lineQuery.value(3).toLongLong();
        line.status = lineQuery.value(4).toString();
        linesByOrder[line.orderId].append(std::move(line));
    }
    lineQuery.finish();
    QHash<qint64, QList<OrderBenefit>> benefitsByOrder;
    QSqlQuery benefitQuery = Sql::prepare(m_db,
        QStringLiteral("SELECT order_id, line_id, kind, value_cents FROM order_benefits WHERE order_id IN (%1) "
                       "ORDER BY id")
            .arg(termIds));
    if (!Sql::exec(benefitQuery, term))
        return {};
    while (benefitQuery.next())
        benefitsByOrder[benefitQuery.value(0).toLongLong()].append({ benefitQuery.value(1).toLongLong(),
            benefitQuery.value(2).toString(), benefitQuery.value(3).toLongLong() });
    QList<TermOrder> orders;
    orders.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        orders.append(asTermOrder(id, linesByOrder.value(id), benefitsByOrder.value(id)));
    return orders;
}

QList<TermOrder> OrderStore::orderAsTermOrder(qint64 orderId) const
{
    return { asTermOrder(orderId, lines(orderId), benefits(orderId)) };
}

} // namespace CareDesk
