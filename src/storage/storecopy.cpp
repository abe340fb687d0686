// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "storecopy.h"

#include "sql.h"
#include "sqldialect.h"
#include "transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>

namespace CareDesk {

namespace {

// Table and column names come from a database file, not from CareDesk's code: accept only
// plain lower-case identifiers (every CareDesk name is one), and quote them anyway.
bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

std::optional<qint64> count(const QSqlDatabase &db, const QString &table)
{
    const auto n = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, table)));
    if (!n)
        return std::nullopt;
    return n->toLongLong();
}

std::optional<StoreCopy::TableFigures> figuresOf(const QSqlDatabase &db, const QString &table)
{
    StoreCopy::TableFigures figures;
    figures.table = table;
    const auto rows = count(db, table);
    if (!rows)
        return std::nullopt;
    figures.rows = *rows;
    for (const QString &column : columnsOf(db, table)) {
        if (!column.endsWith(QLatin1String("_cents")))
            continue;
        const auto sum = Sql::scalar(
            db, QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM %2").arg(quoted(db, column), quoted(db, table)));
        if (!sum)
            return std::nullopt;
        figures.centsSums.insert(column, sum->toLongLong());
    }
    return figures;
}

/// account -> (cached available balance, sum of its lots)
using PointsByAccount = QMap<qint64, std::pair<qint64, qint64>>;

std::optional<PointsByAccount> pointsOf(const QSqlDatabase &db)
{
    PointsByAccount points;
    QSqlQuery cached = Sql::prepare(db, QStringLiteral("SELECT account_id, available FROM points_balances"));
    if (!Sql::exec(cached))
        return std::nullopt;
    while (cached.next())
        points[cached.value(0).toLongLong()].first = cached.value(1).toLongLong();
    QSqlQuery lots = Sql::prepare(
        db, QStringLiteral("SELECT account_id, COALESCE(SUM(remaining), 0) FROM points_lots GROUP BY account_id"));
    if (!Sql::exec(lots))
        return std::nullopt;
    while (lots.next())
        points[lots.value(0).toLongLong()].second = lots.value(1).toLongLong();
    return points;
}

// Parents first: a table comes after every table its foreign keys name (SQLite's catalogue).
QStringList parentsFirst(const QSqlDatabase &db, const QStringList &tables)
{
    QHash<QString, QStringList> parents;
    for (const QString &table : tables) {
        QSqlQuery keys = Sql::prepare(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"));
        if (!Sql::exec(keys, { table }))
            continue;
        while (keys.next()) {
            const QString parent = keys.value(0).toString();
            if (parent != table && tables.contains(parent))
                parents[table].append(parent);
        }
    }
    QStringList ordered;
    QStringList left = tables;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.cbegin(), left.cend(), [&](const QString &table) {
            const QStringList &needs = parents.value(table);
            return std::all_of(needs.cbegin(), needs.cend(), [&](const QString &p) {
                return ordered.contains(p);
            });
        });
        // A cycle cannot be ordered; keep the rest as found (CareDesk's schema has none).
        const QString next = ready == left.cend() ? left.first() : *ready;
        ordered.append(next);
        left.removeOne(next);
    }
    return ordered;
}

bool copyTable(
    const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, const QStringList &columns, QString *detail)
{
    QStringList names;
    for (const QString &column : columns)
        names.append(quoted(from, column));
    QSqlQuery read = Sql::prepare(
        from, QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), quoted(from, table)));
    if (!Sql::exec(read)) {
        *detail = QStringLiteral("cannot read %1: %2").arg(table, Sql::describeError(read));
        return false;
    }
    QStringList targetNames;
    for (const QString &column : columns)
        targetNames.append(quoted(to, column));
    bool prepared = false;
    QSqlQuery write = Sql::prepare(to,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quoted(to, table), targetNames.join(QStringLiteral(", ")),
                QStringList(int(columns.size()), QStringLiteral("?")).join(QStringLiteral(", "))),
        &prepared);
    if (!prepared) {
        *detail = QStringLiteral("cannot write %1: %2").arg(table, Sql::describeError(write));
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *detail = QStringLiteral("cannot copy a row of %1: %2").arg(table, Sql::describeError(write));
            return false;
        }
    }
    return true;
}

// After explicit ids, a PostgreSQL identity column would hand out 1 again: start it after
// the largest id. Found generically from the catalogue, so new tables need nothing here.
bool resetIdentities(const QSqlDatabase &db, const QStringList &tables, QString *detail)
{
    if (dialectOf(db) != SqlDialect::PostgreSQL)
        return true;
    QSqlQuery identities = Sql::prepare(db,
        QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    if (!Sql::exec(identities)) {
        *detail = QStringLiteral("cannot list identity columns: %1").arg(Sql::describeError(identities));
        return false;
    }
    QList<std::pair<QString, QString>> columns;
    while (identities.next())
        columns.append({ identities.value(0).toString(), identities.value(1).toString() });
    identities.finish();
    for (const auto &[table, column] : std::as_const(columns)) {
        if (!tables.contains(table) || !isPlainIdentifier(column))
            continue;
        if (!Sql::scalar(db,
                QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(%1), 0) + 1, false) FROM %2")
                    .arg(quoted(db, column), quoted(db, table)),
                { table, column })) {
            *detail = QStringLiteral("cannot restart the ids of %1").arg(table);
            return false;
        }
    }
    return true;
}

} // namespace

