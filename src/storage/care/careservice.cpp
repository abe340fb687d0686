// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "careservice.h"

#include "core/programcalendar.h"
#include "storage/sql.h"
#include "storage/transaction.h"

namespace CareDesk {

QString careStateCode(CareState state)
{
    switch (state) {
    case CareState::NotMember:
        return QStringLiteral("none");
    case CareState::PendingActivation:
        return QStringLiteral("pending-activation");
    case CareState::Active:
        return QStringLiteral("active");
    case CareState::Cancelled:
        return QStringLiteral("cancelled");
    case CareState::Lapsed:
        return QStringLiteral("lapsed");
    case CareState::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

CareState careStateFromCode(const QString &code)
{
    for (CareState s : { CareState::PendingActivation, CareState::Active, CareState::Cancelled, CareState::Lapsed,
             CareState::Refunded }) {
        if (careStateCode(s) == code)
            return s;
    }
    return CareState::NotMember;
}

QString careReasonCode(CareReason reason)
{
    switch (reason) {
    case CareReason::Purchased:
        return QStringLiteral("purchased");
    case CareReason::GuestPurchase:
        return QStringLiteral("guest-purchase");
    case CareReason::Activated:
        return QStringLiteral("activated");
    case CareReason::Renewed:
        return QStringLiteral("renewed");
    case CareReason::RenewalChargeFailed:
        return QStringLiteral("renewal-charge-failed");
    case CareReason::CancelledByMember:
        return QStringLiteral("cancelled-by-member");
    case CareReason::CancelledAfterCutoff:
        return QStringLiteral("cancelled-after-cutoff");
    case CareReason::AutoRenewTurnedOn:
        return QStringLiteral("auto-renew-on");
    case CareReason::TermEnded:
        return QStringLiteral("term-ended");
    case CareReason::ActivationExpired:
        return QStringLiteral("activation-expired");
    case CareReason::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

CareService::CareService(QSqlDatabase db, CareTerms terms, CardCharger &charger)
    : m_db(std::move(db))
    , m_terms(terms)
    , m_charger(charger)
{ }

const CareTerms &CareService::terms() const
{
    return m_terms;
}

CareMembership CareService::membership(AccountId account) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT state, purchased_on, term_start_on, renewal_on, auto_renew, "
                       "stop_after_next_renewal FROM care_memberships WHERE account_id = ?"));
    CareMembership m;
    if (!Sql::exec(query, { account }) || !query.next())
        return m;
    m.state = careStateFromCode(query.value(0).toString());
    m.purchasedOn = Sql::fromDateText(query.value(1).toString());
    m.termStart = Sql::fromDateText(query.value(2).toString());
    m.renewalOn = Sql::fromDateText(query.value(3).toString());
    m.autoRenew = query.value(4).toInt() != 0;
    m.stopAfterNextRenewal = query.value(5).toInt() != 0;
    return m;
}

std::optional<StoredCard> CareService::cardOnFile(AccountId account) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT card_brand, card_last4, card_token, card_expiry_year, "
                       "card_expiry_month FROM care_memberships WHERE account_id = ? "
                       "AND card_token IS NOT NULL"));
    if (!Sql::exec(query, { account }) || !query.next())
        return std::nullopt;
    return StoredCard { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toInt(), query.value(4).toInt() };
}

bool CareService::save(AccountId account, const CareMembership &m)
{
    const auto exists
        = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM care_memberships WHERE account_id = ?"), { account });
    if (!exists)
        return false;
    if (exists->toInt() == 0
        && !Sql::run(m_db,
            QStringLiteral("INSERT INTO care_memberships (account_id, state, auto_renew, stop_after_next_renewal) "
                           "VALUES (?, 'none', 1, 0)"),
            { account }))
        return false;
    return Sql::run(m_db,
        QStringLiteral("UPDATE care_memberships SET state = ?, purchased_on = ?, term_start_on = ?, renewal_on = ?, "
                       "auto_renew = ?, stop_after_next_renewal = ? WHERE account_id = ?"),
        { careStateCode(m.state), Sql::toDateText(m.purchasedOn), Sql::toDateText(m.termStart),
            Sql::toDateText(m.renewalOn), m.autoRenew ? 1 : 0, m.stopAfterNextRenewal ? 1 : 0, account });
}

