// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "backups.h"

#include "database.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CareDesk {

QString Backups::makeDaily(const Database &database, const QString &backupDir, const QDate &today, int keep)
{
    if (database.dialect() != SqlDialect::SQLite || !QDir().mkpath(backupDir))
        return {};
    const QDir dir(backupDir);
    const QString target = dir.filePath(QStringLiteral("daily-%1.sqlite").arg(today.toString(Qt::ISODate)));
    QString written;
    if (!QFileInfo::exists(target) && writeCopy(database.connection(), target))
        written = target;
    // ISO dates sort by name: drop the oldest beyond `keep`.
    const QStringList daily = dir.entryList({ QStringLiteral("daily-*.sqlite") }, QDir::Files, QDir::Name);
    for (int i = 0; i + keep < daily.size(); ++i)
        QFile::remove(dir.filePath(daily.at(i)));
    return written;
}

bool Backups::writeCopy(const QSqlDatabase &db, const QString &target)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part); // left by a crash in the middle of an earlier copy
    if (!Sql::run(db, QStringLiteral("VACUUM INTO ?"), { part })) {
        QFile::remove(part);
        return false;
    }
    QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return false;
    }
    return true;
}

QString Backups::latest(const QString &backupDir)
{
    const QFileInfoList copies
        = QDir(backupDir).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Time); // newest first
    return copies.isEmpty() ? QString() : copies.first().absoluteFilePath();
}

bool Backups::restore(const QString &databasePath, const QString &backup, QString *movedAside)
{
    if (!QFileInfo::exists(backup))
        return false;
    QString aside;
    for (int n = 1; aside.isEmpty() || QFileInfo::exists(aside); ++n)
        aside = QStringLiteral("%1.damaged-%2").arg(databasePath).arg(n);
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside))
        return false;
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    if (!QFile::copy(backup, databasePath)) {
        QFile::rename(aside, databasePath); // put things back as they were
        return false;
    }
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (movedAside)
        *movedAside = aside;
    return true;
}

} // namespace CareDesk
