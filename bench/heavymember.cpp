// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "heavymember.h"

#include "appcontext.h"
#include "session.h"

#include "core/points/lotbook.h"
#include "core/programcalendar.h"
#include "storage/care/careservice.h"
#include "storage/demodata.h"
#include "storage/points/pointsservice.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <algorithm>

namespace CareDesk {

HeavyMember::HeavyMember(AppContext &context)
    : m_context(context)
{ }

bool HeavyMember::create()
{
    const QDateTime now = m_context.clock().now();
    NewAccount member { DemoData::email(), QStringLiteral("Heavy Member"), ProgramCalendar::dateOf(now).addYears(-46),
        QStringLiteral("NY") };
    const auto created = AccountStore(m_context.database().connection(), m_context.hasher())
                             .create(member, DemoData::password(), now.addYears(-5).addMonths(-2), true);
    if (created.status != AccountStore::CreateStatus::Created)
        return false;
    return signIn() && m_context.session()->accountId() == created.id;
}

bool HeavyMember::signIn()
{
    if (!m_context.session()->signInAsDemo().isEmpty())
        return false;
    m_account = m_context.session()->accountId();
    return m_account != 0;
}

void HeavyMember::buyCareFiveYearsAgo()
{
    const QDateTime now = m_context.clock().now();
    const QDateTime bought = now.addYears(-5).addDays(-40);
    const StoredCard card { QStringLiteral("Visa"), QStringLiteral("4242"), QStringLiteral("tok_visa_4242"),
        ProgramCalendar::dateOf(now).year() + 4, 8 };
    CareService &care = *m_context.care();
    if (!care.purchase(m_account, bought, card, false))
        qFatal("could not buy Care");
    for (QDateTime at = bought.addDays(7); at < now; at = at.addDays(7))
        (void)care.runClock(m_account, at);
    (void)care.runClock(m_account, now);
    const auto renewals = Sql::scalar(m_context.database().connection(),
        QStringLiteral("SELECT count(*) FROM care_charges WHERE account_id = ? AND kind = 'renewal'"), { m_account });
    if (!renewals || renewals->toInt() != 5 || care.membership(m_account).state != CareState::Active)
        qFatal("Care did not renew five times (%d)", renewals ? renewals->toInt() : -1);
}

void HeavyMember::fillLedger(int entries)
{
    PointsLedger &ledger = m_context.points()->ledger();
    QDateTime at = m_context.clock().now().addYears(-5);
    const qint64 step = qint64(5) * 365 * 24 * 3600 / std::max(1, entries / 2);
    qint64 order = 100000;
    int written = 0;
    while (written < entries) {
        Transaction tx(m_context.database().connection());
        for (int i = 0; i < 2000 && written < entries; ++i, ++order) {
            ledger.addPending(m_account, { order, 1 }, 100 + order % 900, at);
            at = at.addSecs(step / 2);
            ledger.post({ order, 1 }, at);
            at = at.addSecs(step / 2);
            written += 2;
            if (order % 10 == 0) {
                ledger.redeem(m_account, order, { { 2, 50 } }, at);
                ++written;
            }
        }
        if (!tx.commit())
            qFatal("could not write the history");
    }
}

void HeavyMember::extendLedger(int entries)
{
    const QSqlDatabase db = m_context.database().connection();
    const auto count = [&db] {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM points_entries"))->toLongLong();
    };
    const qint64 missing = entries - count();
    if (missing <= 0)
        return;
    // The moments to extend after: the last entry at each instant, with the balances after it.
    struct Moment
    {
        qint64 at, available, pending;
    };
    std::vector<Moment> moments;
    {
        QSqlQuery q = Sql::prepare(db,
            QStringLiteral("SELECT occurred_at, available_after, pending_after FROM points_entries "
                           "WHERE account_id = ? ORDER BY occurred_at, id"));
        Sql::exec(q, { m_account });
        while (q.next()) {
            const Moment m { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() };
            if (!moments.empty() && moments.back().at == m.at)
                moments.back() = m;
            else
                moments.push_back(m);
        }
    }
    const qint64 cycles = (missing + 2) / 3;
    const int expiryMonths = m_context.points()->ledger().terms().expiryMonths;
    QSqlQuery lot = Sql::prepare(db,
        QStringLiteral("INSERT INTO points_lots (account_id, posted_on, last_usable_on, original, remaining) "
                       "VALUES (?, ?, ?, ?, 0) RETURNING id"));
    QSqlQuery entry = Sql::prepare(db,
        QStringLiteral(
            "INSERT INTO points_entries (account_id, occurred_at, kind, order_id, line_id, points, "
            "pending_points, available_after, pending_after, lot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery earning = Sql::prepare(db,
        QStringLiteral("INSERT INTO points_line_earnings (order_id, line_id, account_id, points, state, lot_id) "
                       "VALUES (?, 1, ?, ?, 'posted', ?)"));
    QSqlQuery redemption = Sql::prepare(db,
        QStringLiteral("INSERT INTO points_redemptions (account_id, order_id, line_id, lot_id, points) "
                       "VALUES (?, ?, 1, ?, ?)"));
    const auto add = [&](const Moment &m, qint64 order, const char *kind, Points points, Points pending,
                         Points available, Points pendingAfter, const QVariant &lotId) {
        return Sql::exec(entry,
            { m_account, m.at, QString::fromLatin1(kind), order, 1, points, pending, available, pendingAfter, lotId });
    };
    qint64 done = 0;
    while (done < cycles) {
        Transaction tx(db);
        for (int i = 0; i < 5000 && done < cycles; ++i, ++done) {
            const Moment &m = moments[size_t(done * qint64(moments.size()) / cycles)];
            const qint64 order = 900000000 + done; // beyond fillLedger's order numbers
            const Points x = 100 + done % 900;
            const QDate postedOn = ProgramCalendar::dateOf(Sql::fromEpochMs(m.at));
            const auto lotId = Sql::insertReturningId(lot,
                { m_account, Sql::toDateText(postedOn), Sql::toDateText(LotBook::lastUsableDay(postedOn, expiryMonths)),
                    x });
            if (!lotId || !Sql::exec(earning, { order, m_account, x, *lotId })
                || !Sql::exec(redemption, { m_account, order, *lotId, x })
                || !add(m, order, PointsEntryKind::EarnPending, 0, x, m.available, m.pending + x, QVariant())
                || !add(m, order, PointsEntryKind::Post, x, -x, m.available + x, m.pending, *lotId)
                || !add(m, order, PointsEntryKind::Redeem, -x, 0, m.available, m.pending, *lotId))
                qFatal("could not extend the ledger");
        }
        if (!tx.commit())
            qFatal("could not extend the ledger");
    }
}

PlaceOrderRequest HeavyMember::orderRequest(const QStringList &skus) const
{
    PlaceOrderRequest r;
    r.account = m_account;
    r.address = { QStringLiteral("Heavy Member"), QStringLiteral("12 Boxwood Road"), QStringLiteral("Albany"),
        QStringLiteral("NY"), QStringLiteral("12203") };
    r.card = { QStringLiteral("4242 4242 4242 4242"), 12, 2030, QStringLiteral("123"), QStringLiteral("Heavy Member") };
    r.at = m_context.clock().now();
    CartStore &cart = m_context.checkout()->cart();
    cart.clear(m_account);
    for (const QString &sku : skus)
        if (const auto id = cart.add(m_account, sku, 1, r.at))
            r.cartLines.append(*cart.line(m_account, *id));
    return r;
}

void HeavyMember::fillOrders(int orders)
{
    const QSqlDatabase db = m_context.database().connection();
    const QStringList skus { QStringLiteral("WF-1000XM5"), QStringLiteral("SRS-XB100"), QStringLiteral("HDMI-2M") };
    for (int i = 0; i < std::min(orders, 20); ++i)
        if (m_context.checkout()->placeOrder(orderRequest(skus)).status != PlaceStatus::Placed)
            qFatal("could not place an order");
    const auto columns = [&db](const QString &table, const QStringList &skip) {
        QStringList names;
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        Sql::exec(q, { table });
        while (q.next())
            if (!skip.contains(q.value(0).toString()))
                names << q.value(0).toString();
        return names.join(QLatin1Char(','));
    };
    const QString orderColumns = columns(QStringLiteral("orders"), { QStringLiteral("id") });
    // The copies are dated evenly over the five years before now, as a member's orders are.
    QString copiedColumns = orderColumns;
    copiedColumns.replace(QStringLiteral("placed_at"), QStringLiteral("?"))
        .replace(QStringLiteral("placed_on"), QStringLiteral("?"));
    if (!orderColumns.startsWith(QStringLiteral("account_id,guest_email,kind,placed_at,placed_on,")))
        qFatal("the orders table changed: update HeavyMember::fillOrders");
    const QDateTime first = m_context.clock().now().addYears(-5);
    const qint64 spanSecs = first.secsTo(m_context.clock().now().addDays(-1));
    const QString lineColumns
        = columns(QStringLiteral("order_lines"), { QStringLiteral("id"), QStringLiteral("order_id") });
    const qint64 model
        = Sql::scalar(db, QStringLiteral("SELECT min(id) FROM orders WHERE account_id = ?"), { m_account })
              ->toLongLong();
    for (int made = 20; made < orders;) {
        Transaction tx(db);
        for (int i = 0; i < 1000 && made < orders; ++i, ++made) {
            const QDateTime placed = first.addSecs(spanSecs * (made - 20) / std::max(1, orders - 20));
            const auto id = Sql::scalar(db,
                QStringLiteral("INSERT INTO orders (%1) SELECT %2 FROM orders WHERE id = ? RETURNING id")
                    .arg(orderColumns, copiedColumns),
                { Sql::toEpochMs(placed), Sql::toDateText(ProgramCalendar::dateOf(placed)), model });
            if (!id
                || !Sql::run(db,
                    QStringLiteral("INSERT INTO order_lines (order_id, %1) SELECT ?, %1 FROM order_lines WHERE "
                                   "order_id = ?")
                        .arg(lineColumns),
                    { id->toLongLong(), model }))
                qFatal("could not copy an order");
        }
        if (!tx.commit())
            qFatal("could not write the orders");
    }
}

AccountId HeavyMember::account() const
{
    return m_account;
}

QString checkLedgerInvariants(const QSqlDatabase &db, AccountId account)
{
    const auto number = [&db, account](const QString &sql) {
        const auto value = Sql::scalar(db, sql, { account });
        return value ? value->toLongLong() : -1;
    };
    const qint64 available = number(QStringLiteral("SELECT available FROM points_balances WHERE account_id = ?"));
    const qint64 pending = number(QStringLiteral("SELECT pending FROM points_balances WHERE account_id = ?"));
    const qint64 lots = number(
        QStringLiteral("SELECT coalesce(sum(remaining), 0) FROM points_lots WHERE account_id = ? AND remaining > 0"));
    const qint64 entries
        = number(QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_entries WHERE account_id = ?"));
    const qint64 pendingEntries
        = number(QStringLiteral("SELECT coalesce(sum(pending_points), 0) FROM points_entries WHERE account_id = ?"));
    // The statement's order: time, then id (expiry entries are dated when the lot expired).
    const qint64 wrongRunning = number(QStringLiteral(
        "SELECT count(*) FROM (SELECT available_after, pending_after, "
        "sum(points) OVER (ORDER BY occurred_at, id) AS a, sum(pending_points) OVER (ORDER BY occurred_at, id) AS p "
        "FROM points_entries WHERE account_id = ?) WHERE available_after <> a OR pending_after <> p"));
    QStringList problems;
    if (available < 0 || available != lots)
        problems << QStringLiteral("cached balance %1 != live lots %2").arg(available).arg(lots);
    if (available != entries)
        problems << QStringLiteral("cached balance %1 != sum of entries %2").arg(available).arg(entries);
    if (pending != pendingEntries)
        problems << QStringLiteral("cached pending %1 != sum of pending entries %2").arg(pending).arg(pendingEntries);
    if (wrongRunning != 0)
        problems << QStringLiteral("%1 entries with a wrong running balance").arg(wrongRunning);
    return problems.join(QStringLiteral("; "));
}

} // namespace CareDesk
