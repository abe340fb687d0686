// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "forecast.h"

namespace CareDesk {

Points ExpiryForecast::expiringWithin(const QList<PointsLot> &lots, const QDate &today, int days)
{
    const QDate last = today.addDays(days);
    Points sum = 0;
    for (const PointsLot &lot : lots) {
        if (LotBook::isLive(lot, today) && lot.lastUsableOn <= last)
            sum += lot.remaining;
    }
    return sum;
}

QList<MonthlyExpiry> ExpiryForecast::perMonth(const QList<PointsLot> &lots, const QDate &today, int months)
{
    QList<MonthlyExpiry> result;
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < months; ++i) {
        const QDate month = first.addMonths(i);
        result.append({ month.year(), month.month(), 0 });
    }
    for (const PointsLot &lot : lots) {
        if (!LotBook::isLive(lot, today))
            continue;
        const int index = (lot.lastUsableOn.year() - first.year()) * 12 + lot.lastUsableOn.month() - first.month();
        if (index >= 0 && index < months)
            result[index].points += lot.remaining;
    }
    return result;
}

} // namespace CareDesk
