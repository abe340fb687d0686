// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CareDesk {

/// Where a store's shared PostgreSQL database is (issue #11), as the user writes it:
///   postgresql://user@host:5432/dbname                 over TCP (port 5432 if left out)
///   postgresql://user@/dbname?host=/socket/dir&port=N  over a Unix socket, as libpq reads it
/// A password may be given (postgresql://user:secret@host/db); CareDesk never shows or
/// saves it: PGPASSWORD or ~/.pgpass are the places for it.
struct PostgresUrl
{
    QString host; ///< a host name, an address, or a Unix socket directory (starts with '/')
    int port = 5432;
    QString databaseName;
    QString user; ///< empty: libpq's default (the login name)
    QString password; ///< empty: PGPASSWORD or ~/.pgpass

    /// Why a text is not a usable URL.
    enum class Problem {
        None,
        NotPostgres, ///< not a postgresql:// URL at all
        NoHost, ///< no host name (nor ?host= socket directory)
        NoDatabase, ///< no /dbname
        BadPort, ///< a port that is not 1-65535
    };

    /// Reads `text`; `problem` (if given) says what is wrong when the result is nothing.
    [[nodiscard]] static PostgresUrl parse(const QString &text, Problem *problem = nullptr);
    /// True when `text` is a postgresql:// URL, well formed or not.
    [[nodiscard]] static bool looksLikePostgres(const QString &text);

    /// The URL to show or save, port included, never the password:
    /// postgresql://user@host:5432/db or postgresql://user@/db?host=/dir&port=5432.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] bool isValid() const;
};

} // namespace CareDesk
