// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

namespace CareDesk {

/// Owns one named Qt SQL connection, opens it safely and brings the schema up to date.
/// CareDesk holds money and points: a database it cannot read, or one written by a newer
/// version, is refused and left exactly as it was; it is never deleted or recreated.
class Database
{
public:
    enum class Status {
        Ok,
        DriverMissing, ///< the Qt SQL driver plugin is not installed
        CannotOpen, ///< the file or server could not be opened
        ReadOnly, ///< the data directory or file cannot be written
        NotADatabase, ///< the file is damaged or is not a CareDesk database
        NewerSchema, ///< written by a newer CareDesk; we do not know its schema
        BackupFailed, ///< the copy kept before a migration could not be written
        MigrationFailed, ///< a migration step failed and was rolled back
    };

    struct OpenResult
    {
        Status status = Status::CannotOpen;
        int foundVersion = 0; ///< schema version found on disk before migrating (0: new)
        int supportedVersion = 0; ///< the newest schema version this build knows
        QString backupPath; ///< the copy kept before migrating, if one was made
        QString detail; ///< technical detail for logs and the "details" box
        [[nodiscard]] bool ok() const
        {
            return status == Status::Ok;
        }
    };

    explicit Database(const QString &connectionName = QStringLiteral("caredesk"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) the SQLite file, switches it to WAL, and migrates it.
    /// Before any migration of an existing database a consistent copy goes to `backupDir`.
    /// `upToVersion` (tests only) stops migrating at that version to make an old database.
    OpenResult openSqlite(const QString &filePath, const QString &backupDir, int upToVersion = 0);

    /// Opens an already-configured connection (any driver, e.g. QPSQL) and migrates it.
    OpenResult openConfigured(const QString &driver, const QString &host, int port, const QString &databaseName,
        const QString &user, const QString &password);

    /// Opens a store's shared PostgreSQL database (QPSQL) and migrates it; the first terminal
    /// to open an empty database creates the schema.
    OpenResult openPostgres(const PostgresUrl &url);

    void close();

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] SqlDialect dialect() const;
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString connectionName() const;

    /// The schema version stored in the open database.
    [[nodiscard]] int schemaVersion() const;

    /// The newest schema version this build can create and read.
    [[nodiscard]] static int latestVersion();

    /// Reads the schema version of a database file without changing it (0 for a new file,
    /// -1 when it is not a readable CareDesk database).
    [[nodiscard]] static int probeSqliteVersion(const QString &filePath, QString *detail = nullptr);

private:
    OpenResult migrate(const QString &backupDir, int upToVersion = 0);
    bool backupSqlite(const QString &backupDir, int fromVersion, QString *path, QString *detail);

    QString m_connectionName;
};

} // namespace CareDesk
