// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "pointstestdb.h"
#include "randomrun.h"

#include "storage/care/careservice.h"
#include "storage/transaction.h"

#include <QTest>
#include <QTimeZone>

#include <map>

using namespace CareDesk;

// Issue #9 item 2: random sequences of Care use cases through the real CareService against a
// plain model written from RULES.md section C (not from the core's CareRules), compared
// after every step. Each member (an "episode") lives a few years; a run has many members.

namespace {

// The model's own numbers and calendar, from RULES.md (not CareTerms or ProgramCalendar).
constexpr Cents kFee = 17999; // R-C1
constexpr int kRefundDays = 30; // R-C8: within 30 days of the charge
constexpr int kCutoffDays = 15; // R-C5: cancel on or before renewal - 15
constexpr int kNoticeDays = 30; // R-C6
constexpr int kActivationDays = 30; // R-C3

const QTimeZone &newYork()
{
    static const QTimeZone zone("America/New_York");
    return zone;
}
QDate dayOf(const QDateTime &instant)
{
    return instant.toTimeZone(newYork()).date();
}
QDateTime at(const QDate &day, int h, int m = 0, int s = 0, int ms = 0)
{
    return QDateTime(day, QTime(h, m, s, ms), newYork());
}
QString text(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-");
}
QString text(CareState state)
{
    return careStateCode(state);
}

/// R-K7: a card is valid through the last day of its expiry month; the sandbox processor
/// declines tokens beginning "tok_decline".
bool cardPays(const StoredCard &card, const QDate &on)
{
    return on < QDate(card.expiryYear, card.expiryMonth, 1).addMonths(1)
        && !card.token.startsWith(QLatin1String("tok_decline"));
}

/// The shop as R-C8 and R-C3 see it, kept by the test: a member's orders by account and
/// day; a guest's order has no account (as in OrderStore, a guest order has none).
class ModelOrders final : public CareOrderSource
{
public:
    struct Order
    {
        AccountId account = 0;
        QDate placedOn;
        QList<RefundLine> benefits;
        bool cancelledBeforeShipment = false;
        bool returnedInWindow = false;

        [[nodiscard]] Cents benefitsKept() const
        {
            Cents sum = 0;
            for (const RefundLine &b : benefits)
                sum += cancelledBeforeShipment ? 0 : b.cents; // R-C8: cancelled before shipment count zero
            return sum;
        }
        [[nodiscard]] bool undone() const
        {
            return cancelledBeforeShipment || returnedInWindow;
        }
    };
    std::map<qint64, Order> orders;

    [[nodiscard]] QList<TermOrder> termOrders(AccountId account, const QDate &from, const QDate &until) const override
    {
        QList<TermOrder> list;
        for (const auto &[id, o] : orders) {
            if (o.account == account && o.placedOn >= from && o.placedOn < until)
                list.append(asTermOrder(id, o));
        }
        return list;
    }
    [[nodiscard]] QList<TermOrder> orderAsTermOrder(qint64 orderId) const override
    {
        const auto it = orders.find(orderId);
        return it == orders.end() ? QList<TermOrder> {} : QList<TermOrder> { asTermOrder(it->first, it->second) };
    }

private:
    static TermOrder asTermOrder(qint64 id, const Order &o)
    {
        TermOrder t;
        t.reference = QString::number(id);
        t.cancelledBeforeShipment = o.cancelledBeforeShipment;
        t.allEligibleReturnedInWindow = o.returnedInWindow;
        t.benefits = o.benefits;
        return t;
    }
};

/// One member's Care as RULES.md section C describes it.
struct CareModel
{
    CareState state = CareState::NotMember;
    QDate purchasedOn;
    QDate termStart; ///< the last charge date (R-C4)
    QDate renewalOn; ///< the end of the paid term, exclusive (half-open terms)
    bool renewsNext = false; ///< R-C5: the coming renewal will be charged
    bool renewsAfter = false; ///< and the one after it (a cancel after the cut-off clears only this)
    std::optional<StoredCard> card;
    qint64 guestOrderOfTerm = 0; ///< R-C9/R-C10: the order Care was bought in counts for its term
    bool noticeSent = false; ///< R-C6: once per term
    Cents charged = 0;
    Cents refunded = 0;
    int chargeRows = 0;
    int transitions = 0;
    QList<std::pair<QString, QDate>> messages; ///< oldest first

