// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/businesscalendar.h"
#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace CareDesk {

/// R-K2: when parts and software can be checked out (06:00 to 03:00 New York time).
class CheckoutHours
{
public:
    /// Open at `instant`? Closed from 03:00:00 to 05:59:59 ET; cut-offs are exclusive.
    [[nodiscard]] static bool isOpen(const QDateTime &instant);
    /// The next instant the window opens (06:00 ET), at or after `instant`.
    [[nodiscard]] static QDateTime nextOpening(const QDateTime &instant);
    /// The closing and opening of the day's window in `zone` (for showing local times).
    [[nodiscard]] static QDateTime closingAfter(const QDateTime &instant);
};

/// R-K5 shipping options.
enum class ShippingOption { Ground, TwoDay, NextDay, EmergencyAfterHours };

/// R-K5: the promised ship date of an option for an order placed at `placedAt`.
class ShippingPlanner
{
public:
    explicit ShippingPlanner(BusinessCalendar calendar);
    /// Rush (next-day, 2-day) placed before 18:00 ET on a business day ships that day, later
    /// the next business day; ground ships the next business day; back-ordered lines ship
    /// ground when they arrive; emergency after-hours parts go on the next flight.
    [[nodiscard]] QDate shipDate(ShippingOption option, const QDateTime &placedAt) const;
    /// R-K5: a back-ordered line ships ground the business day after its stock arrives.
    [[nodiscard]] QDate backorderShipDate(const QDate &arrivesOn) const;
    /// The expected delivery: `transitBusinessDays` business days after shipping.
    [[nodiscard]] QDate deliveryDate(const QDate &shipOn, int transitBusinessDays) const;
    [[nodiscard]] const BusinessCalendar &calendar() const;

private:
    BusinessCalendar m_calendar;
};

/// R-K6 and plain address checks.
struct ShippingAddress
{
    QString name;
    QString street;
    QString city;
    QString state; ///< two-letter US code
    QString zip; ///< 12345 or 12345-6789
};

class AddressCheck
{
public:
    enum class Problem {
        NameMissing,
        NameUnprintable, ///< TextCheck::isPrintableLine fails: a label could not show it
        StreetMissing,
        StreetUnprintable,
        CityMissing,
        CityUnprintable,
        StateInvalid,
        ZipInvalid,
        PoBox,
    };
    [[nodiscard]] static QList<Problem> check(const ShippingAddress &address);
    /// R-K6: "PO Box", "P.O. Box", "Post Office Box", "POB", "Box 12" alone, and their
    /// spacing/punctuation variants; a street that merely contains "box" (Boxwood Rd) passes.
    [[nodiscard]] static bool isPoBox(const QString &street);
};

/// R-K7: card number and expiry checks (only brand, last four and a token are ever kept).
class CardCheck
{
public:
    [[nodiscard]] static bool luhnValid(const QString &number);
    /// "Visa", "Mastercard", "American Express", "Discover" or "" by the number's prefix.
    [[nodiscard]] static QString brandOf(const QString &number);
    /// R-K7 [decision]: valid through the last day of the expiry month, New York time.
    [[nodiscard]] static bool notExpired(int expiryYear, int expiryMonth, const QDateTime &now);
};

/// R-K8's numbers (data: resources/shop/shop-terms.json).
struct ReturnTerms
{
    int windowDays = 30; ///< self-service within this many days of purchase
    int restockPercent = 15;
    Cents restockMinimumCents = 500; ///< per returned line
};

/// R-K8: a self-service return's money.
struct ReturnQuote
{
    bool selfService = false; ///< within 30 days of purchase; else "contact support"
    Cents restockingFee = 0; ///< 15% of the line's net, at least $5, never more than the line
    Cents feeFromCash = 0; ///< taken from the cash refund first
    Cents feeFromPoints = 0; ///< the rest, from the points coming back (100 points per $1)
    Cents cashRefund = 0;
};

class ReturnRules
{
public:
    /// R-K8 for a line bought on `purchasedOn` with net price `lineNetCents`, of which
    /// `paidCashCents` was paid in money (the rest in points), returned on `today`.
    [[nodiscard]] static ReturnQuote quote(const QDate &purchasedOn, const QDate &today, Cents lineNetCents,
        Cents paidCashCents, const ReturnTerms &terms = {});
};

} // namespace CareDesk
