// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

namespace CareDesk {

/// One use case, one transaction: begins on construction, rolls back on destruction unless
/// commit() succeeded. Store methods that say "runs inside the caller's transaction" never
/// begin or commit themselves; the use case that calls them owns a Transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed (e.g. the database is locked or read-only); do nothing then.
    [[nodiscard]] bool isActive() const;
    /// Commits; false when the commit failed (the transaction is then rolled back).
    [[nodiscard]] bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace CareDesk
