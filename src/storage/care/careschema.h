// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace CareDesk {

/// Schema step "care": memberships, their transitions and charges, and the messages inbox.
bool createCareSchema(const QSqlDatabase &db, SqlDialect dialect);

/// Schema step "care in the shop": Care bought at checkout links its charge to the order,
/// and a guest's purchase waits by email for its account (R-C3).
bool createCareShopSchema(const QSqlDatabase &db, SqlDialect dialect);

} // namespace CareDesk
