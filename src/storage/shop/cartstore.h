// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/accountstore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CareDesk {

/// One stored cart line; the cart survives restarts (R-K2).
struct CartLine
{
    qint64 id = 0;
    QString sku;
    int quantity = 0;
    bool savedForLater = false; ///< R-K2: kept aside while checkout hours are closed, or by choice
    QDateTime addedAt;
};

/// The cart of a member (by account) or of this terminal's guest (account 0, cleared when
/// the guest leaves). Each public method is one statement or one transaction.
class CartStore
{
public:
    explicit CartStore(QSqlDatabase db);

    [[nodiscard]] QList<CartLine> lines(AccountId owner) const;
    [[nodiscard]] std::optional<CartLine> line(AccountId owner, qint64 lineId) const;

    /// Adds `quantity` of `sku`: to its existing line (not saved for later) or a new one.
    /// Returns the line's id, or nothing when the database refused.
    std::optional<qint64> add(AccountId owner, const QString &sku, int quantity, const QDateTime &at);
    bool setQuantity(AccountId owner, qint64 lineId, int quantity);
    bool setSavedForLater(AccountId owner, qint64 lineId, bool saved);
    bool remove(AccountId owner, qint64 lineId);
    /// Removes these lines, INSIDE THE CALLER'S TRANSACTION (placing an order).
    bool removeLines(AccountId owner, const QList<qint64> &lineIds);
    bool clear(AccountId owner);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk
