// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cartstore.h"
#include "orderstore.h"

#include "core/shop/cartpricing.h"
#include "core/shop/payment.h"
#include "core/shop/shoprules.h"
#include "storage/accountstore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace CareDesk {

class CareService;
class PointsLedger;

/// A gift card as checkout found it (R-K7). Codes are stored hashed; only the last four
/// characters are ever shown.
struct GiftCardLookup
{
    enum class Status { None, Found, Unknown, Empty };
    Status status = Status::None;
    QString hash;
    QString last4;
    Cents balanceCents = 0;
};

/// Everything the customer entered at checkout, with the cart lines to order.
struct PlaceOrderRequest
{
    AccountId account = 0; ///< 0: a guest (R-P9: earns nothing)
    QString guestEmail; ///< a guest's receipt address (and R-C3 activation)
    QList<CartLine> cartLines; ///< the lines to order (saved-for-later ones are left out)
    ShippingAddress address; ///< shipping address, or billing when nothing ships
    ShippingOption shipping = ShippingOption::Ground;
    Points points = 0; ///< R-P5
    QString promoCode;
    QString giftCardCode;
    CardEntry card; ///< in memory only (R-K7)
    QDateTime at;
};

/// The review a customer sees before placing an order: the priced cart and every problem.
struct CheckoutReview
{
    CartQuote quote;
    QList<AddressCheck::Problem> addressProblems;
    QList<CardProblem> cardProblems; ///< only when a card is needed
    GiftCardLookup giftCard;
    bool guestEmailInvalid = false;
    bool cardNeeded = false; ///< a balance is left for the card, or Care needs a card on file (R-C5)
    QStringList unknownSkus; ///< cart lines the catalog no longer sells

    [[nodiscard]] bool ready() const
    {
        return quote.canPlace() && addressProblems.isEmpty() && cardProblems.isEmpty() && !guestEmailInvalid
            && unknownSkus.isEmpty() && giftCard.status != GiftCardLookup::Status::Unknown
            && giftCard.status != GiftCardLookup::Status::Empty;
    }
};

enum class PlaceStatus {
    Placed,
    NotReady, ///< see the review's problems; nothing was written
    PaymentRefused, ///< the processor said no; nothing was written, points untouched
    PointsChanged, ///< the balance changed since the review (another terminal); nothing written
    GiftCardChanged, ///< the gift card's balance changed since the review; nothing written
    StorageFailed, ///< the database refused; everything was rolled back
};

struct PlaceResult
{
    PlaceStatus status = PlaceStatus::StorageFailed;
    CheckoutReview review;
    Authorization::Outcome payment = Authorization::Outcome::Approved;
    qint64 orderId = 0;
};

/// R-K4: one student's training order.
struct TrainingRequest
{
    AccountId account = 0;
    QString guestEmail;
    QString sku;
    QString studentName;
    QString studentEmail;
    CardEntry card;
    QDateTime at;
};

enum class TrainingProblem {
    NotTraining,
    ClassStarted,
    StudentNameMissing,
    StudentNameUnprintable, ///< control characters and the like (TextCheck), not for a certificate
    StudentEmailInvalid,
    GuestEmailInvalid,
};

struct TrainingResult
{
    PlaceStatus status = PlaceStatus::StorageFailed;
    QList<TrainingProblem> problems;
    QList<CardProblem> cardProblems;
    Authorization::Outcome payment = Authorization::Outcome::Approved;
    qint64 orderId = 0;
    Cents totalCents = 0;
};

/// A cancel, return or price match shown before the customer confirms (R-K8, R-K10, R-P6,
/// R-P7): every amount of money and points that will move.
struct LinePreview
{
    enum class Status {
        Allowed,
        NotFound, ///< no such line for this customer
        AlreadyClosed, ///< cancelled or returned before
        AlreadyShipped, ///< cancel: too late, return it instead
        NotShipped, ///< return: cancel it instead
        NotSelfService, ///< software licences, Care (its own page) and complimentary items
        PastReturnWindow, ///< R-K8: over 30 days: contact support
        Defective, ///< R-K8: defective items go to warranty help
        NotAPart, ///< R-K10: price match is for parts
        PastPriceMatchWindow,
        PriceNotLower, ///< R-K10: the competitor's price must be below what was paid
    };
    Status status = Status::NotFound;
    qint64 orderId = 0;
    qint64 lineId = 0;
    QString name;
    int quantity = 0;
    Cents netCents = 0;
    Cents taxCents = 0;
    Cents restockingFeeCents = 0; ///< R-K8
    Cents feeFromCashCents = 0;
    Points feePoints = 0; ///< R-K8: the fee's rest from the points coming back
    Cents shippingRefundCents = 0; ///< the whole order cancelled before anything shipped
    Cents refundCents = 0; ///< money back in all
    Cents toCardCents = 0;
    Cents toGiftCardCents = 0;
    QString cardLast4;
    Points pointsRestored = 0; ///< R-P7 (cancel) / R-P6 (return): redeemed points back
    Points pendingVoided = 0; ///< R-P3: a cancelled line's pending points
    Points earnedReversed = 0; ///< R-P6: earned points taken back from the balance
    Points shortfallPoints = 0; ///< R-P6: what the balance could not cover
    Cents shortfallChargedCents = 0; ///< taken from the cash refund
    Cents shortfallForgivenCents = 0;
    Cents newUnitCents = 0; ///< R-K10: the matched price
    int alsoReturned = 0; ///< complimentary items that go back with the line

    [[nodiscard]] bool allowed() const
    {
        return status == Status::Allowed;
    }
};

enum class ActionStatus { Done, NotAllowed, RefundFailed, StorageFailed };

