// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "warrantystore.h"

#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/transaction.h"

namespace CareDesk {

bool createWarrantySchema(const QSqlDatabase &db, SqlDialect dialect)
{
    return applyDdl(db, dialect, R"(
CREATE TABLE service_requests (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    created_at {bigint} NOT NULL,
    customer TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    model TEXT NOT NULL,
    purchase_on TEXT NOT NULL,
    fault TEXT NOT NULL,
    request TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX service_requests_account ON service_requests (account_id, id);
)");
}

WarrantyStore::WarrantyStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<qint64> WarrantyStore::submit(AccountId account, const ServiceRequest &r, const QDateTime &now)
{
    Transaction tx(m_db);
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral("INSERT INTO service_requests (account_id, created_at, customer, address, "
                       "phone, model, purchase_on, fault, request, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted') RETURNING id"));
    const auto id = Sql::insertReturningId(insert,
        { account, Sql::toEpochMs(now), r.customer.trimmed(), r.address.trimmed(), r.phone.trimmed(), r.model.trimmed(),
            Sql::toDateText(r.purchasedOn), r.fault.trimmed(), r.request.trimmed() });
    if (!id || !tx.commit())
        return std::nullopt;
    return id;
}

QList<SavedServiceRequest> WarrantyStore::requests(AccountId account) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, created_at, customer, address, phone, model, purchase_on, "
                       "fault, request, status FROM service_requests WHERE account_id = ? "
                       "ORDER BY id DESC"));
    QList<SavedServiceRequest> list;
    if (!Sql::exec(query, { account }))
        return list;
    while (query.next()) {
        SavedServiceRequest saved;
        saved.id = query.value(0).toLongLong();
        saved.createdAt = Sql::fromEpochMs(query.value(1).toLongLong());
        saved.request = { query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), Sql::fromDateText(query.value(6).toString()), query.value(7).toString(),
            query.value(8).toString() };
        saved.status = query.value(9).toString();
        list.append(saved);
    }
    return list;
}

} // namespace CareDesk
