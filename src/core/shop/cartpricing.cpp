// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "cartpricing.h"

#include "core/points/earning.h"
#include "core/programcalendar.h"

namespace CareDesk {

CartPricing::CartPricing(ProgramTerms program, ShopTerms shop, ShippingPlanner planner)
    : m_program(std::move(program))
    , m_shop(std::move(shop))
    , m_planner(std::move(planner))
{ }

const ProgramTerms &CartPricing::program() const
{
    return m_program;
}

const ShopTerms &CartPricing::shop() const
{
    return m_shop;
}

const ShippingPlanner &CartPricing::planner() const
{
    return m_planner;
}

QDate CartPricing::shipDate(ShippingOption option, const QDateTime &at) const
{
    return m_planner.shipDate(option, at);
}

QDate CartPricing::deliveryDate(ShippingOption option, const QDateTime &at) const
{
    const auto rate = m_shop.rate(option);
    return m_planner.deliveryDate(shipDate(option, at), rate ? rate->transitBusinessDays : 0);
}

namespace {
void addProblem(CartQuote &quote, CartProblem problem)
{
    if (!quote.problems.contains(problem))
        quote.problems.append(problem);
}
} // namespace

CartQuote CartPricing::quote(const QList<CartItem> &items, const CheckoutChoices &choices, const Catalog &catalog) const
{
    CartQuote q;
    const QDate today = ProgramCalendar::dateOf(choices.at);
    if (items.isEmpty())
        addProblem(q, CartProblem::Empty);

    bool hasQualifying = false;
    bool hasParts = false;
    int careUnits = 0;
    for (const CartItem &entry : items) {
        if (!entry.item)
            continue;
        hasQualifying = hasQualifying || entry.item->qualifying;
        hasParts = hasParts || entry.item->kind == ItemKind::Part;
        if (entry.item->kind == ItemKind::CareMembership)
            careUnits += entry.quantity;
    }
    q.includesCare = careUnits > 0;
    // R-C10 [decision]: benefits apply from the order in which Care is bought, that order included.
    const bool benefits = choices.careBenefits || q.includesCare;
    q.careBenefits = benefits;

    // The promotion code first: it decides each line's discount.
    std::optional<PromoCode> promo;
    if (!choices.promoCode.trimmed().isEmpty()) {
        promo = m_shop.promo(choices.promoCode);
        if (!promo)
            q.promo = PromoStatus::Unknown;
        else if (today < promo->firstDay || today > promo->lastDay)
            q.promo = PromoStatus::OutsideDates;
        else if (promo->membersOnly && !benefits)
            q.promo = PromoStatus::MembersOnly;
        else
            q.promo = hasQualifying ? PromoStatus::Applied : PromoStatus::NothingEligible;
        if (q.promo != PromoStatus::Applied)
            promo.reset();
    }

    const auto shippingRate = m_shop.rate(choices.shipping);
    for (const CartItem &entry : items) {
        const CatalogItem *item = entry.item;
        if (!item)
            continue;
        if (!item->goesInCart()) {
            addProblem(q, CartProblem::NotSoldInCart);
            continue;
        }
        if (entry.quantity < 1 || entry.quantity > m_shop.maxQuantity) {
            addProblem(q, CartProblem::QuantityInvalid);
            continue;
        }
        if (item->priceCents > kMaxCents / entry.quantity) {
            addProblem(q, CartProblem::TooLarge);
            continue;
        }
        PricedLine line;
        line.item = item;
        line.quantity = entry.quantity;
        line.unitListCents = item->priceCents;
        const bool memberPrice = benefits && item->qualifying && item->memberPriceCents > 0;
        line.unitPaidCents = memberPrice ? item->memberPriceCents : item->priceCents;
        line.memberSavingCents = (line.unitListCents - line.unitPaidCents) * line.quantity;
        const Cents gross = line.unitPaidCents * line.quantity;
        line.discountCents = promo && item->qualifying ? percentOf(gross, promo->percentOff) : 0;
        line.netCents = gross - line.discountCents;
        line.taxCents = item->taxable ? m_shop.taxOn(line.netCents, choices.taxState) : 0;
        q.hasCheckoutHours = q.hasCheckoutHours || item->hasCheckoutHours();
        if (item->ships()) {
            q.needsShipping = true;
            if (line.quantity > item->stock) {
                if (item->backorderDays <= 0)
                    addProblem(q, CartProblem::OutOfStock);
                line.backordered = true;
            }
        }
        if (line.backordered) {
            // R-K5: back orders ship ground once the stock arrives.
            line.shipsBy = ShippingOption::Ground;
            line.shipOn = m_planner.backorderShipDate(today.addDays(item->backorderDays));
        } else if (item->ships()) {
            line.shipsBy = choices.shipping;
            line.shipOn = m_planner.shipDate(choices.shipping, choices.at);
        } else {
            line.shipOn = today; // downloads and memberships are delivered at once
        }
        const auto lineRate = m_shop.rate(line.shipsBy);
        line.deliverBy
            = item->ships() ? m_planner.deliveryDate(line.shipOn, lineRate ? lineRate->transitBusinessDays : 0) : today;
        const int index = int(q.lines.size());
        q.lines.append(line);
        if (line.memberSavingCents > 0)
            q.benefits.append({ BenefitKind::MemberPricing, index, line.memberSavingCents });
        if (line.discountCents > 0 && promo->membersOnly)
            q.benefits.append({ BenefitKind::Discount, index, line.discountCents });

        // R-C10: a complimentary item comes with the line for a Care member, at no charge.
        const CatalogItem *gift = benefits ? catalog.find(item->complimentarySku) : nullptr;
        if (gift) {
            PricedLine free;
            free.item = gift;
            free.quantity = line.quantity;
            free.unitListCents = gift->priceCents;
            free.complimentaryFor = index;
            free.backordered = line.backordered;
            free.shipsBy = line.shipsBy;
            free.shipOn = line.shipOn;
            free.deliverBy = line.deliverBy;
            q.lines.append(free);
            q.benefits.append(
                { BenefitKind::ComplimentaryItem, int(q.lines.size()) - 1, gift->priceCents * line.quantity });
        }
    }

    // R-C1/R-C2: Care needs a qualifying product in the same cart, once per person.
    if (q.includesCare) {
        if (!hasQualifying)
            addProblem(q, CartProblem::CareNeedsQualifyingProduct);
        if (careUnits > 1)
            addProblem(q, CartProblem::CareQuantity);
        if (choices.careMemberAlready)
            addProblem(q, CartProblem::CareAlreadyMember);
        if (choices.careEligibility && *choices.careEligibility != Eligibility::Verdict::Eligible)
            addProblem(q, CartProblem::CareNotEligible);
    }
    // R-K2: parts and software only from 6:00 a.m. to 3:00 a.m. ET.
    if (q.hasCheckoutHours && !CheckoutHours::isOpen(choices.at))
        addProblem(q, CartProblem::CheckoutHoursClosed);
    if (choices.shipping == ShippingOption::EmergencyAfterHours && !hasParts)
        addProblem(q, CartProblem::EmergencyNeedsParts);

    // R-K5 shipping, with the member upgrade (R-C10) as a benefit of its own.
    if (q.needsShipping && shippingRate) {
        q.shippingCents = shippingRate->priceCents;
        const auto from = m_shop.rate(m_shop.memberUpgradeFrom);
        if (benefits && choices.shipping == m_shop.memberUpgradeTo && from && from->priceCents < q.shippingCents) {
            q.shippingUpgradeCents = q.shippingCents - from->priceCents;
            q.shippingCents = from->priceCents;
            q.benefits.append({ BenefitKind::ShippingUpgrade, -1, q.shippingUpgradeCents });
        }
    }

    // R-P5: points pay qualifying products only; R-P1 allocates them to those lines.
    QList<EarnLine> earnLines;
    for (const PricedLine &line : std::as_const(q.lines)) {
        q.subtotalCents += line.netCents;
        q.memberSavingsCents += line.memberSavingCents;
        q.discountCents += line.discountCents;
        q.taxCents += line.taxCents;
        if (line.item->qualifying)
            q.qualifyingCents += line.netCents;
        earnLines.append({ line.netCents, line.item->qualifying });
    }
    if (q.subtotalCents > kMaxCents)
        addProblem(q, CartProblem::TooLarge);
    q.pointsMax = choices.member
        ? std::min<Points>(std::max<Points>(0, choices.pointsAvailable), q.qualifyingCents / m_program.pointValueCents)
        : 0;
    if (choices.pointsRequested < 0)
        addProblem(q, CartProblem::PointsNegative);
    else if (choices.pointsRequested > 0 && !choices.member)
        addProblem(q, CartProblem::PointsForGuest);
    else if (choices.pointsRequested > choices.pointsAvailable)
        addProblem(q, CartProblem::PointsOverBalance);
    else if (choices.pointsRequested > q.pointsMax)
        addProblem(q, CartProblem::PointsOverQualifying);
    else
        q.pointsApplied = choices.pointsRequested;
    const QList<Points> shares = Earning::allocateRedeemed(earnLines, q.pointsApplied);
    const QList<Points> earned
        = Earning::earnedPerLine(m_program, choices.at, earnLines, q.pointsApplied, !choices.member);
    for (int i = 0; i < q.lines.size(); ++i) {
        q.lines[i].pointsRedeemed = shares.value(i);
        q.lines[i].pointsEarned = earned.value(i);
        q.pointsEarned += q.lines[i].pointsEarned;
    }
    q.pointsValueCents = q.pointsApplied * m_program.pointValueCents;
    q.totalCents = q.subtotalCents + q.shippingCents + q.taxCents;
    const Cents due = q.totalCents - q.pointsValueCents;
    q.giftCardCents = std::clamp<Cents>(choices.giftCardBalance, 0, due);
    q.cardCents = due - q.giftCardCents;
    return q;
}

} // namespace CareDesk
