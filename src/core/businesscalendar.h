// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace CareDesk {

/// Business days: Monday-Friday minus a configured holiday list (RULES.md conventions).
/// The list is data; usFederalHolidays() supplies the default.
class BusinessCalendar
{
public:
    /// A calendar with exactly these holidays.
    explicit BusinessCalendar(const QList<QDate> &holidays = {});

    /// The default: US federal holidays (observed dates) for `firstYear`..`lastYear`.
    [[nodiscard]] static BusinessCalendar usFederal(int firstYear, int lastYear);

    /// The observed US federal holidays of one year (fixed dates on a Saturday move to
    /// Friday, on a Sunday to Monday).
    [[nodiscard]] static QList<QDate> usFederalHolidays(int year);

    [[nodiscard]] bool isHoliday(const QDate &day) const;
    [[nodiscard]] bool isBusinessDay(const QDate &day) const;

    /// The first business day strictly after `day`.
    [[nodiscard]] QDate nextBusinessDay(const QDate &day) const;

    /// `day` itself when it is a business day, else the next one.
    [[nodiscard]] QDate sameOrNextBusinessDay(const QDate &day) const;

    /// The date `count` business days after `day` (count >= 0; 0 returns `day`).
    [[nodiscard]] QDate addBusinessDays(const QDate &day, int count) const;

    [[nodiscard]] QList<QDate> holidays() const;

private:
    QSet<QDate> m_holidays;
};

} // namespace CareDesk
