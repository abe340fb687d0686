// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "carecoverage.h"

#include "core/programcalendar.h"

namespace CareDesk {

CoverageDecision decideCoverage(
    const CoveragePurchase &purchase, const CoverageHistory &history, const QDate &today, const CareTerms &terms)
{
    CoverageDecision decision;
    decision.purchasedOn = ProgramCalendar::dateOf(purchase.placedAt);
    const bool endedSincePurchase = history.lastEndedAt.isValid() && purchase.placedAt < history.lastEndedAt;
    if (purchase.refunded) {
        decision.status = CoverageStatus::Refunded;
    } else if (!purchase.boughtWithCare) {
        // Without Care's benefits on the order the member did not hold Care when buying it:
        // after a lapse if the membership had ended before, otherwise before joining.
        decision.status = history.lastEndedAt.isValid() && !endedSincePurchase ? CoverageStatus::BoughtAfterLapse
                                                                               : CoverageStatus::NotMemberAtPurchase;
    } else if (endedSincePurchase || !history.activeNow) {
        // R-C9: "as long as the membership stays active"; rejoining later does not revive it.
        decision.status = CoverageStatus::MembershipEnded;
    } else {
        decision.coveredThrough = CareRules::coverageLastDay(decision.purchasedOn, terms);
        decision.status = today > decision.coveredThrough ? CoverageStatus::CoverageEnded : CoverageStatus::Covered;
    }
    return decision;
}

} // namespace CareDesk
