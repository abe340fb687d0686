// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/accountrules.h"

#include <QCoreApplication>
#include <QString>

namespace CareDesk {

/// The customer-facing words for account results (core enums -> translated text).
class AccountWording
{
    Q_DECLARE_TR_FUNCTIONS(AccountWording)

public:
    [[nodiscard]] static QString problem(AccountProblem problem, const QString &state);
    [[nodiscard]] static QString birthDateUnreadable();
    [[nodiscard]] static QString emailTaken();
    [[nodiscard]] static QString wrongCredentials();
    [[nodiscard]] static QString credentialsMissing();
    [[nodiscard]] static QString tooManyAttempts(qint64 seconds);
    [[nodiscard]] static QString signedOutForInactivity();
    [[nodiscard]] static QString storageUnavailable();
};

} // namespace CareDesk
