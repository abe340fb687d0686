// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "sql.h"

#include "sqldialect.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>

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

namespace {
std::atomic<BeforeStatement> beforeStatement { nullptr };
}

void setBeforeStatement(BeforeStatement hook)
{
    beforeStatement.store(hook);
}

bool exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    if (const BeforeStatement hook = beforeStatement.load(std::memory_order_relaxed))
        hook();
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    if (!query.exec()) {
        qCWarning(lcSql) << "exec failed:" << describeError(query) << "in" << query.lastQuery().simplified();
        detail::noteFailure(query.driver(), query.lastError());
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
        detail::noteFailure(query.driver(), query.lastError());
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

namespace {
std::function<void(StorageTrouble)> &troubleListener()
{
    static std::function<void(StorageTrouble)> listener;
    return listener;
}
} // namespace

void setTroubleListener(std::function<void(StorageTrouble)> listener)
{
    troubleListener() = std::move(listener);
}

namespace detail {

namespace {
// The innermost running attempt of this thread (connections belong to one thread).
thread_local RetryAttempt *t_attempt = nullptr;
} // namespace

RetryAttempt *RetryAttempt::runningOn(const QSqlDriver *driver)
{
    for (RetryAttempt *a = t_attempt; a; a = a->m_outer) {
        if (a->m_driver == driver)
            return a;
    }
    return nullptr;
}

RetryAttempt::RetryAttempt(const QSqlDatabase &db)
    : m_driver(db.driver())
    , m_outer(t_attempt)
{
    // A use case inside another one on the same connection: the outer attempt sees (and
    // retries) everything; this one only runs once.
    m_nested = runningOn(m_driver) != nullptr;
    if (!m_nested)
        t_attempt = this;
}

RetryAttempt::~RetryAttempt()
{
    if (!m_nested)
        t_attempt = m_outer;
}

bool RetryAttempt::runAgain(int attempt)
{
    if (m_nested || !m_conflict)
        return false;
    if (m_commits > 0) {
        qCWarning(lcSql) << "a conflict after a commit in the same use case: not repeated";
        return false;
    }
    if (attempt >= kMaxUseCaseAttempts) {
        qCWarning(lcSql) << "use case still in conflict after" << attempt << "attempts: giving up";
        return false;
    }
    // Exponential backoff with jitter, so two terminals that collided do not collide again.
    const int base = 5 << (attempt - 1);
    const int pause = base / 2 + int(QRandomGenerator::global()->bounded(base + 1));
    qCInfo(lcSql) << "retrying use case after a conflict, attempt" << attempt + 1 << "in" << pause << "ms";
    QThread::msleep(pause);
    m_conflict = false;
    return true;
}

void noteFailure(const QSqlDriver *driver, const QSqlError &error)
{
    RetryAttempt *a = RetryAttempt::runningOn(driver);
    if (a && isRetryableConflict(dialectOf(driver), error))
        a->m_conflict = true;
    if (troubleListener()) {
        const StorageTrouble trouble = troubleOf(dialectOf(driver), error);
        if (trouble != StorageTrouble::None)
            troubleListener()(trouble);
    }
}

void noteCommit(const QSqlDriver *driver)
{
    if (RetryAttempt *a = RetryAttempt::runningOn(driver))
        ++a->m_commits;
    if (troubleListener())
        troubleListener()(StorageTrouble::None);
}

} // namespace detail

} // namespace CareDesk::Sql