struct ActionResult
{
    ActionStatus status = ActionStatus::StorageFailed;
    LinePreview preview; ///< exactly what was done (or why not)
};

/// What a fulfilment run did (lines ship on their promised dates, R-K5; points post, R-P3).
struct FulfilmentResult
{
    int shipped = 0;
    int delivered = 0;
    QList<qint64> orders; ///< orders that changed
    bool ok = true;
};

/// The shop's use cases on Qt SQL: placing orders (cart and training), cancelling,
/// returning and price-matching lines, and simulated fulfilment. Each public method that
/// writes is ONE transaction: the order, its lines, the points held, the benefits and the
/// payment record are written together or not at all. Placing an order runs under
/// Sql::withRetry (a failed run voids its card charge); cancel, return and price match call
/// the processor's refund just before their commit and are not retried: a conflict with
/// another terminal refuses them whole, with nothing refunded, and the customer tries again.
class CheckoutService
{
public:
    CheckoutService(QSqlDatabase db, const Catalog &catalog, CartPricing pricing, PointsLedger &ledger,
        CareService &care, PaymentProcessor &processor);

    [[nodiscard]] const Catalog &catalog() const;
    [[nodiscard]] const CartPricing &pricing() const;
    [[nodiscard]] CartStore &cart();
    [[nodiscard]] const OrderStore &orders() const;

    /// The review of a checkout as it stands (nothing written). `withCard`: check the card
    /// form too (on "Place order"; while typing, the card is not judged yet).
    [[nodiscard]] CheckoutReview review(const PlaceOrderRequest &request, bool withCard) const;

    /// R-K7 and the "place order atomically" rule: re-prices, then writes the order, lines,
    /// benefits, points held (R-P5) and pending (R-P3), gift card and card payments and Care
    /// (R-C1, R-C3) in one transaction, and removes the ordered lines from the cart.
    PlaceResult placeOrder(const PlaceOrderRequest &request);

    /// R-K4: a training class, one student, paid by card, any hour.
    TrainingResult placeTraining(const TrainingRequest &request);

    /// R-K3: free software is downloaded without the cart; the download is recorded.
    /// Returns the URL to open, or "" for an item that is not free software.
    QString downloadFreeSoftware(AccountId account, const QString &sku, const QDateTime &at);

    [[nodiscard]] LinePreview previewCancel(AccountId account, qint64 lineId, const QDateTime &at) const;
    /// R-P3/R-P7: cancels an unshipped line: money back, redeemed points restored, pending voided.
    ActionResult cancelLine(AccountId account, qint64 lineId, const QDateTime &at);

    /// R-K8/R-P6: `defective` items are not self-service returns (warranty help).
    [[nodiscard]] LinePreview previewReturn(
        AccountId account, qint64 lineId, bool defective, const QDateTime &at) const;
    ActionResult returnLine(AccountId account, qint64 lineId, const QDateTime &at);

    /// R-K10: a competitor's unit price for a part.
    [[nodiscard]] LinePreview previewPriceMatch(
        AccountId account, qint64 lineId, Cents competitorUnitCents, const QDateTime &at) const;
    ActionResult priceMatch(AccountId account, qint64 lineId, Cents competitorUnitCents, const QDateTime &at);

    /// R-K5/R-P3: ships every line whose promised day has come (at 17:00 New York time) and
    /// marks delivered what has arrived; pending points post. One transaction.
    FulfilmentResult runFulfilment(const QDateTime &now);

    /// The store's gift card of this code (demo and tests put cards in; the store's system
    /// would in production).
    [[nodiscard]] GiftCardLookup findGiftCard(const QString &code) const;
    bool issueGiftCard(const QString &code, Cents balanceCents);

    /// "ABCD-1234" -> "ABCD1234": what a code is hashed and compared as.
    [[nodiscard]] static QString normalizedGiftCardCode(const QString &code);

private:
    struct Loaded
    {
        OrderRecord order;
        OrderLineRecord line;
    };
    [[nodiscard]] std::optional<Loaded> load(AccountId account, qint64 lineId) const;
    PlaceResult placeOrderOnce(const PlaceOrderRequest &request);
    [[nodiscard]] QList<CartItem> cartItems(const QList<CartLine> &lines, QStringList *unknown) const;
    [[nodiscard]] CheckoutChoices choicesFor(const PlaceOrderRequest &request, const GiftCardLookup &gift) const;
    void splitRefund(const OrderRecord &order, LinePreview *preview) const;
    bool recordRefund(const OrderRecord &order, const LinePreview &preview, const QString &reason, const QDateTime &at);
    bool event(qint64 orderId, qint64 lineId, const QDateTime &at, const QString &kind, Cents amount = 0,
        Points points = 0, const QString &detail = {});
    std::optional<qint64> insertOrder(const OrderRecord &order);
    std::optional<qint64> insertLine(
        qint64 orderId, int position, const PricedLine &line, qint64 complimentaryFor, const QString &status);
    bool insertCardCharge(qint64 orderId, const StoredCard &card, Cents amount, const QDateTime &at);

    QSqlDatabase m_db;
    const Catalog &m_catalog;
    CartPricing m_pricing;
    PointsLedger &m_ledger;
    CareService &m_care;
    PaymentProcessor &m_processor;
    CartStore m_cart;
    OrderStore m_orders;
};

/// The stored word of an item kind ("product", "part", "software", "training", "care").
[[nodiscard]] QString itemKindCode(ItemKind kind);
/// The stored word of a benefit ("member-pricing", "discount", "shipping-upgrade", "complimentary-item").
[[nodiscard]] QString benefitKindCode(BenefitKind kind);

} // namespace CareDesk
