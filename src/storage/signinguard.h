// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sqldialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace CareDesk {

/// Schema step "sign-in throttling".
bool createSignInGuardSchema(const QSqlDatabase &db, SqlDialect dialect);

/// Slows down password guessing (issue #9): after 5 failed sign-ins for an email, each
/// further try waits 30 s, doubling per failure up to an hour. Kept in the database, so a
/// restart does not reset it, and counted for unknown emails too, so the delay does not
/// reveal which emails have accounts. A success clears it.
class SignInGuard
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstDelaySeconds = 30;
    static constexpr qint64 kMaxDelaySeconds = 3600;

    explicit SignInGuard(QSqlDatabase db);

    /// Seconds the email must still wait at `now` (0: it may try).
    [[nodiscard]] qint64 waitSeconds(const QString &email, const QDateTime &now) const;
    void recordFailure(const QString &email, const QDateTime &now);
    void recordSuccess(const QString &email);

    /// The wait after `failures` consecutive failures.
    [[nodiscard]] static qint64 delayAfter(int failures);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk
