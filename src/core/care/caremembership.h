// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "careterms.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace CareDesk {

/// R-C3..R-C8 membership states.
enum class CareState {
    NotMember,
    PendingActivation, ///< R-C3: bought as a guest, waiting for a store account (30 days)
    Active, ///< auto-renew on
    Cancelled, ///< R-C7: auto-renew off, benefits run to the end of the paid term
    Lapsed, ///< the term ended without renewal (cancelled, or the charge failed: R-C5)
    Refunded, ///< R-C8 / R-C3 refund
};

/// Why a transition happened, recorded with it.
enum class CareReason {
    Purchased,
    GuestPurchase,
    Activated,
    Renewed,
    RenewalChargeFailed,
    CancelledByMember,
    CancelledAfterCutoff, ///< R-C5: the coming renewal is still charged, the next is not
    AutoRenewTurnedOn,
    TermEnded,
    ActivationExpired,
    Refunded,
};

struct CareTransition
{
    QDateTime at;
    CareState from = CareState::NotMember;
    CareState to = CareState::NotMember;
    CareReason reason = CareReason::Purchased;
};

/// What the clock asks of a membership on a given day.
enum class CareDue {
    Nothing,
    Renew, ///< charge the renewal fee today (R-C5)
    EndTerm, ///< the paid term is over and will not renew (R-C7)
    ExpireActivation, ///< R-C3: no account within 30 days: cancel and refund
};

/// One member's Care membership and its state machine. Transitions are pure: the storage
/// layer records each returned CareTransition with its time and reason.
struct CareMembership
{
    CareState state = CareState::NotMember;
    QDate purchasedOn; ///< the first purchase (R-C3 activation window counts from it)
    QDate termStart; ///< the last charge date (R-C4, R-C8 refund window)
    QDate renewalOn; ///< the end of the paid term, exclusive: the renewal charge date
    bool autoRenew = true;
    bool stopAfterNextRenewal = false; ///< cancelled after the cut-off (R-C5)

    /// Member benefits apply (R-C10) and products bought now are covered (R-C9).
    [[nodiscard]] bool hasBenefits() const
    {
        return state == CareState::Active || state == CareState::Cancelled;
    }

    CareTransition purchase(const QDateTime &at, bool guest, const CareTerms &terms);
    CareTransition activate(const QDateTime &at);
    /// R-C5/R-C7: stop auto-renew; its effect depends on the cut-off (see CareRules::cancelEffect).
    CareTransition cancel(const QDateTime &at, const CareTerms &terms);
    /// R-C7: auto-renew back on before the term ends.
    CareTransition turnOnAutoRenew(const QDateTime &at);
    CareTransition refund(const QDateTime &at);

    [[nodiscard]] CareDue due(const QDate &today, const CareTerms &terms) const;
    /// Applies a renewal charged (or refused) on the renewal date.
    CareTransition renew(const QDateTime &at, bool charged, const CareTerms &terms);
    CareTransition endTerm(const QDateTime &at);
    CareTransition expireActivation(const QDateTime &at);
};

} // namespace CareDesk
