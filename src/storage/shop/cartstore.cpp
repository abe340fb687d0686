// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "cartstore.h"

#include "storage/sql.h"
#include "storage/transaction.h"

namespace CareDesk {

namespace {
// The guest cart has no account: NULL, matched with IS NULL.
QString ownerIs()
{
    return QStringLiteral("(account_id = ? OR (account_id IS NULL AND ? = 0))");
}
QVariant ownerValue(AccountId owner)
{
    return owner ? QVariant(owner) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

CartStore::CartStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<CartLine> CartStore::lines(AccountId owner) const
{
    QSqlQuery q = Sql::prepare(m_db,
        QStringLiteral("SELECT id, sku, quantity, saved_for_later, added_at FROM cart_lines WHERE %1 ORDER BY id")
            .arg(ownerIs()));
    QList<CartLine> list;
    if (!Sql::exec(q, { owner, owner }))
        return list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0,
            Sql::fromEpochMs(q.value(4).toLongLong()) });
    }
    return list;
}

std::optional<CartLine> CartStore::line(AccountId owner, qint64 lineId) const
{
    for (const CartLine &l : lines(owner)) {
        if (l.id == lineId)
            return l;
    }
    return std::nullopt;
}

std::optional<qint64> CartStore::add(AccountId owner, const QString &sku, int quantity, const QDateTime &at)
{
    if (quantity < 1)
        return std::nullopt;
    Transaction tx(m_db);
    if (!tx.isActive())
        return std::nullopt;
    for (const CartLine &l : lines(owner)) {
        if (l.sku == sku && !l.savedForLater) {
            if (!Sql::run(m_db, QStringLiteral("UPDATE cart_lines SET quantity = quantity + ? WHERE id = ?"),
                    { quantity, l.id })
                || !tx.commit())
                return std::nullopt;
            return l.id;
        }
    }
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral("INSERT INTO cart_lines (account_id, sku, quantity, saved_for_later, added_at) "
                       "VALUES (?, ?, ?, 0, ?) RETURNING id"));
    const auto id = Sql::insertReturningId(insert, { ownerValue(owner), sku, quantity, Sql::toEpochMs(at) });
    if (!id || !tx.commit())
        return std::nullopt;
    return id;
}

bool CartStore::setQuantity(AccountId owner, qint64 lineId, int quantity)
{
    if (quantity < 1)
        return false;
    return Sql::run(m_db, QStringLiteral("UPDATE cart_lines SET quantity = ? WHERE id = ? AND %1").arg(ownerIs()),
        { quantity, lineId, owner, owner });
}

bool CartStore::setSavedForLater(AccountId owner, qint64 lineId, bool saved)
{
    return Sql::run(m_db,
        QStringLiteral("UPDATE cart_lines SET saved_for_later = ? WHERE id = ? AND %1").arg(ownerIs()),
        { saved ? 1 : 0, lineId, owner, owner });
}

bool CartStore::remove(AccountId owner, qint64 lineId)
{
    return Sql::run(
        m_db, QStringLiteral("DELETE FROM cart_lines WHERE id = ? AND %1").arg(ownerIs()), { lineId, owner, owner });
}

bool CartStore::removeLines(AccountId owner, const QList<qint64> &lineIds)
{
    for (qint64 id : lineIds) {
        if (!Sql::run(m_db, QStringLiteral("DELETE FROM cart_lines WHERE id = ? AND %1").arg(ownerIs()),
                { id, owner, owner }))
            return false;
    }
    return true;
}

bool CartStore::clear(AccountId owner)
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM cart_lines WHERE %1").arg(ownerIs()), { owner, owner });
}

} // namespace CareDesk
