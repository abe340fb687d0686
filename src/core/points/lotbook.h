// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"

#include <QDate>
#include <QList>

namespace CareDesk {

/// R-P4: one posting of points, usable through `lastUsableOn` (inclusive).
struct PointsLot
{
    qint64 id = 0;
    QDate postedOn;
    QDate lastUsableOn;
    Points remaining = 0;
};

/// Points taken from one lot.
struct LotTake
{
    qint64 lotId = 0;
    Points points = 0;
};

/// The pure lot arithmetic of section P: expiry dates, oldest-first consumption, restore.
class LotBook
{
public:
    /// R-P4: a lot posted on D is usable through D + N months (QDate::addMonths clamps:
    /// 2024-02-29 + 24 months = 2026-02-28) and expired from the next day.
    [[nodiscard]] static QDate lastUsableDay(const QDate &postedOn, int expiryMonths);

    [[nodiscard]] static bool isLive(const PointsLot &lot, const QDate &today);

    /// Sum of what live lots hold on `today`.
    [[nodiscard]] static Points available(const QList<PointsLot> &lots, const QDate &today);

    /// R-P5/R-P6: takes `amount` from live lots, oldest posting first (ties by id). Returns
    /// the takes, or an empty list when the live lots hold less than `amount`.
    [[nodiscard]] static QList<LotTake> takeOldestFirst(QList<PointsLot> lots, Points amount, const QDate &today);

    /// R-P7 [decision]: a restored lot stays usable through max(its own last day,
    /// restore day + floorDays).
    [[nodiscard]] static QDate restoredLastUsableDay(
        const QDate &originalLastUsableOn, const QDate &restoredOn, int floorDays);
};

/// R-P6 [decision]: what a return does to points and to the cash refund.
struct ReturnPointsPlan
{
    Points restoredRedeemed = 0; ///< the line's redeemed share, back first (R-P7)
    Points feePoints = 0; ///< R-K8: the restocking fee's rest, taken from the points coming back
    Points earnedToReverse = 0; ///< the line's earned points to take back
    Points reversedFromBalance = 0; ///< the part the balance covers
    Points shortfallPoints = 0; ///< the part it does not cover
    Cents shortfallCharged = 0; ///< taken from the cash refund at the point value
    Cents shortfallForgiven = 0; ///< beyond the cash refund: forgiven
    Cents cashRefund = 0; ///< the cash refund after the shortfall, never below 0
};

/// R-P6: restore the line's redeemed points first, then deduct its earned points from the
/// balance; a shortfall comes out of the cash refund at `pointValueCents` per point, and
/// what exceeds the refund is forgiven.
[[nodiscard]] ReturnPointsPlan planReturn(
    Points availableBefore, Points redeemedOnLine, Points earnedOnLine, Cents cashRefundBefore, int pointValueCents);

} // namespace CareDesk
