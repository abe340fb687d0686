// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/businesscalendar.h"

#include <QDateTime>

namespace CareDesk {

/// R-P11: leaving the program.
class Leaving
{
public:
    /// A request made on program day D is processed at 00:00 ET after the N-th business day
    /// following D (N = 2): until then it can be withdrawn.
    [[nodiscard]] static QDateTime processingInstant(
        const QDateTime &requestedAt, int businessDays, const BusinessCalendar &calendar);
};

} // namespace CareDesk
