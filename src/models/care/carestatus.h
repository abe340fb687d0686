// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/care/careservice.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

class AppContext;

/// The signed-in member's Care membership for QML (issue #5): state, term, renewal and
/// cut-off, what changing auto-renew does today, the refund quote line by line, and the
/// messages inbox. Every figure is computed in the core and only worded here; refresh()
/// reads the membership, card and messages once (the quote when first asked for), and every
/// property words that.
class CareStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "none", "pending-activation", "active", "cancelled", "lapsed", "refunded".
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /// The state in one sentence.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// Benefits apply now (active, or cancelled and running to its end).
    Q_PROPERTY(bool hasBenefits READ hasBenefits NOTIFY changed)
    /// Auto-renew is on (and not stopping after the coming renewal).
    Q_PROPERTY(bool autoRenew READ autoRenew NOTIFY changed)
    /// "Renews on …, charging $179.99 to Visa ending 4242" or when it ends.
    Q_PROPERTY(QString renewalText READ renewalText NOTIFY changed)
    /// R-C5: the cut-off sentence.
    Q_PROPERTY(QString cutoffText READ cutoffText NOTIFY changed)
    /// R-C5/R-C7: what switching auto-renew today would do, said before the member confirms.
    Q_PROPERTY(QString autoRenewConsequence READ autoRenewConsequence NOTIFY changed)
    /// R-C8: a refund is possible today.
    Q_PROPERTY(bool refundAvailable READ refundAvailable NOTIFY changed)
    /// R-C8: [{ label, amount }] fee and each benefit received.
    Q_PROPERTY(QVariantList refundLines READ refundLines NOTIFY changed)
    /// R-C8: [{ label, met }] the qualifying conditions.
    Q_PROPERTY(QVariantList refundConditions READ refundConditions NOTIFY changed)
    /// R-C8: the refund total in words, or why there is none.
    Q_PROPERTY(QString refundSummary READ refundSummary NOTIFY changed)
    /// [{ title, body, date, read }] newest first.
    Q_PROPERTY(QVariantList messages READ messages NOTIFY changed)
    Q_PROPERTY(int unreadMessages READ unreadMessages NOTIFY changed)

public:
    CareStatus(AppContext &context, QObject *parent);
    static CareStatus *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] QString state() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool hasBenefits() const;
    [[nodiscard]] bool autoRenew() const;
    [[nodiscard]] QString renewalText() const;
    [[nodiscard]] QString cutoffText() const;
    [[nodiscard]] QString autoRenewConsequence() const;
    [[nodiscard]] bool refundAvailable() const;
    [[nodiscard]] QVariantList refundLines() const;
    [[nodiscard]] QVariantList refundConditions() const;
    [[nodiscard]] QString refundSummary() const;
    [[nodiscard]] QVariantList messages() const;
    [[nodiscard]] int unreadMessages() const;

    Q_INVOKABLE void refresh();
    /// Turns auto-renew on or off; returns "" or why not.
    Q_INVOKABLE QString setAutoRenew(bool on);
    /// R-C8: refunds exactly the quoted amount; returns what happened in words.
    Q_INVOKABLE QString requestRefund();
    Q_INVOKABLE void markAllRead();

    /// The title and body of a message in the current language.
    [[nodiscard]] static QString messageTitle(const CareMessage &message);
    [[nodiscard]] static QString messageBody(const CareMessage &message);

Q_SIGNALS:
    void changed();

private:
    struct Snapshot
    {
        bool signedIn = false;
        QDate today;
        CareMembership membership;
        AccountId account = 0;
        std::optional<StoredCard> card;
        /// Read on first use (refundQuote()): only the Care page shows it, and R-C8 reads
        /// every order of the term, which a start signed in need not wait for (issue #10).
        mutable std::optional<RefundQuote> quote;
        QList<CareMessage> messages;
    };

    [[nodiscard]] const RefundQuote &refundQuote() const;

    AppContext &m_context;
    Snapshot m_snapshot;
};

} // namespace CareDesk
