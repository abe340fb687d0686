// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sql.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

/// Every row of every table of an SQLite database, hashed table by table in rowid order:
/// "nothing was saved" means the hash did not change. With `account`, only the tables that
/// have an account_id column, and of them only that account's rows.
inline QByteArray rowsHash(const QSqlDatabase &db, std::optional<qint64> account = std::nullopt)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables = CareDesk::Sql::prepare(db,
        account ? QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                                 "WHERE m.type = 'table' AND c.name = 'account_id' ORDER BY m.name")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    CareDesk::Sql::exec(tables);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery rows = CareDesk::Sql::prepare(db,
            account ? QStringLiteral("SELECT * FROM \"%1\" WHERE account_id = ? ORDER BY rowid").arg(table)
                    : QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        if (account)
            CareDesk::Sql::exec(rows, { *account });
        else
            CareDesk::Sql::exec(rows);
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}
