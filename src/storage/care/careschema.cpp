// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "careschema.h"

#include "storage/migrations.h"

namespace CareDesk {

bool createCareSchema(const QSqlDatabase &db, SqlDialect dialect)
{
    // The card on file keeps brand, last four digits, token and expiry only (R-K7).
    // Messages are stored as facts (kind, dates, amount) and worded at display time, so
    // they read in whatever language the member uses later.
    return applyDdl(db, dialect, R"(
CREATE TABLE care_memberships (
    account_id {bigint} PRIMARY KEY REFERENCES accounts(id),
    state TEXT NOT NULL,
    purchased_on TEXT,
    term_start_on TEXT,
    renewal_on TEXT,
    auto_renew INTEGER NOT NULL,
    stop_after_next_renewal INTEGER NOT NULL,
    card_brand TEXT,
    card_last4 TEXT,
    card_token TEXT,
    card_expiry_year INTEGER,
    card_expiry_month INTEGER
);
CREATE TABLE care_transitions (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    occurred_at {bigint} NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX care_transitions_account ON care_transitions (account_id, id);
CREATE TABLE care_charges (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    charged_at {bigint} NOT NULL,
    charged_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount_cents {bigint} NOT NULL,
    card_last4 TEXT
);
CREATE INDEX care_charges_account ON care_charges (account_id, id);
CREATE TABLE messages (
    id {id},
    account_id {bigint} NOT NULL REFERENCES accounts(id),
    created_at {bigint} NOT NULL,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    date_on TEXT,
    second_date_on TEXT,
    amount_cents {bigint},
    is_read INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, kind, reference)
);
CREATE INDEX messages_account ON messages (account_id, id);
)");
}

bool createCareShopSchema(const QSqlDatabase &db, SqlDialect dialect)
{
    // No foreign key to orders: features reference each other by id only (ARCHITECTURE.md).
    return applyDdl(db, dialect, R"(
ALTER TABLE care_charges ADD COLUMN order_id {bigint};
CREATE TABLE care_guest_purchases (
    id {id},
    email TEXT NOT NULL,
    order_id {bigint} NOT NULL,
    purchased_at {bigint} NOT NULL,
    state TEXT NOT NULL,
    card_brand TEXT,
    card_last4 TEXT,
    card_token TEXT,
    card_expiry_year INTEGER,
    card_expiry_month INTEGER,
    account_id {bigint} REFERENCES accounts(id),
    closed_at {bigint},
    refund_cents {bigint} NOT NULL DEFAULT 0 CHECK (refund_cents >= 0)
);
CREATE INDEX care_guest_purchases_email ON care_guest_purchases (email, state);
CREATE INDEX care_guest_purchases_state ON care_guest_purchases (state, purchased_at);
)");
}

} // namespace CareDesk
