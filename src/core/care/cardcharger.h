// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"

#include <QDate>
#include <QString>

namespace CareDesk {

/// A card on file: never the number or the CVV (R-K7), only what a receipt shows and the
/// processor's token.
struct StoredCard
{
    QString brand; ///< "Visa"
    QString last4; ///< "4242"
    QString token; ///< the processor's reference
    int expiryYear = 0;
    int expiryMonth = 0;

    /// R-K7 [decision]: valid through the last day of its expiry month.
    [[nodiscard]] bool isValidOn(const QDate &day) const
    {
        const QDate first(expiryYear, expiryMonth, 1);
        return first.isValid() && day <= QDate(expiryYear, expiryMonth, first.daysInMonth());
    }
};

enum class ChargeOutcome { Approved, CardExpired, Declined };

/// The payment processor as Care renewals need it (R-C5).
class CardCharger
{
public:
    virtual ~CardCharger() = default;
    [[nodiscard]] virtual ChargeOutcome charge(const StoredCard &card, Cents amount, const QDate &on) = 0;
};

/// The local sandbox processor: approves valid cards, refuses expired ones, declines tokens
/// starting with "tok_decline" (as processors' documented test cards do).
class SandboxCardCharger final : public CardCharger
{
public:
    [[nodiscard]] ChargeOutcome charge(const StoredCard &card, Cents amount, const QDate &on) override
    {
        if (!card.isValidOn(on))
            return ChargeOutcome::CardExpired;
        if (amount <= 0 || card.token.startsWith(QLatin1String("tok_decline")))
            return ChargeOutcome::Declined;
        return ChargeOutcome::Approved;
    }
};

} // namespace CareDesk
