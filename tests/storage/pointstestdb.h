// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// A fresh database with one member account, for ledger tests.
struct PointsTestDb
{
    QTemporaryDir dir;
    std::unique_ptr<CareDesk::Database> db = std::make_unique<CareDesk::Database>();
    CareDesk::AccountId account = 0;

    bool open()
    {
        if (!openTestDatabase(*db, dir).ok())
            return false;
        CareDesk::PasswordHasher hasher(CareDesk::PasswordHasher::Cost::TestingOnly);
        const auto created = CareDesk::AccountStore(db->connection(), hasher)
                                 .create({ QStringLiteral("m@example.com"), QStringLiteral("M"), QDate(1980, 1, 1),
                                             QStringLiteral("NY") },
                                     QStringLiteral("password1"), QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
        account = created.id;
        return account > 0;
    }

    /// R-P12 invariants: the cached balance equals the sum of lots, every lot equals the sum
    /// of its entries, the last entry's running balance equals the cached balance.
    QString invariantProblem() const
    {
        const QSqlDatabase c = db->connection();
        const qint64 cached
            = CareDesk::Sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(available), 0) FROM points_balances"))
                  ->toLongLong();
        const qint64 lots
            = CareDesk::Sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM points_lots"))
                  ->toLongLong();
        if (cached != lots)
            return QStringLiteral("balance %1 != sum of lots %2").arg(cached).arg(lots);
        const auto bad = CareDesk::Sql::scalar(c,
            QStringLiteral("SELECT count(*) FROM points_lots l WHERE l.remaining != "
                           "(SELECT COALESCE(SUM(e.points), 0) FROM points_entries e WHERE e.lot_id = l.id)"));
        if (bad->toInt() != 0)
            return QStringLiteral("%1 lots differ from the sum of their entries").arg(bad->toInt());
        const auto last = CareDesk::Sql::scalar(
            c, QStringLiteral("SELECT available_after FROM points_entries ORDER BY id DESC LIMIT 1"));
        if (last && last->toLongLong() != cached)
            return QStringLiteral("last running balance %1 != balance %2").arg(last->toLongLong()).arg(cached);
        const qint64 sumEntries
            = CareDesk::Sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_entries"))
                  ->toLongLong();
        if (sumEntries != cached)
            return QStringLiteral("sum of entries %1 != balance %2").arg(sumEntries).arg(cached);
        return {};
    }
};
