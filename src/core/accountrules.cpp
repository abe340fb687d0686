// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "accountrules.h"

#include "textcheck.h"

#include <QRegularExpression>

namespace CareDesk {

QList<AccountProblem> AccountRules::check(
    const NewAccount &account, const QString &password, const QDate &today, const Eligibility &eligibility)
{
    QList<AccountProblem> problems;
    const QString email = normalizedEmail(account.email);
    if (email.isEmpty())
        problems << AccountProblem::EmailMissing;
    else if (email.size() > kMaxEmailLength)
        problems << AccountProblem::EmailTooLong;
    else if (!looksLikeEmail(email))
        problems << AccountProblem::EmailMalformed;

    const QString name = account.displayName.trimmed();
    if (name.isEmpty())
        problems << AccountProblem::NameMissing;
    else if (name.size() > kMaxNameLength)
        problems << AccountProblem::NameTooLong;
    else if (!TextCheck::isPrintableLine(name))
        problems << AccountProblem::NameUnprintable;

    if (password.size() < kMinPasswordLength)
        problems << AccountProblem::PasswordTooShort;
    else if (password.size() > kMaxPasswordLength)
        problems << AccountProblem::PasswordTooLong;

    if (account.birthDate.isValid() && account.birthDate < today.addYears(-kMaxAgeYears)) {
        problems << AccountProblem::BirthDateTooLongAgo;
        return problems;
    }
    switch (eligibility.check(account.birthDate, account.state, today)) {
    case Eligibility::Verdict::Eligible:
        break;
    case Eligibility::Verdict::MissingBirthDate:
        problems << AccountProblem::BirthDateMissing;
        break;
    case Eligibility::Verdict::BirthDateInFuture:
        problems << AccountProblem::BirthDateInFuture;
        break;
    case Eligibility::Verdict::TooYoung:
        problems << AccountProblem::TooYoung;
        break;
    case Eligibility::Verdict::UnknownState:
        problems << AccountProblem::StateNotUs;
        break;
    case Eligibility::Verdict::StateNotEligible:
        problems << AccountProblem::StateNotEligible;
        break;
    }
    return problems;
}

QString AccountRules::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

bool AccountRules::looksLikeEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return shape.match(email).hasMatch();
}

} // namespace CareDesk
