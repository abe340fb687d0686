// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "checkoutservice.h"

#include "core/accountrules.h"
#include "core/programcalendar.h"
#include "core/textcheck.h"
#include "storage/care/careservice.h"
#include "storage/points/pointsledger.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcShop, "caredesk.shop")

namespace CareDesk {

QString itemKindCode(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Product:
        return QStringLiteral("product");
    case ItemKind::Part:
        return QStringLiteral("part");
    case ItemKind::Software:
        return QStringLiteral("software");
    case ItemKind::Training:
        return QStringLiteral("training");
    case ItemKind::CareMembership:
        return QStringLiteral("care");
    }
    return {};
}

QString benefitKindCode(BenefitKind kind)
{
    switch (kind) {
    case BenefitKind::MemberPricing:
        return QStringLiteral("member-pricing");
    case BenefitKind::Discount:
        return QStringLiteral("discount");
    case BenefitKind::ShippingUpgrade:
        return QStringLiteral("shipping-upgrade");
    case BenefitKind::ComplimentaryItem:
        return QStringLiteral("complimentary-item");
    }
    return {};
}

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// R-K5 [decision]: the warehouse hands parcels to the carrier at 17:00 New York time on the
// promised day; they arrive by 14:00 on the delivery day. Wall-clock times, not midnight plus
// hours: on a DST Sunday (emergency parts ship any day) midnight + 17 h is 16:00 or 18:00.
QDateTime shipInstant(const QDate &day)
{
    return QDateTime(day, QTime(17, 0), ProgramCalendar::zone());
}
QDateTime deliveryInstant(const QDate &day)
{
    return QDateTime(day, QTime(14, 0), ProgramCalendar::zone());
}

QString trackingNumber(qint64 lineId)
{
    return QStringLiteral("1ZCD%1").arg(lineId, 12, 10, QLatin1Char('0'));
}

bool updatedOneRow(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    bool prepared = false;
    QSqlQuery query = Sql::prepare(db, sql, &prepared);
    return prepared && Sql::exec(query, values) && query.numRowsAffected() == 1;
}

} // namespace

CheckoutService::CheckoutService(QSqlDatabase db, const Catalog &catalog, CartPricing pricing, PointsLedger &ledger,
    CareService &care, PaymentProcessor &processor)
    : m_db(db)
    , m_catalog(catalog)
    , m_pricing(std::move(pricing))
    , m_ledger(ledger)
    , m_care(care)
    , m_processor(processor)
    , m_cart(db)
    , m_orders(db)
{ }

const Catalog &CheckoutService::catalog() const
{
    return m_catalog;
}

const CartPricing &CheckoutService::pricing() const
{
    return m_pricing;
}

CartStore &CheckoutService::cart()
{
    return m_cart;
}

const OrderStore &CheckoutService::orders() const
{
    return m_orders;
}

QString CheckoutService::normalizedGiftCardCode(const QString &code)
{
    QString normalized;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            normalized.append(c.toUpper());
    }
    return normalized;
}

GiftCardLookup CheckoutService::findGiftCard(const QString &code) const
{
    GiftCardLookup lookup;
    const QString normalized = normalizedGiftCardCode(code);
    if (normalized.isEmpty())
        return lookup;
    lookup.hash
        = QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
    lookup.last4 = normalized.right(4);
    const auto balance = Sql::scalar(
        m_db, QStringLiteral("SELECT balance_cents FROM gift_cards WHERE code_hash = ?"), { lookup.hash });
    if (!balance) {
        lookup.status = GiftCardLookup::Status::Unknown;
        return lookup;
    }
    lookup.balanceCents = balance->toLongLong();
    lookup.status = lookup.balanceCents > 0 ? GiftCardLookup::Status::Found : GiftCardLookup::Status::Empty;
    return lookup;
}

bool CheckoutService::issueGiftCard(const QString &code, Cents balanceCents)
{
    const GiftCardLookup lookup = findGiftCard(code);
    if (lookup.hash.isEmpty() || lookup.status != GiftCardLookup::Status::Unknown || balanceCents <= 0)
        return false;
    return Sql::run(m_db, QStringLiteral("INSERT INTO gift_cards (code_hash, last4, balance_cents) VALUES (?, ?, ?)"),
        { lookup.hash, lookup.last4, balanceCents });
}

QList<CartItem> CheckoutService::cartItems(const QList<CartLine> &lines, QStringList *unknown) const
{
    QList<CartItem> items;
    for (const CartLine &line : lines) {
        if (line.savedForLater)
            continue;
        const CatalogItem *item = m_catalog.find(line.sku);
        if (!item) {
            unknown->append(line.sku);
            continue;
        }
        items.append({ item, line.quantity });
    }
    return items;
}