QStringList StoreCopy::tablesOf(const Database &db)
{
    const QSqlDatabase c = db.connection();
    QStringList tables;
    if (db.dialect() == SqlDialect::SQLite) {
        QSqlQuery query = Sql::prepare(c,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name"));
        if (Sql::exec(query)) {
            while (query.next())
                tables.append(query.value(0).toString());
        }
    } else {
        tables = c.tables(QSql::Tables);
        tables.sort();
    }
    tables.removeAll(QStringLiteral("schema_version"));
    return db.dialect() == SqlDialect::SQLite ? parentsFirst(c, tables) : tables;
}

StoreCopy::Result StoreCopy::copy(const Database &source, const Database &target)
{
    Result result;
    const auto fail = [&result](Status status, const QString &detail) {
        result.status = status;
        result.detail = detail;
        return result;
    };
    if (source.dialect() != SqlDialect::SQLite)
        return fail(Status::SchemaMismatch, QStringLiteral("the source must be an SQLite profile"));
    if (source.schemaVersion() != target.schemaVersion()) {
        return fail(Status::SchemaMismatch,
            QStringLiteral("schema version %1 in the source, %2 in the target")
                .arg(source.schemaVersion())
                .arg(target.schemaVersion()));
    }
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    const QStringList tables = tablesOf(source);
    const QStringList targetTables = tablesOf(target);
    QHash<QString, QStringList> columns;
    QStringList holding;
    for (const QString &table : tables) {
        if (!isPlainIdentifier(table))
            return fail(Status::SchemaMismatch, QStringLiteral("the source has a table named %1").arg(table));
        if (!targetTables.contains(table))
            return fail(Status::SchemaMismatch, QStringLiteral("the target has no table %1").arg(table));
        columns.insert(table, columnsOf(from, table));
        const QStringList theirs = columnsOf(to, table);
        for (const QString &column : std::as_const(columns[table])) {
            if (!isPlainIdentifier(column) || !theirs.contains(column))
                return fail(
                    Status::SchemaMismatch, QStringLiteral("the target has no column %1.%2").arg(table, column));
        }
        const auto rows = count(to, table);
        if (!rows)
            return fail(Status::Failed, QStringLiteral("cannot read %1 in the target").arg(table));
        if (*rows > 0)
            holding.append(QStringLiteral("%1 %2").arg(table).arg(*rows));
    }
    if (!holding.isEmpty())
        return fail(Status::TargetNotEmpty, holding.join(QStringLiteral(", ")));

    // The source's figures, and its points adding up, before anything is written.
    for (const QString &table : tables) {
        const auto figures = figuresOf(from, table);
        if (!figures)
            return fail(Status::Failed, QStringLiteral("cannot read %1 in the source").arg(table));
        result.tables.append(*figures);
    }
    const auto sourcePoints = pointsOf(from);
    if (!sourcePoints)
        return fail(Status::Failed, QStringLiteral("cannot read the points balances of the source"));
    for (auto it = sourcePoints->cbegin(); it != sourcePoints->cend(); ++it) {
        if (it->first != it->second) {
            result.differences.append(QStringLiteral("account %1 in the source: balance %2, sum of lots %3")
                                          .arg(it.key())
                                          .arg(it->first)
                                          .arg(it->second));
        }
    }
    if (!result.differences.isEmpty())
        return fail(Status::VerifyFailed, QStringLiteral("the source's points do not add up; nothing was copied"));

    Transaction tx(to);
    if (!tx.isActive())
        return fail(Status::Failed, QStringLiteral("cannot begin a transaction on the target"));
    QString detail;
    for (const QString &table : tables) {
        if (!copyTable(from, to, table, columns.value(table), &detail))
            return fail(Status::Failed, detail);
    }
    if (!resetIdentities(to, tables, &detail))
        return fail(Status::Failed, detail);

    // Verify inside the transaction: a copy that differs is never committed.
    for (const TableFigures &expected : std::as_const(result.tables)) {
        const auto copied = figuresOf(to, expected.table);
        if (!copied) {
            result.differences.append(QStringLiteral("%1: cannot be read back").arg(expected.table));
            continue;
        }
        if (copied->rows != expected.rows)
            result.differences.append(QStringLiteral("%1: %2 rows, the source has %3")
                                          .arg(expected.table)
                                          .arg(copied->rows)
                                          .arg(expected.rows));
        for (auto it = expected.centsSums.cbegin(); it != expected.centsSums.cend(); ++it) {
            const qint64 sum = copied->centsSums.value(it.key());
            if (sum != it.value())
                result.differences.append(QStringLiteral("%1.%2: sum %3, the source has %4")
                                              .arg(expected.table, it.key())
                                              .arg(sum)
                                              .arg(it.value()));
        }
    }
    const auto targetPoints = pointsOf(to);
    if (!targetPoints) {
        result.differences.append(QStringLiteral("the points balances cannot be read back"));
    } else {
        for (auto it = sourcePoints->cbegin(); it != sourcePoints->cend(); ++it) {
            const auto copied = targetPoints->value(it.key());
            if (copied != *it)
                result.differences.append(QStringLiteral("account %1: balance %2 and lots %3, the source has %4 and %5")
                                              .arg(it.key())
                                              .arg(copied.first)
                                              .arg(copied.second)
                                              .arg(it->first)
                                              .arg(it->second));
        }
        if (targetPoints->size() != sourcePoints->size())
            result.differences.append(QStringLiteral("points for %1 accounts, the source has %2")
                                          .arg(targetPoints->size())
                                          .arg(sourcePoints->size()));
    }
    result.accountsChecked = int(sourcePoints->size());
    if (!result.differences.isEmpty())
        return fail(Status::VerifyFailed, QStringLiteral("the copy differs from the source; nothing was committed"));
    if (!tx.commit())
        return fail(Status::Failed, QStringLiteral("the commit failed; nothing was written"));
    result.status = Status::Copied;
    return result;
}

} // namespace CareDesk
