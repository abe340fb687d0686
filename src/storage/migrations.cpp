// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "sql.h"

#include "signinguard.h"
#include "storage/care/careschema.h"
#include "storage/points/pointsschema.h"
#include "storage/shop/shopschema.h"
#include "storage/warranty/warrantystore.h"

#include <QStringList>

namespace CareDesk {

bool applyDdl(const QSqlDatabase &db, SqlDialect dialect, const char *ddl)
{
    const QStringList statements = renderDdl(dialect, QString::fromUtf8(ddl)).split(QStringLiteral(";\n"));
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!Sql::runDdl(db, statement))
            return false;
    }
    return true;
}

namespace {

bool v1Accounts(const QSqlDatabase &db, SqlDialect dialect)
{
    // R-P10: one account per email; the email is stored normalized (trimmed, lower case).
    return applyDdl(db, dialect, R"(
CREATE TABLE accounts (
    id {id},
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    state TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at {bigint} NOT NULL,
    is_demo INTEGER NOT NULL DEFAULT 0
);
)");
}

} // namespace

const std::vector<Migration> &migrations()
{
    // Append only. Each feature's first schema step has a version of its own.
    static const std::vector<Migration> steps {
        { 1, "accounts", &v1Accounts },
        { 2, "points", &createPointsSchema },
        { 3, "care", &createCareSchema },
        { 4, "warranty", &createWarrantySchema },
        { 5, "sign-in throttling", &createSignInGuardSchema },
        { 6, "shop", &createShopSchema },
        { 7, "care in the shop", &createCareShopSchema },
        { 8, "points expiry covering index", &addPointsExpiryCoverIndex },
    };
    return steps;
}

} // namespace CareDesk
