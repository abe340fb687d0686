// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "pointsservice.h"

#include "core/points/leaving.h"
#include "storage/sql.h"
#include "storage/transaction.h"

namespace CareDesk {

PointsService::PointsService(QSqlDatabase db, ProgramTerms terms, BusinessCalendar calendar)
    : m_db(db)
    , m_ledger(db, std::move(terms))
    , m_calendar(std::move(calendar))
{ }

PointsLedger &PointsService::ledger()
{
    return m_ledger;
}

const ProgramTerms &PointsService::terms() const
{
    return m_ledger.terms();
}

const BusinessCalendar &PointsService::calendar() const
{
    return m_calendar;
}

int PointsService::runExpiry(AccountId account, const QDateTime &now)
{
    return Sql::withRetry(m_db, [&] {
        Transaction tx(m_db);
        const int expired = tx.isActive() ? m_ledger.expireDue(account, now) : -1;
        if (expired <= 0)
            return expired; // nothing written (0), or a failure rolled back (-1)
        return tx.commit() ? expired : -1;
    });
}

PointsBalance PointsService::leavePreview(AccountId account) const
{
    return m_ledger.balance(account);
}

std::optional<LeaveRequest> PointsService::currentLeaveRequest(AccountId account) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, requested_at, process_at, state, forfeited, voided "
                       "FROM points_leave_requests WHERE account_id = ? "
                       "AND state IN ('pending', 'processed') ORDER BY id DESC LIMIT 1"));
    if (!Sql::exec(query, { account }) || !query.next())
        return std::nullopt;
    return LeaveRequest { query.value(0).toLongLong(), Sql::fromEpochMs(query.value(1).toLongLong()),
        Sql::fromEpochMs(query.value(2).toLongLong()), query.value(3).toString(), query.value(4).toLongLong(),
        query.value(5).toLongLong() };
}

std::optional<LeaveRequest> PointsService::requestLeave(AccountId account, const QDateTime &now)
{
    return Sql::withRetry(m_db, [&]() -> std::optional<LeaveRequest> {
        if (const auto open = currentLeaveRequest(account); open && open->state == QLatin1String("pending"))
            return std::nullopt;
        const QDateTime processAt = Leaving::processingInstant(now, terms().leaveProcessingBusinessDays, m_calendar);
        Transaction tx(m_db);
        QSqlQuery insert = Sql::prepare(m_db,
            QStringLiteral("INSERT INTO points_leave_requests (account_id, requested_at, "
                           "process_at, state) VALUES (?, ?, ?, 'pending') RETURNING id"));
        const auto id = Sql::insertReturningId(insert, { account, Sql::toEpochMs(now), Sql::toEpochMs(processAt) });
        if (!id || !tx.commit())
            return std::nullopt;
        return LeaveRequest { *id, now, processAt, QStringLiteral("pending"), 0, 0 };
    });
}

bool PointsService::withdrawLeave(AccountId account, const QDateTime &now)
{
    return Sql::withRetry(m_db, [&] {
        Transaction tx(m_db);
        // Only while pending and before its processing time (the job may not have run yet).
        QSqlQuery update = Sql::prepare(m_db,
            QStringLiteral("UPDATE points_leave_requests SET state = 'withdrawn' "
                           "WHERE account_id = ? AND state = 'pending' AND process_at > ?"));
        if (!Sql::exec(update, { account, Sql::toEpochMs(now) }) || update.numRowsAffected() != 1)
            return false;
        return tx.commit();
    });
}

int PointsService::processDueLeaves(const QDateTime &now)
{
    QSqlQuery due = Sql::prepare(m_db,
        QStringLiteral("SELECT id, account_id, process_at FROM points_leave_requests "
                       "WHERE state = 'pending' AND process_at <= ? ORDER BY id"));
    if (!Sql::exec(due, { Sql::toEpochMs(now) }))
        return -1;
    QList<std::tuple<qint64, AccountId, QDateTime>> requests;
    while (due.next())
        requests.append(
            { due.value(0).toLongLong(), due.value(1).toLongLong(), Sql::fromEpochMs(due.value(2).toLongLong()) });
    due.finish();
    int processed = 0;
    for (const auto &[id, account, processAt] : std::as_const(requests)) {
        // One transaction per request. Several terminals run this job: claiming the request
        // (pending -> processed, a row lock on PostgreSQL) comes first, so only one of them
        // forfeits; the others find it taken and leave it.
        const int outcome = Sql::withRetry(m_db, [&, id = id, account = account, processAt = processAt] {
            Transaction tx(m_db);
            QSqlQuery claim = Sql::prepare(m_db,
                QStringLiteral(
                    "UPDATE points_leave_requests SET state = 'processed' WHERE id = ? AND state = 'pending'"));
            if (!tx.isActive() || !Sql::exec(claim, { id }))
                return -1;
            if (claim.numRowsAffected() != 1)
                return 0; // withdrawn or processed meanwhile
            Points forfeited = 0, voided = 0;
            const bool ok = m_ledger.forfeitAll(account, processAt, &forfeited, &voided)
                && Sql::run(m_db,
                    QStringLiteral("UPDATE points_leave_requests SET forfeited = ?, voided = ? WHERE id = ?"),
                    { forfeited, voided, id })
                && tx.commit();
            return ok ? 1 : -1;
        });
        if (outcome < 0)
            return -1;
        processed += outcome;
    }
    return processed;
}

} // namespace CareDesk