bool CareService::record(AccountId account, const CareTransition &t)
{
    return Sql::run(m_db,
        QStringLiteral("INSERT INTO care_transitions (account_id, occurred_at, from_state, to_state, reason) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { account, Sql::toEpochMs(t.at), careStateCode(t.from), careStateCode(t.to), careReasonCode(t.reason) });
}

bool CareService::charge(AccountId account, const QDateTime &at, const char *kind, Cents amount, const QString &last4)
{
    return Sql::run(m_db,
        QStringLiteral("INSERT INTO care_charges (account_id, charged_at, charged_on, kind, amount_cents, card_last4) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { account, Sql::toEpochMs(at), Sql::toDateText(ProgramCalendar::dateOf(at)), QString::fromLatin1(kind), amount,
            last4 });
}

bool CareService::purchase(AccountId account, const QDateTime &at, const StoredCard &card, bool guest)
{
    CareMembership m = membership(account);
    if (m.hasBenefits() || m.state == CareState::PendingActivation)
        return false; // one membership at a time
    Transaction tx(m_db);
    const CareTransition t = m.purchase(at, guest, m_terms);
    const bool ok = tx.isActive() && save(account, m) && record(account, t)
        && Sql::run(m_db,
            QStringLiteral("UPDATE care_memberships SET card_brand = ?, card_last4 = ?, card_token = ?, "
                           "card_expiry_year = ?, card_expiry_month = ? WHERE account_id = ?"),
            { card.brand, card.last4, card.token, card.expiryYear, card.expiryMonth, account })
        && charge(account, at, "purchase", m_terms.feeCents, card.last4);
    return ok && tx.commit();
}

bool CareService::setAutoRenew(AccountId account, bool on, const QDateTime &at)
{
    CareMembership m = membership(account);
    if (!m.hasBenefits() || on == (m.autoRenew && !m.stopAfterNextRenewal))
        return false;
    Transaction tx(m_db);
    const CareTransition t = on ? m.turnOnAutoRenew(at) : m.cancel(at, m_terms);
    return tx.isActive() && save(account, m) && record(account, t) && tx.commit();
}

RefundQuote CareService::refundQuote(AccountId account, const QDate &today) const
{
    const CareMembership m = membership(account);
    // Orders bought during the term come from the shop (issue #6); until it records orders
    // there are none, so condition "nothing bought" holds and no benefit was received.
    RefundQuote quote = CareRules::refundQuote(m.termStart, today, {}, m_terms);
    if (!m.hasBenefits()) {
        quote.withinWindow = false;
        quote.refundCents = 0;
    }
    return quote;
}

std::optional<Cents> CareService::refund(AccountId account, const QDateTime &at)
{
    CareMembership m = membership(account);
    const RefundQuote quote = refundQuote(account, ProgramCalendar::dateOf(at));
    if (!quote.eligible())
        return std::nullopt;
    Transaction tx(m_db);
    const CareTransition t = m.refund(at);
    const auto card = cardOnFile(account);
    const bool ok = tx.isActive() && save(account, m) && record(account, t)
        && charge(account, at, "refund", -quote.refundCents, card ? card->last4 : QString())
        && addMessage(account, at, QStringLiteral("refunded"), Sql::toDateText(m.termStart),
            ProgramCalendar::dateOf(at), {}, quote.refundCents);
    if (!ok || !tx.commit())
        return std::nullopt;
    return quote.refundCents;
}

std::optional<CareMessage> CareService::addMessage(AccountId account, const QDateTime &at, const QString &kind,
    const QString &reference, const QDate &date, const QDate &second, Cents amount)
{
    const auto exists = Sql::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND kind = ? AND reference = ?"),
        { account, kind, reference });
    if (!exists)
        return std::nullopt;
    if (exists->toInt() > 0)
        return CareMessage {}; // sent once (R-C6: once per term): nothing new
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral("INSERT INTO messages (account_id, created_at, kind, reference, date_on, "
                       "second_date_on, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const auto id = Sql::insertReturningId(insert,
        { account, Sql::toEpochMs(at), kind, reference, Sql::toDateText(date), Sql::toDateText(second), amount });
    if (!id)
        return std::nullopt;
    return CareMessage { *id, at, kind, date, second, amount, false };
}

CareClockResult CareService::runClock(AccountId account, const QDateTime &now)
{
    CareClockResult result;
    CareMembership m = membership(account);
    const QDate today = ProgramCalendar::dateOf(now);
    Transaction tx(m_db);
    bool ok = tx.isActive();
    const auto remember = [&](const std::optional<CareMessage> &message) {
        ok = ok && message.has_value();
        if (message && message->id)
            result.newMessages.append(*message);
    };
    // Catch up term by term (the app may have been closed across a renewal).
    for (int guard = 0; ok && guard < 100; ++guard) {
        const CareDue due = m.due(today, m_terms);
        if (due == CareDue::Nothing)
            break;
        const QDate when = due == CareDue::ExpireActivation
            ? CareRules::activationDeadline(m.purchasedOn, m_terms).addDays(1)
            : m.renewalOn;
        const QDateTime at = std::min(now, ProgramCalendar::startOfDay(when));
        result.changed = true;
        if (due == CareDue::Renew) {
            const auto card = cardOnFile(account);
            const ChargeOutcome outcome
                = card ? m_charger.charge(*card, m_terms.feeCents, when) : ChargeOutcome::Declined;
            const bool charged = outcome == ChargeOutcome::Approved;
            const QDate renewal = m.renewalOn;
            const CareTransition t = m.renew(at, charged, m_terms);
            ok = ok && record(account, t)
                && charge(account, at, charged ? "renewal" : "declined", charged ? m_terms.feeCents : 0,
                    card ? card->last4 : QString());
            remember(
                addMessage(account, at, charged ? QStringLiteral("renewed") : QStringLiteral("lapsed-charge-failed"),
                    Sql::toDateText(renewal), renewal, m.renewalOn, charged ? m_terms.feeCents : 0));
        } else if (due == CareDue::EndTerm) {
            const QDate ended = m.renewalOn;
            ok = ok && record(account, m.endTerm(at));
            remember(addMessage(account, at, QStringLiteral("term-ended"), Sql::toDateText(ended), ended, {}, 0));
        } else {
            ok = ok && record(account, m.expireActivation(at))
                && charge(account, at, "refund", -CareRules::guestRefund({}, m_terms), QString());
        }
    }
    // R-C6: the renewal notice, 30 days ahead, once per term.
    if (ok && m.state == CareState::Active && today >= CareRules::noticeDate(m.renewalOn, m_terms)
        && today < m.renewalOn) {
        remember(addMessage(account, now, QStringLiteral("renewal-notice"), Sql::toDateText(m.renewalOn), m.renewalOn,
            CareRules::cancelCutoff(m.renewalOn, m_terms), m_terms.feeCents));
        result.changed = result.changed || !result.newMessages.isEmpty();
    }
    ok = ok && save(account, m);
    if (!result.changed) {
        return result; // nothing written that matters; the rollback discards the no-op save
    }
    if (!ok || !tx.commit())
        return {};
    return result;
}

QList<CareMessage> CareService::messages(AccountId account) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, created_at, kind, date_on, second_date_on, amount_cents, is_read "
                       "FROM messages WHERE account_id = ? ORDER BY id DESC"));
    QList<CareMessage> list;
    if (!Sql::exec(query, { account }))
        return list;
    while (query.next()) {
        list.append({ query.value(0).toLongLong(), Sql::fromEpochMs(query.value(1).toLongLong()),
            query.value(2).toString(), Sql::fromDateText(query.value(3).toString()),
            Sql::fromDateText(query.value(4).toString()), query.value(5).toLongLong(), query.value(6).toInt() != 0 });
    }
    return list;
}

bool CareService::markRead(AccountId account, qint64 messageId)
{
    return Sql::run(m_db, QStringLiteral("UPDATE messages SET is_read = 1 WHERE account_id = ? AND id = ?"),
        { account, messageId });
}

} // namespace CareDesk
