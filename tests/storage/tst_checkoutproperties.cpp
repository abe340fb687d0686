// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "randomrun.h"
#include "shoptestdb.h"

#include "storage/transaction.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <map>

using namespace CareDesk;

// Issue #9 item 2: random carts, cancels, returns, price matches and time passing through
// the real CheckoutService, against a plain model of money and points written from RULES.md
// (R-K2, R-K5, R-K8, R-K10, R-P1, R-P3..R-P7), compared after every step. A run is a few
// shops (a fresh database each, so the set-based money check stays cheap), each a couple of
// simulated years long, so points also expire (R-P4) under the orders.

namespace {

// The model's own numbers and calendar, from RULES.md (the catalog and the shop terms'
// prices and tax rates are data; the rules below are not read from the core).
constexpr int kPointsPerDollar = 2; // R-P1, the default program
constexpr int kLotMonths = 24; // R-P4
constexpr int kRestoreFloorDays = 30; // R-P7
constexpr int kReturnDays = 30; // R-K8
constexpr int kRestockPercent = 15; // R-K8
constexpr Cents kRestockMinimum = 500; // R-K8
constexpr int kPriceMatchDays = 30; // R-K10 [decision]
constexpr int kMaxQuantity = 99;

const QTimeZone &newYork()
{
    static const QTimeZone zone("America/New_York");
    return zone;
}
QDateTime wall(const QDate &day, int h, int m = 0, int s = 0, int ms = 0)
{
    return QDateTime(day, QTime(h, m, s, ms), newYork());
}
QDate dayOf(const QDateTime &instant)
{
    return instant.toTimeZone(newYork()).date();
}
Cents halfUp(Cents cents, qint64 numerator, qint64 denominator)
{
    return (cents * numerator + denominator / 2) / denominator;
}

/// The sellable catalog items the test draws from: products (qualifying or not), parts
/// and paid software (R-K1); Care and training have tests of their own.
const QStringList &skus()
{
    static const QStringList list { QStringLiteral("WH-1000XM6"), QStringLiteral("WF-1000XM5"),
        QStringLiteral("SRS-XB100"), QStringLiteral("ILCE-7M4"), QStringLiteral("SEL50F18F"),
        QStringLiteral("K-55XR70"), QStringLiteral("CASE-WH"), QStringLiteral("HDMI-2M"),
        QStringLiteral("X-2592-850-1"), QStringLiteral("NP-FZ100"), QStringLiteral("RMF-TX611U"),
        QStringLiteral("SW-CATALYST-1Y") };
    return list;
}
const QStringList &states()
{
    // Tax from 0 (AK, OR) to 7.25% (CA), with thousandths (MN 6.875%).
    static const QStringList list { QStringLiteral("NY"), QStringLiteral("CA"), QStringLiteral("MN"),
        QStringLiteral("AK"), QStringLiteral("OR"), QStringLiteral("TX"), QStringLiteral("NJ"), QStringLiteral("MO") };
    return list;
}

/// The model's points: lots in posting order (which is oldest first, R-P5), each with its
/// last usable day (R-P4).
struct Lot
{
    QDate last;
    Points remaining = 0;
};

struct ModelLine
{
    qint64 id = 0;
    QString sku;
    bool qualifying = false;
    bool physical = false;
    bool part = false;
    int quantity = 0;
    Cents unitPaid = 0;
    Cents net = 0;
    Cents tax = 0;
    Points redeemed = 0; ///< R-P1 share of the order's points
    Points earned = 0;
    QString earning; ///< "pending", "posted", "void", "reversed"; "" when not qualifying
    QString status;
    QDate shipOn;
    QDate deliverBy;
    Cents refund = 0;
    Cents restockFee = 0;
    QList<std::pair<int, Points>> paidFrom; ///< lot index, points: what R-P7 gives back
};

struct ModelOrder
{
    qint64 id = 0;
    QDate placedOn;
    QString state;
    Cents subtotal = 0;
    Cents shipping = 0;
    Cents shippingRefund = 0;
    Cents tax = 0;
    Cents total = 0;
    Points redeemed = 0;
    Cents charged = 0; ///< to the card: total less the points' value
    Cents refunded = 0;
    QList<ModelLine> lines;
};

struct ShopModel
{
    std::vector<Lot> lots;
    std::map<qint64, ModelOrder> orders;
    qint64 focus = 0; ///< the order whose window edge time just moved to
    Cents charged = 0;
    Cents refunded = 0;

