// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "pointsschema.h"

#include "storage/migrations.h"

namespace CareDesk {

bool createPointsSchema(const QSqlDatabase &db, SqlDialect dialect)
{
    // points_balances caches the running totals so the dashboard never sums the ledger;
    // its CHECKs make a negative balance impossible even through a bug (R-P12).
    return applyDdl(db, dialect, R"(
CREATE TABLE points_balances (
    account_id {bigint} PRIMARY KEY REFERENCES accounts(id),
    available {bigint} NOT NULL CHECK (available >= 0),
    pending {bigint} NOT NULL CHECK (pending >= 0)
);
CREATE TABLE points_lots (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    posted_on TEXT NOT NULL,
    last_usable_on TEXT NOT NULL,
    original {bigint} NOT NULL,
    remaining {bigint} NOT NULL CHECK (remaining >= 0)
);
CREATE INDEX points_lots_live ON points_lots (account_id, posted_on, id) WHERE remaining > 0;
CREATE INDEX points_lots_expiry ON points_lots (account_id, last_usable_on) WHERE remaining > 0;
CREATE TABLE points_entries (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    occurred_at {bigint} NOT NULL,
    kind TEXT NOT NULL,
    order_id {bigint},
    line_id {bigint},
    points {bigint} NOT NULL,
    pending_points {bigint} NOT NULL,
    available_after {bigint} NOT NULL CHECK (available_after >= 0),
    pending_after {bigint} NOT NULL CHECK (pending_after >= 0),
    lot_id {bigint}
);
CREATE INDEX points_entries_account_time ON points_entries (account_id, occurred_at, id);
CREATE INDEX points_entries_account_kind_time ON points_entries (account_id, kind, occurred_at, id);
CREATE INDEX points_entries_line ON points_entries (order_id, line_id);
CREATE INDEX points_entries_lot ON points_entries (lot_id);
CREATE TABLE points_line_earnings (
    order_id {bigint} NOT NULL,
    line_id {bigint} NOT NULL,
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    points {bigint} NOT NULL CHECK (points >= 0),
    state TEXT NOT NULL,
    lot_id {bigint},
    PRIMARY KEY (order_id, line_id)
);
CREATE INDEX points_line_earnings_state ON points_line_earnings (account_id, state);
CREATE TABLE points_redemptions (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    order_id {bigint} NOT NULL,
    line_id {bigint} NOT NULL,
    lot_id {bigint} NOT NULL REFERENCES points_lots(id),
    points {bigint} NOT NULL CHECK (points > 0),
    restored {bigint} NOT NULL DEFAULT 0 CHECK (restored >= 0 AND restored <= points)
);
CREATE INDEX points_redemptions_line ON points_redemptions (order_id, line_id);
CREATE INDEX points_redemptions_lot ON points_redemptions (lot_id);
CREATE TABLE points_leave_requests (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    requested_at {bigint} NOT NULL,
    process_at {bigint} NOT NULL,
    state TEXT NOT NULL,
    forfeited {bigint},
    voided {bigint}
);
CREATE INDEX points_leave_requests_due ON points_leave_requests (state, process_at);
CREATE TABLE points_bonus_awards (
    promotion_id TEXT NOT NULL,
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    awarded_at {bigint} NOT NULL,
    PRIMARY KEY (promotion_id, account_id)
);
)");
}

bool addPointsExpiryCoverIndex(const QSqlDatabase &db, SqlDialect dialect)
{
    // The expiry forecast sums `remaining` over ranges of last_usable_on (the dashboard, at
    // every sign-in): with `remaining` in the index the sums never touch the table.
    return applyDdl(db, dialect, R"(
CREATE INDEX points_lots_expiry_cover ON points_lots (account_id, last_usable_on, remaining) WHERE remaining > 0;
DROP INDEX points_lots_expiry;
)");
}

} // namespace CareDesk
