// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "checkout.h"

#include "appcontext.h"
#include "cardform.h"
#include "cartmodel.h"
#include "language.h"
#include "points/pointswording.h"
#include "session.h"
#include "shop.h"
#include "shopwording.h"

#include "core/programcalendar.h"
#include "storage/points/pointsservice.h"

#include <QLocale>
#include <QTimeZone>

namespace CareDesk {

namespace {
QVariantMap total(const QString &label, Cents cents, bool emphasis = false, bool negative = false)
{
    const QString amount = PointsWording::dollars(cents);
    return { { QStringLiteral("label"), label },
        { QStringLiteral("amountText"), negative ? QStringLiteral("−") + amount : amount },
        { QStringLiteral("emphasis"), emphasis } };
}
} // namespace

Checkout::Checkout(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_card(new CardForm(this))
{
    connect(this, &Checkout::formChanged, this, &Checkout::refresh);
    connect(m_card, &CardForm::changed, this, [this] {
        if (m_triedToPlace)
            refresh();
    });
    connect(m_context.language(), &Language::currentChanged, this, &Checkout::reviewChanged);
    connect(m_context.session(), &Session::stateChanged, this, &Checkout::start);
}

void Checkout::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT formChanged();
}

QString Checkout::name() const
{
    return m_address.name;
}
void Checkout::setName(const QString &value)
{
    setField(m_address.name, value.left(100));
}
QString Checkout::street() const
{
    return m_address.street;
}
void Checkout::setStreet(const QString &value)
{
    setField(m_address.street, value.left(200));
}
QString Checkout::city() const
{
    return m_address.city;
}
void Checkout::setCity(const QString &value)
{
    setField(m_address.city, value.left(100));
}
QString Checkout::state() const
{
    return m_address.state;
}
void Checkout::setState(const QString &value)
{
    setField(m_address.state, value.trimmed().toUpper().left(2));
}
QString Checkout::zip() const
{
    return m_address.zip;
}
void Checkout::setZip(const QString &value)
{
    setField(m_address.zip, value.left(10));
}
QString Checkout::guestEmail() const
{
    return m_guestEmail;
}
void Checkout::setGuestEmail(const QString &value)
{
    setField(m_guestEmail, value.left(254));
}
QString Checkout::shipping() const
{
    return m_shipping;
}
void Checkout::setShipping(const QString &value)
{
    if (shippingOptionFromCode(value))
        setField(m_shipping, value);
}
QString Checkout::pointsText() const
{
    return m_points;
}
void Checkout::setPointsText(const QString &value)
{
    setField(m_points, value.left(20));
}
QString Checkout::giftCardCode() const
{
    return m_giftCard;
}
void Checkout::setGiftCardCode(const QString &value)
{
    setField(m_giftCard, value.left(40));
}
QString Checkout::promoCode() const
{
    return m_promo;
}
void Checkout::setPromoCode(const QString &value)
{
    setField(m_promo, value.left(40));
}
CardForm *Checkout::card() const
{
    return m_card;
}

PlaceOrderRequest Checkout::request() const
{
    PlaceOrderRequest r;
    r.account = m_context.session()->accountId();
    r.guestEmail = m_guestEmail;
    if (Shop *shop = m_context.shop())
        r.cartLines = shop->cart()->lines();
    r.address = m_address;
    r.shipping = shippingOptionFromCode(m_shipping).value_or(ShippingOption::Ground);
    // Points as typed: digits only ("1,500" and "1 500" read as 1500); anything else is -1,
    // which the pricing refuses with a message (R-P5).
    QString digits = m_points;
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    bool ok = true;
    r.points = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!ok || r.points < 0)
        r.points = -1;
    r.promoCode = m_promo;
    r.giftCardCode = m_giftCard;
    r.card = m_card->entry();
    r.at = m_context.clock().now();
    return r;
}

void Checkout::refresh()
{
    CheckoutService *shop = m_context.checkout();
    if (!shop)
        return;
    const PlaceOrderRequest r = request();
    m_pointsInvalid = r.points < 0;
    m_review = shop->review(r, m_triedToPlace);
    Q_EMIT reviewChanged();
}

void Checkout::start()
{
    m_triedToPlace = false;
    m_points.clear();
    m_giftCard.clear();
    m_promo.clear();
    m_guestEmail.clear();
    m_card->wipe();
    m_card->setHolder({});
    m_address = {};
    m_shipping = QStringLiteral("ground");
    // A member's last shipping address, so a returning customer types nothing twice.
    const AccountId account = m_context.session()->accountId();
    if (CheckoutService *shop = m_context.checkout(); shop && account) {
        const QList<OrderSummary> last = shop->orders().page(account, 0, 1);
        if (!last.isEmpty()) {
            if (const auto order = shop->orders().order(last.first().id); order && !order->address.street.isEmpty())
                m_address = order->address;
        }
        if (m_address.name.isEmpty())
            m_address.name = m_context.session()->displayName();
    }
    Q_EMIT formChanged();
}