    [[nodiscard]] Points live(const QDate &today) const
    {
        Points sum = 0;
        for (const Lot &lot : lots)
            sum += lot.last >= today ? lot.remaining : 0;
        return sum;
    }
    [[nodiscard]] Points pending() const
    {
        Points sum = 0;
        for (const auto &[id, o] : orders) {
            for (const ModelLine &l : o.lines)
                sum += l.earning == QLatin1String("pending") ? l.earned : 0;
        }
        return sum;
    }
    void expire(const QDate &today)
    {
        for (Lot &lot : lots) {
            if (lot.last < today)
                lot.remaining = 0;
        }
    }
    void post(Points points, const QDate &day)
    {
        if (points > 0)
            lots.push_back({ day.addMonths(kLotMonths), points }); // usable through D + 24 months
    }
    // R-P5/R-P6: oldest live lots first; `paidFrom` records the lots a redemption used.
    void take(Points points, const QDate &today, QList<std::pair<int, Points>> *paidFrom)
    {
        for (int i = 0; i < int(lots.size()) && points > 0; ++i) {
            Lot &lot = lots[size_t(i)];
            if (lot.last < today || lot.remaining == 0)
                continue;
            const Points used = std::min(lot.remaining, points);
            lot.remaining -= used;
            points -= used;
            if (paidFrom)
                paidFrom->append({ i, used });
        }
    }
    // R-P7: back to the original lots, each usable at least 30 days more.
    void restore(ModelLine &line, const QDate &today)
    {
        for (const auto &[lot, points] : std::as_const(line.paidFrom)) {
            lots[size_t(lot)].remaining += points;
            lots[size_t(lot)].last = std::max(lots[size_t(lot)].last, today.addDays(kRestoreFloorDays));
        }
        line.paidFrom.clear();
    }
};

/// R-K5 from the holiday list (data): Monday to Friday minus holidays.
struct ShipCalendar
{
    BusinessCalendar holidays;
    [[nodiscard]] bool isBusinessDay(const QDate &d) const
    {
        return d.dayOfWeek() <= 5 && !holidays.isHoliday(d);
    }
    [[nodiscard]] QDate nextBusinessDay(QDate d) const
    {
        do
            d = d.addDays(1);
        while (!isBusinessDay(d));
        return d;
    }
    [[nodiscard]] QDate afterBusinessDays(QDate d, int n) const
    {
        for (int i = 0; i < n; ++i)
            d = nextBusinessDay(d);
        return d;
    }
};

const char *optionName(ShippingOption option)
{
    switch (option) {
    case ShippingOption::Ground:
        return "ground";
    case ShippingOption::TwoDay:
        return "two-day";
    case ShippingOption::NextDay:
        return "next-day";
    case ShippingOption::EmergencyAfterHours:
        return "emergency";
    }
    return "?";
}

} // namespace

