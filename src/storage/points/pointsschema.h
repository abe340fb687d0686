// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace CareDesk {

/// Schema step "points": balances, lots, the ledger, per-line earnings, redemptions,
/// leave requests and bonus awards (RULES.md section P).
bool createPointsSchema(const QSqlDatabase &db, SqlDialect dialect);
/// Schema 8: a covering index for the expiry forecast (issue #10).
bool addPointsExpiryCoverIndex(const QSqlDatabase &db, SqlDialect dialect);

} // namespace CareDesk
