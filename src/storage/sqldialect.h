// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;

namespace CareDesk {

/// The SQL engines CareDesk runs on. Every engine difference lives in sqldialect.cpp.
enum class SqlDialect {
    SQLite, ///< embedded default (QSQLITE)
    PostgreSQL, ///< shared store for many terminals (QPSQL)
};

/// The dialect of an open connection, from its driver name.
[[nodiscard]] SqlDialect dialectOf(const QSqlDatabase &db);

/// " FOR UPDATE" where the engine locks selected rows until commit (PostgreSQL), "" where a
/// write transaction already excludes other writers (SQLite). Append to a SELECT that reads
/// a row the transaction is about to change, e.g. an account's points balance.
[[nodiscard]] QString forUpdate(SqlDialect dialect);

/// Schema DDL is written once with placeholders and rendered per engine:
///   {id}     auto-increment integer primary key
///   {bigint} 64-bit integer (money in cents, points, epoch milliseconds)
///   {blob}   binary data
/// Plain types (TEXT, INTEGER) are the same on both engines.
[[nodiscard]] QString renderDdl(SqlDialect dialect, QString ddl);

} // namespace CareDesk
