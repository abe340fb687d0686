// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "eligibility.h"

#include <QDate>
#include <QList>
#include <QString>

namespace CareDesk {

/// What a person types to create an account.
struct NewAccount
{
    QString email;
    QString displayName;
    QDate birthDate;
    QString state; ///< two-letter US state code
};

/// One thing wrong with a NewAccount or its password; the models layer words each one.
enum class AccountProblem {
    EmailMissing,
    EmailMalformed,
    EmailTooLong,
    NameMissing,
    NameTooLong,
    NameUnprintable, ///< control characters, bidi overrides, broken UTF-16 (TextCheck)
    PasswordTooShort,
    PasswordTooLong,
    BirthDateMissing,
    BirthDateInFuture,
    BirthDateTooLongAgo, ///< more than kMaxAgeYears ago: a typo (0001 for 2001), not a member
    TooYoung, ///< R-P10: under 18 (19 in AL and NE)
    StateNotUs, ///< R-P10: US residents only
    StateNotEligible,
};

/// R-P10 and plain input checks for account creation. Pure: no storage, no wording.
class AccountRules
{
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 256;
    static constexpr int kMaxEmailLength = 254; // RFC 5321 path limit
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxAgeYears = 120;

    /// Every problem, in form order (empty when the account may be created).
    [[nodiscard]] static QList<AccountProblem> check(
        const NewAccount &account, const QString &password, const QDate &today, const Eligibility &eligibility = {});

    /// Trimmed and lower-cased: the one form an email is compared and stored in (R-P10).
    [[nodiscard]] static QString normalizedEmail(const QString &email);

    /// A deliberately simple shape check (local@domain.tld, no spaces); the store's own
    /// confirmation mail would be the real proof.
    [[nodiscard]] static bool looksLikeEmail(const QString &email);
};

} // namespace CareDesk