CheckoutChoices CheckoutService::choicesFor(const PlaceOrderRequest &request, const GiftCardLookup &gift) const
{
    CheckoutChoices c;
    c.at = request.at;
    c.member = request.account != 0;
    c.taxState = request.address.state.trimmed().toUpper();
    c.shipping = request.shipping;
    c.pointsRequested = request.points;
    c.promoCode = request.promoCode;
    c.giftCardBalance = gift.status == GiftCardLookup::Status::Found ? gift.balanceCents : 0;
    if (c.member) {
        const CareMembership care = m_care.membership(request.account);
        c.careBenefits = care.hasBenefits();
        c.careMemberAlready = care.hasBenefits() || care.state == CareState::PendingActivation;
        c.pointsAvailable = m_ledger.balance(request.account).available;
        QSqlQuery account = Sql::prepare(m_db, QStringLiteral("SELECT birth_date, state FROM accounts WHERE id = ?"));
        if (Sql::exec(account, { request.account }) && account.next()) {
            // R-C2: the age of majority in the member's state, today.
            c.careEligibility = Eligibility().check(Sql::fromDateText(account.value(0).toString()),
                account.value(1).toString(), ProgramCalendar::dateOf(request.at));
        }
    } else {
        c.careMemberAlready = m_care.pendingGuestPurchase(request.guestEmail).has_value();
    }
    return c;
}

CheckoutReview CheckoutService::review(const PlaceOrderRequest &request, bool withCard) const
{
    CheckoutReview r;
    const QList<CartItem> items = cartItems(request.cartLines, &r.unknownSkus);
    if (!request.giftCardCode.trimmed().isEmpty())
        r.giftCard = findGiftCard(request.giftCardCode);
    r.quote = m_pricing.quote(items, choicesFor(request, r.giftCard), m_catalog);
    r.addressProblems = AddressCheck::check(request.address);
    if (!r.quote.needsShipping) // R-K6 is about shipping: a billing address may be a P.O. box
        r.addressProblems.removeAll(AddressCheck::Problem::PoBox);
    if (request.account == 0)
        r.guestEmailInvalid = !AccountRules::looksLikeEmail(AccountRules::normalizedEmail(request.guestEmail));
    // R-C5: Care renews on the card on file, so buying it needs a card even when points and
    // a gift card pay the whole order (the card is then verified for $0).
    r.cardNeeded = r.quote.cardCents > 0 || r.quote.includesCare;
    if (withCard && r.cardNeeded)
        r.cardProblems = CardEntryCheck::check(request.card, request.at);
    return r;
}

std::optional<qint64> CheckoutService::insertOrder(const OrderRecord &o)
{
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral(
            "INSERT INTO orders (account_id, guest_email, kind, placed_at, placed_on, ship_name, ship_street, "
            "ship_city, ship_state, ship_zip, shipping_option, shipping_cents, shipping_upgrade_cents, subtotal_cents, "
            "member_savings_cents, discount_cents, tax_cents, total_cents, points_redeemed, points_value_cents, "
            "gift_card_cents, card_cents, promo_code, care_benefits, student_name, student_email) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return Sql::insertReturningId(insert,
        { idOrNull(o.account), textOrNull(o.guestEmail), o.kind, Sql::toEpochMs(o.placedAt),
            Sql::toDateText(o.placedOn), o.address.name.trimmed(), o.address.street.trimmed(), o.address.city.trimmed(),
            o.address.state.trimmed().toUpper(), o.address.zip.trimmed(), textOrNull(o.shippingOption), o.shippingCents,
            o.shippingUpgradeCents, o.subtotalCents, o.memberSavingsCents, o.discountCents, o.taxCents, o.totalCents,
            o.pointsRedeemed, o.pointsValueCents, o.giftCardCents, o.cardCents, textOrNull(o.promoCode),
            o.careBenefits ? 1 : 0, textOrNull(o.studentName), textOrNull(o.studentEmail) });
}

