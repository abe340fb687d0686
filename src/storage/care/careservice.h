// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/care/cardcharger.h"
#include "core/care/caremembership.h"
#include "core/shop/payment.h"
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

/// Where the refund rules (R-C8, R-C3) learn what was bought: the shop implements it.
class CareOrderSource
{
public:
    virtual ~CareOrderSource() = default;
    /// The member's orders placed on days in [from, until), as R-C8 sees them.
    [[nodiscard]] virtual QList<TermOrder> termOrders(
        AccountId account, const QDate &from, const QDate &until) const = 0;
    /// One order (the order a guest bought Care in, R-C3).
    [[nodiscard]] virtual QList<TermOrder> orderAsTermOrder(qint64 orderId) const = 0;
};

/// R-C3: Care bought by a guest, waiting by email for a store account.
struct GuestCarePurchase
{
    qint64 id = 0;
    QString email;
    qint64 orderId = 0;
    QDateTime purchasedAt;
    QString state; ///< "pending", "activated", "expired"
    QDate deadline; ///< the last day an account activates it
};

/// What the clock did to a membership (for the UI to announce).
struct CareClockResult
{
    bool changed = false;
    QList<CareMessage> newMessages;
};

/// The Care use cases on Qt SQL; each public method is one transaction, and every state
/// change is recorded in care_transitions with its time and reason. purchase, setAutoRenew,
/// refund and the guest purchases' activation and expiry run under Sql::withRetry (refunds
/// reach the processor after the commit, so a retry never refunds twice); runClock does
/// not, because it charges the card before its commit and a retry would charge it again
/// (the next clock tick runs it anew).
class CareService
{
public:
    CareService(QSqlDatabase db, CareTerms terms, CardCharger &charger);

    [[nodiscard]] const CareTerms &terms() const;
    [[nodiscard]] CareMembership membership(AccountId account) const;
    [[nodiscard]] std::optional<StoredCard> cardOnFile(AccountId account) const;

    /// R-C1/R-C3/R-C4: records a purchase charged at `at` on `card`.
    bool purchase(AccountId account, const QDateTime &at, const StoredCard &card, bool guest);
    /// R-C1/R-C4: a member bought Care at checkout in order `orderId`, INSIDE THE CALLER'S
    /// TRANSACTION (the order's). False when the member already holds a membership.
    bool recordPurchase(AccountId account, const QDateTime &at, const StoredCard &card, qint64 orderId);
    /// R-C3: a guest bought Care in order `orderId`; it waits for an account with `email`.
    /// INSIDE THE CALLER'S TRANSACTION.
    bool recordGuestPurchase(const QString &email, qint64 orderId, const QDateTime &at, const StoredCard &card);
    /// R-C3: the guest purchase waiting for this email, if any.
    [[nodiscard]] std::optional<GuestCarePurchase> pendingGuestPurchase(const QString &email) const;
    /// R-C3: an account with the purchase email exists (created or signed in) within 30 days:
    /// the membership starts from the purchase date. Returns how many were activated, -1 on
    /// failure. One transaction.
    int activateGuestPurchases(AccountId account, const QString &email, const QDateTime &now);
    /// R-C3: guest purchases past their 30 days are cancelled and refunded the fee minus the
    /// benefits received. Returns how many, -1 on failure. One transaction.
    int expireGuestPurchases(const QDateTime &now);
    /// The refund rules read orders through this (the shop's storage); none until set.
    void setOrderSource(const CareOrderSource *source);
    /// Refunds go back to the card through this processor when set (the app sets it).
    void setRefundProcessor(PaymentProcessor *processor);
    /// R-C9: when the membership last ended (lapsed or refunded), if ever: products bought
    /// before that are no longer covered.
    [[nodiscard]] std::optional<QDateTime> lastEndedAt(AccountId account) const;
    /// R-C5/R-C7: turns auto-renew off (effect by the cut-off) or back on.
    bool setAutoRenew(AccountId account, bool on, const QDateTime &at);
    /// R-C8: the quote for the current term, from the orders placed during it.
    [[nodiscard]] RefundQuote refundQuote(AccountId account, const QDate &today) const;
    /// R-C8: refunds exactly the quoted amount and ends the membership.
    std::optional<Cents> refund(AccountId account, const QDateTime &at);
    /// Renewals, lapses, activation windows (R-C3, R-C5) and the notice (R-C6), as due at `now`.
    CareClockResult runClock(AccountId account, const QDateTime &now);

    [[nodiscard]] QList<CareMessage> messages(AccountId account) const;
    bool markRead(AccountId account, qint64 messageId);

private:
    bool lockMembership(AccountId account);
    bool save(AccountId account, const CareMembership &m);
    bool storeCard(AccountId account, const StoredCard &card);
    bool refundToCard(const QString &token, Cents amount);
    bool record(AccountId account, const CareTransition &t);
    /// Writes a care_charges row; its id, or nothing when the write failed.
    std::optional<qint64> charge(AccountId account, const QDateTime &at, const char *kind, Cents amount,
        const QString &last4, qint64 orderId = 0);
    std::optional<CareMessage> addMessage(AccountId account, const QDateTime &at, const QString &kind,
        const QString &reference, const QDate &date, const QDate &second, Cents amount);

    QSqlDatabase m_db;
    CareTerms m_terms;
    CardCharger &m_charger;
    const CareOrderSource *m_orders = nullptr;
    PaymentProcessor *m_refunds = nullptr;
};

/// The stored word of a state or reason (care_memberships.state, care_transitions.reason).
[[nodiscard]] QString careStateCode(CareState state);
[[nodiscard]] CareState careStateFromCode(const QString &code);
[[nodiscard]] QString careReasonCode(CareReason reason);

} // namespace CareDesk
