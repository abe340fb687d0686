// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "accountstore.h"

#include "storage/care/careservice.h"
#include "storage/points/pointsledger.h"

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

    /// Creates the demo account and its history once, relative to `now`; returns its id, or
    /// 0 when it could not be created. The history goes through the real ledger, so it obeys
    /// the rules: about three years of orders earning points (the latest still pending),
    /// redemptions, lots that expired and lots expiring within the next weeks; and a Care
    /// membership bought two years ago, renewed once, renewing in 20 days (notice sent).
    static AccountId ensure(
        QSqlDatabase db, const PasswordHasher &hasher, const QDateTime &now, PointsLedger &ledger, CareService &care);
};

} // namespace CareDesk
