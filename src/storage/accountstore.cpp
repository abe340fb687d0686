// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "accountstore.h"

#include "passwordhasher.h"
#include "sql.h"
#include "transaction.h"

namespace CareDesk {

AccountStore::AccountStore(QSqlDatabase db, const PasswordHasher &hasher)
    : m_db(std::move(db))
    , m_hasher(hasher)
{ }

AccountStore::CreateResult AccountStore::create(
    const NewAccount &account, const QString &password, const QDateTime &now, bool demo)
{
    CreateResult result;
    const QString email = AccountRules::normalizedEmail(account.email);
    if (byEmail(email)) {
        result.status = CreateStatus::EmailTaken;
        return result;
    }
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty()) {
        result.status = CreateStatus::HashFailed;
        return result;
    }
    Transaction tx(m_db);
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral(
            "INSERT INTO accounts (email, display_name, birth_date, state, password_hash, created_at, is_demo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const auto id = Sql::insertReturningId(insert,
        { email, account.displayName.trimmed(), Sql::toDateText(account.birthDate), account.state.trimmed().toUpper(),
            hash, Sql::toEpochMs(now), demo ? 1 : 0 });
    if (!id || !tx.commit()) {
        // A concurrent terminal may have taken the email between the check and the insert.
        result.status = byEmail(email) ? CreateStatus::EmailTaken : CreateStatus::StorageFailed;
        return result;
    }
    result.status = CreateStatus::Created;
    result.id = *id;
    return result;
}

std::optional<Account> AccountStore::verify(const QString &email, const QString &password) const
{
    QString hash;
    auto account = fetchOne(QStringLiteral("email = ?"), AccountRules::normalizedEmail(email), &hash);
    if (!account) {
        // Spend the same work as a real check so timing does not reveal which emails exist.
        static const QString decoy = m_hasher.hash(QStringLiteral("decoy password"));
        (void)m_hasher.verify(decoy, password);
        return std::nullopt;
    }
    if (!m_hasher.verify(hash, password))
        return std::nullopt;
    return account;
}

std::optional<Account> AccountStore::byId(AccountId id) const
{
    return fetchOne(QStringLiteral("id = ?"), id);
}

std::optional<Account> AccountStore::byEmail(const QString &email) const
{
    return fetchOne(QStringLiteral("email = ?"), AccountRules::normalizedEmail(email));
}

std::optional<Account> AccountStore::demoAccount() const
{
    return fetchOne(QStringLiteral("is_demo = ?"), 1);
}

std::optional<Account> AccountStore::fetchOne(const QString &where, const QVariant &value, QString *passwordHash) const
{
    // `where` is one of the fixed literals above, never user text; the value is bound.
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, email, display_name, birth_date, state, created_at, "
                       "is_demo, password_hash FROM accounts WHERE ")
            + where + QStringLiteral(" ORDER BY id LIMIT 1"));
    if (!Sql::exec(query, { value }) || !query.next())
        return std::nullopt;
    Account account;
    account.id = query.value(0).toLongLong();
    account.email = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.birthDate = Sql::fromDateText(query.value(3).toString());
    account.state = query.value(4).toString();
    account.createdAt = Sql::fromEpochMs(query.value(5).toLongLong());
    account.demo = query.value(6).toInt() != 0;
    if (passwordHash)
        *passwordHash = query.value(7).toString();
    return account;
}

} // namespace CareDesk