void Checkout::applyMaxPoints()
{
    setPointsText(m_review.quote.pointsMax > 0 ? QString::number(m_review.quote.pointsMax) : QString());
}

bool Checkout::place()
{
    CheckoutService *shop = m_context.checkout();
    if (!shop)
        return false;
    m_triedToPlace = true;
    const PlaceResult result = shop->placeOrder(request());
    m_review = result.review;
    if (result.status == PlaceStatus::Placed) {
        m_placedOrderId = result.orderId;
        const Cents charged = result.review.quote.cardCents;
        m_outcome = charged > 0 ? tr("Order %1 is placed. %2 was charged to your card.")
                                      .arg(result.orderId)
                                      .arg(PointsWording::dollars(charged))
                                : tr("Order %1 is placed. Nothing was charged to your card.").arg(result.orderId);
        if (result.review.quote.pointsEarned > 0)
            m_outcome += QLatin1Char(' ')
                + tr("It earns %1, pending until it ships.")
                      .arg(PointsWording::points(result.review.quote.pointsEarned));
        m_card->wipe();
        m_triedToPlace = false;
        m_points.clear();
        m_giftCard.clear();
        m_promo.clear();
        if (Shop *s = m_context.shop())
            s->notifyOrderPlaced(result.orderId);
    } else if (result.status == PlaceStatus::PaymentRefused) {
        m_outcome = ShopWording::paymentOutcome(result.payment);
    } else {
        m_outcome = ShopWording::placeStatus(result.status);
    }
    Q_EMIT outcomeChanged();
    Q_EMIT formChanged(); // re-reviews (an empty cart after an order)
    return result.status == PlaceStatus::Placed;
}

QVariantList Checkout::shippingOptions() const
{
    QVariantList list;
    CheckoutService *shop = m_context.checkout();
    if (!shop)
        return list;
    const QDateTime now = m_context.clock().now();
    const CartQuote &q = m_review.quote;
    bool hasParts = false;
    for (const PricedLine &line : q.lines)
        hasParts = hasParts || line.item->kind == ItemKind::Part;
    const auto ground = shop->pricing().shop().rate(shop->pricing().shop().memberUpgradeFrom);
    for (const ShippingRate &rate : shop->pricing().shop().shipping) {
        if (rate.option == ShippingOption::EmergencyAfterHours && !hasParts)
            continue; // R-K5: the emergency service is for parts
        Cents price = rate.priceCents;
        QString note;
        if (q.careBenefits && rate.option == shop->pricing().shop().memberUpgradeTo && ground) {
            price = ground->priceCents; // R-C10: the free upgrade
            note = tr("Care upgrade: for the ground price");
        }
        const QDate ships = shop->pricing().shipDate(rate.option, now);
        const QDate arrives = shop->pricing().deliveryDate(rate.option, now);
        const QString shipText
            = tr("ships %1, arrives by %2").arg(PointsWording::date(ships), PointsWording::date(arrives));
        const QString label = ShopWording::shippingOption(rate.option);
        list.append(QVariantMap { { QStringLiteral("code"), shippingOptionCode(rate.option) },
            { QStringLiteral("label"), label }, { QStringLiteral("priceText"), PointsWording::dollars(price) },
            { QStringLiteral("shipDateText"), shipText }, { QStringLiteral("note"), note },
            { QStringLiteral("accessibleText"),
                tr("%1, %2, %3").arg(label, PointsWording::dollars(price), shipText)
                    + (note.isEmpty() ? QString() : QStringLiteral(", ") + note) } });
    }
    return list;
}

QVariantList Checkout::lines() const
{
    QVariantList list;
    const QString language = m_context.language()->current();
    for (const PricedLine &line : m_review.quote.lines) {
        QStringList detail;
        if (line.complimentaryFor >= 0)
            detail << tr("Complimentary with Care (worth %1)")
                          .arg(PointsWording::dollars(line.unitListCents * line.quantity));
        if (line.memberSavingCents > 0)
            detail << tr("Member price, you save %1").arg(PointsWording::dollars(line.memberSavingCents));
        if (line.discountCents > 0)
            detail << tr("Promotion −%1").arg(PointsWording::dollars(line.discountCents));
        if (line.pointsRedeemed > 0)
            detail << tr("%1 paid with points").arg(PointsWording::dollars(line.pointsRedeemed));
        if (line.backordered)
            detail << tr("Back-ordered: ships by ground on %1").arg(PointsWording::date(line.shipOn));
        else if (line.item->ships())
            detail << tr("Ships %1").arg(PointsWording::date(line.shipOn));
        if (line.pointsEarned > 0)
            detail << tr("Earns %1").arg(PointsWording::points(line.pointsEarned));
        const QString name = line.item->name.in(language);
        const QString amount = PointsWording::dollars(line.netCents);
        list.append(QVariantMap { { QStringLiteral("name"), name }, { QStringLiteral("quantity"), line.quantity },
            { QStringLiteral("amountText"), amount }, { QStringLiteral("detail"), detail.join(QStringLiteral(" · ")) },
            { QStringLiteral("accessibleText"),
                tr("%1, quantity %2, %3. %4")
                    .arg(name)
                    .arg(line.quantity)
                    .arg(amount, detail.join(QStringLiteral(", "))) } });
    }
    return list;
}

