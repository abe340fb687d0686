// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

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

} // namespace CareDesk::Sql
