// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace CareDesk {

/// Section C's numbers (RULES.md), defaults as the seed states them.
struct CareTerms
{
    Cents feeCents = 17999; ///< R-C1: $179.99 a year
    int termMonths = 12; ///< R-C4
    int cancelCutoffDays = 15; ///< R-C5: cancel on or before renewal - 15 days
    int noticeDays = 30; ///< R-C6 [decision]
    int refundWindowDays = 30; ///< R-C8
    int activationWindowDays = 30; ///< R-C3
    int coverageYears = 2; ///< R-C9
};

/// What cancelling auto-renew on a given day does (R-C5, R-C7).
enum class CancelEffect {
    StopsNextRenewal, ///< on or before the cut-off: the coming renewal is not charged
    AppliesAfterNextRenewal, ///< after the cut-off: the coming renewal is charged, the one after is not
};

/// One line of a refund quote (R-C8): the fee, or a benefit received, with its value.
struct RefundLine
{
    enum class Kind { Fee, MemberPricing, Discount, ShippingUpgrade, ComplimentaryItem };
    Kind kind = Kind::Fee;
    QString reference; ///< e.g. the order the benefit was used on
    Cents cents = 0; ///< the fee positive, benefits as the value deducted (positive)
};

/// An order of the term as the refund rules see it (R-C8).
struct TermOrder
{
    QString reference;
    bool cancelledBeforeShipment = false; ///< every line cancelled before it shipped
    bool allEligibleReturnedInWindow = false; ///< every eligible product returned within the return window
    QList<RefundLine> benefits; ///< benefits used on the order (kinds other than Fee)
};

/// R-C8's quote, line by line, with the conditions as values.
struct RefundQuote
{
    bool withinWindow = false; ///< within refundWindowDays of the charge (day 0 = charge day)
    QDate lastDay; ///< the last day a refund can be asked for
    bool noPurchases = false; ///< condition: nothing bought during the term
    bool allReturned = false; ///< condition: every order returned (eligible products) in time
    bool allCancelled = false; ///< condition: every order cancelled before shipment
    bool conditionsMet = false; ///< R-C8 [decision]: each order is cancelled or returned
    QList<RefundLine> lines; ///< fee first, then each benefit kept
    Cents refundCents = 0; ///< fee minus benefits kept, never below 0; 0 when not eligible
    [[nodiscard]] bool eligible() const
    {
        return withinWindow && conditionsMet;
    }
};

/// The pure date arithmetic and money of section C.
class CareRules
{
public:
    /// R-C4: a term from `chargeDate` ends (exclusive) a year later, clamped at month end;
    /// the renewal is charged on that day.
    [[nodiscard]] static QDate renewalDate(const QDate &chargeDate, const CareTerms &terms);
    /// R-C5: the last day a cancellation stops the coming renewal.
    [[nodiscard]] static QDate cancelCutoff(const QDate &renewal, const CareTerms &terms);
    /// R-C5: the effect of cancelling on `day` before `renewal`.
    [[nodiscard]] static CancelEffect cancelEffect(const QDate &day, const QDate &renewal, const CareTerms &terms);
    /// R-C6: the day the renewal notice goes out.
    [[nodiscard]] static QDate noticeDate(const QDate &renewal, const CareTerms &terms);
    /// R-C3: the last day a guest purchase can be activated.
    [[nodiscard]] static QDate activationDeadline(const QDate &purchase, const CareTerms &terms);
    /// R-C9: covered from purchase through the day before the 2nd anniversary (inclusive end).
    [[nodiscard]] static QDate coverageLastDay(const QDate &purchase, const CareTerms &terms);

    /// R-C8: the refund quote for a charge on `chargeDate`, asked on `today`.
    [[nodiscard]] static RefundQuote refundQuote(
        const QDate &chargeDate, const QDate &today, const QList<TermOrder> &orders, const CareTerms &terms);

    /// R-C3: an unactivated guest purchase is refunded the fee minus benefits received,
    /// without R-C8's conditions; never below 0.
    [[nodiscard]] static Cents guestRefund(const QList<TermOrder> &orders, const CareTerms &terms);
};

} // namespace CareDesk
