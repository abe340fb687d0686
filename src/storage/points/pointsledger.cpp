// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "pointsledger.h"

#include "core/programcalendar.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QVariant>

namespace CareDesk {

namespace {
QVariant orNull(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

PointsLedger::PointsLedger(QSqlDatabase db, ProgramTerms terms)
    : m_db(std::move(db))
    , m_terms(std::move(terms))
{ }

const ProgramTerms &PointsLedger::terms() const
{
    return m_terms;
}

PointsBalance PointsLedger::balance(AccountId account) const
{
    QSqlQuery query
        = Sql::prepare(m_db, QStringLiteral("SELECT available, pending FROM points_balances WHERE account_id = ?"));
    if (!Sql::exec(query, { account }) || !query.next())
        return {};
    return { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

Points PointsLedger::liveAvailable(AccountId account, const QDate &today) const
{
    // Same rule as LotBook::isLive: points left and still usable today.
    const auto sum = Sql::scalar(m_db,
        QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM points_lots "
                       "WHERE account_id = ? AND remaining > 0 AND last_usable_on >= ?"),
        { account, Sql::toDateText(today) });
    return sum ? sum->toLongLong() : 0;
}

QList<PointsLot> PointsLedger::lotsWithPoints(AccountId account) const
{
    // Uses the partial index points_lots_live: only lots that still hold points.
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, posted_on, last_usable_on, remaining FROM points_lots "
                       "WHERE account_id = ? AND remaining > 0 ORDER BY posted_on, id"));
    QList<PointsLot> lots;
    if (!Sql::exec(query, { account }))
        return lots;
    while (query.next()) {
        lots.append({ query.value(0).toLongLong(), Sql::fromDateText(query.value(1).toString()),
            Sql::fromDateText(query.value(2).toString()), query.value(3).toLongLong() });
    }
    return lots;
}

Points PointsLedger::expiringBetween(AccountId account, const QDate &from, const QDate &to) const
{
    const auto sum = Sql::scalar(m_db,
        QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM points_lots WHERE account_id = ? "
                       "AND remaining > 0 AND last_usable_on >= ? AND last_usable_on <= ?"),
        { account, Sql::toDateText(from), Sql::toDateText(to) });
    return sum ? sum->toLongLong() : 0;
}

QList<MonthlyExpiry> PointsLedger::monthlyExpiry(AccountId account, const QDate &firstMonth, int months) const
{
    QList<MonthlyExpiry> result;
    const QDate first(firstMonth.year(), firstMonth.month(), 1);
    for (int i = 0; i < months; ++i)
        result.append({ first.addMonths(i).year(), first.addMonths(i).month(), 0 });
    // One range sum a month on the covering index points_lots_expiry_cover (schema 8): each
    // reads only the index entries of that month. A single GROUP BY over the months sorted
    // every live lot in a temporary b-tree first (11 ms of CPU for 17,000 live lots, the
    // largest part of the dashboard's cold start, issue #10); these are ~0.1 ms each.
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM points_lots "
                       "WHERE account_id = ? AND remaining > 0 AND last_usable_on >= ? AND last_usable_on < ?"));
    for (int i = 0; i < months; ++i) {
        const QDate from = i == 0 ? firstMonth : first.addMonths(i);
        if (!Sql::exec(query, { account, Sql::toDateText(from), Sql::toDateText(first.addMonths(i + 1)) }))
            return result;
        if (query.next())
            result[i].points = query.value(0).toLongLong();
        query.finish();
    }
    return result;
}

Points PointsLedger::maxUsable(AccountId account, Cents qualifyingCents) const
{
    // Callers pass the instant through the lots' live check via expireDue first; here the
    // cached balance is the live balance.
    const Points byAmount = std::max<Cents>(0, qualifyingCents) / m_terms.pointValueCents;
    return std::min(balance(account).available, byAmount);
}

bool PointsLedger::lockBalance(AccountId account)
{
    // Taken first by every write, and held to its commit: whoever comes second waits, then
    // reads the lots and lines as the first one left them. ON CONFLICT DO NOTHING: two
    // terminals giving an account its first points both find the row afterwards.
    if (!Sql::run(m_db,
            QStringLiteral("INSERT INTO points_balances (account_id, available, pending) VALUES (?, 0, 0) "
                           "ON CONFLICT (account_id) DO NOTHING"),
            { account }))
        return false;
    QSqlQuery lock = Sql::prepare(m_db,
        QStringLiteral("SELECT available FROM points_balances WHERE account_id = ?") + forUpdate(dialectOf(m_db)));
    const bool locked = Sql::exec(lock, { account }) && lock.next();
    lock.finish();
    return locked;
}

