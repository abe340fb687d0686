// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sqldialect.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <optional>
#include <type_traits>

class QSqlDriver;
class QSqlError;

/// Small helpers every store uses, so SQL is always prepared with bound values and
/// instants and dates are stored one way everywhere:
///   instants: {bigint} epoch milliseconds UTC, columns named *_at
///   dates:    TEXT 'yyyy-MM-dd' (program-zone calendar dates), columns named *_on / *_date
///   money:    {bigint} cents, columns named *_cents
namespace CareDesk::Sql {

/// A forward-only prepared query; `ok` is false (and lastError set) when preparation failed.
[[nodiscard]] QSqlQuery prepare(const QSqlDatabase &db, const QString &sql, bool *ok = nullptr);

/// Binds positional values in order and executes. Logs and returns false on failure.
bool exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});

/// Prepares, binds, executes: for one-off statements.
bool run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

/// Executes schema DDL (CREATE/DROP, fixed text, no values): not prepared, because
/// PostgreSQL cannot PREPARE DDL. Never pass text that came from a user.
bool runDdl(const QSqlDatabase &db, const QString &ddl);

/// Executes an INSERT ... RETURNING id (SQLite >= 3.35 and PostgreSQL) and returns the id.
[[nodiscard]] std::optional<qint64> insertReturningId(QSqlQuery &query, std::initializer_list<QVariant> values = {});

/// The single-row, single-column result of a query, or nothing.
[[nodiscard]] std::optional<QVariant> scalar(
    const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

[[nodiscard]] qint64 toEpochMs(const QDateTime &instant);
[[nodiscard]] QDateTime fromEpochMs(qint64 ms);
[[nodiscard]] QString toDateText(const QDate &date);
[[nodiscard]] QDate fromDateText(const QString &text);

/// The last error of a query as one line, for logs and diagnostics (never shown as-is to users).
[[nodiscard]] QString describeError(const QSqlQuery &query);

/// Called with the trouble (troubleOf) of every failed statement that has one, and with
/// StorageTrouble::None after every commit: the storage works again. One listener per
/// process, the app's (AppContext shows it); an empty function removes it.
void setTroubleListener(std::function<void(StorageTrouble)> listener);

/// Called on the calling thread before every exec() runs its statement. The app sets one
/// for its start only (issue #10: QmlLoaderPump); one per process, nullptr removes it. A
/// plain function behind an atomic, so threads that run statements meanwhile see either.
using BeforeStatement = void (*)();
void setBeforeStatement(BeforeStatement hook);

namespace detail {
/// One run of a use case under withRetry(); use withRetry(), not this.
class RetryAttempt
{
public:
    explicit RetryAttempt(const QSqlDatabase &db);
    ~RetryAttempt();
    RetryAttempt(const RetryAttempt &) = delete;
    RetryAttempt &operator=(const RetryAttempt &) = delete;
    /// After run `attempt` (1, 2, ...): true, after a short randomized pause, when the run
    /// hit a conflict (isRetryableConflict), committed nothing and attempts are left.
    [[nodiscard]] bool runAgain(int attempt);

private:
    [[nodiscard]] static RetryAttempt *runningOn(const QSqlDriver *driver);

    const QSqlDriver *m_driver = nullptr;
    RetryAttempt *m_outer = nullptr;
    bool m_nested = false;
    bool m_conflict = false;
    int m_commits = 0;
    friend void noteFailure(const QSqlDriver *driver, const QSqlError &error);
    friend void noteCommit(const QSqlDriver *driver);
};
/// Called by exec/run/runDdl/scalar and Transaction: feeds the running attempt, if any.
void noteFailure(const QSqlDriver *driver, const QSqlError &error);
void noteCommit(const QSqlDriver *driver);
} // namespace detail

/// How many times withRetry() runs a use case at most.
inline constexpr int kMaxUseCaseAttempts = 6;

/// Runs a use case, and runs it again (at most kMaxUseCaseAttempts in all, pausing 5, 10,
/// 20, 40, 80 ms, randomized) while it fails only because another terminal got in the way:
/// a PostgreSQL serialization failure or deadlock, an SQLite busy database
/// (isRetryableConflict on any statement or commit of `db` during the run). Returns what the
/// last run returned. A run that committed anything, or failed for any other reason (a
/// refusal, a constraint, a lost connection), is never repeated.
///
/// `useCase` is the WHOLE use case: it creates its Transaction, reads what its decisions
/// depend on, writes, commits, and returns its result. It must have no effect outside the
/// database (no card charge, signal or notification) before its commit: those run again.
/// Called while an outer withRetry() on the same connection is running (a use case calling
/// another), it runs `useCase` once and lets the outer one retry the whole.
///
///     bool PointsService::withdrawLeave(AccountId account, const QDateTime &now)
///     {
///         return Sql::withRetry(m_db, [&] {
///             Transaction tx(m_db);
///             ...
///             return ok && tx.commit();
///         });
///     }
template<typename UseCase> auto withRetry(const QSqlDatabase &db, UseCase &&useCase) -> std::invoke_result_t<UseCase &>
{
    static_assert(!std::is_void_v<std::invoke_result_t<UseCase &>>, "a use case returns whether it worked");
    for (int attempt = 1;; ++attempt) {
        detail::RetryAttempt run(db);
        auto result = useCase();
        if (!run.runAgain(attempt))
            return result;
    }
}

} // namespace CareDesk::Sql
