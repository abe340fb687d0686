// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

// What tst_concurrency and caredesk-concurrencydriver agree on (issue #11): one shared
// account, prepared by the test, that every driver process works on at the same time.

#include <QDateTime>
#include <QString>

namespace ConcurrencyPlan {

inline QString accountEmail()
{
    return QStringLiteral("shared@example.com");
}

/// The setup: kSetupLots lots of kLotPoints (orders 1..kSetupLots, shipped); kSharedRestores
/// orders from kFirstSharedRestore, each paid with kSharedRedeemed points, that every driver
/// tries to cancel (only one may give the points back); kSharedReturns shipped lines from
/// kFirstSharedReturn earning kSharedEarned points each, that every driver tries to return
/// (only one may take the points back).
inline constexpr int kSetupLots = 40;
inline constexpr qint64 kLotPoints = 500;
inline constexpr qint64 kFirstSharedRestore = 101;
inline constexpr int kSharedRestores = 30;
inline constexpr qint64 kSharedRedeemed = 60;
inline constexpr qint64 kFirstSharedReturn = 201;
inline constexpr int kSharedReturns = 30;
inline constexpr qint64 kSharedEarned = 150;

/// Care (R-C5, R-C8): the member bought Care at setupTime(); every driver runs the Care
/// clock just past each of kCareRenewals renewal dates in turn (each may be charged once),
/// then asks for the 30-day refund of the last one (only one refund may be paid).
inline constexpr int kCareRenewals = 6;
inline QDateTime careClockTime(int renewal)
{
    return QDateTime(QDate(2027 + renewal, 3, 3), QTime(15, 0), Qt::UTC);
}
inline QDateTime careRefundTime()
{
    return careClockTime(kCareRenewals - 1).addDays(1);
}

/// Each driver's own orders: redemptions from redeemOrderBase(child), earnings from
/// earnOrderBase(child), plus the iteration number; they never overlap.
inline qint64 redeemOrderBase(int child)
{
    return 1'000'000LL * (child + 1);
}
inline qint64 earnOrderBase(int child)
{
    return 100'000'000LL + 1'000'000LL * (child + 1);
}

/// Setup happens at setupTime(); the drivers work a day later, one second per operation,
/// all inside one program day, so nothing expires while they run.
inline QDateTime setupTime()
{
    return QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
}
inline QDateTime workTime(int iteration)
{
    return setupTime().addDays(1).addSecs(iteration);
}

} // namespace ConcurrencyPlan
