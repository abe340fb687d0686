// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "programterms.h"

#include <QDateTime>
#include <QList>

namespace CareDesk {

/// One order line as the points rules see it.
struct EarnLine
{
    Cents netCents = 0; ///< price actually paid for the line, after discounts, before tax
    bool qualifying = false; ///< R-P1: a qualifying product (parts, software, fees, Care: no)
};

/// A member's membership period [from, until); `until` invalid while still a member.
struct MembershipPeriod
{
    QDateTime from;
    QDateTime until;
};

/// R-P1, R-P2, R-P9: how many points an order earns, line by line.
class Earning
{
public:
    /// R-P1: floor(rate * base / 100) points for an earn base in cents ($19.99 at 2/$1 -> 39).
    [[nodiscard]] static Points pointsFor(int pointsPerDollar, Cents earnBaseCents);

    /// R-P1 [decision]: redeemed points are allocated to the qualifying lines pro rata by
    /// net price, shares rounded down, the remainder to the last qualifying line — never more
    /// than a line's net (an excess moves to the lines before it). Non-qualifying lines get 0.
    [[nodiscard]] static QList<Points> allocateRedeemed(const QList<EarnLine> &lines, Points redeemed);

    /// R-P1/R-P2/R-P9: points earned per line of an order placed at `placedAt` with
    /// `redeemed` points, by a member (`guest` orders earn nothing, then or later).
    [[nodiscard]] static QList<Points> earnedPerLine(const ProgramTerms &terms, const QDateTime &placedAt,
        const QList<EarnLine> &lines, Points redeemed, bool guest);

    /// R-P2 enrollment bonus: does an enrollment at `enrolledAt` earn the bonus, given the
    /// member's earlier membership periods and how many eligible enrollees came before?
    [[nodiscard]] static bool earnsEnrollmentBonus(const EnrollmentBonus &bonus, const QDateTime &enrolledAt,
        const QList<MembershipPeriod> &earlierMemberships, int eligibleEnrolleesBefore);

    /// R-P2: was the person a member on any of the exclusion days before the window opened
    /// (opening day - N through opening day - 1, in the promotion's zone)?
    [[nodiscard]] static bool wasMemberBeforeWindow(
        const EnrollmentBonus &bonus, const QList<MembershipPeriod> &memberships);
};

} // namespace CareDesk