    struct Guest
    {
        qint64 orderId = 0;
        QDateTime at;
        StoredCard card;
        QString state = QStringLiteral("pending");
        Cents refund = 0;
    };
    QList<Guest> guests; ///< R-C3 purchases by this member's email, in order

    [[nodiscard]] bool benefits() const
    {
        return state == CareState::Active || state == CareState::Cancelled;
    }
    void startTerm(const QDate &from)
    {
        termStart = from;
        renewalOn = from.addYears(1); // R-C4: one year, clamped at the month's end (Feb 29 -> Feb 28)
        noticeSent = false;
        guestOrderOfTerm = 0;
    }
    void charge(Cents amount)
    {
        charged += amount;
        ++chargeRows;
    }
    void refund(Cents amount)
    {
        refunded += amount;
        ++chargeRows;
    }
};

struct ExpectedRefund
{
    bool eligible = false;
    Cents cents = 0;
};

} // namespace

class TestCareProperties : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PointsTestDb> m_t;
    SandboxCardCharger m_charger;
    ModelOrders m_orders;
    std::unique_ptr<CareService> m_care;
    PasswordHasher m_hasher { PasswordHasher::Cost::TestingOnly };

    enum class Op {
        Buy,
        BuyAsGuestHere,
        GuestCheckout,
        SignInActivates,
        AutoRenewOff,
        AutoRenewOn,
        Refund,
        PlaceOrder,
        UndoOrder,
        TimePasses,
    };
    static const char *name(Op op)
    {
        switch (op) {
        case Op::Buy:
            return "buy";
        case Op::BuyAsGuestHere:
            return "buy as guest (in-app)";
        case Op::GuestCheckout:
            return "guest checkout by email";
        case Op::SignInActivates:
            return "sign-in activates guest purchase";
        case Op::AutoRenewOff:
            return "auto-renew off";
        case Op::AutoRenewOn:
            return "auto-renew on";
        case Op::Refund:
            return "refund";
        case Op::PlaceOrder:
            return "place order";
        case Op::UndoOrder:
            return "cancel/return order";
        case Op::TimePasses:
            return "time passes";
        }
        return "?";
    }

    // A card for a purchase: long-lived, expiring around the first renewal (before, in or
    // after its month), or one the processor will decline.
    static StoredCard randomCard(QRandomGenerator &random, const QDate &today)
    {
        StoredCard card { QStringLiteral("Visa"), QString::number(1000 + random.bounded(9000)), QString(), 2040, 12 };
        card.token = QStringLiteral("tok_%1").arg(random.generate());
        const int kind = int(random.bounded(5));
        if (kind == 2 || kind == 3) {
            const QDate expiry = today.addMonths(11 + int(random.bounded(3)));
            card.expiryYear = expiry.year();
            card.expiryMonth = expiry.month();
        } else if (kind == 4) {
            card.token = QStringLiteral("tok_decline_%1").arg(random.generate());
        }
        return card;
    }

    static QList<RefundLine> randomBenefits(QRandomGenerator &random)
    {
        QList<RefundLine> list;
        const int n = int(random.bounded(4));
        for (int i = 0; i < n; ++i) {
            const auto kind = RefundLine::Kind(1 + random.bounded(4));
            // Mostly small, sometimes more than the fee (the refund never goes below $0).
            const Cents cents = random.bounded(6) == 0 ? 5000 + random.bounded(20000) : random.bounded(3000);
            list.append({ kind, QString(), cents });
        }
        return list;
    }

    // R-C8 as the model reads it: within 30 days of the charge, every order of the term
    // cancelled before shipment or returned; the fee minus the benefits kept, never below 0.
    ExpectedRefund expectedRefund(const CareModel &m, AccountId account, const QDate &today) const
    {
        if (!m.benefits() || today > m.termStart.addDays(kRefundDays))
            return {};
        Cents kept = 0;
        for (const auto &[id, o] : m_orders.orders) {
            const bool ofTerm = (o.account == account && o.placedOn >= m.termStart && o.placedOn < m.renewalOn)
                || id == m.guestOrderOfTerm;
            if (!ofTerm)
                continue;
            if (!o.undone())
                return {};
            kept += o.benefitsKept();
        }
        return { true, std::max<Cents>(0, kFee - kept) };
    }

    // R-C3, R-C5, R-C6 as the clock job should apply them at `now`: term by term.
    static void clock(CareModel &m, const QDateTime &now)
    {
        const QDate today = dayOf(now);
        for (;;) {
            if (m.state == CareState::PendingActivation && today > m.purchasedOn.addDays(kActivationDays)) {
                m.state = CareState::Refunded; // R-C3: no account within 30 days: refunded whole
                m.refund(kFee);
                ++m.transitions;
            } else if (m.benefits() && today >= m.renewalOn) {
                ++m.transitions;
                const QDate renewal = m.renewalOn;
                if (!m.renewsNext) {
                    m.state = CareState::Lapsed; // R-C7: the paid term ran out
                    m.messages.append({ QStringLiteral("term-ended"), renewal });
                } else if (!m.card || !cardPays(*m.card, renewal)) {
                    m.state = CareState::Lapsed; // R-C5: no grace period
                    ++m.chargeRows; // the declined attempt is recorded at $0
                    m.messages.append({ QStringLiteral("lapsed-charge-failed"), renewal });
                } else {
                    m.charge(kFee);
                    m.startTerm(renewal);
                    m.renewsNext = m.renewsAfter;
                    m.state = m.renewsNext ? CareState::Active : CareState::Cancelled;
                    m.messages.append({ QStringLiteral("renewed"), renewal });
                }
            } else {
                break;
            }
        }
        if (m.benefits() && m.renewsNext && !m.noticeSent && today >= m.renewalOn.addDays(-kNoticeDays)
            && today < m.renewalOn) {
            m.noticeSent = true;
            m.messages.append({ QStringLiteral("renewal-notice"), m.renewalOn });
        }
    }

    // R-C3: guest purchases not activated within 30 days are refunded the fee minus the
    // benefits received (on the order Care was bought in).
    void expireGuests(CareModel &m, const QDate &today) const
    {
        for (CareModel::Guest &g : m.guests) {
            if (g.state == QLatin1String("pending") && today > dayOf(g.at).addDays(kActivationDays)) {
                g.state = QStringLiteral("expired");
                g.refund = std::max<Cents>(0, kFee - m_orders.orders.at(g.orderId).benefitsKept());
            }
        }
    }

    // Boundary-heavy time steps: the exact cut-offs of the model's dates (the last
    // millisecond inside and the first outside), DST changes in New York, Feb 29, or plain
    // random durations.
    static QDateTime nextInstant(QRandomGenerator &random, const CareModel &m, const QDateTime &now)
    {
        QList<QDateTime> c;
        const auto add = [&](const QDateTime &t) {
            if (t.isValid() && t > now)
                c.append(t);
        };
        const auto edges = [&](const QDate &lastInside) {
            add(at(lastInside, 23, 59, 59, 999));
            add(at(lastInside.addDays(1), 0));
        };
        if (m.benefits()) {
            edges(m.renewalOn.addDays(-1));
            edges(m.renewalOn.addDays(-kCutoffDays));
            edges(m.renewalOn.addDays(-kNoticeDays - 1));
            edges(m.termStart.addDays(kRefundDays));
            edges(m.termStart.addDays(kRefundDays - 1));
        }
        if (m.state == CareState::PendingActivation)
            edges(m.purchasedOn.addDays(kActivationDays));
        for (const CareModel::Guest &g : m.guests) {
            if (g.state == QLatin1String("pending"))
                edges(dayOf(g.at).addDays(kActivationDays));
        }
        const QDate today = dayOf(now);
        for (int year = today.year(); year <= today.year() + 1; ++year) {
            // US DST: second Sunday of March (02:00 -> 03:00), first Sunday of November (02:00 -> 01:00).
            QDate march(year, 3, 8);
            march = march.addDays((7 - march.dayOfWeek()) % 7);
            QDate november(year, 11, 1);
            november = november.addDays((7 - november.dayOfWeek()) % 7);
            add(at(march, 1, 59, 59));
            add(at(march, 3, 0));
            add(at(november, 1, 30));
            add(at(november, 23, 59, 59, 999));
            if (QDate::isLeapYear(year)) {
                add(at(QDate(year, 2, 28), 23, 59, 59, 999));
                add(at(QDate(year, 2, 29), 12));
                add(at(QDate(year, 3, 1), 0));
            }
        }
        std::sort(c.begin(), c.end());
        const int pick = int(random.bounded(10));
        if (!c.isEmpty() && pick < 5)
            return c.at(int(random.bounded(std::min<int>(3, int(c.size()))))); // one of the next few edges
        if (pick < 8)
            return now.addSecs(60 + random.bounded(3 * 24 * 3600));
        return now.addSecs(3600 * qint64(1 + random.bounded(24 * 200)));
    }

    // Everything the model knows, against what the service and its tables say.
    QString mismatch(const CareModel &m, AccountId account, const QString &email, const QDate &today) const
    {
        const QSqlDatabase c = m_t->db->connection();
        const CareMembership s = m_care->membership(account);
        if (s.state != m.state)
            return QStringLiteral("state %1, model %2").arg(text(s.state), text(m.state));
        if (m.state != CareState::NotMember
            && (s.purchasedOn != m.purchasedOn || s.termStart != m.termStart || s.renewalOn != m.renewalOn))
            return QStringLiteral("purchased %1 term %2..%3, model %4 term %5..%6")
                .arg(text(s.purchasedOn), text(s.termStart), text(s.renewalOn), text(m.purchasedOn), text(m.termStart),
                    text(m.renewalOn));
        if (m.benefits() && (s.autoRenew != m.renewsNext || s.stopAfterNextRenewal != (m.renewsNext && !m.renewsAfter)))
            return QStringLiteral("auto-renew %1 stop-after-next %2, model renews next %3 and after %4")
                .arg(s.autoRenew)
                .arg(s.stopAfterNextRenewal)
                .arg(m.renewsNext)
                .arg(m.renewsAfter);
        if (m.card) {
            const auto card = m_care->cardOnFile(account);
            if (!card || card->token != m.card->token || card->last4 != m.card->last4)
                return QStringLiteral("card on file %1, model %2").arg(card ? card->token : QString(), m.card->token);
        }
        QSqlQuery money = Sql::prepare(c,
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN amount_cents > 0 THEN amount_cents ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN amount_cents < 0 THEN -amount_cents ELSE 0 END), 0), count(*) "
                           "FROM care_charges WHERE account_id = ?"));
        if (!Sql::exec(money, { account }) || !money.next())
            return QStringLiteral("care_charges unreadable");
        if (money.value(0).toLongLong() != m.charged || money.value(1).toLongLong() != m.refunded
            || money.value(2).toInt() != m.chargeRows)
            return QStringLiteral("charged %1 refunded %2 in %3 rows, model %4 refunded %5 in %6 rows")
                .arg(money.value(0).toLongLong())
                .arg(money.value(1).toLongLong())
                .arg(money.value(2).toInt())
                .arg(m.charged)
                .arg(m.refunded)
                .arg(m.chargeRows);
        money.finish();
        QSqlQuery transitions = Sql::prepare(c,
            QStringLiteral("SELECT count(*), (SELECT to_state FROM care_transitions WHERE account_id = ? ORDER BY id "
                           "DESC LIMIT 1) FROM care_transitions WHERE account_id = ?"));
        if (!Sql::exec(transitions, { account, account }) || !transitions.next())
            return QStringLiteral("care_transitions unreadable");
        if (transitions.value(0).toInt() != m.transitions
            || (m.transitions > 0 && transitions.value(1).toString() != careStateCode(m.state)))
            return QStringLiteral("%1 transitions, the last to %2; model %3 to %4")
                .arg(transitions.value(0).toInt())
                .arg(transitions.value(1).toString())
                .arg(m.transitions)
                .arg(careStateCode(m.state));
        transitions.finish();
        QSqlQuery guests = Sql::prepare(
            c, QStringLiteral("SELECT state, refund_cents FROM care_guest_purchases WHERE email = ? ORDER BY id"));
        if (!Sql::exec(guests, { email }))
            return QStringLiteral("care_guest_purchases unreadable");
        for (const CareModel::Guest &g : m.guests) {
            if (!guests.next())
                return QStringLiteral("guest purchase of order %1 missing").arg(g.orderId);
            if (guests.value(0).toString() != g.state || guests.value(1).toLongLong() != g.refund)
                return QStringLiteral("guest purchase of order %1: %2 refunded %3, model %4 refunded %5")
                    .arg(g.orderId)
                    .arg(guests.value(0).toString())
                    .arg(guests.value(1).toLongLong())
                    .arg(g.state)
                    .arg(g.refund);
        }
        if (guests.next())
            return QStringLiteral("a guest purchase the model does not know");
        guests.finish();
        const QList<CareMessage> messages = m_care->messages(account); // newest first
        QStringList got;
        QStringList want;
        for (auto it = messages.crbegin(); it != messages.crend(); ++it)
            got << it->kind + QLatin1Char(' ') + text(it->date);
        for (const auto &[kind, date] : m.messages)
            want << kind + QLatin1Char(' ') + text(date);
        if (got != want)
            return QStringLiteral("messages [%1], model [%2]")
                .arg(got.join(QStringLiteral(", ")), want.join(QStringLiteral(", ")));
        // R-C8: the quote shown before confirming is what the refund will be.
        const RefundQuote quote = m_care->refundQuote(account, today);
        const ExpectedRefund expected = expectedRefund(m, account, today);
        if (quote.eligible() != expected.eligible || quote.refundCents != expected.cents)
            return QStringLiteral("refund quote %1 %2, model %3 %4")
                .arg(quote.eligible() ? QStringLiteral("eligible") : QStringLiteral("refused"))
                .arg(quote.refundCents)
                .arg(expected.eligible ? QStringLiteral("eligible") : QStringLiteral("refused"))
                .arg(expected.cents);
        // R-P1: Care fees earn no points, and Care never touches the ledger.
        const auto points
            = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM points_entries WHERE account_id = ?"), { account });
        if (!points || points->toInt() != 0)
            return QStringLiteral("Care wrote points entries");
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<PointsTestDb>();
        QVERIFY(m_t->open());
        // Durability is tst_crash's subject; here the rules are. Without a flush per commit
        // (milliseconds each on a busy CI disk) 10,000 steps take seconds, not minutes.
        if (m_t->db->dialect() == SqlDialect::SQLite)
            Sql::run(m_t->db->connection(), QStringLiteral("PRAGMA synchronous = OFF"));
        m_care = std::make_unique<CareService>(m_t->db->connection(), CareTerms {}, m_charger);
        m_care->setOrderSource(&m_orders);
    }
    void cleanup()
    {
        m_care.reset();
        m_t.reset();
        m_orders.orders.clear();
    }

    void randomOperationsMatchAReferenceModel()
    {
        const RandomRun run = RandomRun::fromEnvironment(10000);
        run.announce("Care");
        QRandomGenerator random(run.seed);
        AccountStore accounts(m_t->db->connection(), m_hasher);
        qint64 nextOrder = 1;
        int members = 0;
        QDateTime now;
        // What the run exercised, printed at the end: a run that never renews proves little.
        struct
        {
            int bought = 0, activated = 0, refunded = 0, renewed = 0, declined = 0, ended = 0, guestExpired = 0;
        } seen;

        for (int step = 0; step < run.operations; ++members) {
            // A new member, starting somewhere between late 2023 and 2027 (two Feb 29s ahead).
            now = at(
                QDate(2023, 9, 1).addDays(random.bounded(4 * 365)), int(random.bounded(24)), int(random.bounded(60)));
            const QString email = QStringLiteral("member%1@example.com").arg(members);
            const auto created
                = accounts.create({ email, QStringLiteral("M"), QDate(1980, 1, 1), QStringLiteral("NY") },
                    QStringLiteral("password1"), now);
            QVERIFY2(created.id > 0, "account not created");
            const AccountId account = created.id;
            CareModel m;
            const int length = 100 + int(random.bounded(200));
            for (int i = 0; i < length && step < run.operations; ++i, ++step) {
                const QDate today = dayOf(now);
                const int roll = int(random.bounded(100));
                const Op op = roll < 8 ? Op::Buy
                    : roll < 10        ? Op::BuyAsGuestHere
                    : roll < 13        ? Op::GuestCheckout
                    : roll < 17        ? Op::SignInActivates
                    : roll < 25        ? Op::AutoRenewOff
                    : roll < 31        ? Op::AutoRenewOn
                    : roll < 41        ? Op::Refund
                    : roll < 49        ? Op::PlaceOrder
                    : roll < 57        ? Op::UndoOrder
                                       : Op::TimePasses;
                QString where = run.stepContext(step,
                    QStringLiteral("member %1, %2").arg(QString::number(members), careStateCode(m.state)),
                    QLatin1String(name(op)), now.toTimeZone(newYork()).toString(Qt::ISODateWithMs));
                switch (op) {
                case Op::Buy:
                case Op::BuyAsGuestHere: {
                    const bool guest = op == Op::BuyAsGuestHere;
                    const StoredCard card = randomCard(random, today);
                    // R-C1: one membership at a time; a lapsed or refunded member may buy again.
                    const bool allowed = !m.benefits() && m.state != CareState::PendingActivation;
                    QVERIFY2(m_care->purchase(account, now, card, guest) == allowed,
                        qPrintable(where + QStringLiteral("purchase %1").arg(allowed ? "refused" : "accepted")));
                    if (allowed) {
                        m.state = guest ? CareState::PendingActivation : CareState::Active;
                        m.purchasedOn = today;
                        m.startTerm(today); // R-C4: from the charge date
                        m.renewsNext = m.renewsAfter = true; // R-C5: on by default
                        m.card = card;
                        m.charge(kFee);
                        ++m.transitions;
                        ++seen.bought;
                    }
                    break;
                }
                case Op::GuestCheckout: {
                    // R-C3: bought in a guest checkout with this member's email (any case).
                    const qint64 order = nextOrder++;
                    m_orders.orders[order] = { 0, today, randomBenefits(random), false, false };
                    const StoredCard card = randomCard(random, today);
                    Transaction tx(m_t->db->connection());
                    QVERIFY2(m_care->recordGuestPurchase(email.toUpper(), order, now, card) && tx.commit(),
                        qPrintable(where + QStringLiteral("guest purchase not recorded")));
                    m.guests.append({ order, now, card });
                    break;
                }
                case Op::SignInActivates: {
                    int expected = 0;
                    for (CareModel::Guest &g : m.guests) {
                        if (g.state != QLatin1String("pending"))
                            continue;
                        // R-C3: an account within 30 days of the purchase activates it, the term
                        // counting from the purchase; a member already covered is not given a second.
                        if (today <= dayOf(g.at).addDays(kActivationDays) && !m.benefits()
                            && m.state != CareState::PendingActivation) {
                            expected = 1;
                            g.state = QStringLiteral("activated");
                            m.state = CareState::Active;
                            m.purchasedOn = dayOf(g.at);
                            m.startTerm(m.purchasedOn);
                            m.guestOrderOfTerm = g.orderId;
                            m.renewsNext = m.renewsAfter = true;
                            m.card = g.card;
                            m.charge(kFee);
                            m.transitions += 2; // the purchase, then its activation
                            ++seen.activated;
                        }
                        break; // the oldest pending purchase only
                    }
                    const int activated = m_care->activateGuestPurchases(account, email, now);
                    QVERIFY2(activated == expected,
                        qPrintable(where + QStringLiteral("activated %1, model %2").arg(activated).arg(expected)));
                    break;
                }
                case Op::AutoRenewOff:
                case Op::AutoRenewOn: {
                    const bool on = op == Op::AutoRenewOn;
                    const bool renewsOn = m.renewsNext && m.renewsAfter;
                    const bool allowed = m.benefits() && on != renewsOn;
                    QVERIFY2(m_care->setAutoRenew(account, on, now) == allowed,
                        qPrintable(where + QStringLiteral("setAutoRenew %1").arg(allowed ? "refused" : "accepted")));
                    if (!allowed)
                        break;
                    ++m.transitions;
                    if (on) {
                        m.renewsNext = m.renewsAfter = true; // R-C7: back on before the term ends
                    } else {
                        // R-C5: on or before renewal - 15 days the coming renewal is not charged;
                        // later, it still is, and the one after it is not [decision].
                        if (today <= m.renewalOn.addDays(-kCutoffDays))
                            m.renewsNext = false;
                        m.renewsAfter = false;
                    }
                    m.state = m.renewsNext ? CareState::Active : CareState::Cancelled;
                    break;
                }
                case Op::Refund: {
                    const ExpectedRefund expected = expectedRefund(m, account, today);
                    const std::optional<Cents> refunded = m_care->refund(account, now);
                    QVERIFY2(refunded.has_value() == expected.eligible && refunded.value_or(0) == expected.cents,
                        qPrintable(where
                            + QStringLiteral("refund %1, model %2")
                                  .arg(refunded ? QString::number(*refunded) : QStringLiteral("refused"),
                                      expected.eligible ? QString::number(expected.cents)
                                                        : QStringLiteral("refused"))));
                    if (expected.eligible) {
                        m.state = CareState::Refunded;
                        m.renewsNext = m.renewsAfter = false;
                        m.refund(expected.cents);
                        ++m.transitions;
                        m.messages.append({ QStringLiteral("refunded"), today });
                        ++seen.refunded;
                    }
                    break;
                }
                case Op::PlaceOrder:
                    m_orders.orders[nextOrder++] = { account, today, randomBenefits(random), false, false };
                    break;
                case Op::UndoOrder: {
                    QList<qint64> open;
                    for (const auto &[id, o] : m_orders.orders) {
                        if (!o.undone())
                            open.append(id);
                    }
                    if (open.isEmpty())
                        break;
                    ModelOrders::Order &o = m_orders.orders[open.at(int(random.bounded(int(open.size()))))];
                    (random.bounded(2) ? o.cancelledBeforeShipment : o.returnedInWindow) = true;
                    break;
                }
                case Op::TimePasses: {
                    now = nextInstant(random, m, now);
                    where += QStringLiteral("to %1: ").arg(now.toTimeZone(newYork()).toString(Qt::ISODateWithMs));
                    // The app's clock jobs (AppContext): renewals, notices, lapses, guest windows.
                    m_care->runClock(account, now);
                    QVERIFY2(
                        m_care->expireGuestPurchases(now) >= 0, qPrintable(where + QStringLiteral("expiry failed")));
                    const auto before = m.messages.size();
                    const auto guestsBefore
                        = std::count_if(m.guests.cbegin(), m.guests.cend(), [](const CareModel::Guest &g) {
                              return g.state == QLatin1String("expired");
                          });
                    clock(m, now);
                    expireGuests(m, dayOf(now));
                    for (auto k = before; k < m.messages.size(); ++k) {
                        const QString &kind = m.messages.at(k).first;
                        seen.renewed += kind == QLatin1String("renewed");
                        seen.declined += kind == QLatin1String("lapsed-charge-failed");
                        seen.ended += kind == QLatin1String("term-ended");
                    }
                    seen.guestExpired += int(std::count_if(m.guests.cbegin(), m.guests.cend(),
                                                 [](const CareModel::Guest &g) {
                                                     return g.state == QLatin1String("expired");
                                                 })
                        - guestsBefore);
                    break;
                }
                }
                const QString problem = mismatch(m, account, email, dayOf(now));
                QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
            }
            // Close this member's guest purchases before the next member's clock starts over.
            QVERIFY(m_care->expireGuestPurchases(now.addDays(kActivationDays + 2)) >= 0);
            m_orders.orders.clear();
        }
        qInfo("random Care run, seed %u: %d members; %d bought, %d guest purchases activated, %d expired; %d renewed, "
              "%d declined renewals, %d terms ended, %d refunds",
            run.seed, members, seen.bought, seen.activated, seen.guestExpired, seen.renewed, seen.declined, seen.ended,
            seen.refunded);
        if (run.operations >= 2000) // a short replay may stop before any of these
            QVERIFY2(seen.renewed > 0 && seen.refunded > 0 && seen.declined > 0,
                "the run never renewed, refunded or declined: it proves little");
    }
};

QTEST_GUILESS_MAIN(TestCareProperties)
#include "tst_careproperties.moc"
