// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/care/cardcharger.h"
#include "core/care/caremembership.h"
#include "storage/accountstore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace CareDesk {

/// A message in the member's inbox (R-C6 renewal notice, R-C5 lapse), stored as facts.
struct CareMessage
{
    qint64 id = 0;
    QDateTime createdAt;
    QString kind; ///< "renewal-notice", "renewed", "lapsed-charge-failed", "term-ended", "refunded"
    QDate date; ///< the renewal / lapse date
    QDate secondDate; ///< the cancel cut-off (notice)
    Cents amount = 0;
    bool read = false;
};

/// What the clock did to a membership (for the UI to announce).
struct CareClockResult
{
    bool changed = false;
    QList<CareMessage> newMessages;
};

/// The Care use cases on Qt SQL; each public method is one transaction, and every state
/// change is recorded in care_transitions with its time and reason.
class CareService
{
public:
    CareService(QSqlDatabase db, CareTerms terms, CardCharger &charger);

    [[nodiscard]] const CareTerms &terms() const;
    [[nodiscard]] CareMembership membership(AccountId account) const;
    [[nodiscard]] std::optional<StoredCard> cardOnFile(AccountId account) const;

    /// R-C1/R-C3/R-C4: records a purchase charged at `at` on `card`.
    bool purchase(AccountId account, const QDateTime &at, const StoredCard &card, bool guest);
    /// R-C5/R-C7: turns auto-renew off (effect by the cut-off) or back on.
    bool setAutoRenew(AccountId account, bool on, const QDateTime &at);
    /// R-C8: the quote for the current term. Orders of the term come from the shop; none yet.
    [[nodiscard]] RefundQuote refundQuote(AccountId account, const QDate &today) const;
    /// R-C8: refunds exactly the quoted amount and ends the membership.
    std::optional<Cents> refund(AccountId account, const QDateTime &at);
    /// Renewals, lapses, activation windows (R-C3, R-C5) and the notice (R-C6), as due at `now`.
    CareClockResult runClock(AccountId account, const QDateTime &now);

    [[nodiscard]] QList<CareMessage> messages(AccountId account) const;
    bool markRead(AccountId account, qint64 messageId);

private:
    bool save(AccountId account, const CareMembership &m);
    bool record(AccountId account, const CareTransition &t);
    bool charge(AccountId account, const QDateTime &at, const char *kind, Cents amount, const QString &last4);
    std::optional<CareMessage> addMessage(AccountId account, const QDateTime &at, const QString &kind,
        const QString &reference, const QDate &date, const QDate &second, Cents amount);

    QSqlDatabase m_db;
    CareTerms m_terms;
    CardCharger &m_charger;
};

/// The stored word of a state or reason (care_memberships.state, care_transitions.reason).
[[nodiscard]] QString careStateCode(CareState state);
[[nodiscard]] CareState careStateFromCode(const QString &code);
[[nodiscard]] QString careReasonCode(CareReason reason);

} // namespace CareDesk