std::optional<qint64> CheckoutService::insertLine(
    qint64 orderId, int position, const PricedLine &line, qint64 complimentaryFor, const QString &status)
{
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral("INSERT INTO order_lines (order_id, position, sku, name, kind, qualifying, quantity, "
                       "unit_list_cents, unit_paid_cents, member_saving_cents, discount_cents, net_cents, tax_cents, "
                       "points_redeemed, points_earned, complimentary_for, status, ship_option, ship_on, deliver_by, "
                       "delivered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    const bool delivered = status == QLatin1String(LineStatus::Delivered);
    return Sql::insertReturningId(insert,
        { orderId, position, line.item->sku, line.item->name.en, itemKindCode(line.item->kind),
            line.item->qualifying ? 1 : 0, line.quantity, line.unitListCents, line.unitPaidCents,
            line.memberSavingCents, line.discountCents, line.netCents, line.taxCents, line.pointsRedeemed,
            line.pointsEarned, idOrNull(complimentaryFor), status,
            line.item->ships() ? QVariant(shippingOptionCode(line.shipsBy)) : QVariant(QMetaType(QMetaType::QString)),
            Sql::toDateText(line.shipOn), Sql::toDateText(line.deliverBy),
            delivered ? QVariant(Sql::toDateText(line.shipOn)) : QVariant(QMetaType(QMetaType::QString)) });
}

bool CheckoutService::insertCardCharge(qint64 orderId, const StoredCard &card, Cents amount, const QDateTime &at)
{
    return amount <= 0
        || Sql::run(m_db,
            QStringLiteral("INSERT INTO order_payments (order_id, occurred_at, kind, reason, amount_cents, card_brand, "
                           "card_last4, card_token, card_expiry_year, card_expiry_month) "
                           "VALUES (?, ?, 'card-charge', 'order', ?, ?, ?, ?, ?, ?)"),
            { orderId, Sql::toEpochMs(at), amount, card.brand, card.last4, card.token, card.expiryYear,
                card.expiryMonth });
}

bool CheckoutService::event(qint64 orderId, qint64 lineId, const QDateTime &at, const QString &kind, Cents amount,
    Points points, const QString &detail)
{
    return Sql::run(m_db,
        QStringLiteral("INSERT INTO order_events (order_id, line_id, occurred_at, kind, amount_cents, points, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { orderId, idOrNull(lineId), Sql::toEpochMs(at), kind, amount, points, textOrNull(detail) });
}

PlaceResult CheckoutService::placeOrder(const PlaceOrderRequest &request)
{
    // Under withRetry: another terminal's lock conflict runs the whole placement again. That
    // is safe with the card because a run that fails after charging voids its charge.
    return Sql::withRetry(m_db, [&] {
        return placeOrderOnce(request);
    });
}

PlaceResult CheckoutService::placeOrderOnce(const PlaceOrderRequest &request)
{
    PlaceResult result;
    result.review = review(request, true);
    if (!result.review.ready()) {
        result.status = PlaceStatus::NotReady;
        return result;
    }
    const CartQuote &q = result.review.quote;
    const bool guest = request.account == 0;
    const QDate today = ProgramCalendar::dateOf(request.at);

    Transaction tx(m_db);
    if (!tx.isActive())
        return result;
    OrderRecord o;
    o.account = request.account;
    o.guestEmail = guest ? AccountRules::normalizedEmail(request.guestEmail) : QString();
    o.kind = QStringLiteral("cart");
    o.placedAt = request.at;
    o.placedOn = today;
    o.address = request.address;
    o.shippingOption = q.needsShipping ? shippingOptionCode(request.shipping) : QString();
    o.shippingCents = q.shippingCents;
    o.shippingUpgradeCents = q.shippingUpgradeCents;
    o.subtotalCents = q.subtotalCents;
    o.memberSavingsCents = q.memberSavingsCents;
    o.discountCents = q.discountCents;
    o.taxCents = q.taxCents;
    o.totalCents = q.totalCents;
    o.pointsRedeemed = q.pointsApplied;
    o.pointsValueCents = q.pointsValueCents;
    o.giftCardCents = q.giftCardCents;
    o.cardCents = q.cardCents;
    o.promoCode = q.promo == PromoStatus::Applied ? request.promoCode.trimmed().toUpper() : QString();
    o.careBenefits = q.careBenefits;
    const auto orderId = insertOrder(o);
    if (!orderId)
        return result;

    QList<qint64> lineIds;
    QList<LineShare> shares;
    for (int i = 0; i < q.lines.size(); ++i) {
        const PricedLine &line = q.lines.at(i);
        QString status = QString::fromLatin1(line.backordered ? LineStatus::Backordered : LineStatus::Placed);
        if (line.item->kind == ItemKind::Software || line.item->kind == ItemKind::CareMembership)
            status = QString::fromLatin1(LineStatus::Delivered); // a licence key, a membership: at once
        const qint64 parent = line.complimentaryFor >= 0 ? lineIds.value(line.complimentaryFor) : 0;
        const auto lineId = insertLine(*orderId, i, line, parent, status);
        if (!lineId)
            return result;
        lineIds.append(*lineId);
        if (line.pointsRedeemed > 0)
            shares.append({ *lineId, line.pointsRedeemed });
    }
    for (const BenefitUse &b : q.benefits) {
        if (!Sql::run(m_db,
                QStringLiteral("INSERT INTO order_benefits (order_id, line_id, kind, value_cents) VALUES (?, ?, ?, ?)"),
                { *orderId, idOrNull(b.lineIndex >= 0 ? lineIds.value(b.lineIndex) : 0), benefitKindCode(b.kind),
                    b.valueCents }))
            return result;
    }
    if (!guest) {
        // R-P5: the points are held inside this transaction: a failure below releases them.
        if (!shares.isEmpty() && !m_ledger.redeem(request.account, *orderId, shares, request.at)) {
            result.status = PlaceStatus::PointsChanged;
            return result;
        }
        for (int i = 0; i < q.lines.size(); ++i) {
            if (q.lines.at(i).item->qualifying
                && !m_ledger.addPending(
                    request.account, { *orderId, lineIds.at(i) }, q.lines.at(i).pointsEarned, request.at))
                return result;
        }
    }
    if (q.giftCardCents > 0) {
        const GiftCardLookup &gift = result.review.giftCard;
        if (!updatedOneRow(m_db,
                QStringLiteral("UPDATE gift_cards SET balance_cents = balance_cents - ? "
                               "WHERE code_hash = ? AND balance_cents >= ?"),
                { q.giftCardCents, gift.hash, q.giftCardCents })) {
            result.status = PlaceStatus::GiftCardChanged;
            return result;
        }
        if (!Sql::run(m_db,
                QStringLiteral("INSERT INTO order_payments (order_id, occurred_at, kind, reason, amount_cents, "
                               "gift_card_hash, gift_card_last4) VALUES (?, ?, 'gift-card-charge', 'order', ?, ?, ?)"),
                { *orderId, Sql::toEpochMs(request.at), q.giftCardCents, gift.hash, gift.last4 }))
            return result;
    }

    // The card last: once it is charged, every failure below voids the charge.
    Authorization auth;
    auth.outcome = Authorization::Outcome::Approved;
    if (result.review.cardNeeded) {
        auth = m_processor.authorize(request.card, q.cardCents, request.at);
        result.payment = auth.outcome;
        if (!auth.approved()) {
            result.status = PlaceStatus::PaymentRefused;
            return result; // the transaction rolls back: no order, points and gift card untouched
        }
    }
    const auto voidCharge = [&] {
        if (result.review.cardNeeded && q.cardCents > 0)
            m_processor.voidCapture(auth.card.token, q.cardCents);
    };
    const bool careOk = !q.includesCare
        || (guest ? m_care.recordGuestPurchase(o.guestEmail, *orderId, request.at, auth.card)
                  : m_care.recordPurchase(request.account, request.at, auth.card, *orderId));
    QList<qint64> ordered;
    for (const CartLine &line : request.cartLines) {
        if (!line.savedForLater)
            ordered.append(line.id);
    }
    if (!careOk || !insertCardCharge(*orderId, auth.card, q.cardCents, request.at)
        || !m_cart.removeLines(request.account, ordered)
        || !event(*orderId, 0, request.at, QStringLiteral("placed"), q.totalCents, q.pointsEarned) || !tx.commit()) {
        voidCharge();
        return result;
    }
    result.status = PlaceStatus::Placed;
    result.orderId = *orderId;
    return result;
}

TrainingResult CheckoutService::placeTraining(const TrainingRequest &request)
{
    TrainingResult result;
    const CatalogItem *item = m_catalog.find(request.sku);
    if (!item || item->kind != ItemKind::Training) {
        result.problems << TrainingProblem::NotTraining;
    } else if (item->trainingStart <= request.at) {
        result.problems << TrainingProblem::ClassStarted;
    }
    if (request.studentName.trimmed().isEmpty())
        result.problems << TrainingProblem::StudentNameMissing;
    else if (!TextCheck::isPrintableLine(request.studentName))
        result.problems << TrainingProblem::StudentNameUnprintable;
    if (!AccountRules::looksLikeEmail(AccountRules::normalizedEmail(request.studentEmail)))
        result.problems << TrainingProblem::StudentEmailInvalid;
    if (request.account == 0 && !AccountRules::looksLikeEmail(AccountRules::normalizedEmail(request.guestEmail)))
        result.problems << TrainingProblem::GuestEmailInvalid;
    result.cardProblems = CardEntryCheck::check(request.card, request.at);
    if (!result.problems.isEmpty() || !result.cardProblems.isEmpty()) {
        result.status = PlaceStatus::NotReady;
        return result;
    }
    PricedLine line;
    line.item = item;
    line.quantity = 1; // R-K4: one student per order
    line.unitListCents = line.unitPaidCents = line.netCents = item->priceCents;
    line.taxCents = item->taxable ? m_pricing.shop().taxOn(item->priceCents, QString()) : 0;
    line.shipOn = line.deliverBy = ProgramCalendar::dateOf(item->trainingStart);
    result.totalCents = line.netCents + line.taxCents;

    Transaction tx(m_db);
    if (!tx.isActive())
        return result;
    OrderRecord o;
    o.account = request.account;
    o.guestEmail = request.account ? QString() : AccountRules::normalizedEmail(request.guestEmail);
    o.kind = QStringLiteral("training");
    o.placedAt = request.at;
    o.placedOn = ProgramCalendar::dateOf(request.at);
    o.address.name = request.studentName.trimmed();
    o.subtotalCents = line.netCents;
    o.taxCents = line.taxCents;
    o.totalCents = o.cardCents = result.totalCents;
    o.careBenefits = request.account && m_care.membership(request.account).hasBenefits();
    o.studentName = request.studentName.trimmed();
    o.studentEmail = AccountRules::normalizedEmail(request.studentEmail);
    const auto orderId = insertOrder(o);
    if (!orderId || !insertLine(*orderId, 0, line, 0, QString::fromLatin1(LineStatus::Placed)))
        return result;
    // R-K4: paid separately from the cart, by card.
    const Authorization auth = m_processor.authorize(request.card, result.totalCents, request.at);
    result.payment = auth.outcome;
    if (!auth.approved()) {
        result.status = PlaceStatus::PaymentRefused;
        return result;
    }
    if (!insertCardCharge(*orderId, auth.card, result.totalCents, request.at)
        || !event(*orderId, 0, request.at, QStringLiteral("placed"), result.totalCents) || !tx.commit()) {
        m_processor.voidCapture(auth.card.token, result.totalCents);
        return result;
    }
    result.status = PlaceStatus::Placed;
    result.orderId = *orderId;
    return result;
}

QString CheckoutService::downloadFreeSoftware(AccountId account, const QString &sku, const QDateTime &at)
{
    const CatalogItem *item = m_catalog.find(sku);
    if (!item || !item->isFreeSoftware())
        return {};
    Sql::run(m_db, QStringLiteral("INSERT INTO software_downloads (account_id, sku, downloaded_at) VALUES (?, ?, ?)"),
        { idOrNull(account), sku, Sql::toEpochMs(at) });
    return item->downloadUrl; // R-K3: any hour, no cart; the record is a courtesy, not a gate
}

std::optional<CheckoutService::Loaded> CheckoutService::load(AccountId account, qint64 lineId) const
{
    const auto line = m_orders.line(lineId);
    if (!line)
        return std::nullopt;
    const auto order = m_orders.order(line->orderId);
    // One member never reaches another's orders; a guest reaches only guest orders the
    // session placed (the models keep that list).
    if (!order || order->account != account)
        return std::nullopt;
    return Loaded { *order, *line };
}

void CheckoutService::splitRefund(const OrderRecord &order, LinePreview *p) const
{
    // Money goes back to the card first, then to the gift card [decision].
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT kind, SUM(amount_cents) FROM order_payments WHERE order_id = ? GROUP BY kind"));
    Cents card = 0;
    Cents gift = 0;
    if (Sql::exec(q, { order.id })) {
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const Cents amount = q.value(1).toLongLong();
            if (kind == QLatin1String("card-charge"))
                card += amount;
            else if (kind == QLatin1String("card-refund"))
                card -= amount;
            else if (kind == QLatin1String("gift-card-charge"))
                gift += amount;
            else if (kind == QLatin1String("gift-card-refund"))
                gift -= amount;
        }
    }
    p->toCardCents = std::clamp<Cents>(p->refundCents, 0, std::max<Cents>(0, card));
    p->toGiftCardCents = std::clamp<Cents>(p->refundCents - p->toCardCents, 0, std::max<Cents>(0, gift));
    // Never more back than was paid: a rest beyond both tenders is not refundable money.
    p->refundCents = p->toCardCents + p->toGiftCardCents;
    p->cardLast4 = order.cardLast4;
}

bool CheckoutService::recordRefund(
    const OrderRecord &order, const LinePreview &p, const QString &reason, const QDateTime &at)
{
    if (p.toGiftCardCents > 0) {
        QSqlQuery gift = Sql::prepare(m_db,
            QStringLiteral("SELECT gift_card_hash, gift_card_last4 FROM order_payments WHERE order_id = ? "
                           "AND kind = 'gift-card-charge' ORDER BY id LIMIT 1"));
        if (!Sql::exec(gift, { order.id }) || !gift.next())
            return false;
        const QString hash = gift.value(0).toString();
        const QString last4 = gift.value(1).toString();
        gift.finish();
        if (!updatedOneRow(m_db,
                QStringLiteral("UPDATE gift_cards SET balance_cents = balance_cents + ? WHERE code_hash = ?"),
                { p.toGiftCardCents, hash })
            || !Sql::run(m_db,
                QStringLiteral(
                    "INSERT INTO order_payments (order_id, line_id, occurred_at, kind, reason, amount_cents, "
                    "gift_card_hash, gift_card_last4) VALUES (?, ?, ?, 'gift-card-refund', ?, ?, ?, ?)"),
                { order.id, idOrNull(p.lineId), Sql::toEpochMs(at), reason, p.toGiftCardCents, hash, last4 }))
            return false;
    }
    if (p.toCardCents > 0) {
        QSqlQuery card = Sql::prepare(m_db,
            QStringLiteral("SELECT card_brand, card_last4, card_token, card_expiry_year, card_expiry_month "
                           "FROM order_payments WHERE order_id = ? AND kind = 'card-charge' ORDER BY id LIMIT 1"));
        if (!Sql::exec(card, { order.id }) || !card.next())
            return false;
        const StoredCard stored { card.value(0).toString(), card.value(1).toString(), card.value(2).toString(),
            card.value(3).toInt(), card.value(4).toInt() };
        card.finish();
        if (!Sql::run(m_db,
                QStringLiteral(
                    "INSERT INTO order_payments (order_id, line_id, occurred_at, kind, reason, amount_cents, "
                    "card_brand, card_last4, card_token, card_expiry_year, card_expiry_month) "
                    "VALUES (?, ?, ?, 'card-refund', ?, ?, ?, ?, ?, ?, ?)"),
                { order.id, idOrNull(p.lineId), Sql::toEpochMs(at), reason, p.toCardCents, stored.brand, stored.last4,
                    stored.token, stored.expiryYear, stored.expiryMonth }))
            return false;
        // The processor last, just before the commit: its refund cannot be rolled back.
        if (!m_processor.refund(stored.token, p.toCardCents))
            return false;
    }
    return true;
}

LinePreview CheckoutService::previewCancel(AccountId account, qint64 lineId, const QDateTime &at) const
{
    Q_UNUSED(at)
    LinePreview p;
    p.lineId = lineId;
    const auto loaded = load(account, lineId);
    if (!loaded)
        return p;
    const OrderLineRecord &line = loaded->line;
    p.orderId = line.orderId;
    p.name = line.name;
    p.quantity = line.quantity;
    p.netCents = line.netCents;
    p.taxCents = line.taxCents;
    if (line.isClosed()) {
        p.status = LinePreview::Status::AlreadyClosed;
        return p;
    }
    if (line.isPhysical() && line.hasShipped()) {
        p.status = LinePreview::Status::AlreadyShipped;
        return p;
    }
    if (!line.isCancellable()) {
        p.status = LinePreview::Status::NotSelfService;
        return p;
    }
    const OrderLineRef ref { line.orderId, line.id };
    p.pointsRestored = m_ledger.redeemedOnLine(ref); // R-P7
    const auto earning = m_ledger.lineEarning(ref);
    p.pendingVoided = earning && earning->state == QLatin1String("pending") ? earning->points : 0; // R-P3
    const Cents pointsValue = p.pointsRestored * m_pricing.program().pointValueCents;
    Cents refund = std::max<Cents>(0, line.netCents - pointsValue) + line.taxCents;
    // Shipping comes back when the order is cancelled whole before anything shipped.
    const Cents shippingLeft = loaded->order.shippingCents - loaded->order.shippingRefundCents;
    if (shippingLeft > 0) {
        bool othersKeepShipping = false;
        for (const OrderLineRecord &other : m_orders.lines(line.orderId)) {
            if (other.id == line.id || other.complimentaryFor == line.id)
                continue;
            if (other.isPhysical()
                && (other.isOpen() || other.hasShipped() || other.status == QLatin1String(LineStatus::Returned)))
                othersKeepShipping = true;
        }
        if (!othersKeepShipping)
            p.shippingRefundCents = shippingLeft;
    }
    // A complimentary item is cancelled with its product (R-C10); the preview says so.
    for (const OrderLineRecord &other : m_orders.lines(line.orderId))
        p.alsoReturned += other.complimentaryFor == line.id && !other.isClosed() ? 1 : 0;
    p.refundCents = refund + p.shippingRefundCents;
    splitRefund(loaded->order, &p);
    p.status = LinePreview::Status::Allowed;
    return p;
}

ActionResult CheckoutService::cancelLine(AccountId account, qint64 lineId, const QDateTime &at)
{
    ActionResult result;
    result.preview = previewCancel(account, lineId, at);
    if (!result.preview.allowed()) {
        result.status = ActionStatus::NotAllowed;
        return result;
    }
    const LinePreview &p = result.preview;
    const auto loaded = load(account, lineId);
    const OrderLineRef ref { p.orderId, p.lineId };
    Transaction tx(m_db);
    if (!tx.isActive())
        return result;
    const auto earning = m_ledger.lineEarning(ref);
    if (earning && earning->state == QLatin1String("pending") && !m_ledger.voidPending(ref, at))
        return result;
    if (p.pointsRestored > 0 && m_ledger.restoreLine(ref, at) < 0)
        return result;
    if (!updatedOneRow(m_db,
            QStringLiteral(
                "UPDATE order_lines SET status = 'cancelled', closed_at = ?, refund_cents = refund_cents + ? "
                "WHERE id = ? AND status IN ('placed', 'backordered')"),
            { Sql::toEpochMs(at), p.refundCents - p.shippingRefundCents, p.lineId })
        || !Sql::run(m_db,
            QStringLiteral("UPDATE order_lines SET status = 'cancelled', closed_at = ? WHERE complimentary_for = ? "
                           "AND status IN ('placed', 'backordered')"),
            { Sql::toEpochMs(at), p.lineId }))
        return result;
    if (p.shippingRefundCents > 0
        && !Sql::run(m_db,
            QStringLiteral("UPDATE orders SET shipping_refund_cents = shipping_refund_cents + ? WHERE id = ?"),
            { p.shippingRefundCents, p.orderId }))
        return result;
    if (!event(
            p.orderId, p.lineId, at, QStringLiteral("cancelled"), p.refundCents, p.pointsRestored)) // before the refund
        return result;
    if (!recordRefund(loaded->order, p, QStringLiteral("cancel"), at)) {
        result.status = ActionStatus::RefundFailed;
        return result;
    }
    if (!tx.commit())
        return result;
    result.status = ActionStatus::Done;
    return result;
}

LinePreview CheckoutService::previewReturn(AccountId account, qint64 lineId, bool defective, const QDateTime &at) const
{
    LinePreview p;
    p.lineId = lineId;
    const auto loaded = load(account, lineId);
    if (!loaded)
        return p;
    const OrderLineRecord &line = loaded->line;
    p.orderId = line.orderId;
    p.name = line.name;
    p.quantity = line.quantity;
    p.netCents = line.netCents;
    p.taxCents = line.taxCents;
    if (line.isClosed()) {
        p.status = LinePreview::Status::AlreadyClosed;
        return p;
    }
    if (!line.isPhysical() || line.complimentaryFor != 0) {
        p.status = LinePreview::Status::NotSelfService;
        return p;
    }
    if (line.isOpen()) {
        p.status = LinePreview::Status::NotShipped;
        return p;
    }
    if (defective) {
        p.status = LinePreview::Status::Defective; // R-K8: warranty help, not a return
        return p;
    }
    const int pointValue = m_pricing.program().pointValueCents;
    const OrderLineRef ref { line.orderId, line.id };
    const Points redeemed = m_ledger.redeemedOnLine(ref);
    const ReturnQuote quote = ReturnRules::quote(loaded->order.placedOn, ProgramCalendar::dateOf(at), line.netCents,
        line.netCents - redeemed * pointValue, m_pricing.shop().returns);
    if (!quote.selfService) {
        p.status = LinePreview::Status::PastReturnWindow;
        return p;
    }
    p.restockingFeeCents = quote.restockingFee;
    p.feeFromCashCents = quote.feeFromCash;
    p.feePoints = quote.feeFromPoints / pointValue;
    const auto plan = m_ledger.previewReturn(ref, quote.cashRefund + line.taxCents, at, p.feePoints);
    if (!plan)
        return p;
    p.pointsRestored = plan->restoredRedeemed;
    p.feePoints = plan->feePoints;
    p.earnedReversed = plan->reversedFromBalance;
    p.shortfallPoints = plan->shortfallPoints;
    p.shortfallChargedCents = plan->shortfallCharged;
    p.shortfallForgivenCents = plan->shortfallForgiven;
    p.refundCents = plan->cashRefund;
    for (const OrderLineRecord &other : m_orders.lines(line.orderId))
        p.alsoReturned += other.complimentaryFor == line.id && !other.isClosed() ? 1 : 0;
    splitRefund(loaded->order, &p);
    p.status = LinePreview::Status::Allowed;
    return p;
}

ActionResult CheckoutService::returnLine(AccountId account, qint64 lineId, const QDateTime &at)
{
    ActionResult result;
    result.preview = previewReturn(account, lineId, false, at);
    if (!result.preview.allowed()) {
        result.status = ActionStatus::NotAllowed;
        return result;
    }
    const LinePreview &p = result.preview;
    const auto loaded = load(account, lineId);
    const OrderLineRef ref { p.orderId, p.lineId };
    Transaction tx(m_db);
    if (!tx.isActive())
        return result;
    const Cents cashBefore
        = p.netCents - p.pointsRestored * m_pricing.program().pointValueCents - p.feeFromCashCents + p.taxCents;
    const auto plan = m_ledger.reverseForReturn(ref, cashBefore, at, p.feePoints);
    if (!plan || plan->cashRefund < p.refundCents)
        return result; // the balance moved since the preview: refuse rather than refund another amount
    if (!updatedOneRow(m_db,
            QStringLiteral(
                "UPDATE order_lines SET status = 'returned', closed_at = ?, refund_cents = refund_cents + ?, "
                "restock_fee_cents = ? WHERE id = ? AND status IN ('shipped', 'delivered')"),
            { Sql::toEpochMs(at), p.refundCents, p.restockingFeeCents, p.lineId })
        || !Sql::run(m_db,
            QStringLiteral("UPDATE order_lines SET status = 'returned', closed_at = ? WHERE complimentary_for = ? "
                           "AND status NOT IN ('cancelled', 'returned')"),
            { Sql::toEpochMs(at), p.lineId })
        || !event(p.orderId, p.lineId, at, QStringLiteral("returned"), p.refundCents, -p.earnedReversed))
        return result;
    if (!recordRefund(loaded->order, p, QStringLiteral("return"), at)) {
        result.status = ActionStatus::RefundFailed;
        return result;
    }
    if (!tx.commit())
        return result;
    result.status = ActionStatus::Done;
    return result;
}

LinePreview CheckoutService::previewPriceMatch(
    AccountId account, qint64 lineId, Cents competitorUnitCents, const QDateTime &at) const
{
    LinePreview p;
    p.lineId = lineId;
    const auto loaded = load(account, lineId);
    if (!loaded)
        return p;
    const OrderLineRecord &line = loaded->line;
    p.orderId = line.orderId;
    p.name = line.name;
    p.quantity = line.quantity;
    p.netCents = line.netCents;
    p.taxCents = line.taxCents;
    if (line.isClosed()) {
        p.status = LinePreview::Status::AlreadyClosed;
        return p;
    }
    if (line.kind != QLatin1String("part")) {
        p.status = LinePreview::Status::NotAPart;
        return p;
    }
    if (!ProgramCalendar::isWithinDays(
            loaded->order.placedOn, m_pricing.shop().priceMatchWindowDays, ProgramCalendar::dateOf(at))) {
        p.status = LinePreview::Status::PastPriceMatchWindow;
        return p;
    }
    if (competitorUnitCents <= 0 || competitorUnitCents >= line.unitPaidCents) {
        p.status = LinePreview::Status::PriceNotLower;
        return p;
    }
    // R-K10/R-P8: the line's price drops to the competitor's; money only (parts earn nothing).
    p.newUnitCents = competitorUnitCents;
    const Cents newNet = competitorUnitCents * line.quantity;
    const Cents newTax = line.taxCents > 0 ? m_pricing.shop().taxOn(newNet, loaded->order.address.state) : 0;
    p.refundCents = (line.netCents - newNet) + std::max<Cents>(0, line.taxCents - newTax);
    splitRefund(loaded->order, &p);
    p.status = LinePreview::Status::Allowed;
    return p;
}

ActionResult CheckoutService::priceMatch(
    AccountId account, qint64 lineId, Cents competitorUnitCents, const QDateTime &at)
{
    ActionResult result;
    result.preview = previewPriceMatch(account, lineId, competitorUnitCents, at);
    if (!result.preview.allowed()) {
        result.status = ActionStatus::NotAllowed;
        return result;
    }
    const LinePreview &p = result.preview;
    const auto loaded = load(account, lineId);
    const Cents newNet = p.newUnitCents * p.quantity;
    const Cents newTax = std::max<Cents>(0, p.taxCents - (p.refundCents - (p.netCents - newNet)));
    Transaction tx(m_db);
    if (!tx.isActive())
        return result;
    if (!updatedOneRow(m_db,
            QStringLiteral("UPDATE order_lines SET unit_paid_cents = ?, net_cents = ?, tax_cents = ?, "
                           "refund_cents = refund_cents + ?, price_match_cents = price_match_cents + ? "
                           "WHERE id = ? AND status NOT IN ('cancelled', 'returned') AND unit_paid_cents > ?"),
            { p.newUnitCents, newNet, newTax, p.refundCents, p.refundCents, p.lineId, p.newUnitCents })
        || !event(p.orderId, p.lineId, at, QStringLiteral("price-matched"), p.refundCents, 0,
            centsToPlainString(p.newUnitCents)))
        return result;
    if (!recordRefund(loaded->order, p, QStringLiteral("price-match"), at)) {
        result.status = ActionStatus::RefundFailed;
        return result;
    }
    if (!tx.commit())
        return result;
    result.status = ActionStatus::Done;
    return result;
}

FulfilmentResult CheckoutService::runFulfilment(const QDateTime &now)
{
    FulfilmentResult result;
    const QDate today = ProgramCalendar::dateOf(now);
    struct Due
    {
        qint64 id;
        qint64 orderId;
        QString kind;
        QDate day;
        QDateTime placedAt;
    };
    const auto dueLines = [&](const QString &sql) {
        QList<Due> due;
        QSqlQuery q = Sql::prepare(m_db, sql);
        if (!Sql::exec(q, { Sql::toDateText(today) })) {
            result.ok = false;
            return due;
        }
        while (q.next()) {
            due.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                Sql::fromDateText(q.value(3).toString()), Sql::fromEpochMs(q.value(4).toLongLong()) });
        }
        return due;
    };
    // Both on the (status, day) indexes: only the few open or travelling lines are read.
    const QList<Due> toShip
        = dueLines(QStringLiteral("SELECT l.id, l.order_id, l.kind, l.ship_on, o.placed_at FROM order_lines l "
                                  "JOIN orders o ON o.id = l.order_id WHERE l.status IN ('placed', 'backordered') "
                                  "AND l.ship_on <= ? ORDER BY l.ship_on, l.id"));
    const QList<Due> toDeliver = dueLines(QStringLiteral(
        "SELECT id, order_id, kind, deliver_by, 0 FROM order_lines WHERE status = 'shipped' AND deliver_by <= ? "
        "ORDER BY deliver_by, id"));
    if (!result.ok || (toShip.isEmpty() && toDeliver.isEmpty()))
        return result;
    Transaction tx(m_db);
    bool ok = tx.isActive();
    for (const Due &d : toShip) {
        const bool training = d.kind == QLatin1String("training");
        // A rush order placed between the 17:00 handover and the 18:00 cut-off still ships that
        // day (R-K5): it goes with the evening pickup, never before it was placed.
        const QDateTime at = training ? ProgramCalendar::startOfDay(d.day) : std::max(shipInstant(d.day), d.placedAt);
        if (!ok || at > now)
            continue;
        if (training) {
            ok = Sql::run(m_db,
                QStringLiteral("UPDATE order_lines SET status = 'delivered', delivered_on = ? WHERE id = ?"),
                { Sql::toDateText(d.day), d.id });
        } else {
            // R-P3: the line's pending points post on its ship date, as a lot of that day.
            const OrderLineRef ref { d.orderId, d.id };
            const auto earning = m_ledger.lineEarning(ref);
            ok = (!earning || earning->state != QLatin1String("pending") || m_ledger.post(ref, at))
                && Sql::run(m_db,
                    QStringLiteral(
                        "UPDATE order_lines SET status = 'shipped', shipped_at = ?, tracking = ? WHERE id = ?"),
                    { Sql::toEpochMs(at), trackingNumber(d.id), d.id })
                && event(d.orderId, d.id, at, QStringLiteral("shipped"), 0, earning ? earning->points : 0,
                    trackingNumber(d.id));
            ++result.shipped;
        }
        if (!result.orders.contains(d.orderId))
            result.orders.append(d.orderId);
    }
    for (const Due &d : toDeliver) {
        if (!ok || deliveryInstant(d.day) > now)
            continue;
        ok = Sql::run(m_db,
            QStringLiteral("UPDATE order_lines SET status = 'delivered', delivered_on = ? WHERE id = ?"),
            { Sql::toDateText(d.day), d.id });
        ++result.delivered;
        if (!result.orders.contains(d.orderId))
            result.orders.append(d.orderId);
    }
    if (!ok || !tx.commit()) {
        qCWarning(lcShop) << "fulfilment run failed and was rolled back";
        return { 0, 0, {}, false };
    }
    return result;
}

} // namespace CareDesk