std::optional<PointsLedger::LineEarning> PointsLedger::lockedLineEarning(const OrderLineRef &line)
{
    // A line's account never changes: read it, lock that account, then read the line again
    // as the terminal that held the lock may have left it.
    const auto first = lineEarning(line);
    if (!first || !lockBalance(first->account))
        return std::nullopt;
    return lineEarning(line);
}

bool PointsLedger::append(AccountId account, const char *kind, const QDateTime &at, Points availableChange,
    Points pendingChange, const OrderLineRef &line, qint64 lotId)
{
    if (!lockBalance(account))
        return false;
    QSqlQuery read = Sql::prepare(m_db,
        QStringLiteral("SELECT available, pending FROM points_balances WHERE account_id = ?")
            + forUpdate(dialectOf(m_db)));
    if (!Sql::exec(read, { account }) || !read.next())
        return false;
    const Points available = read.value(0).toLongLong() + availableChange;
    const Points pending = read.value(1).toLongLong() + pendingChange;
    read.finish();
    if (available < 0 || pending < 0)
        return false; // R-P12: never negative
    return Sql::run(m_db, QStringLiteral("UPDATE points_balances SET available = ?, pending = ? WHERE account_id = ?"),
               { available, pending, account })
        && Sql::run(m_db,
            QStringLiteral("INSERT INTO points_entries (account_id, occurred_at, kind, order_id, line_id, points, "
                           "pending_points, available_after, pending_after, lot_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { account, Sql::toEpochMs(at), QString::fromLatin1(kind), orNull(line.orderId), orNull(line.lineId),
                availableChange, pendingChange, available, pending, orNull(lotId) });
}

std::optional<qint64> PointsLedger::createLot(
    AccountId account, const QDate &postedOn, const QDate &lastUsableOn, Points points)
{
    QSqlQuery insert = Sql::prepare(m_db,
        QStringLiteral("INSERT INTO points_lots (account_id, posted_on, last_usable_on, "
                       "original, remaining) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    return Sql::insertReturningId(
        insert, { account, Sql::toDateText(postedOn), Sql::toDateText(lastUsableOn), points, points });
}

bool PointsLedger::addPending(AccountId account, const OrderLineRef &line, Points points, const QDateTime &at)
{
    if (points < 0 || expireDue(account, at) < 0)
        return false;
    if (!Sql::run(m_db,
            QStringLiteral("INSERT INTO points_line_earnings (order_id, line_id, account_id, points, state) "
                           "VALUES (?, ?, ?, ?, 'pending')"),
            { line.orderId, line.lineId, account, points }))
        return false;
    return points == 0 || append(account, PointsEntryKind::EarnPending, at, 0, points, line);
}

std::optional<PointsLedger::LineEarning> PointsLedger::lineEarning(const OrderLineRef &line) const
{
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT account_id, points, state, lot_id FROM points_line_earnings "
                       "WHERE order_id = ? AND line_id = ?"));
    if (!Sql::exec(query, { line.orderId, line.lineId }) || !query.next())
        return std::nullopt;
    return LineEarning { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toLongLong() };
}

bool PointsLedger::post(const OrderLineRef &line, const QDateTime &at)
{
    const auto earning = lockedLineEarning(line);
    if (!earning || earning->state != QLatin1String("pending") || expireDue(earning->account, at) < 0)
        return false;
    qint64 lotId = 0;
    if (earning->points > 0) {
        const QDate postedOn = ProgramCalendar::dateOf(at);
        const auto lot = createLot(
            earning->account, postedOn, LotBook::lastUsableDay(postedOn, m_terms.expiryMonths), earning->points);
        if (!lot || !append(earning->account, PointsEntryKind::Post, at, earning->points, -earning->points, line, *lot))
            return false;
        lotId = *lot;
    }
    return Sql::run(m_db,
        QStringLiteral(
            "UPDATE points_line_earnings SET state = 'posted', lot_id = ? WHERE order_id = ? AND line_id = ?"),
        { orNull(lotId), line.orderId, line.lineId });
}

bool PointsLedger::voidPending(const OrderLineRef &line, const QDateTime &at)
{
    const auto earning = lockedLineEarning(line);
    if (!earning || earning->state != QLatin1String("pending") || expireDue(earning->account, at) < 0)
        return false;
    if (earning->points > 0 && !append(earning->account, PointsEntryKind::Void, at, 0, -earning->points, line))
        return false;
    return Sql::run(m_db,
        QStringLiteral("UPDATE points_line_earnings SET state = 'void' WHERE order_id = ? AND line_id = ?"),
        { line.orderId, line.lineId });
}

