// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace CareDesk {

class Database;

/// Automatic copies of the database (issue #9): one a day, the newest few kept, and the
/// way back when the database cannot be read. Nothing here ever deletes the live file.
class Backups
{
public:
    static constexpr int kKeepDays = 7;

    /// Writes backups/daily-YYYY-MM-DD.sqlite through SQLite (VACUUM INTO, consistent with
    /// the WAL) unless today's exists, then removes daily copies beyond `keep`. Returns the
    /// path written, or "" when nothing was needed or it failed.
    static QString makeDaily(
        const Database &database, const QString &backupDir, const QDate &today, int keep = kKeepDays);

    /// Writes a consistent copy of `db` to `target` through SQLite (VACUUM INTO). The copy is
    /// written as <target>.part and renamed once complete, so a full disk or a crash never
    /// leaves a half copy under a backup's name (one that would count as the latest and be
    /// offered for restoring). False, with no file left, when it failed.
    static bool writeCopy(const QSqlDatabase &db, const QString &target);

    /// The newest copy in `backupDir` (daily or pre-migration), or "".
    [[nodiscard]] static QString latest(const QString &backupDir);

    /// Moves the unreadable database (and its -wal/-shm) aside as <name>.damaged-N and puts
    /// a copy of `backup` in its place. Returns false, changing nothing, if any step fails.
    static bool restore(const QString &databasePath, const QString &backup, QString *movedAside = nullptr);
};

} // namespace CareDesk
