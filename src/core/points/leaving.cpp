// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "leaving.h"

#include "core/programcalendar.h"

namespace CareDesk {

QDateTime Leaving::processingInstant(const QDateTime &requestedAt, int businessDays, const BusinessCalendar &calendar)
{
    const QDate requestDay = ProgramCalendar::dateOf(requestedAt);
    const QDate lastBusinessDay = calendar.addBusinessDays(requestDay, businessDays);
    return ProgramCalendar::startOfDay(lastBusinessDay.addDays(1));
}

} // namespace CareDesk
