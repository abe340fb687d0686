// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "careterms.h"

#include <QDate>
#include <QDateTime>

namespace CareDesk {

/// R-C9: whether one qualifying product is protected, or why not.
enum class CoverageStatus {
    Covered, ///< bought while Care applied, within two years, the membership still active
    NotMemberAtPurchase, ///< bought before the member held Care
    BoughtAfterLapse, ///< bought after the membership had lapsed or been refunded
    Refunded, ///< returned and refunded: nothing left to protect
    CoverageEnded, ///< the two years from purchase are over
    MembershipEnded, ///< bought as a member, but the membership did not stay active
};

/// One qualifying product bought on the store, as R-C9 reads it.
struct CoveragePurchase
{
    QDateTime placedAt; ///< when its order was placed
    bool boughtWithCare = false; ///< its order had Care's benefits (R-C10), the Care order included
    bool refunded = false; ///< the line was returned and refunded
};

/// The membership as R-C9 needs it.
struct CoverageHistory
{
    bool activeNow = false; ///< CareMembership::hasBenefits() today
    QDateTime lastEndedAt; ///< when it last lapsed or was refunded; invalid if never
};

/// R-C9's verdict on one product.
struct CoverageDecision
{
    CoverageStatus status = CoverageStatus::NotMemberAtPurchase;
    QDate purchasedOn; ///< the order's day in the program time zone
    /// Covered: the last covered day; CoverageEnded: the day it ran out; otherwise invalid.
    QDate coveredThrough;
    [[nodiscard]] bool covered() const
    {
        return status == CoverageStatus::Covered;
    }
};

/// R-C9: covered from the purchase day through the day before its second anniversary, for
/// products bought while Care applied (the order Care was bought in counts), as long as the
/// membership stays active. Pure: the storage layer supplies the purchase and the history.
[[nodiscard]] CoverageDecision decideCoverage(
    const CoveragePurchase &purchase, const CoverageHistory &history, const QDate &today, const CareTerms &terms);

} // namespace CareDesk
