// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlDriver;
class QSqlError;

namespace CareDesk {

/// The SQL engines CareDesk runs on. Every engine difference lives in sqldialect.cpp.
enum class SqlDialect {
    SQLite, ///< embedded default (QSQLITE)
    PostgreSQL, ///< shared store for many terminals (QPSQL)
};

/// The dialect of an open connection, from its driver name.
[[nodiscard]] SqlDialect dialectOf(const QSqlDatabase &db);
[[nodiscard]] SqlDialect dialectOf(const QSqlDriver *driver);

/// " FOR UPDATE" where the engine locks selected rows until commit (PostgreSQL), "" where a
/// write transaction already excludes other writers (SQLite). Append to a SELECT that reads
/// a row the transaction is about to change, e.g. an account's points balance.
[[nodiscard]] QString forUpdate(SqlDialect dialect);

/// The statement that opens a use case's transaction. SQLite: BEGIN IMMEDIATE, which takes
/// the database's write lock at once (waiting up to the busy timeout while another
/// connection writes) instead of reading first and then failing with SQLITE_BUSY_SNAPSHOT
/// when it writes after another connection did. PostgreSQL: BEGIN (READ COMMITTED; writers
/// serialize on the rows they lock, e.g. forUpdate()).
[[nodiscard]] QString beginTransactionSql(SqlDialect dialect);

/// True when the engine gave up on a statement or commit only because another connection
/// got in the way, so running the whole use case again can succeed: PostgreSQL
/// serialization failure (SQLSTATE 40001) or deadlock (40P01); SQLite busy or locked
/// (SQLITE_BUSY, SQLITE_LOCKED and their extended codes, e.g. SQLITE_BUSY_SNAPSHOT).
/// Sql::withRetry is the one place that acts on it.
[[nodiscard]] bool isRetryableConflict(SqlDialect dialect, const QSqlError &error);

/// Trouble with the storage itself rather than with one use case: no retry and no other input
/// helps, the member has to act (free disk space, check the disk). Issue #9.
enum class StorageTrouble {
    None,
    DiskFull, ///< SQLITE_FULL; PostgreSQL 53100 disk_full
    ReadOnly, ///< SQLITE_READONLY (the file or folder became read-only); PostgreSQL 25006
    IoError, ///< SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN; PostgreSQL 58030 io_error
};
[[nodiscard]] StorageTrouble troubleOf(SqlDialect dialect, const QSqlError &error);

/// Schema DDL is written once with placeholders and rendered per engine:
///   {id}     auto-increment integer primary key
///   {bigint} 64-bit integer (money in cents, points, epoch milliseconds)
///   {blob}   binary data
/// Plain types (TEXT, INTEGER) are the same on both engines.
[[nodiscard]] QString renderDdl(SqlDialect dialect, QString ddl);

} // namespace CareDesk
