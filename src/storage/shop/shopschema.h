// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace CareDesk {

/// Schema step "shop": carts, orders and their lines, payments, benefits and events, gift
/// cards and free software downloads (RULES.md section K).
bool createShopSchema(const QSqlDatabase &db, SqlDialect dialect);

} // namespace CareDesk