bool PointsLedger::takeFromLots(AccountId account, Points amount, const QDate &today, QList<LotTake> *takes)
{
    takes->clear();
    if (amount <= 0)
        return amount == 0;
    // R-P5 oldest first, as LotBook::takeOldestFirst, but streamed from the index: a member
    // with years of lots pays for the few lots a redemption touches, not for all of them.
    QSqlQuery lots = Sql::prepare(m_db,
        QStringLiteral("SELECT id, remaining FROM points_lots WHERE account_id = ? "
                       "AND remaining > 0 AND last_usable_on >= ? ORDER BY posted_on, id"));
    if (!Sql::exec(lots, { account, Sql::toDateText(today) }))
        return false;
    Points left = amount;
    while (left > 0 && lots.next()) {
        const Points take = std::min(lots.value(1).toLongLong(), left);
        takes->append({ lots.value(0).toLongLong(), take });
        left -= take;
    }
    lots.finish();
    if (left > 0) {
        takes->clear();
        return false; // not enough live points: nothing taken
    }
    QSqlQuery update = Sql::prepare(
        m_db, QStringLiteral("UPDATE points_lots SET remaining = remaining - ? WHERE id = ? AND remaining >= ?"));
    for (const LotTake &take : std::as_const(*takes)) {
        // The lot must still hold what was read above (the balance lock guarantees it); if
        // not, refuse the whole use case rather than book points the lot no longer has.
        if (!Sql::exec(update, { take.points, take.lotId, take.points }) || update.numRowsAffected() != 1)
            return false;
    }
    return true;
}

bool PointsLedger::deductOldestFirst(
    AccountId account, const char *kind, Points amount, const QDateTime &at, const OrderLineRef &line)
{
    if (amount <= 0)
        return amount == 0;
    QList<LotTake> takes;
    if (!takeFromLots(account, amount, ProgramCalendar::dateOf(at), &takes))
        return false;
    for (const LotTake &take : std::as_const(takes)) {
        if (!append(account, kind, at, -take.points, 0, line, take.lotId))
            return false;
    }
    return true;
}

bool PointsLedger::redeem(AccountId account, qint64 orderId, const QList<LineShare> &shares, const QDateTime &at)
{
    if (expireDue(account, at) < 0)
        return false;
    const QDate today = ProgramCalendar::dateOf(at);
    for (const LineShare &share : shares) {
        if (share.points < 0)
            return false;
        if (share.points == 0)
            continue;
        QList<LotTake> takes;
        if (!takeFromLots(account, share.points, today, &takes))
            return false; // R-P5: not enough live points; the caller rolls back
        for (const LotTake &take : std::as_const(takes)) {
            const OrderLineRef line { orderId, share.lineId };
            if (!append(account, PointsEntryKind::Redeem, at, -take.points, 0, line, take.lotId)
                || !Sql::run(m_db,
                    QStringLiteral("INSERT INTO points_redemptions (account_id, order_id, line_id, lot_id, points) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    { account, orderId, share.lineId, take.lotId, take.points }))
                return false;
        }
    }
    return true;
}

Points PointsLedger::redeemedOnLine(const OrderLineRef &line) const
{
    const auto sum = Sql::scalar(m_db,
        QStringLiteral("SELECT COALESCE(SUM(points - restored), 0) FROM points_redemptions "
                       "WHERE order_id = ? AND line_id = ?"),
        { line.orderId, line.lineId });
    return sum ? sum->toLongLong() : 0;
}

Points PointsLedger::restoreLine(const OrderLineRef &line, const QDateTime &at)
{
    // Lock the account before reading what is left to restore: two terminals cancelling the
    // same order must not both give its points back (R-P7).
    QSqlQuery owner = Sql::prepare(
        m_db, QStringLiteral("SELECT account_id FROM points_redemptions WHERE order_id = ? AND line_id = ? LIMIT 1"));
    if (!Sql::exec(owner, { line.orderId, line.lineId }))
        return -1;
    if (!owner.next())
        return 0; // nothing was redeemed on this line
    const AccountId account = owner.value(0).toLongLong();
    owner.finish();
    if (!lockBalance(account))
        return -1;
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT r.id, r.account_id, r.lot_id, r.points - r.restored, "
                       "l.last_usable_on FROM points_redemptions r "
                       "JOIN points_lots l ON l.id = r.lot_id "
                       "WHERE r.order_id = ? AND r.line_id = ? AND r.points > r.restored "
                       "ORDER BY r.id"));
    if (!Sql::exec(query, { line.orderId, line.lineId }))
        return -1;
    struct Row
    {
        qint64 id;
        AccountId account;
        qint64 lot;
        Points points;
        QDate lastUsableOn;
    };
    QList<Row> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toLongLong(), Sql::fromDateText(query.value(4).toString()) });
    }
    query.finish();
    const QDate today = ProgramCalendar::dateOf(at);
    if (!rows.isEmpty() && expireDue(rows.first().account, at) < 0)
        return -1;
    QSqlQuery markRestored = Sql::prepare(
        m_db, QStringLiteral("UPDATE points_redemptions SET restored = points WHERE id = ? AND restored < points"));
    Points restored = 0;
    for (const Row &row : std::as_const(rows)) {
        // R-P7: back to the original lot, its expiry kept unless that is under the floor.
        const QDate lastUsable = LotBook::restoredLastUsableDay(row.lastUsableOn, today, m_terms.restoreFloorDays);
        if (!Sql::run(m_db,
                QStringLiteral("UPDATE points_lots SET remaining = remaining + ?, last_usable_on = ? WHERE id = ?"),
                { row.points, Sql::toDateText(lastUsable), row.lot })
            || !Sql::exec(markRestored, { row.id }) || markRestored.numRowsAffected() != 1
            || !append(row.account, PointsEntryKind::Restore, at, row.points, 0, line, row.lot))
            return -1;
        restored += row.points;
    }
    return restored;
}

