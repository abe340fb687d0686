// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eligibility.h"
#include "core/points/programterms.h"
#include "core/shop/catalog.h"
#include "core/shop/shopterms.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace CareDesk {

/// One cart line as the pricing sees it.
struct CartItem
{
    const CatalogItem *item = nullptr;
    int quantity = 0;
};

/// R-C10: the benefits a Care member uses on an order, each with its dollar value (R-C8
/// deducts the kept ones from a refund).
enum class BenefitKind { MemberPricing, Discount, ShippingUpgrade, ComplimentaryItem };

struct BenefitUse
{
    BenefitKind kind = BenefitKind::MemberPricing;
    int lineIndex = -1; ///< the priced line it belongs to (-1: the order's shipping)
    Cents valueCents = 0;
};

/// One priced order line: every amount of it, so a later cancel or return reverses exactly it.
struct PricedLine
{
    const CatalogItem *item = nullptr;
    int quantity = 0;
    Cents unitListCents = 0; ///< the catalog price
    Cents unitPaidCents = 0; ///< after member pricing (R-C10)
    Cents memberSavingCents = 0; ///< (list - paid) x quantity
    Cents discountCents = 0; ///< promotion code
    Cents netCents = 0; ///< paid for the line before tax: the R-P1 earn base before points
    Cents taxCents = 0; ///< rounded per line, so a return refunds exactly this
    Points pointsRedeemed = 0; ///< R-P1 allocation of the points applied
    Points pointsEarned = 0; ///< R-P1, pending until the line ships (R-P3)
    int complimentaryFor = -1; ///< R-C10: free with line N for a Care member
    bool backordered = false;
    ShippingOption shipsBy = ShippingOption::Ground; ///< R-K5: back-ordered lines go ground
    QDate shipOn; ///< R-K5 promised ship date (software and Care: the order day)
    QDate deliverBy; ///< expected delivery
};

/// What the customer chose at checkout, and what the app knows of them.
struct CheckoutChoices
{
    QDateTime at; ///< when the quote is asked (the order's placing instant)
    bool member = false; ///< signed in: earns and redeems points (R-P9: guests do not)
    bool careBenefits = false; ///< Care benefits apply already (R-C10)
    bool careMemberAlready = false; ///< active or waiting for activation: cannot buy Care again
    std::optional<Eligibility::Verdict> careEligibility; ///< R-C2, for a signed-in member
    QString taxState; ///< the shipping (or billing) state
    ShippingOption shipping = ShippingOption::Ground;
    Points pointsAvailable = 0;
    Points pointsRequested = 0; ///< R-P5: "Apply" asks for pointsMax, or the member types N
    QString promoCode;
    Cents giftCardBalance = 0; ///< of the gift card entered (0: none)
};

enum class CartProblem {
    Empty,
    QuantityInvalid, ///< below 1 or over the per-line limit
    NotSoldInCart, ///< training (R-K4) and free software (R-K3) have their own paths
    OutOfStock, ///< more than on hand and cannot be back-ordered
    CareNeedsQualifyingProduct, ///< R-C1
    CareQuantity, ///< one membership per person (R-C1)
    CareAlreadyMember,
    CareNotEligible, ///< R-C2
    CheckoutHoursClosed, ///< R-K2: parts or software between 3:00 and 6:00 a.m. ET
    EmergencyNeedsParts, ///< R-K5: the emergency option is for parts
    PointsForGuest, ///< R-P9
    PointsOverBalance, ///< R-P5
    PointsOverQualifying, ///< R-P5: points pay qualifying products only
    PointsNegative,
    TooLarge, ///< over the largest amount the app accepts (kMaxCents)
};

enum class PromoStatus { None, Applied, Unknown, OutsideDates, MembersOnly, NothingEligible };

/// A cart priced for checkout: every line and figure the review shows, and the problems
/// that keep it from being placed.
struct CartQuote
{
    QList<PricedLine> lines;
    QList<BenefitUse> benefits;
    Cents subtotalCents = 0; ///< sum of line nets
    Cents memberSavingsCents = 0;
    Cents discountCents = 0;
    Cents shippingCents = 0; ///< charged
    Cents shippingUpgradeCents = 0; ///< R-C10: the upgrade's value, not charged
    Cents taxCents = 0;
    Cents totalCents = 0; ///< subtotal + shipping + tax
    Cents qualifyingCents = 0; ///< what points may pay (R-P5)
    Points pointsMax = 0; ///< R-P5: "Apply" uses this
    Points pointsApplied = 0;
    Cents pointsValueCents = 0;
    Cents giftCardCents = 0;
    Cents cardCents = 0; ///< the balance left for the card
    Points pointsEarned = 0; ///< pending until shipped (R-P3)
    PromoStatus promo = PromoStatus::None;
    bool needsShipping = false;
    bool hasCheckoutHours = false; ///< holds parts or software (R-K2)
    bool includesCare = false;
    bool careBenefits = false; ///< R-C10: member pricing and upgrades apply to this order
    QList<CartProblem> problems;

    [[nodiscard]] bool canPlace() const
    {
        return problems.isEmpty();
    }
};

/// Prices a cart (R-K5, R-K7, R-P1, R-P5, R-C1, R-C10). Pure: the same inputs give the same
/// quote, and placing an order re-prices inside its transaction with the same code.
class CartPricing
{
public:
    CartPricing(ProgramTerms program, ShopTerms shop, ShippingPlanner planner);

    [[nodiscard]] CartQuote quote(
        const QList<CartItem> &items, const CheckoutChoices &choices, const Catalog &catalog) const;

    /// R-K5: the promised ship date of each option, for the options list before purchase.
    [[nodiscard]] QDate shipDate(ShippingOption option, const QDateTime &at) const;
    [[nodiscard]] QDate deliveryDate(ShippingOption option, const QDateTime &at) const;

    [[nodiscard]] const ProgramTerms &program() const;
    [[nodiscard]] const ShopTerms &shop() const;
    [[nodiscard]] const ShippingPlanner &planner() const;

private:
    ProgramTerms m_program;
    ShopTerms m_shop;
    ShippingPlanner m_planner;
};

} // namespace CareDesk
