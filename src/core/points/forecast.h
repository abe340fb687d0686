// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "lotbook.h"

#include <QList>

namespace CareDesk {

/// Points whose last usable day falls in one calendar month.
struct MonthlyExpiry
{
    int year = 0;
    int month = 0;
    Points points = 0;
};

/// The dashboard's expiry outlook (R-P4).
class ExpiryForecast
{
public:
    /// Points in live lots whose last usable day is within `days` days of `today`
    /// (today through today + days, inclusive: they will be gone after that).
    [[nodiscard]] static Points expiringWithin(const QList<PointsLot> &lots, const QDate &today, int days);

    /// `months` entries, from today's month on, each with the points whose last usable day
    /// falls in it.
    [[nodiscard]] static QList<MonthlyExpiry> perMonth(const QList<PointsLot> &lots, const QDate &today, int months);
};

} // namespace CareDesk
