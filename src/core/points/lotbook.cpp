// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "lotbook.h"

#include <algorithm>

namespace CareDesk {

QDate LotBook::lastUsableDay(const QDate &postedOn, int expiryMonths)
{
    return postedOn.addMonths(expiryMonths);
}

bool LotBook::isLive(const PointsLot &lot, const QDate &today)
{
    return lot.remaining > 0 && lot.lastUsableOn >= today;
}

Points LotBook::available(const QList<PointsLot> &lots, const QDate &today)
{
    Points sum = 0;
    for (const PointsLot &lot : lots) {
        if (isLive(lot, today))
            sum += lot.remaining;
    }
    return sum;
}

QList<LotTake> LotBook::takeOldestFirst(QList<PointsLot> lots, Points amount, const QDate &today)
{
    if (amount <= 0 || available(lots, today) < amount)
        return {};
    std::stable_sort(lots.begin(), lots.end(), [](const PointsLot &a, const PointsLot &b) {
        return a.postedOn != b.postedOn ? a.postedOn < b.postedOn : a.id < b.id;
    });
    QList<LotTake> takes;
    for (const PointsLot &lot : lots) {
        if (amount == 0)
            break;
        if (!isLive(lot, today))
            continue;
        const Points take = std::min(lot.remaining, amount);
        takes.append({ lot.id, take });
        amount -= take;
    }
    return takes;
}

QDate LotBook::restoredLastUsableDay(const QDate &originalLastUsableOn, const QDate &restoredOn, int floorDays)
{
    return std::max(originalLastUsableOn, restoredOn.addDays(floorDays));
}

ReturnPointsPlan planReturn(
    Points availableBefore, Points redeemedOnLine, Points earnedOnLine, Cents cashRefundBefore, int pointValueCents)
{
    ReturnPointsPlan plan;
    plan.restoredRedeemed = std::max<Points>(0, redeemedOnLine);
    plan.earnedToReverse = std::max<Points>(0, earnedOnLine);
    const Points balance = std::max<Points>(0, availableBefore) + plan.restoredRedeemed;
    plan.reversedFromBalance = std::min(balance, plan.earnedToReverse);
    plan.shortfallPoints = plan.earnedToReverse - plan.reversedFromBalance;
    const Cents shortfallValue = plan.shortfallPoints * pointValueCents;
    const Cents refund = std::max<Cents>(0, cashRefundBefore);
    plan.shortfallCharged = std::min(refund, shortfallValue);
    plan.shortfallForgiven = shortfallValue - plan.shortfallCharged;
    plan.cashRefund = refund - plan.shortfallCharged;
    return plan;
}

} // namespace CareDesk
