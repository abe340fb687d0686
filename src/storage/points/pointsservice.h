// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/businesscalendar.h"
#include "pointsledger.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace CareDesk {

/// A member's request to leave the program (R-P11).
struct LeaveRequest
{
    qint64 id = 0;
    QDateTime requestedAt;
    QDateTime processAt;
    QString state; ///< "pending", "withdrawn", "processed"
    Points forfeited = 0;
    Points voided = 0;
};

/// The points use cases that stand alone (checkout calls PointsLedger inside its own
/// transaction instead). Each public method is one transaction, run under Sql::withRetry.
class PointsService
{
public:
    PointsService(QSqlDatabase db, ProgramTerms terms, BusinessCalendar calendar);

    [[nodiscard]] PointsLedger &ledger();
    [[nodiscard]] const ProgramTerms &terms() const;
    [[nodiscard]] const BusinessCalendar &calendar() const;

    /// R-P4: expires what is due for the account. Returns lots expired, -1 on failure.
    int runExpiry(AccountId account, const QDateTime &now);

    /// R-P11: what leaving now would forfeit (available) and void (pending).
    [[nodiscard]] PointsBalance leavePreview(AccountId account) const;

    /// R-P11: the open (pending) or last processed request, if any.
    [[nodiscard]] std::optional<LeaveRequest> currentLeaveRequest(AccountId account) const;

    /// R-P11: records a request processed after the configured business days; refuses a
    /// second open request.
    std::optional<LeaveRequest> requestLeave(AccountId account, const QDateTime &now);

    /// R-P11: withdraws the open request while it is still pending.
    bool withdrawLeave(AccountId account, const QDateTime &now);

    /// R-P11: processes every pending request whose time has come (forfeit + void).
    /// Returns how many were processed, -1 on failure.
    int processDueLeaves(const QDateTime &now);

private:
    QSqlDatabase m_db;
    PointsLedger m_ledger;
    BusinessCalendar m_calendar;
};

} // namespace CareDesk
