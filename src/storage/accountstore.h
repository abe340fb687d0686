// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/accountrules.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CareDesk {

class PasswordHasher;

using AccountId = qint64;

/// A stored customer account (never carries the password hash out of the store).
struct Account
{
    AccountId id = 0;
    QString email;
    QString displayName;
    QDate birthDate;
    QString state;
    QDateTime createdAt;
    bool demo = false;
};

/// Accounts table: create, look up, verify credentials. Each public method is one transaction.
class AccountStore
{
public:
    enum class CreateStatus {
        Created,
        EmailTaken, ///< R-P10: one account per email
        HashFailed, ///< libsodium could not hash (out of memory)
        StorageFailed ///< the database refused the write; nothing was saved
    };
    struct CreateResult
    {
        CreateStatus status = CreateStatus::StorageFailed;
        AccountId id = 0;
    };

    AccountStore(QSqlDatabase db, const PasswordHasher &hasher);

    /// Stores a new account. The caller has checked AccountRules::check() first.
    CreateResult create(const NewAccount &account, const QString &password, const QDateTime &now, bool demo = false);

    /// The account whose email and password match, or nothing. The same answer (nothing)
    /// for an unknown email and a wrong password, so the UI cannot tell which.
    [[nodiscard]] std::optional<Account> verify(const QString &email, const QString &password) const;

    [[nodiscard]] std::optional<Account> byId(AccountId id) const;
    [[nodiscard]] std::optional<Account> byEmail(const QString &email) const;
    [[nodiscard]] std::optional<Account> demoAccount() const;

private:
    [[nodiscard]] std::optional<Account> fetchOne(
        const QString &where, const QVariant &value, QString *passwordHash = nullptr) const;

    QSqlDatabase m_db;
    const PasswordHasher &m_hasher;
};

} // namespace CareDesk
