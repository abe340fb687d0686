// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "careservice.h"

#include "core/programcalendar.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCare, "caredesk.care")

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

bool CareService::lockMembership(AccountId account)
{
    // Inside the use case's transaction, before the membership is read: a member signed in
    // at two terminals must not be renewed, charged or refunded twice. The second terminal
    // waits here (PostgreSQL row lock; SQLite has one writer at a time), then reads what the
    // first left. No row yet (never a member): two first purchases collide on the insert.
    QSqlQuery lock = Sql::prepare(m_db,
        QStringLiteral("SELECT account_id FROM care_memberships WHERE account_id = ?") + forUpdate(dialectOf(m_db)));
    const bool ok = Sql::exec(lock, { account });
    lock.finish();
    return ok;
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

std::optional<qint64> CareService::charge(
    AccountId account, const QDateTime &at, const char *kind, Cents amount, const QString &last4, qint64 orderId)
{
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral("INSERT INTO care_charges (account_id, charged_at, charged_on, kind, amount_cents, card_last4, "
                       "order_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return Sql::insertReturningId(insert,
        { account, Sql::toEpochMs(at), Sql::toDateText(ProgramCalendar::dateOf(at)), QString::fromLatin1(kind), amount,
            last4, orderId ? QVariant(orderId) : QVariant(QMetaType(QMetaType::LongLong)) });
}

bool CareService::storeCard(AccountId account, const StoredCard &card)
{
    return Sql::run(m_db,
        QStringLiteral("UPDATE care_memberships SET card_brand = ?, card_last4 = ?, card_token = ?, "
                       "card_expiry_year = ?, card_expiry_month = ? WHERE account_id = ?"),
        { card.brand, card.last4, card.token, card.expiryYear, card.expiryMonth, account });
}

bool CareService::refundToCard(const QString &token, Cents amount)
{
    return amount <= 0 || !m_refunds || m_refunds->refund(token, amount);
}

bool CareService::purchase(AccountId account, const QDateTime &at, const StoredCard &card, bool guest)
{
    return Sql::withRetry(m_db, [&] {
        Transaction tx(m_db);
        if (!tx.isActive() || !lockMembership(account))
            return false;
        CareMembership m = membership(account);
        if (m.hasBenefits() || m.state == CareState::PendingActivation)
            return false; // one membership at a time
        const CareTransition t = m.purchase(at, guest, m_terms);
        const bool ok = save(account, m) && record(account, t) && storeCard(account, card)
            && charge(account, at, "purchase", m_terms.feeCents, card.last4);
        return ok && tx.commit();
    });
}

bool CareService::recordPurchase(AccountId account, const QDateTime &at, const StoredCard &card, qint64 orderId)
{
    if (!lockMembership(account))
        return false;
    CareMembership m = membership(account);
    if (m.hasBenefits() || m.state == CareState::PendingActivation)
        return false;
    const CareTransition t = m.purchase(at, false, m_terms);
    return save(account, m) && record(account, t) && storeCard(account, card)
        && charge(account, at, "purchase", m_terms.feeCents, card.last4, orderId);
}

bool CareService::recordGuestPurchase(const QString &email, qint64 orderId, const QDateTime &at, const StoredCard &card)
{
    return Sql::run(m_db,
        QStringLiteral(
            "INSERT INTO care_guest_purchases (email, order_id, purchased_at, state, card_brand, card_last4, "
            "card_token, card_expiry_year, card_expiry_month) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?)"),
        { email.trimmed().toLower(), orderId, Sql::toEpochMs(at), card.brand, card.last4, card.token, card.expiryYear,
            card.expiryMonth });
}

std::optional<GuestCarePurchase> CareService::pendingGuestPurchase(const QString &email) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, email, order_id, purchased_at, state FROM care_guest_purchases "
                       "WHERE email = ? AND state = 'pending' ORDER BY id LIMIT 1"));
    if (!Sql::exec(query, { email.trimmed().toLower() }) || !query.next())
        return std::nullopt;
    GuestCarePurchase p { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
        Sql::fromEpochMs(query.value(3).toLongLong()), query.value(4).toString(), {} };
    p.deadline = CareRules::activationDeadline(ProgramCalendar::dateOf(p.purchasedAt), m_terms);
    return p;
}

namespace {
// One row changed, or the use case refuses: another terminal got there first.
bool updatedOneRow(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    bool prepared = false;
    QSqlQuery query = Sql::prepare(db, sql, &prepared);
    return prepared && Sql::exec(query, values) && query.numRowsAffected() == 1;
}
} // namespace

