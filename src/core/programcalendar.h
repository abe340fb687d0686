// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

/// Calendar arithmetic in the program time zone, America/New_York (RULES.md conventions).
namespace CareDesk::ProgramCalendar {

/// America/New_York, with DST through QTimeZone.
[[nodiscard]] QTimeZone zone();

/// The program-zone calendar date of an instant.
[[nodiscard]] QDate dateOf(const QDateTime &instant);

/// The instant `instant` expressed in the program zone (for reading wall-clock time).
[[nodiscard]] QDateTime toProgramTime(const QDateTime &instant);

/// 00:00 program time on `date` (an instant).
[[nodiscard]] QDateTime startOfDay(const QDate &date);

/// Convention "within N days of D": D is day 0, D + N the last day inside.
[[nodiscard]] bool isWithinDays(const QDate &start, int days, const QDate &day);

/// The last day inside "within N days of D": D + N.
[[nodiscard]] QDate lastDayWithin(const QDate &start, int days);

/// Convention "terms are half-open": a term of `months` from `start` ends (exclusive) here,
/// clamped to the month's end like QDate::addMonths (2024-02-29 + 12 months = 2025-02-28).
[[nodiscard]] QDate termEnd(const QDate &start, int months);

/// Whole calendar days from `from` to `to` (negative when `to` is earlier).
[[nodiscard]] qint64 daysBetween(const QDate &from, const QDate &to);

} // namespace CareDesk::ProgramCalendar
