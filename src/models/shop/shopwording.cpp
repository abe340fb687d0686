// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "shopwording.h"

#include "core/programcalendar.h"
#include "points/pointswording.h"

#include <QLocale>

namespace CareDesk {

QString ShopWording::timeIn(const QDateTime &instant, const QTimeZone &zone)
{
    return QLocale().toString(instant.toTimeZone(zone).time(), QLocale::ShortFormat);
}

QString ShopWording::checkoutHours(const QDateTime &now, const QTimeZone &local)
{
    // R-K2: the window is fixed in New York time; the customer reads it in their own.
    const QDate today = ProgramCalendar::dateOf(now);
    const QDateTime opens(today, QTime(6, 0), ProgramCalendar::zone());
    const QDateTime closes(today.addDays(1), QTime(3, 0), ProgramCalendar::zone());
    const QString window = tr("Parts and software can be ordered from 6:00 AM to 3:00 AM Eastern Time");
    const QString yours
        = local == ProgramCalendar::zone() || local.offsetFromUtc(now) == ProgramCalendar::zone().offsetFromUtc(now)
        ? QString()
        : tr(" (%1 to %2 your time, %3)")
              .arg(timeIn(opens, local), timeIn(closes, local), local.displayName(now, QTimeZone::LongName));
    if (CheckoutHours::isOpen(now)) {
        return tr("%1%2. Open now, until %3.").arg(window, yours, timeIn(CheckoutHours::closingAfter(now), local));
    }
    return tr("%1%2. Closed now; opens again at %3.")
        .arg(window, yours, timeIn(CheckoutHours::nextOpening(now), local));
}

QString ShopWording::categoryLabel(const QString &category)
{
    if (category == QLatin1String("audio"))
        return tr("Audio");
    if (category == QLatin1String("cameras"))
        return tr("Cameras and lenses");
    if (category == QLatin1String("tv"))
        return tr("Televisions");
    if (category == QLatin1String("accessories"))
        return tr("Accessories");
    if (category == QLatin1String("parts"))
        return tr("Parts");
    if (category == QLatin1String("software"))
        return tr("Software");
    if (category == QLatin1String("training"))
        return tr("Training");
    if (category == QLatin1String("care"))
        return tr("Care membership");
    return category;
}

QString ShopWording::kindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Product:
        return tr("Product");
    case ItemKind::Part:
        return tr("Part");
    case ItemKind::Software:
        return tr("Software");
    case ItemKind::Training:
        return tr("Training class");
    case ItemKind::CareMembership:
        return tr("Membership");
    }
    return {};
}

QString ShopWording::shippingOption(ShippingOption option)
{
    switch (option) {
    case ShippingOption::Ground:
        return tr("Ground");
    case ShippingOption::TwoDay:
        return tr("2-day");
    case ShippingOption::NextDay:
        return tr("Next day");
    case ShippingOption::EmergencyAfterHours:
        return tr("Emergency parts service (next flight)");
    }
    return {};
}

QString ShopWording::cartProblem(CartProblem problem, const QDateTime &now, const QTimeZone &local)
{
    switch (problem) {
    case CartProblem::Empty:
        return tr("Your cart is empty.");
    case CartProblem::QuantityInvalid:
        return tr("Each line takes a quantity from 1 to 99.");
    case CartProblem::NotSoldInCart:
        return tr("Training classes and free software are not bought in the cart: register for a class or download "
                  "the software from its catalog entry.");
    case CartProblem::OutOfStock:
        return tr("An item is out of stock and cannot be back-ordered. Lower its quantity or remove it.");
    case CartProblem::CareNeedsQualifyingProduct:
        return tr("Care is bought together with a qualifying product (a product that earns points). Add one, or "
                  "remove Care.");
    case CartProblem::CareQuantity:
        return tr("Care is one membership per person: keep a quantity of 1.");
    case CartProblem::CareAlreadyMember:
        return tr("You already have a Care membership (or one waiting for activation). Remove Care from the cart.");
    case CartProblem::CareNotEligible:
        return tr("Care is for adults who live in an eligible US state (18, or 19 in Alabama and Nebraska). Remove "
                  "Care from the cart.");
    case CartProblem::CheckoutHoursClosed:
        return tr("Parts and software can be checked out from 6:00 AM to 3:00 AM Eastern Time; it opens again at %1 "
                  "your time. Save them for later to check out the rest now.")
            .arg(timeIn(CheckoutHours::nextOpening(now), local));
    case CartProblem::EmergencyNeedsParts:
        return tr("The emergency after-hours service is for parts only. Choose another shipping option.");
    case CartProblem::PointsForGuest:
        return tr("Points are for signed-in members. Sign in to use them.");
    case CartProblem::PointsOverBalance:
        return tr("That is more points than you have.");
    case CartProblem::PointsOverQualifying:
        return tr("Points pay for qualifying products only, not tax, shipping, parts or Care. Use at most the amount "
                  "shown by Apply.");
    case CartProblem::PointsNegative:
        return tr("Enter the points as a whole number, 0 or more.");
    case CartProblem::TooLarge:
        return tr("This order is larger than the store can take online. Lower the quantities.");
    }
    return {};
}