QVariantList Checkout::totals() const
{
    const CartQuote &q = m_review.quote;
    QVariantList list;
    list << total(tr("Items"), q.subtotalCents);
    if (q.memberSavingsCents > 0)
        list << total(tr("Care member savings (included above)"), q.memberSavingsCents);
    if (q.discountCents > 0)
        list << total(tr("Promotion (included above)"), q.discountCents);
    if (q.needsShipping)
        list << total(tr("Shipping"), q.shippingCents);
    if (q.shippingUpgradeCents > 0)
        list << total(tr("Care shipping upgrade (not charged)"), q.shippingUpgradeCents);
    list << total(tr("Tax"), q.taxCents);
    list << total(tr("Order total"), q.totalCents, true);
    if (q.pointsApplied > 0)
        list << total(tr("Paid with %1").arg(PointsWording::points(q.pointsApplied)), q.pointsValueCents, false, true);
    if (q.giftCardCents > 0)
        list << total(tr("Gift card ending %1").arg(m_review.giftCard.last4), q.giftCardCents, false, true);
    list << total(tr("To pay by card"), q.cardCents, true);
    return list;
}

bool Checkout::needsShipping() const
{
    return m_review.quote.needsShipping;
}

bool Checkout::cardNeeded() const
{
    return m_review.cardNeeded;
}

QString Checkout::pointsSummary() const
{
    const AccountId account = m_context.session()->accountId();
    if (!account || !m_context.points())
        return tr("Points are for signed-in members.");
    const Points available = m_context.points()->ledger().balance(account).available;
    return tr("You have %1 (%2). Up to %3 can pay for the qualifying products of this order; never for tax or "
              "shipping.")
        .arg(PointsWording::points(available), PointsWording::dollars(available),
            PointsWording::points(m_review.quote.pointsMax));
}

int Checkout::pointsMax() const
{
    return int(std::min<Points>(m_review.quote.pointsMax, std::numeric_limits<int>::max()));
}

QString Checkout::earnText() const
{
    const Points earned = m_review.quote.pointsEarned;
    if (!m_context.session()->isSignedIn())
        return tr("Orders placed as a guest earn no points (sign in first to earn them).");
    return earned > 0 ? tr("This order earns %1, pending until it ships.").arg(PointsWording::points(earned))
                      : tr("This order earns no points.");
}

QString Checkout::totalText() const
{
    return PointsWording::dollars(m_review.quote.totalCents);
}

QStringList Checkout::cartProblems() const
{
    QStringList list;
    const QDateTime now = m_context.clock().now();
    for (CartProblem p : m_review.quote.problems) {
        if (p == CartProblem::PointsForGuest || p == CartProblem::PointsOverBalance
            || p == CartProblem::PointsOverQualifying || p == CartProblem::PointsNegative)
            continue;
        list << ShopWording::cartProblem(p, now, QTimeZone::systemTimeZone());
    }
    if (!m_review.unknownSkus.isEmpty())
        list << tr("Some items are no longer sold: remove them from the cart.");
    return list;
}

QStringList Checkout::addressProblems() const
{
    QStringList list;
    for (AddressCheck::Problem p : m_review.addressProblems)
        list << ShopWording::addressProblem(p);
    return list;
}

QStringList Checkout::pointsProblems() const
{
    QStringList list;
    const QDateTime now = m_context.clock().now();
    if (m_pointsInvalid)
        return { ShopWording::cartProblem(CartProblem::PointsNegative, now, QTimeZone::systemTimeZone()) };
    for (CartProblem p : m_review.quote.problems) {
        if (p == CartProblem::PointsForGuest || p == CartProblem::PointsOverBalance
            || p == CartProblem::PointsOverQualifying || p == CartProblem::PointsNegative)
            list << ShopWording::cartProblem(p, now, QTimeZone::systemTimeZone());
    }
    return list;
}

QStringList Checkout::cardProblems() const
{
    QStringList list;
    for (CardProblem p : m_review.cardProblems)
        list << ShopWording::cardProblem(p);
    return list;
}

QString Checkout::giftCardMessage() const
{
    return ShopWording::giftCardStatus(m_review.giftCard);
}

QString Checkout::promoMessage() const
{
    return ShopWording::promoStatus(m_review.quote.promo);
}

QString Checkout::guestEmailProblem() const
{
    return m_review.guestEmailInvalid && m_context.session()->isGuest()
        ? tr("Enter your email address for the receipt, like name@example.com.")
        : QString();
}

bool Checkout::canPlace() const
{
    // The card is judged on "Place order" (the review leaves it out until then).
    return m_review.ready() && !m_pointsInvalid;
}

QString Checkout::outcome() const
{
    return m_outcome;
}

int Checkout::placedOrderId() const
{
    return int(m_placedOrderId);
}

} // namespace CareDesk
