// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "signinguard.h"

#include "core/accountrules.h"
#include "migrations.h"
#include "sql.h"
#include "transaction.h"

namespace CareDesk {

bool createSignInGuardSchema(const QSqlDatabase &db, SqlDialect dialect)
{
    return applyDdl(db, dialect, R"(
CREATE TABLE sign_in_failures (
    email TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until {bigint} NOT NULL
);
)");
}

SignInGuard::SignInGuard(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 SignInGuard::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 10);
    return std::min(kMaxDelaySeconds, kFirstDelaySeconds << doublings);
}

qint64 SignInGuard::waitSeconds(const QString &email, const QDateTime &now) const
{
    const auto until = Sql::scalar(m_db, QStringLiteral("SELECT locked_until FROM sign_in_failures WHERE email = ?"),
        { AccountRules::normalizedEmail(email) });
    if (!until)
        return 0;
    const qint64 ms = until->toLongLong() - Sql::toEpochMs(now);
    return ms > 0 ? (ms + 999) / 1000 : 0;
}

void SignInGuard::recordFailure(const QString &email, const QDateTime &now)
{
    const QString key = AccountRules::normalizedEmail(email);
    Transaction tx(m_db);
    const auto current
        = Sql::scalar(m_db, QStringLiteral("SELECT failures FROM sign_in_failures WHERE email = ?"), { key });
    const int failures = current ? current->toInt() + 1 : 1;
    const qint64 until = Sql::toEpochMs(now) + delayAfter(failures) * 1000;
    const bool ok = current
        ? Sql::run(m_db, QStringLiteral("UPDATE sign_in_failures SET failures = ?, locked_until = ? WHERE email = ?"),
            { failures, until, key })
        : Sql::run(m_db,
            QStringLiteral("INSERT INTO sign_in_failures (email, failures, locked_until) VALUES (?, ?, ?)"),
            { key, failures, until });
    if (ok)
        (void)tx.commit();
}

void SignInGuard::recordSuccess(const QString &email)
{
    Sql::run(
        m_db, QStringLiteral("DELETE FROM sign_in_failures WHERE email = ?"), { AccountRules::normalizedEmail(email) });
}

} // namespace CareDesk
