// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "accountstore.h"

#include "storage/care/careservice.h"
#include "storage/points/pointsledger.h"
#include "storage/shop/checkoutservice.h"

#include <QDateTime>
#include <QString>

namespace CareDesk {

/// The demo member a new user can sign in as ("Try the demo", or these credentials), so the
/// app is alive on first start. Its history is generated relative to the clock.
class DemoData
{
public:
    [[nodiscard]] static QString email();
    [[nodiscard]] static QString password();

    /// The store's demo gift cards (documented in the README), issued with the demo member.
    [[nodiscard]] static QList<std::pair<QString, Cents>> giftCards();

    /// Creates the demo account and its history once, relative to `now`; returns its id, or
    /// 0 when it could not be created. The history is placed through the real checkout and
    /// fulfilment, so it obeys the rules: about three years of orders earning points as they
    /// ship, some paid partly with points, lots that expired and lots expiring within the
    /// next weeks, a recent delivered order (returnable) and one placed two hours ago (its
    /// points pending, one line back-ordered); Care bought with headphones two years ago less
    /// 20 days, renewed once, renewing in 20 days (notice sent).
    static AccountId ensure(QSqlDatabase db, const PasswordHasher &hasher, const QDateTime &now, CheckoutService &shop,
        PointsLedger &ledger, CareService &care);
};

} // namespace CareDesk
