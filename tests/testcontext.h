// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "appcontext.h"

/// The app's services as model tests start them: a scratch data folder, the clock fixed at
/// 2026-11-25 10:00 New York time, English, cheap password hashing (tests only).
inline CareDesk::AppContext::Options testContextOptions(const QString &dataDir)
{
    CareDesk::AppContext::Options options;
    options.dataDir = dataDir;
    options.fixedNow = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
    options.language = QStringLiteral("en");
    options.hashCost = CareDesk::PasswordHasher::Cost::TestingOnly;
    return options;
}
