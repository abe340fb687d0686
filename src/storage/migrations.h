// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>

#include <vector>

namespace CareDesk {

/// One forward step of the schema. Steps are applied in order, each in its own transaction
/// together with the version bump. A shipped step is never edited: add a new one.
struct Migration
{
    int version;
    const char *name;
    bool (*apply)(const QSqlDatabase &db, SqlDialect dialect);
};

/// The ordered list of every schema step; the last version is Database::latestVersion().
[[nodiscard]] const std::vector<Migration> &migrations();

/// Executes each statement of `ddl` (separated by ";\n") rendered for `dialect`.
bool applyDdl(const QSqlDatabase &db, SqlDialect dialect, const char *ddl);

} // namespace CareDesk
