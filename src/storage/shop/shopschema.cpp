// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "shopschema.h"

#include "storage/migrations.h"

namespace CareDesk {

bool createShopSchema(const QSqlDatabase &db, SqlDialect dialect)
{
    // Every amount of a line is stored as priced, so a cancel, return or price match reverses
    // exactly what was charged. Payments keep brand, last four, expiry and the processor's
    // token only (R-K7): never a card number or CVV. A guest cart has no account (NULL).
    // CHECKs make a negative amount or an overdrawn gift card impossible even through a bug.
    return applyDdl(db, dialect, R"(
CREATE TABLE cart_lines (
    id {id},
    account_id {bigint} REFERENCES accounts(id),
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    saved_for_later INTEGER NOT NULL DEFAULT 0,
    added_at {bigint} NOT NULL
);
CREATE INDEX cart_lines_owner ON cart_lines (account_id, id);
CREATE TABLE orders (
    id {id},
    account_id {bigint} REFERENCES accounts(id),
    guest_email TEXT,
    kind TEXT NOT NULL,
    placed_at {bigint} NOT NULL,
    placed_on TEXT NOT NULL,
    ship_name TEXT,
    ship_street TEXT,
    ship_city TEXT,
    ship_state TEXT,
    ship_zip TEXT,
    shipping_option TEXT,
    shipping_cents {bigint} NOT NULL CHECK (shipping_cents >= 0),
    shipping_upgrade_cents {bigint} NOT NULL CHECK (shipping_upgrade_cents >= 0),
    shipping_refund_cents {bigint} NOT NULL DEFAULT 0 CHECK (shipping_refund_cents >= 0),
    subtotal_cents {bigint} NOT NULL CHECK (subtotal_cents >= 0),
    member_savings_cents {bigint} NOT NULL CHECK (member_savings_cents >= 0),
    discount_cents {bigint} NOT NULL CHECK (discount_cents >= 0),
    tax_cents {bigint} NOT NULL CHECK (tax_cents >= 0),
    total_cents {bigint} NOT NULL CHECK (total_cents >= 0),
    points_redeemed {bigint} NOT NULL CHECK (points_redeemed >= 0),
    points_value_cents {bigint} NOT NULL CHECK (points_value_cents >= 0),
    gift_card_cents {bigint} NOT NULL CHECK (gift_card_cents >= 0),
    card_cents {bigint} NOT NULL CHECK (card_cents >= 0),
    promo_code TEXT,
    care_benefits INTEGER NOT NULL,
    student_name TEXT,
    student_email TEXT
);
CREATE INDEX orders_account ON orders (account_id, id);
CREATE INDEX orders_account_day ON orders (account_id, placed_on);
CREATE TABLE order_lines (
    id {id},
    order_id {bigint} NOT NULL REFERENCES orders(id),
    position INTEGER NOT NULL,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    qualifying INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_list_cents {bigint} NOT NULL CHECK (unit_list_cents >= 0),
    unit_paid_cents {bigint} NOT NULL CHECK (unit_paid_cents >= 0),
    member_saving_cents {bigint} NOT NULL CHECK (member_saving_cents >= 0),
    discount_cents {bigint} NOT NULL CHECK (discount_cents >= 0),
    net_cents {bigint} NOT NULL CHECK (net_cents >= 0),
    tax_cents {bigint} NOT NULL CHECK (tax_cents >= 0),
    points_redeemed {bigint} NOT NULL CHECK (points_redeemed >= 0),
    points_earned {bigint} NOT NULL CHECK (points_earned >= 0),
    complimentary_for {bigint},
    status TEXT NOT NULL,
    ship_option TEXT,
    ship_on TEXT,
    deliver_by TEXT,
    shipped_at {bigint},
    tracking TEXT,
    delivered_on TEXT,
    closed_at {bigint},
    refund_cents {bigint} NOT NULL DEFAULT 0 CHECK (refund_cents >= 0),
    restock_fee_cents {bigint} NOT NULL DEFAULT 0 CHECK (restock_fee_cents >= 0),
    price_match_cents {bigint} NOT NULL DEFAULT 0 CHECK (price_match_cents >= 0)
);
CREATE INDEX order_lines_order ON order_lines (order_id, position);
CREATE INDEX order_lines_open ON order_lines (status, ship_on);
CREATE TABLE order_payments (
    id {id},
    order_id {bigint} NOT NULL REFERENCES orders(id),
    line_id {bigint},
    occurred_at {bigint} NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    amount_cents {bigint} NOT NULL CHECK (amount_cents > 0),
    card_brand TEXT,
    card_last4 TEXT,
    card_token TEXT,
    card_expiry_year INTEGER,
    card_expiry_month INTEGER,
    gift_card_hash TEXT,
    gift_card_last4 TEXT
);
CREATE INDEX order_payments_order ON order_payments (order_id, id);
CREATE TABLE order_benefits (
    id {id},
    order_id {bigint} NOT NULL REFERENCES orders(id),
    line_id {bigint},
    kind TEXT NOT NULL,
    value_cents {bigint} NOT NULL CHECK (value_cents > 0)
);
CREATE INDEX order_benefits_order ON order_benefits (order_id);
CREATE TABLE order_events (
    id {id},
    order_id {bigint} NOT NULL REFERENCES orders(id),
    line_id {bigint},
    occurred_at {bigint} NOT NULL,
    kind TEXT NOT NULL,
    amount_cents {bigint} NOT NULL DEFAULT 0,
    points {bigint} NOT NULL DEFAULT 0,
    detail TEXT
);
CREATE INDEX order_events_order ON order_events (order_id, id);
CREATE TABLE gift_cards (
    code_hash TEXT PRIMARY KEY,
    last4 TEXT NOT NULL,
    balance_cents {bigint} NOT NULL CHECK (balance_cents >= 0)
);
CREATE TABLE software_downloads (
    id {id},
    account_id {bigint} REFERENCES accounts(id),
    sku TEXT NOT NULL,
    downloaded_at {bigint} NOT NULL
);
)");
}

} // namespace CareDesk
