// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "eligibility.h"

namespace CareDesk {

Eligibility::Eligibility()
    : m_eligibleStates(usStateCodes())
{ }

Eligibility::Eligibility(const QStringList &eligibleStates)
    : m_eligibleStates(eligibleStates)
{ }

Eligibility::Verdict Eligibility::check(const QDate &birthDate, const QString &stateCode, const QDate &today) const
{
    if (!birthDate.isValid())
        return Verdict::MissingBirthDate;
    if (birthDate > today)
        return Verdict::BirthDateInFuture;
    const QString state = stateCode.trimmed().toUpper();
    if (!isUsState(state))
        return Verdict::UnknownState;
    if (!m_eligibleStates.contains(state))
        return Verdict::StateNotEligible;
    if (ageOn(birthDate, today) < ageOfMajority(state))
        return Verdict::TooYoung;
    return Verdict::Eligible;
}

int Eligibility::ageOfMajority(const QString &stateCode)
{
    const QString state = stateCode.trimmed().toUpper();
    return (state == QLatin1String("AL") || state == QLatin1String("NE")) ? 19 : 18;
}

int Eligibility::ageOn(const QDate &birthDate, const QDate &today)
{
    int age = today.year() - birthDate.year();
    if (birthDate.addYears(age) > today)
        --age;
    return age;
}

const QStringList &Eligibility::usStateCodes()
{
    static const QStringList codes {
        QStringLiteral("AK"),
        QStringLiteral("AL"),
        QStringLiteral("AR"),
        QStringLiteral("AZ"),
        QStringLiteral("CA"),
        QStringLiteral("CO"),
        QStringLiteral("CT"),
        QStringLiteral("DC"),
        QStringLiteral("DE"),
        QStringLiteral("FL"),
        QStringLiteral("GA"),
        QStringLiteral("HI"),
        QStringLiteral("IA"),
        QStringLiteral("ID"),
        QStringLiteral("IL"),
        QStringLiteral("IN"),
        QStringLiteral("KS"),
        QStringLiteral("KY"),
        QStringLiteral("LA"),
        QStringLiteral("MA"),
        QStringLiteral("MD"),
        QStringLiteral("ME"),
        QStringLiteral("MI"),
        QStringLiteral("MN"),
        QStringLiteral("MO"),
        QStringLiteral("MS"),
        QStringLiteral("MT"),
        QStringLiteral("NC"),
        QStringLiteral("ND"),
        QStringLiteral("NE"),
        QStringLiteral("NH"),
        QStringLiteral("NJ"),
        QStringLiteral("NM"),
        QStringLiteral("NV"),
        QStringLiteral("NY"),
        QStringLiteral("OH"),
        QStringLiteral("OK"),
        QStringLiteral("OR"),
        QStringLiteral("PA"),
        QStringLiteral("RI"),
        QStringLiteral("SC"),
        QStringLiteral("SD"),
        QStringLiteral("TN"),
        QStringLiteral("TX"),
        QStringLiteral("UT"),
        QStringLiteral("VA"),
        QStringLiteral("VT"),
        QStringLiteral("WA"),
        QStringLiteral("WI"),
        QStringLiteral("WV"),
        QStringLiteral("WY"),
    };
    return codes;
}

bool Eligibility::isUsState(const QString &stateCode)
{
    return usStateCodes().contains(stateCode.trimmed().toUpper());
}

} // namespace CareDesk
