// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/accountstore.h"
#include "storage/shop/checkoutservice.h"

#include <QString>
#include <QStringList>

namespace CareDesk {

class AppContext;

/// Writes the benchmark's heavy member into a fresh data folder, through the use cases the
/// app runs, with the clock standing at the context's "now".
///
/// The member is the folder's demo member (demo email and password, `is_demo`), so
/// `caredesk --demo --data-dir <folder>` opens signed in on this history through the real
/// sign-in, as any member's start after typing the password: no shortcut around the
/// password exists in the app, and none is added for the benchmark. Its password hash uses
/// the testing cost, so a start is not timed with an Argon2id check a member pays when
/// pressing Sign in (about 60 ms here), not at start.
class HeavyMember
{
public:
    explicit HeavyMember(AppContext &context);

    /// The demo member, joined five years and two months ago, signed in. False on failure.
    bool create();
    /// Signs in the member of a folder generated before, as `caredesk --demo` does.
    bool signIn();

    /// R-C1/R-C5: Care bought five years and 40 days ago with a card on file, then the clock
    /// runs week by week to now through CareService::runClock, which renews it each year
    /// (five renewals; the current term began 40 days ago).
    void buyCareFiveYearsAgo();

    /// About `entries` ledger entries over the last five years through PointsLedger: points
    /// pending then posted per order line, a redemption every tenth order, and the expiry
    /// every write runs first. Bulk transactions of 2,000 lines.
    void fillLedger(int entries);

    /// Grows the ledger written by fillLedger() to `entries` without the ledger's per-write
    /// cost (the 1,000,000-entry variant would take an hour through it here): after each
    /// moment of the history, points earned, posted as a lot and redeemed from it again at
    /// the same instant. Each such cycle nets zero and leaves its lot empty, so the balance,
    /// the live lots and every later running balance stay as the ledger left them, and the
    /// cycle's own entries carry the running balances of their place in the statement
    /// (checkLedgerInvariants() proves it after). The live lots stay those of fillLedger().
    void extendLedger(int entries);

    /// `orders` orders of three lines each: 20 placed through checkout now (every table
    /// written as the app writes it), the rest bulk copies of the first dated evenly over the
    /// five years before, so a Care term holds its share of them (R-C8 reads those).
    void fillOrders(int orders);

    [[nodiscard]] AccountId account() const;

    /// A checkout of `skus` (one each) from the member's cart, to the member's address.
    [[nodiscard]] PlaceOrderRequest orderRequest(const QStringList &skus) const;

private:
    AppContext &m_context;
    AccountId m_account = 0;
};

/// The ledger's invariants, checked on the whole history after generating it: the cached
/// balance equals the sum of the live lots and of the entries, and every entry's running
/// balances (available_after, pending_after) equal the sums up to it in statement order.
/// Returns what is wrong, or "" when all hold.
[[nodiscard]] QString checkLedgerInvariants(const QSqlDatabase &db, AccountId account);

} // namespace CareDesk
