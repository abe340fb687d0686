// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "programcalendar.h"

namespace CareDesk::ProgramCalendar {

QTimeZone zone()
{
    static const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    Q_ASSERT_X(newYork.isValid(), "ProgramCalendar::zone", "tzdata for America/New_York is missing");
    return newYork;
}

QDate dateOf(const QDateTime &instant)
{
    return instant.toTimeZone(zone()).date();
}

QDateTime toProgramTime(const QDateTime &instant)
{
    return instant.toTimeZone(zone());
}

QDateTime startOfDay(const QDate &date)
{
    // Midnight exists on every New York day (DST changes happen at 02:00).
    return date.startOfDay(zone());
}

bool isWithinDays(const QDate &start, int days, const QDate &day)
{
    return day >= start && day <= lastDayWithin(start, days);
}

QDate lastDayWithin(const QDate &start, int days)
{
    return start.addDays(days);
}

QDate termEnd(const QDate &start, int months)
{
    return start.addMonths(months);
}

qint64 daysBetween(const QDate &from, const QDate &to)
{
    return from.daysTo(to);
}

} // namespace CareDesk::ProgramCalendar
