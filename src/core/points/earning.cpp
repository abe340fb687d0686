// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "earning.h"

namespace CareDesk {

namespace {
// floor(a * b / c) for non-negative values up to kMaxCents, whose product needs 80 bits.
__extension__ typedef __int128 Wide;
qint64 mulDiv(qint64 a, qint64 b, qint64 c)
{
    return qint64((Wide(a) * Wide(b)) / Wide(c));
}
} // namespace

Points Earning::pointsFor(int pointsPerDollar, Cents earnBaseCents)
{
    if (earnBaseCents <= 0 || pointsPerDollar <= 0)
        return 0;
    return (Points(pointsPerDollar) * earnBaseCents) / 100; // floor for non-negative values
}

QList<Points> Earning::allocateRedeemed(const QList<EarnLine> &lines, Points redeemed)
{
    QList<Points> shares(lines.size(), 0);
    Cents totalNet = 0;
    int lastQualifying = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].qualifying && lines[i].netCents > 0) {
            totalNet += lines[i].netCents;
            lastQualifying = i;
        }
    }
    if (redeemed <= 0 || lastQualifying < 0)
        return shares;
    redeemed = std::min<Points>(redeemed, totalNet);
    Points allocated = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].qualifying || lines[i].netCents <= 0)
            continue;
        shares[i] = mulDiv(redeemed, lines[i].netCents, totalNet);
        allocated += shares[i];
    }
    Points remainder = redeemed - allocated;
    // The remainder goes to the last qualifying line, spilling backwards past a full line.
    for (int i = lastQualifying; i >= 0 && remainder > 0; --i) {
        if (!lines[i].qualifying || lines[i].netCents <= 0)
            continue;
        const Points room = lines[i].netCents - shares[i];
        const Points add = std::min(room, remainder);
        shares[i] += add;
        remainder -= add;
    }
    return shares;
}

QList<Points> Earning::earnedPerLine(
    const ProgramTerms &terms, const QDateTime &placedAt, const QList<EarnLine> &lines, Points redeemed, bool guest)
{
    QList<Points> earned(lines.size(), 0);
    if (guest)
        return earned; // R-P9
    const int rate = terms.pointsPerDollarAt(placedAt);
    const QList<Points> shares = allocateRedeemed(lines, redeemed);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].qualifying)
            earned[i] = pointsFor(rate, lines[i].netCents - shares[i] * terms.pointValueCents);
    }
    return earned;
}

bool Earning::wasMemberBeforeWindow(const EnrollmentBonus &bonus, const QList<MembershipPeriod> &memberships)
{
    const QDate opening = bonus.start.toTimeZone(bonus.zone).date();
    const QDateTime from = opening.addDays(-bonus.exclusionDays).startOfDay(bonus.zone);
    const QDateTime to = opening.startOfDay(bonus.zone); // exclusive: the opening day itself is not counted
    for (const MembershipPeriod &period : memberships) {
        if (period.from < to && (!period.until.isValid() || period.until > from))
            return true;
    }
    return false;
}

bool Earning::earnsEnrollmentBonus(const EnrollmentBonus &bonus, const QDateTime &enrolledAt,
    const QList<MembershipPeriod> &earlierMemberships, int eligibleEnrolleesBefore)
{
    if (enrolledAt < bonus.start || enrolledAt >= bonus.end)
        return false;
    if (wasMemberBeforeWindow(bonus, earlierMemberships))
        return false;
    return eligibleEnrolleesBefore < bonus.cap;
}

} // namespace CareDesk
