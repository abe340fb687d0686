// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "careterms.h"

#include "core/programcalendar.h"

#include <algorithm>

namespace CareDesk {

QDate CareRules::renewalDate(const QDate &chargeDate, const CareTerms &terms)
{
    return ProgramCalendar::termEnd(chargeDate, terms.termMonths);
}

QDate CareRules::cancelCutoff(const QDate &renewal, const CareTerms &terms)
{
    return renewal.addDays(-terms.cancelCutoffDays);
}

CancelEffect CareRules::cancelEffect(const QDate &day, const QDate &renewal, const CareTerms &terms)
{
    return day <= cancelCutoff(renewal, terms) ? CancelEffect::StopsNextRenewal : CancelEffect::AppliesAfterNextRenewal;
}

QDate CareRules::noticeDate(const QDate &renewal, const CareTerms &terms)
{
    return renewal.addDays(-terms.noticeDays);
}

QDate CareRules::activationDeadline(const QDate &purchase, const CareTerms &terms)
{
    return ProgramCalendar::lastDayWithin(purchase, terms.activationWindowDays);
}

QDate CareRules::coverageLastDay(const QDate &purchase, const CareTerms &terms)
{
    return purchase.addYears(terms.coverageYears).addDays(-1);
}

namespace {
Cents benefitsKept(const QList<TermOrder> &orders, QList<RefundLine> *lines)
{
    Cents kept = 0;
    for (const TermOrder &order : orders) {
        if (order.cancelledBeforeShipment)
            continue; // R-C8: benefits on orders cancelled before shipment count zero
        for (const RefundLine &benefit : order.benefits) {
            kept += benefit.cents;
            if (lines)
                lines->append(benefit);
        }
    }
    return kept;
}
} // namespace

RefundQuote CareRules::refundQuote(
    const QDate &chargeDate, const QDate &today, const QList<TermOrder> &orders, const CareTerms &terms)
{
    RefundQuote quote;
    quote.lastDay = ProgramCalendar::lastDayWithin(chargeDate, terms.refundWindowDays);
    quote.withinWindow = ProgramCalendar::isWithinDays(chargeDate, terms.refundWindowDays, today);
    quote.noPurchases = orders.isEmpty();
    quote.allCancelled = std::all_of(orders.cbegin(), orders.cend(), [](const TermOrder &o) {
        return o.cancelledBeforeShipment;
    });
    quote.allReturned = std::all_of(orders.cbegin(), orders.cend(), [](const TermOrder &o) {
        return o.allEligibleReturnedInWindow;
    });
    // [decision] An order that was cancelled and another that was returned leave the member
    // in the same position as either condition alone: each order must be one or the other.
    quote.conditionsMet = std::all_of(orders.cbegin(), orders.cend(), [](const TermOrder &o) {
        return o.cancelledBeforeShipment || o.allEligibleReturnedInWindow;
    });
    quote.lines.append({ RefundLine::Kind::Fee, QString(), terms.feeCents });
    const Cents kept = benefitsKept(orders, &quote.lines);
    quote.refundCents = quote.eligible() ? std::max<Cents>(0, terms.feeCents - kept) : 0;
    return quote;
}

Cents CareRules::guestRefund(const QList<TermOrder> &orders, const CareTerms &terms)
{
    return std::max<Cents>(0, terms.feeCents - benefitsKept(orders, nullptr));
}

} // namespace CareDesk