class TestCheckoutProperties : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ShopTestDb> m_t;
    ShopTerms m_terms;
    ShipCalendar m_calendar { BusinessCalendar::usFederal(2025, 2050) };

    // A shop whose shipping calendar reaches beyond ShopTestDb's 2029 (runs last years).
    bool openShop()
    {
        m_t = std::make_unique<ShopTestDb>();
        if (!m_t->openShop())
            return false;
        m_t->shop = std::make_unique<CheckoutService>(m_t->db->connection(), m_t->catalog,
            CartPricing(ProgramTerms::mySony(), m_terms, ShippingPlanner(BusinessCalendar::usFederal(2025, 2050))),
            *m_t->ledger, *m_t->care, m_t->processor);
        m_t->care->setOrderSource(&m_t->shop->orders());
        // Durability is tst_crash's subject; here the rules are. Without a flush per commit
        // (milliseconds each on a busy CI disk) 10,000 steps take seconds, not minutes.
        if (m_t->db->dialect() == SqlDialect::SQLite)
            Sql::run(m_t->db->connection(), QStringLiteral("PRAGMA synchronous = OFF"));
        return true;
    }

    [[nodiscard]] Cents taxOn(Cents cents, const QString &state) const
    {
        // Rates in thousandths of a percent; half up to the cent.
        return halfUp(cents, m_terms.taxRates.value(state, 0), 100000);
    }

    [[nodiscard]] QDate shipDate(ShippingOption option, const QDateTime &at) const
    {
        const QDateTime local = at.toTimeZone(newYork());
        const QDate today = local.date();
        switch (option) {
        case ShippingOption::TwoDay:
        case ShippingOption::NextDay:
            // R-K5: rush placed before 18:00 ET on a business day ships that day.
            return m_calendar.isBusinessDay(today) && local.time() < QTime(18, 0) ? today
                                                                                  : m_calendar.nextBusinessDay(today);
        case ShippingOption::Ground:
            return m_calendar.nextBusinessDay(today);
        case ShippingOption::EmergencyAfterHours:
            return today;
        }
        return today;
    }

    enum class Op { Place, Cancel, Return, PriceMatch, GivePoints, TimePasses };
    static const char *name(Op op)
    {
        switch (op) {
        case Op::Place:
            return "place order";
        case Op::Cancel:
            return "cancel line";
        case Op::Return:
            return "return line";
        case Op::PriceMatch:
            return "price match";
        case Op::GivePoints:
            return "points posted";
        case Op::TimePasses:
            return "time passes + fulfilment";
        }
        return "?";
    }

    // The request and what the model expects of it, then compared with what placing did.
    QString placeAndCompare(ShopModel &m, QRandomGenerator &random, const QDateTime &now)
    {
        const QDate today = dayOf(now);
        PlaceOrderRequest r = m_t->request(now);
        r.card = { QStringLiteral("4242 4242 4242 4242"), 12, 2049, QStringLiteral("123"), QStringLiteral("Lee Chen") };
        const QString state = states().at(int(random.bounded(int(states().size()))));
        r.address.state = state;
        const bool poBox = random.bounded(15) == 0;
        if (poBox)
            r.address.street = QStringLiteral("PO Box 77");
        // The emergency after-hours service (R-K5) ships any day: asked for most on the days
        // nothing else ships, which also puts ship instants on DST Sundays.
        const int optionRoll = int(random.bounded(20));
        r.shipping = !m_calendar.isBusinessDay(today) && optionRoll < 8 ? ShippingOption::EmergencyAfterHours
            : optionRoll < 8                                            ? ShippingOption::Ground
            : optionRoll < 14                                           ? ShippingOption::TwoDay
            : optionRoll < 19                                           ? ShippingOption::NextDay
                                                                        : ShippingOption::EmergencyAfterHours;
        QStringList pool = skus();
        const int lineCount = 1 + int(random.bounded(3));
        QList<std::pair<const CatalogItem *, int>> items;
        for (int i = 0; i < lineCount; ++i) {
            const QString sku = pool.takeAt(int(random.bounded(int(pool.size()))));
            const CatalogItem *item = m_t->catalog.find(sku);
            if (!item)
                return QStringLiteral("%1 not in the catalog").arg(sku);
            const int qRoll = int(random.bounded(40));
            // Mostly 1-3; sometimes over the stock (back order, R-K5) or over the limit.
            const int quantity = qRoll == 0 ? kMaxQuantity + 1
                : qRoll < 3                 ? 5 + int(random.bounded(5))
                                            : 1 + int(random.bounded(3));
            const auto id = m_t->shop->cart().add(m_t->account, sku, quantity, now);
            if (!id)
                return QStringLiteral("cart refused %1 x %2").arg(sku).arg(quantity);
            r.cartLines.append(*m_t->shop->cart().line(m_t->account, *id));
            items.append({ item, quantity });
        }
        const int cardRoll = int(random.bounded(30));
        if (cardRoll == 0)
            r.card.number = QStringLiteral("4000 0000 0000 0002"); // declined
        else if (cardRoll == 1)
            r.card.number = QStringLiteral("4000 0000 0000 0069"); // the processor says expired
        else if (cardRoll == 2)
            r.card.number = QStringLiteral("4000 0000 0000 9995"); // insufficient funds
        else if (cardRoll == 3) {
            const QDate lastMonth = today.addMonths(-1); // R-K7: expired by its date
            r.card.expiryMonth = lastMonth.month();
            r.card.expiryYear = lastMonth.year();
        }

        // The model's price (R-K5 shipping, tax per line half up, R-P5 points on qualifying
        // products only, R-P1 allocation and earning).
        bool quantityInvalid = false;
        bool needsShipping = false;
        bool hasHours = false;
        bool hasParts = false;
        Cents qualifying = 0;
        ModelOrder o;
        o.placedOn = today;
        for (const auto &[item, quantity] : std::as_const(items)) {
            if (quantity > kMaxQuantity) {
                quantityInvalid = true;
                continue;
            }
            ModelLine l;
            l.sku = item->sku;
            l.qualifying = item->qualifying;
            l.physical = item->kind == ItemKind::Product || item->kind == ItemKind::Part;
            l.part = item->kind == ItemKind::Part;
            l.quantity = quantity;
            l.unitPaid = item->priceCents;
            l.net = item->priceCents * quantity;
            l.tax = item->taxable ? taxOn(l.net, state) : 0;
            hasHours = hasHours || item->kind == ItemKind::Part || item->kind == ItemKind::Software; // R-K2
            hasParts = hasParts || l.part;
            if (l.physical) {
                needsShipping = true;
                const bool backordered = quantity > item->stock;
                l.status = backordered ? QStringLiteral("backordered") : QStringLiteral("placed");
                const ShippingOption by = backordered ? ShippingOption::Ground : r.shipping; // R-K5
                l.shipOn = backordered ? m_calendar.nextBusinessDay(today.addDays(item->backorderDays))
                                       : shipDate(r.shipping, now);
                l.deliverBy = m_calendar.afterBusinessDays(l.shipOn, m_terms.rate(by)->transitBusinessDays);
            } else {
                l.status = QStringLiteral("delivered"); // a licence key, at once
                l.shipOn = l.deliverBy = today;
            }
            if (l.qualifying)
                qualifying += l.net;
            o.subtotal += l.net;
            o.tax += l.tax;
            o.lines.append(l);
        }
        o.shipping = needsShipping ? m_terms.rate(r.shipping)->priceCents : 0;
        o.total = o.subtotal + o.shipping + o.tax;

        const Points balance = m.live(today);
        const Points usable = std::min(balance, qualifying); // R-P5: 1 point = 1 cent
        const int pointsRoll = int(random.bounded(40));
        r.points = pointsRoll < 18 ? 0
            : pointsRoll < 24      ? usable // "Apply"
            : pointsRoll < 34      ? Points(random.bounded(qint64(usable) + 1))
            : pointsRoll < 36      ? balance + 1 + Points(random.bounded(500)) // more than there is
            : pointsRoll < 39      ? qualifying + 1 + Points(random.bounded(100)) // more than points may pay
                                   : -Points(1 + random.bounded(50));
        const bool pointsOk = r.points >= 0 && r.points <= balance && r.points <= qualifying;

        const bool cardExpired = cardRoll == 3; // R-K7: refused at review, never sent to the processor
        const QTime local = now.toTimeZone(newYork()).time();
        const bool hoursClosed = hasHours && local >= QTime(3, 0) && local < QTime(6, 0); // R-K2
        const bool notReady = quantityInvalid || !pointsOk || hoursClosed || (poBox && needsShipping)
            || (r.shipping == ShippingOption::EmergencyAfterHours && !hasParts) || cardExpired;
        const bool refused = !notReady && cardRoll < 3;
        const QString wanted = notReady ? QStringLiteral("not ready")
            : refused                   ? QStringLiteral("refused")
                                        : QStringLiteral("placed");

        QStringList cart;
        for (const auto &[item, quantity] : std::as_const(items))
            cart << QStringLiteral("%1 x %2").arg(item->sku).arg(quantity);
        const QString what
            = QStringLiteral("[%1] to %2%3, %4, %5 points, card %6: ")
                  .arg(cart.join(QStringLiteral(", ")), state, poBox ? QStringLiteral(" (PO box)") : QString(),
                      QLatin1String(optionName(r.shipping)))
                  .arg(r.points)
                  .arg(r.card.number);

        const PlaceResult placed = m_t->shop->placeOrder(r);
        const QString got = placed.status == PlaceStatus::Placed ? QStringLiteral("placed")
            : placed.status == PlaceStatus::NotReady             ? QStringLiteral("not ready")
            : placed.status == PlaceStatus::PaymentRefused       ? QStringLiteral("refused")
                                                                 : QStringLiteral("status %1").arg(int(placed.status));
        if (got != wanted)
            return what + QStringLiteral("%1, model %2").arg(got, wanted);
        if (got != QLatin1String("placed")) {
            m_t->shop->cart().clear(m_t->account); // refused whole: nothing written, the cart kept
            return {};
        }

        // R-P1: redeemed points allocated to qualifying lines pro rata by net, shares rounded
        // down, the rest to the last qualifying line; each line earns on what it paid in money.
        o.redeemed = r.points;
        int lastQualifying = -1;
        for (int i = 0; i < o.lines.size(); ++i) {
            if (o.lines[i].qualifying && o.lines[i].net > 0)
                lastQualifying = i;
        }
        Points allocated = 0;
        for (ModelLine &l : o.lines) {
            if (l.qualifying && l.net > 0) {
                l.redeemed = Points((__int128(r.points) * l.net) / qualifying);
                allocated += l.redeemed;
            }
        }
        for (int i = lastQualifying; i >= 0 && allocated < r.points; --i) {
            ModelLine &l = o.lines[i];
            if (!l.qualifying || l.net <= 0)
                continue;
            const Points add = std::min<Points>(l.net - l.redeemed, r.points - allocated);
            l.redeemed += add;
            allocated += add;
        }
        for (ModelLine &l : o.lines) {
            if (l.qualifying) {
                l.earned = kPointsPerDollar * (l.net - l.redeemed) / 100;
                l.earning = QStringLiteral("pending"); // R-P3: until the line ships
            }
            if (l.redeemed > 0)
                m.take(l.redeemed, today, &l.paidFrom);
        }
        o.id = placed.orderId;
        o.charged = o.total - o.redeemed;
        const QList<OrderLineRecord> lines = m_t->shop->orders().lines(o.id);
        if (lines.size() != o.lines.size())
            return what + QStringLiteral("%1 lines stored, model %2").arg(lines.size()).arg(o.lines.size());
        for (int i = 0; i < lines.size(); ++i)
            o.lines[i].id = lines[i].id;
        m.charged += o.charged;
        m.orders[o.id] = o;
        return orderMismatch(m.orders[o.id], what);
    }

    // One order, every figure, against the model.
    QString orderMismatch(const ModelOrder &o, const QString &what = {}) const
    {
        const auto stored = m_t->shop->orders().order(o.id);
        if (!stored)
            return what + QStringLiteral("order %1 missing").arg(o.id);
        const auto money = [](Cents c) {
            return QString::number(c);
        };
        if (stored->subtotalCents != o.subtotal || stored->taxCents != o.tax || stored->shippingCents != o.shipping
            || stored->totalCents != o.total || stored->pointsRedeemed != o.redeemed
            || stored->shippingRefundCents != o.shippingRefund)
            return what
                + QStringLiteral(
                    "order %1: subtotal %2 tax %3 shipping %4 (refunded %5) total %6 points %7; model %8 %9 %10 "
                    "(%11) %12 %13")
                      .arg(o.id)
                      .arg(money(stored->subtotalCents), money(stored->taxCents), money(stored->shippingCents),
                          money(stored->shippingRefundCents), money(stored->totalCents))
                      .arg(stored->pointsRedeemed)
                      .arg(money(o.subtotal), money(o.tax), money(o.shipping), money(o.shippingRefund), money(o.total))
                      .arg(o.redeemed);
        const QList<OrderLineRecord> lines = m_t->shop->orders().lines(o.id);
        if (lines.size() != o.lines.size())
            return what
                + QStringLiteral("order %1 has %2 lines, model %3").arg(o.id).arg(lines.size()).arg(o.lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            const OrderLineRecord &s = lines[i];
            const ModelLine &l = o.lines[i];
            if (s.sku != l.sku || s.quantity != l.quantity || s.unitPaidCents != l.unitPaid || s.netCents != l.net
                || s.taxCents != l.tax || s.pointsRedeemed != l.redeemed || s.pointsEarned != l.earned
                || s.status != l.status || s.shipOn != l.shipOn || s.deliverBy != l.deliverBy
                || s.refundCents != l.refund || s.restockFeeCents != l.restockFee)
                return what
                    + QStringLiteral(
                        "order %1 line %2 (%3 x %4): %5, net %6 tax %7 points %8/%9 ship %10 deliver %11 refund %12 "
                        "fee %13; model %14, %15 %16 %17/%18 %19 %20 %21 %22")
                          .arg(o.id)
                          .arg(s.id)
                          .arg(s.sku)
                          .arg(s.quantity)
                          .arg(s.status, money(s.netCents), money(s.taxCents))
                          .arg(s.pointsRedeemed)
                          .arg(s.pointsEarned)
                          .arg(s.shipOn.toString(Qt::ISODate), s.deliverBy.toString(Qt::ISODate), money(s.refundCents),
                              money(s.restockFeeCents), l.status, money(l.net), money(l.tax))
                          .arg(l.redeemed)
                          .arg(l.earned)
                          .arg(l.shipOn.toString(Qt::ISODate), l.deliverBy.toString(Qt::ISODate), money(l.refund),
                              money(l.restockFee));
            const auto earning = m_t->ledger->lineEarning({ o.id, s.id });
            const QString state = earning ? earning->state : QString();
            if (state != l.earning)
                return what
                    + QStringLiteral("order %1 line %2: points %3, model %4").arg(o.id).arg(s.id).arg(state, l.earning);
        }
        QSqlQuery payments = Sql::prepare(m_t->db->connection(),
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'card-charge' THEN amount_cents ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN kind = 'card-refund' THEN amount_cents ELSE 0 END), 0) "
                           "FROM order_payments WHERE order_id = ?"));
        if (!Sql::exec(payments, { o.id }) || !payments.next())
            return QStringLiteral("order_payments unreadable");
        if (payments.value(0).toLongLong() != o.charged || payments.value(1).toLongLong() != o.refunded)
            return what
                + QStringLiteral("order %1: card charged %2 refunded %3, model %4 %5")
                      .arg(o.id)
                      .arg(payments.value(0).toLongLong())
                      .arg(payments.value(1).toLongLong())
                      .arg(o.charged)
                      .arg(o.refunded);
        return {};
    }

    // The whole shop after a step: the member's points, every line's status, all money, and
    // the storage invariants (ordermoneycheck.h, R-P12).
    QString shopMismatch(const ShopModel &m, const QDate &today) const
    {
        const PointsBalance b = m_t->ledger->balance(m_t->account);
        if (b.available != m.live(today) || b.pending != m.pending())
            return QStringLiteral("balance %1 pending %2, model %3 pending %4")
                .arg(b.available)
                .arg(b.pending)
                .arg(m.live(today))
                .arg(m.pending());
        std::map<QString, int> want;
        for (const auto &[id, o] : m.orders) {
            for (const ModelLine &l : o.lines)
                ++want[l.status];
        }
        std::map<QString, int> got;
        QSqlQuery statuses = Sql::prepare(
            m_t->db->connection(), QStringLiteral("SELECT status, count(*) FROM order_lines GROUP BY status"));
        if (!Sql::exec(statuses))
            return QStringLiteral("order_lines unreadable");
        while (statuses.next())
            got[statuses.value(0).toString()] = statuses.value(1).toInt();
        statuses.finish();
        if (got != want) {
            QStringList g;
            QStringList w;
            for (const auto &[s, n] : got)
                g << QStringLiteral("%1 %2").arg(s).arg(n);
            for (const auto &[s, n] : want)
                w << QStringLiteral("%1 %2").arg(s).arg(n);
            return QStringLiteral("lines [%1], model [%2]")
                .arg(g.join(QStringLiteral(", ")), w.join(QStringLiteral(", ")));
        }
        QSqlQuery money = Sql::prepare(m_t->db->connection(),
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'card-charge' THEN amount_cents ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN kind = 'card-refund' THEN amount_cents ELSE 0 END), 0), "
                           "(SELECT count(*) FROM orders) FROM order_payments"));
        if (!Sql::exec(money) || !money.next())
            return QStringLiteral("order_payments unreadable");
        if (money.value(0).toLongLong() != m.charged || money.value(1).toLongLong() != m.refunded
            || money.value(2).toInt() != int(m.orders.size()))
            return QStringLiteral("%1 orders charged %2 refunded %3, model %4 orders %5 %6")
                .arg(money.value(2).toInt())
                .arg(money.value(0).toLongLong())
                .arg(money.value(1).toLongLong())
                .arg(m.orders.size())
                .arg(m.charged)
                .arg(m.refunded);
        money.finish();
        return m_t->moneyProblem();
    }

    struct Pick
    {
        ModelOrder *order = nullptr;
        ModelLine *line = nullptr;
    };
    // A line to act on, mostly one where the action is allowed, sometimes any line.
    static Pick pickLine(ShopModel &m, QRandomGenerator &random, const std::function<bool(const ModelLine &)> &fits)
    {
        QList<Pick> all;
        QList<Pick> fitting;
        QList<Pick> focused; // the order whose day 30/31 it is: its lines first
        for (auto &[id, o] : m.orders) {
            for (ModelLine &l : o.lines) {
                all.append({ &o, &l });
                if (fits(l))
                    fitting.append({ &o, &l });
                if (id == m.focus)
                    focused.append({ &o, &l });
            }
        }
        const int roll = int(random.bounded(10));
        const QList<Pick> &from = !focused.isEmpty() && roll < 6 ? focused
            : !fitting.isEmpty() && roll < 9                     ? fitting
                                                                 : all;
        return from.isEmpty() ? Pick {} : from.at(int(random.bounded(int(from.size()))));
    }

    // Money back goes to the card, never more than the order still holds (no gift cards here).
    static Cents payOut(ModelOrder &o, ShopModel &m, Cents refund)
    {
        refund = std::clamp<Cents>(refund, 0, o.charged - o.refunded);
        o.refunded += refund;
        m.refunded += refund;
        return refund;
    }

    QString cancel(ShopModel &m, QRandomGenerator &random, const QDateTime &now)
    {
        const Pick p = pickLine(m, random, [](const ModelLine &l) {
            return l.status == QLatin1String("placed") || l.status == QLatin1String("backordered");
        });
        if (!p.line)
            return {};
        ModelLine &l = *p.line;
        ModelOrder &o = *p.order;
        const QDate today = dayOf(now);
        // R-P7/R-P3: only what has not shipped; a licence is delivered at once.
        const bool allowed
            = l.physical && (l.status == QLatin1String("placed") || l.status == QLatin1String("backordered"));
        const ActionResult result = m_t->shop->cancelLine(m_t->account, l.id, now);
        const QString what = QStringLiteral("order %1 line %2 (%3, %4): ").arg(o.id).arg(l.id).arg(l.sku, l.status);
        if ((result.status == ActionStatus::Done) != allowed)
            return what + QStringLiteral("cancel %1").arg(allowed ? "refused" : "done");
        if (!allowed)
            return {};
        l.status = QStringLiteral("cancelled");
        if (l.earning == QLatin1String("pending"))
            l.earning = QStringLiteral("void");
        m.restore(l, today);
        const Cents refund = std::max<Cents>(0, l.net - l.redeemed) + l.tax;
        // The shipping comes back when the whole order is cancelled before anything shipped.
        const bool allCancelled = std::all_of(o.lines.cbegin(), o.lines.cend(), [](const ModelLine &x) {
            return !x.physical || x.status == QLatin1String("cancelled");
        });
        const Cents shipping = allCancelled ? o.shipping - o.shippingRefund : 0;
        l.refund += payOut(o, m, refund + shipping) - shipping; // the shipping is the order's, not the line's
        o.shippingRefund += shipping;
        return orderMismatch(o, what);
    }

    QString returnLine(ShopModel &m, QRandomGenerator &random, const QDateTime &now)
    {
        const QDate today = dayOf(now);
        const Pick p = pickLine(m, random, [&](const ModelLine &l) {
            return l.status == QLatin1String("shipped") || l.status == QLatin1String("delivered");
        });
        if (!p.line)
            return {};
        ModelLine &l = *p.line;
        ModelOrder &o = *p.order;
        const bool shipped = l.status == QLatin1String("shipped") || l.status == QLatin1String("delivered");
        // R-K8: self-service within 30 days of purchase (day 0 = the order's day).
        const bool allowed = l.physical && shipped && today <= o.placedOn.addDays(kReturnDays);
        const ActionResult result = m_t->shop->returnLine(m_t->account, l.id, now);
        const QString what = QStringLiteral("order %1 line %2 (%3, %4, placed %5): ")
                                 .arg(o.id)
                                 .arg(l.id)
                                 .arg(l.sku, l.status, o.placedOn.toString(Qt::ISODate));
        if ((result.status == ActionStatus::Done) != allowed)
            return what + QStringLiteral("return %1").arg(allowed ? "refused" : "done");
        if (!allowed)
            return {};
        // R-K8: 15% of the line's net (half up), at least $5, never more than the line; from
        // the cash part first, the rest from the points coming back.
        const Cents fee = std::min(l.net, std::max(kRestockMinimum, halfUp(l.net, kRestockPercent, 100)));
        const Cents cash = std::clamp<Cents>(l.net - l.redeemed, 0, l.net);
        const Cents feeFromCash = std::min(cash, fee);
        const Points feePoints = std::min<Points>(fee - feeFromCash, l.redeemed);
        // R-P6: the redeemed points come back first (R-P7), then the fee's points and the
        // earned points go, oldest lots first; what the balance cannot cover comes off the cash.
        m.restore(l, today);
        m.take(feePoints, today, nullptr);
        const Points earned = l.earning == QLatin1String("posted") ? l.earned : 0;
        const Points covered = std::min(earned, m.live(today));
        m.take(covered, today, nullptr);
        const Cents before = cash - feeFromCash + l.tax;
        const Cents refund = before - std::min(before, Cents(earned - covered));
        l.refund += payOut(o, m, refund);
        l.restockFee = fee;
        l.status = QStringLiteral("returned");
        if (!l.earning.isEmpty())
            l.earning = QStringLiteral("reversed");
        if (result.preview.restockingFeeCents != fee)
            return what + QStringLiteral("preview fee %1, model %2").arg(result.preview.restockingFeeCents).arg(fee);
        return orderMismatch(o, what);
    }

    QString priceMatch(ShopModel &m, QRandomGenerator &random, const QDateTime &now)
    {
        const QDate today = dayOf(now);
        const Pick p = pickLine(m, random, [&](const ModelLine &l) {
            return l.part && l.status != QLatin1String("cancelled") && l.status != QLatin1String("returned");
        });
        if (!p.line)
            return {};
        ModelLine &l = *p.line;
        ModelOrder &o = *p.order;
        // Mostly lower, sometimes the same or higher (refused).
        const Cents unit
            = random.bounded(6) == 0 ? l.unitPaid + Cents(random.bounded(2)) : 1 + Cents(random.bounded(l.unitPaid));
        const bool open = l.status != QLatin1String("cancelled") && l.status != QLatin1String("returned");
        // R-K10: parts bought in the last 30 days, to a lower price.
        const bool allowed
            = l.part && open && today <= o.placedOn.addDays(kPriceMatchDays) && unit > 0 && unit < l.unitPaid;
        const ActionResult result = m_t->shop->priceMatch(m_t->account, l.id, unit, now);
        const QString what = QStringLiteral("order %1 line %2 (%3, %4, placed %5) to %6: ")
                                 .arg(o.id)
                                 .arg(l.id)
                                 .arg(l.sku, l.status, o.placedOn.toString(Qt::ISODate))
                                 .arg(unit);
        if ((result.status == ActionStatus::Done) != allowed)
            return what + QStringLiteral("price match %1").arg(allowed ? "refused" : "done");
        if (!allowed)
            return {};
        // R-P8: money only (parts earn nothing): the price and its tax come back.
        const QString state = m_t->shop->orders().order(o.id)->address.state;
        const Cents net = unit * l.quantity;
        const Cents tax = l.tax > 0 ? taxOn(net, state) : 0;
        l.refund += payOut(o, m, (l.net - net) + std::max<Cents>(0, l.tax - tax));
        l.unitPaid = unit;
        l.net = net;
        l.tax = tax;
        return orderMismatch(o, what);
    }

    // R-K5/R-P3: a line ships at 17:00 New York time on its day (its points post as a lot of
    // that day) and is delivered at 14:00 on its delivery day; a run delivers what had
    // shipped before it, so a line shipped in this run is delivered by the next.
    static void fulfil(ShopModel &m, const QDateTime &now)
    {
        std::vector<ModelLine *> toShip;
        for (auto &[id, o] : m.orders) {
            for (ModelLine &l : o.lines) {
                if (l.status == QLatin1String("shipped") && wall(l.deliverBy, 14) <= now)
                    l.status = QStringLiteral("delivered");
                else if ((l.status == QLatin1String("placed") || l.status == QLatin1String("backordered"))
                    && wall(l.shipOn, 17) <= now)
                    toShip.push_back(&l);
            }
        }
        // The ledger posts them in ship-day order (then by line), as lots of their ship day.
        std::stable_sort(toShip.begin(), toShip.end(), [](const ModelLine *a, const ModelLine *b) {
            return a->shipOn != b->shipOn ? a->shipOn < b->shipOn : a->id < b->id;
        });
        for (ModelLine *l : toShip) {
            l->status = QStringLiteral("shipped");
            if (l->earning == QLatin1String("pending")) {
                l->earning = QStringLiteral("posted");
                m.post(l->earned, l->shipOn);
            }
        }
    }

    // Boundary-heavy: the next ship (17:00) or delivery (14:00) instant; the last instant of
    // day 30 or the first of day 31 of a recent order (R-K8, R-K10: the steps after it act
    // on that order's lines first); R-K2's 03:00 and 06:00 and R-K5's 18:00; a New York DST
    // Sunday or Feb 29 — each the last millisecond before or the first instant at — or a
    // plain random duration, now and then a year or two (so points expire, R-P4).
    static QDateTime nextInstant(ShopModel &m, QRandomGenerator &random, const QDateTime &now)
    {
        const QDate today = dayOf(now);
        const auto either = [&](const QDateTime &t) {
            return random.bounded(2) ? t : t.addMSecs(-1);
        };
        const auto later = [&](const QDateTime &t) {
            return t > now ? t : now.addSecs(60 + random.bounded(3600));
        };
        m.focus = 0;
        const int kind = int(random.bounded(100));
        if (kind < 20) {
            QDateTime first;
            for (const auto &[id, o] : m.orders) {
                for (const ModelLine &l : o.lines) {
                    QDateTime t;
                    if (l.status == QLatin1String("placed") || l.status == QLatin1String("backordered"))
                        t = wall(l.shipOn, 17);
                    else if (l.status == QLatin1String("shipped"))
                        t = wall(l.deliverBy, 14);
                    if (t.isValid() && t > now && (!first.isValid() || t < first))
                        first = t;
                }
            }
            if (first.isValid())
                return either(first);
        } else if (kind < 38) {
            QList<const ModelOrder *> recent;
            for (const auto &[id, o] : m.orders) {
                const QDateTime edge = wall(o.placedOn.addDays(kReturnDays + 1), 0);
                if (edge > now && edge < now.addDays(3)) // not a month ahead: the shop moves on
                    recent.append(&o);
            }
            if (!recent.isEmpty()) {
                const ModelOrder *o = recent.at(int(random.bounded(int(recent.size()))));
                m.focus = o->id;
                return later(either(wall(o->placedOn.addDays(kReturnDays + 1), 0))); // day 30's end, day 31's start
            }
        } else if (kind < 48) {
            for (const QDateTime &t : { wall(today, 3), wall(today, 6), wall(today, 18), wall(today.addDays(1), 3),
                     wall(today.addDays(1), 6) }) {
                if (t > now)
                    return either(t);
            }
        } else if (kind < 55) {
            QList<QDateTime> c;
            for (int year = today.year(); year <= today.year() + 1; ++year) {
                QDate march(year, 3, 8);
                march = march.addDays((7 - march.dayOfWeek()) % 7);
                QDate november(year, 11, 1);
                november = november.addDays((7 - november.dayOfWeek()) % 7);
                c << either(wall(march, 3)) << wall(march, 10) << wall(march, 16, 30); // 02:00 -> 03:00
                c << wall(november, 1, 30) << wall(november, 10) << wall(november, 16, 30); // 01:00-02:00 comes twice
                if (QDate::isLeapYear(year))
                    c << either(wall(QDate(year, 2, 29), 0)) << wall(QDate(year, 2, 29), 17);
            }
            std::sort(c.begin(), c.end());
            for (const QDateTime &t : std::as_const(c)) {
                if (t > now && t < now.addDays(45))
                    return t;
            }
        }
        if (kind < 97)
            return now.addSecs(60 + random.bounded(24 * 3600));
        if (kind < 99)
            return now.addSecs(24 * 3600 * qint64(20 + random.bounded(80)));
        return now.addSecs(24 * 3600 * qint64(300 + random.bounded(400))); // lots expire (R-P4)
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto load = loadShopTerms(QStringLiteral(CAREDESK_SHOP_DIR "/shop-terms.json"));
        QVERIFY(load.terms);
        m_terms = *load.terms;
    }
    void cleanup()
    {
        m_t.reset();
    }

    void randomOperationsMatchAReferenceModel()
    {
        const RandomRun run = RandomRun::fromEnvironment(10000);
        run.announce("checkout");
        QRandomGenerator random(run.seed);
        struct
        {
            int placed = 0, refusedWhole = 0, cancelled = 0, returned = 0, matched = 0, shipped = 0, expiredLots = 0;
        } seen;
        int shops = 0;
        constexpr int kStepsPerShop = 1000;
        for (int step = 0; step < run.operations; ++shops) {
            QVERIFY(openShop());
            ShopModel m;
            // From January 2026 (Feb 29 2028 lies ahead), a few hours into a random day.
            QDateTime now = wall(QDate(2026, 1, 5).addDays(random.bounded(365)), int(random.bounded(24)));
            QVERIFY(m_t->givePoints(30000, now));
            m.post(30000, dayOf(now));
            for (int i = 0; i < kStepsPerShop && step < run.operations; ++i, ++step) {
                const int roll = int(random.bounded(100));
                const Op op = roll < 26 ? Op::Place
                    : roll < 38         ? Op::Cancel
                    : roll < 52         ? Op::Return
                    : roll < 61         ? Op::PriceMatch
                    : roll < 64         ? Op::GivePoints
                                        : Op::TimePasses;
                QString where = run.stepContext(step, QStringLiteral("shop %1").arg(shops), QLatin1String(name(op)),
                    now.toTimeZone(newYork()).toString(Qt::ISODateWithMs));
                m.expire(dayOf(now)); // every ledger write expires what is due first (R-P4)
                QString problem;
                const auto closedBefore = [&](const char *status) {
                    int n = 0;
                    for (const auto &[id, o] : m.orders)
                        for (const ModelLine &l : o.lines)
                            n += l.status == QLatin1String(status);
                    return n;
                };
                switch (op) {
                case Op::Place: {
                    const auto before = m.orders.size();
                    problem = placeAndCompare(m, random, now);
                    (m.orders.size() > before ? seen.placed : seen.refusedWhole) += 1;
                    break;
                }
                case Op::Cancel: {
                    const int before = closedBefore("cancelled");
                    problem = cancel(m, random, now);
                    seen.cancelled += closedBefore("cancelled") - before;
                    break;
                }
                case Op::Return: {
                    const int before = closedBefore("returned");
                    problem = returnLine(m, random, now);
                    seen.returned += closedBefore("returned") - before;
                    break;
                }
                case Op::PriceMatch: {
                    const Cents before = m.refunded;
                    problem = priceMatch(m, random, now);
                    seen.matched += m.refunded > before;
                    break;
                }
                case Op::GivePoints: {
                    const Points points = 500 + Points(random.bounded(20000));
                    if (!m_t->givePoints(points, now))
                        problem = QStringLiteral("points not posted");
                    m.post(points, dayOf(now));
                    break;
                }
                case Op::TimePasses: {
                    now = nextInstant(m, random, now);
                    where += QStringLiteral("to %1: ").arg(now.toTimeZone(newYork()).toString(Qt::ISODateWithMs));
                    const FulfilmentResult fulfilment = m_t->shop->runFulfilment(now);
                    seen.shipped += fulfilment.shipped;
                    Transaction tx(m_t->db->connection());
                    const int expired = m_t->ledger->expireDue(m_t->account, now);
                    if (!fulfilment.ok || expired < 0 || !tx.commit())
                        problem = QStringLiteral("fulfilment or expiry failed");
                    seen.expiredLots += std::max(0, expired);
                    fulfil(m, now);
                    m.expire(dayOf(now));
                    break;
                }
                }
                if (problem.isEmpty())
                    problem = shopMismatch(m, dayOf(now));
                QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
            }
        }
        qInfo("random checkout run, seed %u: %d shops; %d orders placed, %d refused whole; %d lines shipped, %d "
              "cancelled, %d returned, %d price matches; %d lots expired",
            run.seed, shops, seen.placed, seen.refusedWhole, seen.shipped, seen.cancelled, seen.returned, seen.matched,
            seen.expiredLots);
        if (run.operations >= 2000) // a short replay may stop before any of these
            QVERIFY2(seen.returned > 0 && seen.cancelled > 0 && seen.matched > 0 && seen.refusedWhole > 0,
                "the run never returned, cancelled, matched or refused: it proves little");
    }
};

QTEST_GUILESS_MAIN(TestCheckoutProperties)
#include "tst_checkoutproperties.moc"