int CareService::activateGuestPurchases(AccountId account, const QString &email, const QDateTime &now)
{
    const auto pending = pendingGuestPurchase(email);
    if (!pending)
        return 0;
    if (ProgramCalendar::dateOf(now) > pending->deadline)
        return 0; // too late: expireGuestPurchases refunds it
    QSqlQuery cardQuery = Sql::prepare(m_db,
        QStringLiteral("SELECT card_brand, card_last4, card_token, card_expiry_year, card_expiry_month "
                       "FROM care_guest_purchases WHERE id = ?"));
    if (!Sql::exec(cardQuery, { pending->id }) || !cardQuery.next())
        return -1;
    const StoredCard card { cardQuery.value(0).toString(), cardQuery.value(1).toString(), cardQuery.value(2).toString(),
        cardQuery.value(3).toInt(), cardQuery.value(4).toInt() };
    cardQuery.finish();
    const auto activated = Sql::withRetry(m_db, [&]() -> int {
        Transaction tx(m_db);
        if (!tx.isActive() || !lockMembership(account))
            return -1;
        CareMembership m = membership(account);
        if (m.hasBenefits() || m.state == CareState::PendingActivation)
            return 0; // already a member: the guest purchase expires and is refunded instead
        // The term counts from the purchase (R-C4); the wait is recorded, then its end. The
        // guest row changes from pending once only, whichever terminal signs in first.
        const CareTransition bought = m.purchase(pending->purchasedAt, true, m_terms);
        const CareTransition done = m.activate(now);
        const bool ok = updatedOneRow(m_db,
                            QStringLiteral("UPDATE care_guest_purchases SET state = 'activated', account_id = ?, "
                                           "closed_at = ? WHERE id = ? AND state = 'pending'"),
                            { account, Sql::toEpochMs(now), pending->id })
            && save(account, m) && record(account, bought) && record(account, done) && storeCard(account, card)
            && charge(account, pending->purchasedAt, "purchase", m_terms.feeCents, card.last4, pending->orderId);
        return ok && tx.commit() ? 1 : -1;
    });
    return activated;
}

int CareService::expireGuestPurchases(const QDateTime &now)
{
    // Due when today is past the last day to activate (purchase day + 30).
    const QDate firstTooLate = ProgramCalendar::dateOf(now).addDays(-m_terms.activationWindowDays);
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, order_id, card_token FROM care_guest_purchases "
                       "WHERE state = 'pending' AND purchased_at < ? ORDER BY id"));
    if (!Sql::exec(query, { Sql::toEpochMs(ProgramCalendar::startOfDay(firstTooLate)) }))
        return -1;
    struct Due
    {
        qint64 id;
        qint64 orderId;
        QString token;
        Cents refund;
    };
    QList<Due> due;
    while (query.next())
        due.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(), 0 });
    query.finish();
    if (due.isEmpty())
        return 0;
    QList<Due> expired;
    const bool committed = Sql::withRetry(m_db, [&] {
        expired.clear();
        Transaction tx(m_db);
        if (!tx.isActive())
            return false;
        for (Due d : std::as_const(due)) {
            // R-C3 [decision]: refunded the fee minus the benefits received, without R-C8's
            // conditions. A row another terminal expired first is skipped, not refunded twice.
            const QList<TermOrder> orders = m_orders ? m_orders->orderAsTermOrder(d.orderId) : QList<TermOrder> {};
            d.refund = CareRules::guestRefund(orders, m_terms);
            bool prepared = false;
            QSqlQuery update = Sql::prepare(m_db,
                QStringLiteral("UPDATE care_guest_purchases SET state = 'expired', closed_at = ?, refund_cents = ? "
                               "WHERE id = ? AND state = 'pending'"),
                &prepared);
            if (!prepared || !Sql::exec(update, { Sql::toEpochMs(now), d.refund, d.id }))
                return false;
            if (update.numRowsAffected() == 1)
                expired.append(d);
        }
        return tx.commit();
    });
    if (!committed)
        return -1;
    // The processor after the commit, so a retried transaction never refunds twice.
    for (const Due &d : std::as_const(expired)) {
        if (!refundToCard(d.token, d.refund))
            qCWarning(lcCare) << "the processor refused a recorded guest Care refund; the store must retry it";
    }
    return int(expired.size());
}

void CareService::setOrderSource(const CareOrderSource *source)
{
    m_orders = source;
}

