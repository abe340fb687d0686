// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "businesscalendar.h"

#include <algorithm>

namespace CareDesk {

namespace {

// The n-th (1-based) given weekday of a month; n = -1 for the last one.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n > 0) {
        QDate d(year, month, 1);
        while (d.dayOfWeek() != weekday)
            d = d.addDays(1);
        return d.addDays(7 * (n - 1));
    }
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != weekday)
        d = d.addDays(-1);
    return d;
}

QDate observed(const QDate &d)
{
    if (d.dayOfWeek() == Qt::Saturday)
        return d.addDays(-1);
    if (d.dayOfWeek() == Qt::Sunday)
        return d.addDays(1);
    return d;
}

} // namespace

BusinessCalendar::BusinessCalendar(const QList<QDate> &holidays)
    : m_holidays(holidays.cbegin(), holidays.cend())
{ }

BusinessCalendar BusinessCalendar::usFederal(int firstYear, int lastYear)
{
    QList<QDate> all;
    for (int year = firstYear; year <= lastYear; ++year)
        all += usFederalHolidays(year);
    return BusinessCalendar(all);
}

QList<QDate> BusinessCalendar::usFederalHolidays(int year)
{
    QList<QDate> days {
        observed(QDate(year, 1, 1)), // New Year's Day
        nthWeekday(year, 1, Qt::Monday, 3), // Birthday of Martin Luther King, Jr.
        nthWeekday(year, 2, Qt::Monday, 3), // Washington's Birthday
        nthWeekday(year, 5, Qt::Monday, -1), // Memorial Day
        nthWeekday(year, 9, Qt::Monday, 1), // Labor Day
        nthWeekday(year, 10, Qt::Monday, 2), // Columbus Day
        observed(QDate(year, 7, 4)), // Independence Day
        observed(QDate(year, 11, 11)), // Veterans Day
        nthWeekday(year, 11, Qt::Thursday, 4), // Thanksgiving Day
        observed(QDate(year, 12, 25)), // Christmas Day
    };
    if (year >= 2021)
        days.append(observed(QDate(year, 6, 19))); // Juneteenth
    std::sort(days.begin(), days.end());
    return days;
}

bool BusinessCalendar::isHoliday(const QDate &day) const
{
    return m_holidays.contains(day);
}

bool BusinessCalendar::isBusinessDay(const QDate &day) const
{
    return day.dayOfWeek() <= Qt::Friday && !isHoliday(day);
}

QDate BusinessCalendar::nextBusinessDay(const QDate &day) const
{
    QDate d = day.addDays(1);
    while (!isBusinessDay(d))
        d = d.addDays(1);
    return d;
}

QDate BusinessCalendar::sameOrNextBusinessDay(const QDate &day) const
{
    return isBusinessDay(day) ? day : nextBusinessDay(day);
}

QDate BusinessCalendar::addBusinessDays(const QDate &day, int count) const
{
    QDate d = day;
    for (int i = 0; i < count; ++i)
        d = nextBusinessDay(d);
    return d;
}

QList<QDate> BusinessCalendar::holidays() const
{
    QList<QDate> list(m_holidays.cbegin(), m_holidays.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace CareDesk