AccountId PointsLedger::accountOfLine(const OrderLineRef &line) const
{
    if (const auto earning = lineEarning(line))
        return earning->account;
    const auto account = Sql::scalar(m_db,
        QStringLiteral("SELECT account_id FROM points_redemptions WHERE order_id = ? AND line_id = ? LIMIT 1"),
        { line.orderId, line.lineId });
    return account ? account->toLongLong() : 0;
}

std::optional<ReturnPointsPlan> PointsLedger::previewReturn(
    const OrderLineRef &line, Cents cashRefund, const QDateTime &at, Points feePoints) const
{
    const auto earning = lineEarning(line);
    const QDate today = ProgramCalendar::dateOf(at);
    const AccountId account = accountOfLine(line);
    Points available = 0;
    if (account)
        available = liveAvailable(account, today); // live only, as expiry would leave it
    const Points earned = earning && earning->state == QLatin1String("posted") ? earning->points : 0;
    const Points redeemed = redeemedOnLine(line);
    const Points fee = std::clamp<Points>(feePoints, 0, redeemed);
    // The fee's points leave with the points coming back: for the balance that is a smaller restore.
    ReturnPointsPlan plan = planReturn(available, redeemed - fee, earned, cashRefund, m_terms.pointValueCents);
    plan.restoredRedeemed = redeemed;
    plan.feePoints = fee;
    return plan;
}

std::optional<ReturnPointsPlan> PointsLedger::reverseForReturn(
    const OrderLineRef &line, Cents cashRefund, const QDateTime &at, Points feePoints)
{
    const auto earning = lockedLineEarning(line);
    const AccountId account = earning ? earning->account : accountOfLine(line);
    if (account && expireDue(account, at) < 0)
        return std::nullopt;
    const auto plan = previewReturn(line, cashRefund, at, feePoints);
    if (!plan || restoreLine(line, at) < 0)
        return std::nullopt;
    if (account && plan->feePoints > 0
        && !deductOldestFirst(account, PointsEntryKind::Reverse, plan->feePoints, at, line))
        return std::nullopt;
    if (earning && plan->reversedFromBalance > 0
        && !deductOldestFirst(earning->account, PointsEntryKind::Reverse, plan->reversedFromBalance, at, line))
        return std::nullopt;
    if (earning
        && !Sql::run(m_db,
            QStringLiteral("UPDATE points_line_earnings SET state = 'reversed' WHERE order_id = ? AND line_id = ?"),
            { line.orderId, line.lineId }))
        return std::nullopt;
    return plan;
}

