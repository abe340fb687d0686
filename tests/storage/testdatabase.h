// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

/// Opens the storage tests' database: SQLite in `dir`, or, when CAREDESK_TEST_DATABASE names
/// a PostgreSQL server (postgresql:///caredesk?host=/socket/dir&port=55432), that database
/// emptied first, so the same tests prove the same code on both engines (issue #11).
inline CareDesk::Database::OpenResult openTestDatabase(CareDesk::Database &db, const QTemporaryDir &dir)
{
    const QString url = qEnvironmentVariable("CAREDESK_TEST_DATABASE");
    if (url.isEmpty())
        return db.openSqlite(dir.filePath(QStringLiteral("caredesk.sqlite")), dir.filePath(QStringLiteral("backups")));
    const QUrl u(url);
    const QUrlQuery query(u);
    const QString host
        = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : u.host();
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt()
                                                                : u.port(5432);
    const QString name = u.path().mid(1);
    const QString user = u.userName().isEmpty() ? QStringLiteral("caredesk") : u.userName();
    {
        CareDesk::Database scratch(QStringLiteral("caredesk-test-reset"));
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("caredesk-test-reset"));
        c.setHostName(host);
        c.setPort(port);
        c.setDatabaseName(name);
        c.setUserName(user);
        if (c.open()) {
            CareDesk::Sql::runDdl(c, QStringLiteral("DROP SCHEMA public CASCADE"));
            CareDesk::Sql::runDdl(c, QStringLiteral("CREATE SCHEMA public"));
            c.close();
        }
    }
    return db.openConfigured(QStringLiteral("QPSQL"), host, port, name, user, QString());
}
