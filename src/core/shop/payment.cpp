// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "payment.h"

#include "core/programcalendar.h"
#include "core/shop/shoprules.h"

#include <QRandomGenerator>

#include <algorithm>

namespace CareDesk {

QString CardEntryCheck::digitsOf(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QList<CardProblem> CardEntryCheck::check(const CardEntry &card, const QDateTime &now)
{
    QList<CardProblem> problems;
    if (card.holderName.trimmed().isEmpty())
        problems << CardProblem::HolderMissing;
    const QString brand = CardCheck::brandOf(card.number);
    if (!CardCheck::luhnValid(card.number))
        problems << CardProblem::NumberInvalid;
    else if (brand.isEmpty())
        problems << CardProblem::BrandUnknown;
    if (card.expiryMonth < 1 || card.expiryMonth > 12 || card.expiryYear < 2000 || card.expiryYear > 2100)
        problems << CardProblem::ExpiryInvalid;
    else if (!CardCheck::notExpired(card.expiryYear, card.expiryMonth, now))
        problems << CardProblem::Expired;
    const int cvvLength = brand == QLatin1String("American Express") ? 4 : 3;
    const bool cvvDigits = std::all_of(card.cvv.cbegin(), card.cvv.cend(), [](QChar c) {
        return c.isDigit();
    });
    if (card.cvv.size() != cvvLength || !cvvDigits)
        problems << CardProblem::CvvInvalid;
    return problems;
}

namespace {
QString newToken(const QString &prefix)
{
    // 16 random hex characters: unguessable and unrelated to the card number.
    const quint64 value = QRandomGenerator::system()->generate64();
    return prefix + QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}
} // namespace

Authorization SandboxPaymentProcessor::authorize(const CardEntry &card, Cents amount, const QDateTime &at)
{
    Authorization result;
    const QString digits = CardEntryCheck::digitsOf(card.number);
    if (!CardEntryCheck::check(card, at).isEmpty() || amount <= 0) {
        result.outcome = Authorization::Outcome::Declined;
        return result;
    }
    if (digits == QLatin1String("4000000000000002")) {
        result.outcome = Authorization::Outcome::Declined;
        return result;
    }
    if (digits == QLatin1String("4000000000009995")) {
        result.outcome = Authorization::Outcome::InsufficientFunds;
        return result;
    }
    if (digits == QLatin1String("4000000000000069")) {
        result.outcome = Authorization::Outcome::CardExpired;
        return result;
    }
    if (digits == QLatin1String("4000000000000119")) {
        result.outcome = Authorization::Outcome::ProcessorUnavailable;
        return result;
    }
    result.outcome = Authorization::Outcome::Approved;
    const bool declinesLater = digits == QLatin1String("4000000000000341");
    result.card = { CardCheck::brandOf(digits), digits.right(4),
        newToken(declinesLater ? QStringLiteral("tok_decline_") : QStringLiteral("tok_")), card.expiryYear,
        card.expiryMonth };
    return result;
}

bool SandboxPaymentProcessor::voidCapture(const QString &token, Cents amount)
{
    if (token.isEmpty() || amount <= 0)
        return false;
    ++m_voided;
    return true;
}

bool SandboxPaymentProcessor::refund(const QString &token, Cents amount)
{
    return !token.isEmpty() && amount > 0;
}

ChargeOutcome SandboxPaymentProcessor::charge(const StoredCard &card, Cents amount, const QDate &on)
{
    return m_onFile.charge(card, amount, on);
}

int SandboxPaymentProcessor::voidedCaptures() const
{
    return m_voided;
}

} // namespace CareDesk
