// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/care/cardcharger.h"
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace CareDesk {

/// What the customer typed into the card form. It lives only in memory for the length of
/// one authorization; nothing of it but brand, last four and expiry is ever stored (R-K7).
struct CardEntry
{
    QString number;
    int expiryMonth = 0;
    int expiryYear = 0; ///< four digits
    QString cvv;
    QString holderName;
};

/// R-K7: what is wrong with a card form, each a value the models layer words.
enum class CardProblem {
    HolderMissing,
    NumberInvalid, ///< not 12-19 digits or the Luhn check fails
    BrandUnknown, ///< a number of no brand the store takes
    ExpiryInvalid, ///< no such month
    Expired, ///< valid through the last day of its month, New York time
    CvvInvalid, ///< 3 digits (American Express: 4)
};

class CardEntryCheck
{
public:
    [[nodiscard]] static QList<CardProblem> check(const CardEntry &card, const QDateTime &now);
    /// The digits of a number typed with spaces or dashes.
    [[nodiscard]] static QString digitsOf(const QString &number);
};

/// A processor's answer to an authorization.
struct Authorization
{
    enum class Outcome { Approved, Declined, InsufficientFunds, CardExpired, ProcessorUnavailable };
    Outcome outcome = Outcome::Declined;
    StoredCard card; ///< brand, last four, expiry and the processor's token (Approved only)
    [[nodiscard]] bool approved() const
    {
        return outcome == Outcome::Approved;
    }
};

/// The card processor checkout talks to (R-K7). The real one is a network service; the
/// sandbox below answers as processors' sandboxes do, by documented test card numbers.
class PaymentProcessor : public CardCharger
{
public:
    /// Authorizes and captures `amount` on a card typed in the form; returns a token for
    /// later refunds and charges (Care renewals) — never the number.
    [[nodiscard]] virtual Authorization authorize(const CardEntry &card, Cents amount, const QDateTime &at) = 0;
    /// Voids a capture that the store could not record (the order was rolled back).
    virtual bool voidCapture(const QString &token, Cents amount) = 0;
    /// Refunds `amount` to the card behind `token`.
    [[nodiscard]] virtual bool refund(const QString &token, Cents amount) = 0;
};

/// The local sandbox processor. Test numbers (any future expiry, any CVV of the right length):
///   4242 4242 4242 4242, 5555 5555 5555 4444, 3782 822463 10005, 6011 1111 1111 1117: approved
///   4000 0000 0000 0002: declined            4000 0000 0000 9995: insufficient funds
///   4000 0000 0000 0069: expired card        4000 0000 0000 0119: processor unavailable
///   4000 0000 0000 0341: approved now, later charges on file declined (Care renewals, R-C5)
/// Any other valid number is approved. Tokens are random; they never derive from the number.
class SandboxPaymentProcessor final : public PaymentProcessor
{
public:
    [[nodiscard]] Authorization authorize(const CardEntry &card, Cents amount, const QDateTime &at) override;
    bool voidCapture(const QString &token, Cents amount) override;
    [[nodiscard]] bool refund(const QString &token, Cents amount) override;
    [[nodiscard]] ChargeOutcome charge(const StoredCard &card, Cents amount, const QDate &on) override;

    /// Captures voided so far (tests: a rolled-back order leaves none standing).
    [[nodiscard]] int voidedCaptures() const;

private:
    SandboxCardCharger m_onFile;
    int m_voided = 0;
};

} // namespace CareDesk
