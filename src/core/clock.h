// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace CareDesk {

/// The one source of "now" for every rule. Nothing else calls QDateTime::currentDateTime().
class Clock
{
public:
    virtual ~Clock();
    /// The current instant (UTC-based QDateTime; convert with ProgramCalendar for rule dates).
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

/// A clock that stands still until told otherwise: `--now`, demos and tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now);
    [[nodiscard]] QDateTime now() const override;
    void setNow(const QDateTime &now);
    void advanceSeconds(qint64 seconds);
    void advanceDays(int days);

private:
    QDateTime m_now;
};

/// Parses the `--now` argument: ISO-8601 with offset or Z ("2026-03-08T02:30:00-05:00"),
/// or a local date-time / date without offset, read in the program time zone.
/// Returns an invalid QDateTime when the text is not such a date.
[[nodiscard]] QDateTime parseNowOption(const QString &text);

} // namespace CareDesk
