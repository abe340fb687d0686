// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "clock.h"

#include "programcalendar.h"

namespace CareDesk {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &now)
    : m_now(now.toUTC())
{ }

QDateTime FixedClock::now() const
{
    return m_now;
}

void FixedClock::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

void FixedClock::advanceDays(int days)
{
    // Calendar days in the program zone, so a DST change keeps the wall-clock time.
    const QDateTime local = m_now.toTimeZone(ProgramCalendar::zone());
    m_now = local.addDays(days).toUTC();
}

QDateTime parseNowOption(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return {};
        return ProgramCalendar::startOfDay(date).toUTC();
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        // No offset given: the wall-clock time is meant in the program zone, not the machine's.
        parsed = QDateTime(parsed.date(), parsed.time(), ProgramCalendar::zone());
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace CareDesk
