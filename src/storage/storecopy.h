// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// Copies one CareDesk database into another, e.g. a terminal's SQLite profile into the
/// store's new PostgreSQL database (issue #11, caredesk-migrate), and proves the copy.
///
/// Generic: every table of the source's schema is copied (found in sqlite_master, columns
/// from its record), ids kept, parents before the tables whose foreign keys point at them;
/// afterwards the target's identity sequences start after the largest id copied. Both
/// databases must be at the same schema version (open both with Database first, which
/// migrates them). One transaction on the target: the copy is verified before it commits,
/// and a refused or failed copy leaves the target as it was.
class StoreCopy
{
public:
    /// What one table holds: its rows and the sum of each of its *_cents columns.
    struct TableFigures
    {
        QString table;
        qint64 rows = 0;
        QMap<QString, qint64> centsSums; ///< column -> sum
    };

    enum class Status {
        Copied, ///< copied, verified and committed
        TargetNotEmpty, ///< the target already holds rows (detail: "accounts 3, points_lots 12")
        SchemaMismatch, ///< different schema versions, or a table or column the target lacks
        Failed, ///< a read or write failed (detail); rolled back
        VerifyFailed, ///< the copy differs from the source, or the source's points do not add up
    };

    struct Result
    {
        Status status = Status::Failed;
        QString detail; ///< what went wrong, for the operator
        QList<TableFigures> tables; ///< the source's figures, equal to the target's when Copied
        int accountsChecked = 0; ///< accounts whose points balance was compared
        QStringList differences; ///< each verification difference, when VerifyFailed
        [[nodiscard]] bool ok() const
        {
            return status == Status::Copied;
        }
    };

    /// Copies `source` into the empty `target`.
    [[nodiscard]] static Result copy(const Database &source, const Database &target);

    /// The tables of a CareDesk database as copy() sees them (schema_version excluded), in
    /// an order where every table comes after the tables its foreign keys refer to.
    [[nodiscard]] static QStringList tablesOf(const Database &db);
};

} // namespace CareDesk
