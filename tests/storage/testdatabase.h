// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "storage/sql.h"

#include <QTemporaryDir>

/// The test server of CAREDESK_TEST_DATABASE (postgresql:///caredesk?host=/socket/dir&port=N),
/// as user caredesk unless the URL names one (tools/pg-test-server creates that role).
inline CareDesk::PostgresUrl testPostgresUrl(const QString &url)
{
    CareDesk::PostgresUrl server = CareDesk::PostgresUrl::parse(url);
    if (server.user.isEmpty())
        server.user = QStringLiteral("caredesk");
    return server;
}

/// Empties the test server's database: no schema, no rows, as a new database is.
inline void resetTestServer(const CareDesk::PostgresUrl &server)
{
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("caredesk-test-reset"));
        c.setHostName(server.host);
        c.setPort(server.port);
        c.setDatabaseName(server.databaseName);
        c.setUserName(server.user);
        if (c.open()) {
            CareDesk::Sql::runDdl(c, QStringLiteral("DROP SCHEMA public CASCADE"));
            CareDesk::Sql::runDdl(c, QStringLiteral("CREATE SCHEMA public"));
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("caredesk-test-reset"));
}

/// Opens the storage tests' database: SQLite in `dir`, or, when CAREDESK_TEST_DATABASE names
/// a PostgreSQL server (postgresql:///caredesk?host=/socket/dir&port=55432), that database
/// emptied first, so the same tests prove the same code on both engines (issue #11).
inline CareDesk::Database::OpenResult openTestDatabase(CareDesk::Database &db, const QTemporaryDir &dir)
{
    const QString url = qEnvironmentVariable("CAREDESK_TEST_DATABASE");
    if (url.isEmpty())
        return db.openSqlite(dir.filePath(QStringLiteral("caredesk.sqlite")), dir.filePath(QStringLiteral("backups")));
    const CareDesk::PostgresUrl server = testPostgresUrl(url);
    resetTestServer(server);
    return db.openPostgres(server);
}
