// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// R-P10 (program) and R-C2 (Care): who may join. Results are values; the models layer words them.
class Eligibility
{
public:
    enum class Verdict {
        Eligible,
        MissingBirthDate,
        BirthDateInFuture,
        TooYoung, ///< under the age of majority of the state
        UnknownState, ///< not a US state or DC code
        StateNotEligible ///< a US state, but not on the program's list (R-C2 configurable list)
    };

    /// The default: all 50 states and DC are eligible.
    Eligibility();
    /// A program whose eligible states are exactly `eligibleStates` (two-letter codes).
    explicit Eligibility(const QStringList &eligibleStates);

    [[nodiscard]] Verdict check(const QDate &birthDate, const QString &stateCode, const QDate &today) const;

    /// R-P10: 18, or 19 in Alabama and Nebraska.
    [[nodiscard]] static int ageOfMajority(const QString &stateCode);

    /// Completed years of age on `today` (a Feb 29 birthday counts on Feb 28 in common years,
    /// as QDate::addYears clamps).
    [[nodiscard]] static int ageOn(const QDate &birthDate, const QDate &today);

    /// The 50 states and DC, sorted by code.
    [[nodiscard]] static const QStringList &usStateCodes();

    [[nodiscard]] static bool isUsState(const QString &stateCode);

private:
    QStringList m_eligibleStates;
};

} // namespace CareDesk