void CareService::setRefundProcessor(PaymentProcessor *processor)
{
    m_refunds = processor;
}

std::optional<QDateTime> CareService::lastEndedAt(AccountId account) const
{
    const auto at = Sql::scalar(m_db,
        QStringLiteral("SELECT MAX(occurred_at) FROM care_transitions WHERE account_id = ? "
                       "AND to_state IN ('lapsed', 'refunded')"),
        { account });
    if (!at || at->isNull())
        return std::nullopt;
    return Sql::fromEpochMs(at->toLongLong());
}

bool CareService::setAutoRenew(AccountId account, bool on, const QDateTime &at)
{
    return Sql::withRetry(m_db, [&] {
        Transaction tx(m_db);
        if (!tx.isActive() || !lockMembership(account))
            return false;
        CareMembership m = membership(account);
        if (!m.hasBenefits() || on == (m.autoRenew && !m.stopAfterNextRenewal))
            return false;
        const CareTransition t = on ? m.turnOnAutoRenew(at) : m.cancel(at, m_terms);
        return save(account, m) && record(account, t) && tx.commit();
    });
}

RefundQuote CareService::refundQuote(AccountId account, const QDate &today) const
{
    const CareMembership m = membership(account);
    QList<TermOrder> orders = m_orders && m.termStart.isValid()
        ? m_orders->termOrders(account, m.termStart, m.renewalOn)
        : QList<TermOrder> {};
    // R-C8 with R-C3: Care bought as a guest came in a guest order, which has no account, so
    // termOrders() misses it and its benefits (R-C10: from that order on) were refunded too.
    // The order of a guest purchase activated for this account, placed in the term, counts.
    bool guestOrdersRead = true;
    if (m_orders && m.termStart.isValid()) {
        QSqlQuery guest = Sql::prepare(m_db,
            QStringLiteral("SELECT order_id FROM care_guest_purchases WHERE state = 'activated' AND account_id = ? "
                           "AND purchased_at >= ? AND purchased_at < ? ORDER BY id"));
        guestOrdersRead = Sql::exec(guest,
            { account, Sql::toEpochMs(ProgramCalendar::startOfDay(m.termStart)),
                Sql::toEpochMs(ProgramCalendar::startOfDay(m.renewalOn)) });
        while (guestOrdersRead && guest.next())
            orders.append(m_orders->orderAsTermOrder(guest.value(0).toLongLong()));
    }
    RefundQuote quote = CareRules::refundQuote(m.termStart, today, orders, m_terms);
    if (!m.hasBenefits() || !guestOrdersRead) {
        quote.withinWindow = false;
        quote.refundCents = 0;
    }
    return quote;
}

std::optional<Cents> CareService::refund(AccountId account, const QDateTime &at)
{
    const auto refunded = Sql::withRetry(m_db, [&]() -> std::optional<std::pair<Cents, QString>> {
        Transaction tx(m_db);
        if (!tx.isActive() || !lockMembership(account))
            return std::nullopt;
        CareMembership m = membership(account);
        const RefundQuote quote = refundQuote(account, ProgramCalendar::dateOf(at));
        if (!quote.eligible())
            return std::nullopt;
        const CareTransition t = m.refund(at);
        const auto card = cardOnFile(account);
        const auto refundId = save(account, m) && record(account, t)
            ? charge(account, at, "refund", -quote.refundCents, card ? card->last4 : QString())
            : std::nullopt;
        // One message per refund, named by its charge row: the term's start (the reference
        // before) is not unique, so a member who bought, was refunded and bought again the
        // same day lost the second refund's message as a "duplicate" (tst_careproperties).
        const bool ok = refundId
            && addMessage(account, at, QStringLiteral("refunded"), QStringLiteral("refund-%1").arg(*refundId),
                ProgramCalendar::dateOf(at), {}, quote.refundCents);
        if (!ok || !tx.commit())
            return std::nullopt;
        return std::make_pair(quote.refundCents, card ? card->token : QString());
    });
    if (!refunded)
        return std::nullopt;
    // The processor after the commit: a retried transaction must not refund twice. The
    // refund is recorded; a processor that fails now is retried by the store, not the member.
    if (!refundToCard(refunded->second, refunded->first))
        qCWarning(lcCare) << "the processor refused a recorded Care refund; the store must retry it";
    return refunded->first;
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
    Transaction tx(m_db);
    bool ok = tx.isActive() && lockMembership(account);
    if (!ok)
        return result;
    CareMembership m = membership(account);
    const QDate today = ProgramCalendar::dateOf(now);
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
