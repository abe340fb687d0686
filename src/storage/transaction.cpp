// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "transaction.h"

#include "sql.h"
#include "sqldialect.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace CareDesk {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Not QSqlDatabase::transaction(): its SQLite BEGIN is DEFERRED (see beginTransactionSql).
    // Qt's drivers keep no state of their own about it; commit() and rollback() work as usual.
    QSqlQuery begin(m_db);
    m_active = begin.exec(beginTransactionSql(dialectOf(m_db)));
    if (!m_active) {
        qCWarning(lcSql) << "BEGIN failed:" << begin.lastError().text();
        Sql::detail::noteFailure(m_db.driver(), begin.lastError());
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::isActive() const
{
    return m_active;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    // A statement, not QSqlDatabase::commit(): Qt 6.4's drivers drop the engine's error code
    // there, and the code is what tells a busy database (run again), a full disk and an I/O
    // error (tell the member) apart.
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcSql) << "COMMIT failed:" << commit.lastError().text();
        Sql::detail::noteFailure(m_db.driver(), commit.lastError());
        rollback();
        return false;
    }
    m_active = false;
    Sql::detail::noteCommit(m_db.driver());
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    m_active = false;
}

} // namespace CareDesk
