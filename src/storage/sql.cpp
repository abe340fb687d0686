// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "sql.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "caredesk.sql")

namespace CareDesk::Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(sql);
    if (!prepared)
        qCWarning(lcSql) << "prepare failed:" << describeError(query) << "in" << sql.simplified();
    if (ok)
        *ok = prepared;
    return query;
}

bool exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    if (!query.exec()) {
        qCWarning(lcSql) << "exec failed:" << describeError(query) << "in" << query.lastQuery().simplified();
        return false;
    }
    return true;
}

bool run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    bool ok = false;
    QSqlQuery query = prepare(db, sql, &ok);
    return ok && exec(query, values);
}

bool runDdl(const QSqlDatabase &db, const QString &ddl)
{
    QSqlQuery query(db);
    if (!query.exec(ddl)) {
        qCWarning(lcSql) << "DDL failed:" << describeError(query) << "in" << ddl.simplified();
        return false;
    }
    return true;
}

std::optional<qint64> insertReturningId(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    if (!exec(query, values) || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    // RETURNING leaves the statement open; SQLite refuses to COMMIT while it is.
    query.finish();
    return id;
}

std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    bool ok = false;
    QSqlQuery query = prepare(db, sql, &ok);
    if (!ok || !exec(query, values) || !query.next())
        return std::nullopt;
    return query.value(0);
}

qint64 toEpochMs(const QDateTime &instant)
{
    return instant.toMSecsSinceEpoch();
}

QDateTime fromEpochMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString toDateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate fromDateText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString describeError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return QStringLiteral("[%1] %2").arg(error.nativeErrorCode(), error.text());
}

} // namespace CareDesk::Sql
