// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "database.h"

#include "backups.h"
#include "migrations.h"
#include "sql.h"
#include "transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDatabase, "caredesk.database")

namespace CareDesk {

namespace {

constexpr auto kSqliteDriver = "QSQLITE";

int readVersion(const QSqlDatabase &db, bool *ok)
{
    // A database without the version table is either brand new (no tables at all) or
    // not ours; the caller decides which.
    if (!db.tables().contains(QStringLiteral("schema_version"))) {
        *ok = false;
        return 0;
    }
    const auto version = Sql::scalar(db, QStringLiteral("SELECT version FROM schema_version"));
    *ok = version.has_value();
    return version ? version->toInt() : 0;
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{ }

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return migrations().back().version;
}

int Database::probeSqliteVersion(const QString &filePath, QString *detail)
{
    if (!QFileInfo::exists(filePath))
        return 0;
    const QString probeName = QStringLiteral("caredesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kSqliteDriver), probeName);
        db.setDatabaseName(filePath);
        // Read-only: probing must never change a file we may end up refusing.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (detail)
                *detail = db.lastError().text();
        } else {
            const auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            const auto ours = Sql::scalar(db,
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
            if (!tables || !ours) {
                if (detail)
                    *detail = QStringLiteral("the file is damaged or is not an SQLite database");
            } else if (ours->toInt() == 0) {
                if (tables->toInt() == 0)
                    version = 0;
                else if (detail)
                    *detail = QStringLiteral("the file is an SQLite database, but not a CareDesk one");
            } else {
                bool ok = false;
                const int found = readVersion(db, &ok);
                if (ok)
                    version = found;
                else if (detail)
                    *detail = QStringLiteral("the schema version cannot be read");
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    return version;
}

Database::OpenResult Database::openSqlite(const QString &filePath, const QString &backupDir, int upToVersion)
{
    OpenResult result;
    result.supportedVersion = latestVersion();
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(kSqliteDriver))) {
        result.status = Status::DriverMissing;
        result.detail = QStringLiteral("Qt SQL driver QSQLITE is not installed (Debian package libqt6sql6-sqlite)");
        return result;
    }

    const QFileInfo file(filePath);
    const QFileInfo dir(file.absolutePath());
    if (!dir.isDir() || !dir.isWritable() || (file.exists() && !file.isWritable())) {
        result.status = Status::ReadOnly;
        result.detail = QStringLiteral("%1 cannot be written").arg(file.exists() ? filePath : file.absolutePath());
        return result;
    }

    if (file.exists()) {
        QString detail;
        const int found = probeSqliteVersion(filePath, &detail);
        result.foundVersion = found;
        if (found < 0) {
            result.status = Status::NotADatabase;
            result.detail = detail;
            return result;
        }
        if (found > result.supportedVersion) {
            result.status = Status::NewerSchema;
            result.detail = QStringLiteral("schema version %1, this build knows up to %2")
                                .arg(found)
                                .arg(result.supportedVersion);
            return result;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kSqliteDriver), m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        result.status = Status::CannotOpen;
        result.detail = db.lastError().text();
        close();
        return result;
    }
    // WAL: readers never block the writer, and a crash mid-commit leaves the last commit
    // intact. synchronous=FULL: a commit is on disk before we tell the customer it happened.
    const auto journal = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal || journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        result.status = Status::CannotOpen;
        result.detail = QStringLiteral("cannot switch the database to WAL mode");
        close();
        return result;
    }
    Sql::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    return migrate(backupDir, upToVersion);
}

Database::OpenResult Database::openConfigured(const QString &driver, const QString &host, int port,
    const QString &databaseName, const QString &user, const QString &password)
{
    OpenResult result;
    result.supportedVersion = latestVersion();
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        result.status = Status::DriverMissing;
        result.detail = QStringLiteral("Qt SQL driver %1 is not installed").arg(driver);
        return result;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(databaseName);
    db.setUserName(user);
    db.setPassword(password);
    if (!db.open()) {
        result.status = Status::CannotOpen;
        result.detail = db.lastError().text();
        close();
        return result;
    }
    return migrate(QString());
}

Database::OpenResult Database::openPostgres(const PostgresUrl &url)
{
    return openConfigured(QStringLiteral("QPSQL"), url.host, url.port, url.databaseName, url.user, url.password);
}

Database::OpenResult Database::migrate(const QString &backupDir, int upToVersion)
{
    OpenResult result;
    result.supportedVersion = latestVersion();
    const int target = upToVersion > 0 ? std::min(upToVersion, result.supportedVersion) : result.supportedVersion;
    QSqlDatabase db = connection();
    bool hasVersion = false;
    int current = readVersion(db, &hasVersion);
    if (!hasVersion) {
        if (!db.tables().isEmpty()) {
            result.status = Status::NotADatabase;
            result.detail = QStringLiteral("the database has tables but no CareDesk schema version");
            close();
            return result;
        }
        current = 0;
    }
    result.foundVersion = current;
    if (current > result.supportedVersion) {
        result.status = Status::NewerSchema;
        result.detail
            = QStringLiteral("schema version %1, this build knows up to %2").arg(current).arg(result.supportedVersion);
        close();
        return result;
    }

    if (current > 0 && current < target && dialect() == SqlDialect::SQLite) {
        if (!backupSqlite(backupDir, current, &result.backupPath, &result.detail)) {
            result.status = Status::BackupFailed;
            close();
            return result;
        }
    }

    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction tx(db);
        bool ok = tx.isActive();
        if (ok && current == 0 && !hasVersion) {
            ok = Sql::runDdl(db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
                && Sql::run(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
            hasVersion = ok;
        }
        ok = ok && step.apply(db, dialect());
        ok = ok && Sql::run(db, QStringLiteral("UPDATE schema_version SET version = ?"), { step.version });
        ok = ok && tx.commit();
        if (!ok) {
            result.status = Status::MigrationFailed;
            result.detail = QStringLiteral("migration %1 (%2) failed: %3")
                                .arg(step.version)
                                .arg(QLatin1String(step.name), db.lastError().text());
            qCWarning(lcDatabase) << result.detail;
            close();
            return result;
        }
        qCInfo(lcDatabase) << "migrated to schema version" << step.version << step.name;
        current = step.version;
    }
    result.status = Status::Ok;
    return result;
}

bool Database::backupSqlite(const QString &backupDir, int fromVersion, QString *path, QString *detail)
{
    if (!QDir().mkpath(backupDir)) {
        *detail = QStringLiteral("cannot create %1").arg(backupDir);
        return false;
    }
    const QString base
        = QDir(backupDir).filePath(QStringLiteral("caredesk-v%1-before-v%2").arg(fromVersion).arg(latestVersion()));
    QString target = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2.sqlite").arg(base).arg(n);
    // VACUUM INTO writes a consistent, compacted copy through SQLite itself (WAL included).
    if (!Backups::writeCopy(connection(), target)) {
        *detail = QStringLiteral("cannot write the backup %1").arg(target);
        return false;
    }
    *path = target;
    qCInfo(lcDatabase) << "kept a copy before migrating:" << target;
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlDialect Database::dialect() const
{
    return dialectOf(connection());
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QString Database::connectionName() const
{
    return m_connectionName;
}

int Database::schemaVersion() const
{
    bool ok = false;
    const int version = readVersion(connection(), &ok);
    return ok ? version : 0;
}

} // namespace CareDesk
