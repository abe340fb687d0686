// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "caremembership.h"

#include "core/programcalendar.h"

namespace CareDesk {

namespace {
CareTransition move(CareMembership &m, const QDateTime &at, CareState to, CareReason reason)
{
    const CareTransition t { at, m.state, to, reason };
    m.state = to;
    return t;
}
} // namespace

CareTransition CareMembership::purchase(const QDateTime &at, bool guest, const CareTerms &terms)
{
    const QDate day = ProgramCalendar::dateOf(at);
    purchasedOn = termStart = day;
    renewalOn = CareRules::renewalDate(day, terms);
    autoRenew = true; // R-C5: on by default
    stopAfterNextRenewal = false;
    return move(*this, at, guest ? CareState::PendingActivation : CareState::Active,
        guest ? CareReason::GuestPurchase : CareReason::Purchased);
}

CareTransition CareMembership::activate(const QDateTime &at)
{
    return move(*this, at, autoRenew ? CareState::Active : CareState::Cancelled, CareReason::Activated);
}

CareTransition CareMembership::cancel(const QDateTime &at, const CareTerms &terms)
{
    const QDate day = ProgramCalendar::dateOf(at);
    if (CareRules::cancelEffect(day, renewalOn, terms) == CancelEffect::StopsNextRenewal) {
        autoRenew = false;
        stopAfterNextRenewal = false;
        return move(*this, at, CareState::Cancelled, CareReason::CancelledByMember);
    }
    // R-C5 [decision]: too late for this renewal; it is charged, the following one is not.
    stopAfterNextRenewal = true;
    return move(*this, at, state, CareReason::CancelledAfterCutoff);
}

CareTransition CareMembership::turnOnAutoRenew(const QDateTime &at)
{
    autoRenew = true;
    stopAfterNextRenewal = false;
    return move(*this, at, CareState::Active, CareReason::AutoRenewTurnedOn);
}

CareTransition CareMembership::refund(const QDateTime &at)
{
    autoRenew = false;
    stopAfterNextRenewal = false;
    return move(*this, at, CareState::Refunded, CareReason::Refunded);
}

CareDue CareMembership::due(const QDate &today, const CareTerms &terms) const
{
    switch (state) {
    case CareState::PendingActivation:
        return today > CareRules::activationDeadline(purchasedOn, terms) ? CareDue::ExpireActivation : CareDue::Nothing;
    case CareState::Active:
        return today >= renewalOn ? CareDue::Renew : CareDue::Nothing;
    case CareState::Cancelled:
        return today >= renewalOn ? CareDue::EndTerm : CareDue::Nothing;
    case CareState::NotMember:
    case CareState::Lapsed:
    case CareState::Refunded:
        break;
    }
    return CareDue::Nothing;
}

CareTransition CareMembership::renew(const QDateTime &at, bool charged, const CareTerms &terms)
{
    if (!charged) // R-C5 [decision]: no grace period
        return move(*this, at, CareState::Lapsed, CareReason::RenewalChargeFailed);
    termStart = renewalOn; // the term runs from the renewal date, whenever the job ran
    renewalOn = CareRules::renewalDate(termStart, terms);
    if (stopAfterNextRenewal) {
        stopAfterNextRenewal = false;
        autoRenew = false;
        return move(*this, at, CareState::Cancelled, CareReason::Renewed);
    }
    return move(*this, at, CareState::Active, CareReason::Renewed);
}

CareTransition CareMembership::endTerm(const QDateTime &at)
{
    return move(*this, at, CareState::Lapsed, CareReason::TermEnded);
}

CareTransition CareMembership::expireActivation(const QDateTime &at)
{
    autoRenew = false;
    return move(*this, at, CareState::Refunded, CareReason::ActivationExpired);
}

} // namespace CareDesk