QString ShopWording::promoStatus(PromoStatus status)
{
    switch (status) {
    case PromoStatus::None:
        return {};
    case PromoStatus::Applied:
        return tr("Promotion code applied.");
    case PromoStatus::Unknown:
        return tr("This promotion code is not known. Check its spelling.");
    case PromoStatus::OutsideDates:
        return tr("This promotion code is not valid today.");
    case PromoStatus::MembersOnly:
        return tr("This promotion code is for Care members.");
    case PromoStatus::NothingEligible:
        return tr("This promotion code applies to qualifying products, and none is in the cart.");
    }
    return {};
}

QString ShopWording::addressProblem(AddressCheck::Problem problem)
{
    switch (problem) {
    case AddressCheck::Problem::NameMissing:
        return tr("Enter the name of the person receiving the order.");
    case AddressCheck::Problem::NameUnprintable:
        return tr("The name contains line breaks or other control characters that a shipping label cannot show. "
                  "Type it on one line.");
    case AddressCheck::Problem::StreetMissing:
        return tr("Enter the street address.");
    case AddressCheck::Problem::StreetUnprintable:
        return tr("The street address contains line breaks or other control characters that a shipping label "
                  "cannot show. Type it on one line.");
    case AddressCheck::Problem::CityMissing:
        return tr("Enter the city.");
    case AddressCheck::Problem::CityUnprintable:
        return tr("The city contains line breaks or other control characters that a shipping label cannot show. "
                  "Type it on one line.");
    case AddressCheck::Problem::StateInvalid:
        return tr("Choose a US state.");
    case AddressCheck::Problem::ZipInvalid:
        return tr("Enter a ZIP code of 5 digits (or ZIP+4, like 12345-6789).");
    case AddressCheck::Problem::PoBox:
        return tr("Orders cannot be shipped to a P.O. box. Enter a street address where a parcel can be delivered.");
    }
    return {};
}

QString ShopWording::cardProblem(CardProblem problem)
{
    switch (problem) {
    case CardProblem::HolderMissing:
        return tr("Enter the name on the card.");
    case CardProblem::NumberInvalid:
        return tr("This card number is not valid. Check the digits.");
    case CardProblem::BrandUnknown:
        return tr("The store takes Visa, Mastercard, American Express and Discover.");
    case CardProblem::ExpiryInvalid:
        return tr("Enter the expiry date as MM/YY.");
    case CardProblem::Expired:
        return tr("This card has expired. Use another card.");
    case CardProblem::CvvInvalid:
        return tr("Enter the security code from the card: 3 digits (4 on American Express).");
    }
    return {};
}

QString ShopWording::paymentOutcome(Authorization::Outcome outcome)
{
    switch (outcome) {
    case Authorization::Outcome::Approved:
        return {};
    case Authorization::Outcome::Declined:
        return tr("Your card was declined. Nothing was charged and no order was placed; try another card.");
    case Authorization::Outcome::InsufficientFunds:
        return tr("Your card was declined for insufficient funds. Nothing was charged and no order was placed.");
    case Authorization::Outcome::CardExpired:
        return tr("Your bank says this card has expired. Nothing was charged and no order was placed.");
    case Authorization::Outcome::ProcessorUnavailable:
        return tr("The payment service did not answer. Nothing was charged and no order was placed; try again in a "
                  "moment.");
    }
    return {};
}

QString ShopWording::giftCardStatus(const GiftCardLookup &lookup)
{
    switch (lookup.status) {
    case GiftCardLookup::Status::None:
        return {};
    case GiftCardLookup::Status::Found:
        return tr("Gift card ending %1: %2 available.").arg(lookup.last4, PointsWording::dollars(lookup.balanceCents));
    case GiftCardLookup::Status::Unknown:
        return tr("This gift card code is not known. Check it, or remove it to pay without it.");
    case GiftCardLookup::Status::Empty:
        return tr("Gift card ending %1 has no balance left. Remove it to pay without it.").arg(lookup.last4);
    }
    return {};
}