Points PointsLedger::adjustEarned(const OrderLineRef &line, Points newPoints, const QDateTime &at)
{
    const auto earning = lockedLineEarning(line);
    if (!earning || newPoints < 0)
        return -1;
    const Points delta = newPoints - earning->points;
    Points shortfall = 0;
    if (delta != 0 && earning->state == QLatin1String("pending")) {
        if (!append(earning->account, PointsEntryKind::Adjust, at, 0, delta, line))
            return -1;
    } else if (delta != 0 && earning->state == QLatin1String("posted")) {
        if (expireDue(earning->account, at) < 0)
            return -1;
        if (delta > 0) {
            const QDate today = ProgramCalendar::dateOf(at);
            const auto lot
                = createLot(earning->account, today, LotBook::lastUsableDay(today, m_terms.expiryMonths), delta);
            if (!lot || !append(earning->account, PointsEntryKind::Adjust, at, delta, 0, line, *lot))
                return -1;
        } else {
            const Points wanted = -delta;
            const Points covered = std::min(wanted, balance(earning->account).available);
            shortfall = wanted - covered;
            if (!deductOldestFirst(earning->account, PointsEntryKind::Adjust, covered, at, line))
                return -1;
        }
    } else if (delta != 0) {
        return -1; // a void or reversed line earns nothing more
    }
    if (!Sql::run(m_db, QStringLiteral("UPDATE points_line_earnings SET points = ? WHERE order_id = ? AND line_id = ?"),
            { newPoints, line.orderId, line.lineId }))
        return -1;
    return shortfall;
}

bool PointsLedger::addBonus(AccountId account, const QString &promotionId, Points points, const QDateTime &at)
{
    if (points <= 0 || expireDue(account, at) < 0)
        return false;
    if (!Sql::run(m_db,
            QStringLiteral("INSERT INTO points_bonus_awards (promotion_id, account_id, awarded_at) VALUES (?, ?, ?)"),
            { promotionId, account, Sql::toEpochMs(at) }))
        return false; // already awarded: the primary key refuses a second one
    const QDate today = ProgramCalendar::dateOf(at);
    const auto lot = createLot(account, today, LotBook::lastUsableDay(today, m_terms.expiryMonths), points);
    return lot && append(account, PointsEntryKind::Bonus, at, points, 0, {}, *lot);
}

int PointsLedger::expireDue(AccountId account, const QDateTime &at)
{
    if (!lockBalance(account)) // every account-level write comes through here first
        return -1;
    const QDate today = ProgramCalendar::dateOf(at);
    QSqlQuery query = Sql::prepare(m_db,
        QStringLiteral("SELECT id, last_usable_on, remaining FROM points_lots "
                       "WHERE account_id = ? AND remaining > 0 AND last_usable_on < ? "
                       "ORDER BY last_usable_on, id"));
    if (!Sql::exec(query, { account, Sql::toDateText(today) }))
        return -1;
    QList<PointsLot> due;
    while (query.next())
        due.append({ query.value(0).toLongLong(), {}, Sql::fromDateText(query.value(1).toString()),
            query.value(2).toLongLong() });
    query.finish();
    for (const PointsLot &lot : std::as_const(due)) {
        // Dated when it expired (the start of the day after its last usable day), which may
        // be earlier than now if the app was closed then.
        const QDateTime expiredAt = std::min(at, ProgramCalendar::startOfDay(lot.lastUsableOn.addDays(1)));
        if (!Sql::run(m_db, QStringLiteral("UPDATE points_lots SET remaining = 0 WHERE id = ?"), { lot.id })
            || !append(account, PointsEntryKind::Expire, expiredAt, -lot.remaining, 0, {}, lot.id))
            return -1;
    }
    return int(due.size());
}

bool PointsLedger::forfeitAll(AccountId account, const QDateTime &at, Points *forfeited, Points *voided)
{
    if (expireDue(account, at) < 0)
        return false;
    const Points available = balance(account).available;
    if (!deductOldestFirst(account, PointsEntryKind::Forfeit, available, at, {}))
        return false;
    QSqlQuery pending = Sql::prepare(m_db,
        QStringLiteral("SELECT order_id, line_id FROM points_line_earnings "
                       "WHERE account_id = ? AND state = 'pending' ORDER BY order_id, line_id"));
    if (!Sql::exec(pending, { account }))
        return false;
    QList<OrderLineRef> lines;
    while (pending.next())
        lines.append({ pending.value(0).toLongLong(), pending.value(1).toLongLong() });
    pending.finish();
    Points voidedTotal = 0;
    for (const OrderLineRef &line : std::as_const(lines)) {
        voidedTotal += lineEarning(line)->points;
        if (!voidPending(line, at))
            return false;
    }
    if (forfeited)
        *forfeited = available;
    if (voided)
        *voided = voidedTotal;
    return true;
}

} // namespace CareDesk
