// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/shop/shoprules.h"
#include "storage/accountstore.h"
#include "storage/care/careservice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CareDesk {

/// Line statuses (R-K9), stored as these words.
namespace LineStatus {
inline constexpr auto Placed = "placed";
inline constexpr auto Backordered = "backordered";
inline constexpr auto Shipped = "shipped";
inline constexpr auto Delivered = "delivered";
inline constexpr auto Cancelled = "cancelled";
inline constexpr auto Returned = "returned";
} // namespace LineStatus

/// One stored order line, every amount as priced at checkout (and lowered by a price match).
struct OrderLineRecord
{
    qint64 id = 0;
    qint64 orderId = 0;
    int position = 0;
    QString sku;
    QString name; ///< the English name at purchase (the catalog may change)
    QString kind; ///< "product", "part", "software", "training", "care"
    bool qualifying = false;
    int quantity = 0;
    Cents unitListCents = 0;
    Cents unitPaidCents = 0;
    Cents memberSavingCents = 0;
    Cents discountCents = 0;
    Cents netCents = 0;
    Cents taxCents = 0;
    Points pointsRedeemed = 0;
    Points pointsEarned = 0;
    qint64 complimentaryFor = 0; ///< the line it came free with (R-C10), 0 if none
    QString status;
    QString shipOption;
    QDate shipOn;
    QDate deliverBy;
    QDateTime shippedAt;
    QString tracking;
    QDate deliveredOn;
    QDateTime closedAt; ///< cancelled or returned
    Cents refundCents = 0; ///< money refunded for the line so far
    Cents restockFeeCents = 0;
    Cents priceMatchCents = 0; ///< R-K10: refunded by price matches

    [[nodiscard]] bool isOpen() const; ///< placed or back-ordered: not shipped, not cancelled
    [[nodiscard]] bool hasShipped() const; ///< shipped or delivered (returnable)
    [[nodiscard]] bool isClosed() const; ///< cancelled or returned
    [[nodiscard]] bool isPhysical() const; ///< a product or part: it ships in a box
    /// R-P7: the customer can cancel it: not shipped yet, and not a complimentary item
    /// (that goes with its product). Software, Care and training past its day are never open.
    [[nodiscard]] bool isCancellable() const;
    /// R-K8: the customer can start a return: a product or part that shipped, not a
    /// complimentary item (the 30-day window and defects are checked with the preview).
    [[nodiscard]] bool isReturnable() const;
};

struct OrderRecord
{
    qint64 id = 0;
    AccountId account = 0; ///< 0: a guest order
    QString guestEmail;
    QString kind; ///< "cart" or "training" (R-K4)
    QDateTime placedAt;
    QDate placedOn;
    ShippingAddress address;
    QString shippingOption;
    Cents shippingCents = 0;
    Cents shippingUpgradeCents = 0;
    Cents shippingRefundCents = 0;
    Cents subtotalCents = 0;
    Cents memberSavingsCents = 0;
    Cents discountCents = 0;
    Cents taxCents = 0;
    Cents totalCents = 0;
    Points pointsRedeemed = 0;
    Cents pointsValueCents = 0;
    Cents giftCardCents = 0;
    Cents cardCents = 0;
    QString promoCode;
    bool careBenefits = false; ///< R-C10/R-C9: bought while Care applied
    QString studentName;
    QString studentEmail;
    QString cardBrand; ///< of the card charged, for "Visa ending 4242"
    QString cardLast4;
};

/// One row of the order history (R-K9), with its lines' statuses counted.
struct OrderSummary
{
    qint64 id = 0;
    QDateTime placedAt;
    QString kind;
    Cents totalCents = 0;
    Points pointsRedeemed = 0;
    Points pointsEarned = 0; ///< on lines not cancelled or returned
    int lines = 0; ///< not counting complimentary lines
    int open = 0; ///< placed or back-ordered
    int shipped = 0; ///< shipped, not yet delivered
    int delivered = 0;
    int cancelled = 0;
    int returned = 0;
    QString firstItemName;
};

/// A benefit recorded on an order (R-C10).
struct OrderBenefit
{
    qint64 lineId = 0; ///< 0: the order's shipping upgrade
    QString kind; ///< "member-pricing", "discount", "shipping-upgrade", "complimentary-item"
    Cents valueCents = 0;
};

/// R-C9: a qualifying product the member bought, as the coverage list needs it.
struct BoughtProduct
{
    qint64 lineId = 0;
    qint64 orderId = 0;
    QString sku;
    QString name;
    QDateTime placedAt;
    bool careBenefits = false;
    bool returned = false; ///< returned and refunded (only in qualifyingProducts())
};

/// Reads of the shop tables, each scoped to an account where a member asks. Implements the
/// Care refund rules' view of orders (R-C8, R-C3).
class OrderStore final : public CareOrderSource
{
public:
    explicit OrderStore(QSqlDatabase db);

    [[nodiscard]] std::optional<OrderRecord> order(qint64 orderId) const;
    [[nodiscard]] QList<OrderLineRecord> lines(qint64 orderId) const;
    [[nodiscard]] std::optional<OrderLineRecord> line(qint64 lineId) const;
    [[nodiscard]] QList<OrderBenefit> benefits(qint64 orderId) const;

    /// The member's orders newest first, `limit` at a time before order `beforeId` (0: from the
    /// newest): a keyset page on an index, so 10,000 orders open as fast as 10.
    [[nodiscard]] QList<OrderSummary> page(AccountId account, qint64 beforeId, int limit) const;
    [[nodiscard]] std::optional<OrderSummary> summary(qint64 orderId) const;
    [[nodiscard]] int orderCount(AccountId account) const;

    /// R-C9: the member's qualifying product lines still kept (not cancelled or returned).
    [[nodiscard]] QList<BoughtProduct> keptProducts(AccountId account) const;
    /// R-C9: the member's qualifying product lines newest first, returned ones flagged and
    /// cancelled ones left out; at most `limit`, read through the account's order index.
    [[nodiscard]] QList<BoughtProduct> qualifyingProducts(AccountId account, int limit, int skip = 0) const;

    /// Money charged on an order (card + gift card) minus money refunded.
    [[nodiscard]] Cents netPaid(qint64 orderId) const;

    // CareOrderSource
    [[nodiscard]] QList<TermOrder> termOrders(AccountId account, const QDate &from, const QDate &until) const override;
    [[nodiscard]] QList<TermOrder> orderAsTermOrder(qint64 orderId) const override;

private:
    /// R-C8: one order as the refund rules see it, from its lines and benefits.
    [[nodiscard]] static TermOrder asTermOrder(
        qint64 orderId, const QList<OrderLineRecord> &lines, const QList<OrderBenefit> &benefits);

    QSqlDatabase m_db;
};

} // namespace CareDesk