QString ShopWording::placeStatus(PlaceStatus status)
{
    switch (status) {
    case PlaceStatus::Placed:
        return {};
    case PlaceStatus::NotReady:
        return tr("The order was not placed: fix what is marked above.");
    case PlaceStatus::PaymentRefused:
        return tr("The payment was refused. Nothing was charged and no order was placed.");
    case PlaceStatus::PointsChanged:
        return tr("Your points balance changed a moment ago (used on another terminal?). Nothing was charged; review "
                  "the points and place the order again.");
    case PlaceStatus::GiftCardChanged:
        return tr("The gift card's balance changed a moment ago. Nothing was charged; review and place the order "
                  "again.");
    case PlaceStatus::StorageFailed:
        return tr("The order could not be saved, so it was not placed and nothing was charged. Your cart and points "
                  "are as they were.");
    }
    return {};
}

QString ShopWording::trainingProblem(TrainingProblem problem)
{
    switch (problem) {
    case TrainingProblem::NotTraining:
        return tr("Choose a training class.");
    case TrainingProblem::ClassStarted:
        return tr("This class has already started. Choose a later class.");
    case TrainingProblem::StudentNameMissing:
        return tr("Enter the student's name.");
    case TrainingProblem::StudentNameUnprintable:
        return tr("The student's name contains line breaks or other control characters. Type it on one line.");
    case TrainingProblem::StudentEmailInvalid:
        return tr("Enter the student's email address, like name@example.com.");
    case TrainingProblem::GuestEmailInvalid:
        return tr("Enter your email address for the receipt, like name@example.com.");
    }
    return {};
}

QString ShopWording::lineStatus(const QString &status)
{
    if (status == QLatin1String(LineStatus::Placed))
        return tr("Placed");
    if (status == QLatin1String(LineStatus::Backordered))
        return tr("Back-ordered");
    if (status == QLatin1String(LineStatus::Shipped))
        return tr("Shipped");
    if (status == QLatin1String(LineStatus::Delivered))
        return tr("Delivered");
    if (status == QLatin1String(LineStatus::Cancelled))
        return tr("Cancelled");
    if (status == QLatin1String(LineStatus::Returned))
        return tr("Returned");
    return status;
}

QString ShopWording::previewRefusal(LinePreview::Status status)
{
    switch (status) {
    case LinePreview::Status::Allowed:
        return {};
    case LinePreview::Status::NotFound:
        return tr("This order line was not found in your orders.");
    case LinePreview::Status::AlreadyClosed:
        return tr("This line was already cancelled or returned.");
    case LinePreview::Status::AlreadyShipped:
        return tr("This line has shipped, so it can no longer be cancelled; return it instead.");
    case LinePreview::Status::NotShipped:
        return tr("This line has not shipped yet: cancel it instead of returning it.");
    case LinePreview::Status::NotSelfService:
        return tr("This line cannot be cancelled or returned here. Software licences are final; Care is managed on the "
                  "Care page; a complimentary item goes back with its product.");
    case LinePreview::Status::PastReturnWindow:
        return tr("It is more than 30 days since the purchase, so this return is not self-service. Contact support: "
                  "returns after 30 days are approved at the store's discretion.");
    case LinePreview::Status::Defective:
        return tr("Defective items are not returned with a restocking fee: they are covered by the warranty. Open "
                  "Warranty help (Ctrl+6) to check the coverage and request service.");
    case LinePreview::Status::NotAPart:
        return tr("The price match program is for parts.");
    case LinePreview::Status::PastPriceMatchWindow:
        return tr("Price matches are for parts bought in the last 30 days.");
    case LinePreview::Status::PriceNotLower:
        return tr("Enter the competitor's price for one unit; it must be below the price you paid.");
    }
    return {};
}

QString ShopWording::benefitKind(const QString &kind)
{
    if (kind == QLatin1String("member-pricing"))
        return tr("Member pricing");
    if (kind == QLatin1String("discount"))
        return tr("Member discount");
    if (kind == QLatin1String("shipping-upgrade"))
        return tr("Free shipping upgrade");
    if (kind == QLatin1String("complimentary-item"))
        return tr("Complimentary item");
    return kind;
}

} // namespace CareDesk
