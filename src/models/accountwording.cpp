// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "accountwording.h"

#include <QLocale>

namespace CareDesk {

QString AccountWording::problem(AccountProblem problem, const QString &state)
{
    switch (problem) {
    case AccountProblem::EmailMissing:
        return tr("Enter your email address.");
    case AccountProblem::EmailMalformed:
        return tr("Enter an email address like name@example.com.");
    case AccountProblem::EmailTooLong:
        return tr("That email address is too long.");
    case AccountProblem::NameMissing:
        return tr("Enter your name.");
    case AccountProblem::NameTooLong:
        return tr("Your name can be at most %1 characters.").arg(AccountRules::kMaxNameLength);
    case AccountProblem::NameUnprintable:
        return tr("Your name contains line breaks or other control characters. Type it on one line.");
    case AccountProblem::PasswordTooShort:
        return tr("Choose a password of at least %1 characters.").arg(AccountRules::kMinPasswordLength);
    case AccountProblem::PasswordTooLong:
        return tr("Your password can be at most %1 characters.").arg(AccountRules::kMaxPasswordLength);
    case AccountProblem::BirthDateMissing:
        return tr("Enter your date of birth.");
    case AccountProblem::BirthDateTooLongAgo:
        return tr("Check your date of birth: it is more than %1 years ago.").arg(AccountRules::kMaxAgeYears);
    case AccountProblem::BirthDateInFuture:
        return tr("Your date of birth cannot be in the future.");
    case AccountProblem::TooYoung:
        return tr("Members must be at least %1 years old in %2.")
            .arg(Eligibility::ageOfMajority(state))
            .arg(state.trimmed().toUpper());
    case AccountProblem::StateNotUs:
        return tr("Membership is open to United States residents only: choose your US state.");
    case AccountProblem::StateNotEligible:
        return tr("Membership is not offered in %1.").arg(state.trimmed().toUpper());
    }
    return {};
}

QString AccountWording::birthDateUnreadable()
{
    return tr("Enter your date of birth as year-month-day, for example 1990-04-23.");
}

QString AccountWording::emailTaken()
{
    return tr("An account with this email already exists. Sign in instead; each email can have one account.");
}

QString AccountWording::wrongCredentials()
{
    return tr("The email or password is not right. Check both and try again.");
}

QString AccountWording::tooManyAttempts(qint64 seconds)
{
    return tr("Too many attempts for this email. For your protection, wait %1 seconds before trying again.")
        .arg(QLocale().toString(seconds));
}

QString AccountWording::signedOutForInactivity()
{
    return tr(
        "You were signed out after a while without activity, so nobody else at this terminal can use your account.");
}

QString AccountWording::credentialsMissing()
{
    return tr("Enter your email and password.");
}

QString AccountWording::storageUnavailable()
{
    return tr("Your account could not be reached just now. Nothing was changed; please try again.");
}

} // namespace CareDesk
