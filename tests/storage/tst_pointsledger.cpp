// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "pointstestdb.h"

#include "core/points/earning.h"
#include "core/programcalendar.h"
#include "storage/points/pointsledger.h"
#include "storage/transaction.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace CareDesk;

namespace {
QDateTime et(int y, int mo, int d, int h = 12)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), ProgramCalendar::zone());
}
Points entries(const QSqlDatabase &db, const char *kind)
{
    return Sql::scalar(db, QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_entries WHERE kind = ?"),
        { QString::fromLatin1(kind) })
        ->toLongLong();
}
} // namespace

class TestPointsLedger : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PointsTestDb> m_t;
    std::unique_ptr<PointsLedger> m_ledger;

    // Posts `points` for a shipped line of a fresh order on `day`.
    void earn(qint64 order, Points points, const QDateTime &day)
    {
        QVERIFY(m_ledger->addPending(m_t->account, { order, 1 }, points, day));
        QVERIFY(m_ledger->post({ order, 1 }, day));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<PointsTestDb>();
        QVERIFY(m_t->open());
        m_ledger = std::make_unique<PointsLedger>(m_t->db->connection(), ProgramTerms::mySony());
    }
    void cleanup()
    {
        QVERIFY2(m_t->invariantProblem().isEmpty(), qPrintable(m_t->invariantProblem()));
        m_ledger.reset();
        m_t.reset();
    }

    void pendingPostsOnShip()
    {
        // R-P3: pending until the line ships, not redeemable meanwhile.
        QVERIFY(m_ledger->addPending(m_t->account, { 100, 1 }, 380, et(2026, 11, 1)));
        QCOMPARE(m_ledger->balance(m_t->account).pending, Points(380));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(0));
        QVERIFY(!m_ledger->redeem(m_t->account, 200, { { 1, 1 } }, et(2026, 11, 2)));
        QVERIFY(m_ledger->post({ 100, 1 }, et(2026, 11, 3)));
        QCOMPARE(m_ledger->balance(m_t->account).pending, Points(0));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(380));
        const auto lots = m_ledger->lotsWithPoints(m_t->account);
        QCOMPARE(lots.size(), 1);
        QCOMPARE(lots[0].postedOn, QDate(2026, 11, 3));
        QCOMPARE(lots[0].lastUsableOn, QDate(2028, 11, 3));
        QVERIFY(!m_ledger->post({ 100, 1 }, et(2026, 11, 4))); // posts once
    }

    void cancelVoidsPending()
    {
        QVERIFY(m_ledger->addPending(m_t->account, { 100, 1 }, 380, et(2026, 11, 1)));
        QVERIFY(m_ledger->voidPending({ 100, 1 }, et(2026, 11, 2)));
        QCOMPARE(m_ledger->balance(m_t->account).pending, Points(0));
        QCOMPARE(m_ledger->lineEarning({ 100, 1 })->state, QStringLiteral("void"));
        QVERIFY(!m_ledger->post({ 100, 1 }, et(2026, 11, 3)));
    }

    void redeemOldestFirstAcrossLots()
    {
        earn(1, 200, et(2025, 1, 10));
        earn(2, 300, et(2025, 6, 10));
        earn(3, 400, et(2026, 2, 10));
        QVERIFY(m_ledger->redeem(m_t->account, 10, { { 1, 250 }, { 2, 100 } }, et(2026, 11, 25)));
        const auto lots = m_ledger->lotsWithPoints(m_t->account);
        QCOMPARE(lots.size(), 2);
        QCOMPARE(lots[0].remaining, Points(150)); // the June lot: 300 - 50 - 100
        QCOMPARE(lots[1].remaining, Points(400));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(550));
        QCOMPARE(m_ledger->redeemedOnLine({ 10, 1 }), Points(250));
        QCOMPARE(m_ledger->maxUsable(m_t->account, 100000), Points(550));
        QCOMPARE(m_ledger->maxUsable(m_t->account, 123), Points(123)); // R-P5: only qualifying amounts
    }

    void failedRedemptionLeavesNothing()
    {
        // R-P5 + one transaction: asking for more than the balance rolls everything back.
        earn(1, 200, et(2026, 1, 10));
        const qint64 entriesBefore
            = Sql::scalar(m_t->db->connection(), QStringLiteral("SELECT count(*) FROM points_entries"))->toLongLong();
        {
            Transaction tx(m_t->db->connection());
            QVERIFY(!m_ledger->redeem(m_t->account, 10, { { 1, 150 }, { 2, 100 } }, et(2026, 11, 25)));
        } // destructor rolls back the first share too
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(200));
        QCOMPARE(
            Sql::scalar(m_t->db->connection(), QStringLiteral("SELECT count(*) FROM points_entries"))->toLongLong(),
            entriesBefore);
        QCOMPARE(m_ledger->redeemedOnLine({ 10, 1 }), Points(0));
    }

    void expiryOnTheExactDay_data()
    {
        QTest::addColumn<QDate>("posted");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<qint64>("available");
        QTest::newRow("R-P4 last usable day: still there") << QDate(2024, 11, 25) << QDate(2026, 11, 25) << qint64(500);
        QTest::newRow("R-P4 day after: expired") << QDate(2024, 11, 25) << QDate(2026, 11, 26) << qint64(0);
        QTest::newRow("R-P4 Feb 29 lot on Feb 28") << QDate(2024, 2, 29) << QDate(2026, 2, 28) << qint64(500);
        QTest::newRow("R-P4 Feb 29 lot on Mar 1") << QDate(2024, 2, 29) << QDate(2026, 3, 1) << qint64(0);
    }
    void expiryOnTheExactDay()
    {
        QFETCH(QDate, posted);
        QFETCH(QDate, today);
        QFETCH(qint64, available);
        earn(1, 500, QDateTime(posted, QTime(9, 0), ProgramCalendar::zone()));
        // 23:59 ET of `today`: already the next day in Shanghai, where this test runs.
        QVERIFY(m_ledger->expireDue(m_t->account, QDateTime(today, QTime(23, 59), ProgramCalendar::zone())) >= 0);
        QCOMPARE(m_ledger->balance(m_t->account).available, available);
        if (available == 0) {
            QCOMPARE(entries(m_t->db->connection(), PointsEntryKind::Expire), Points(-500));
            const auto at = Sql::scalar(
                m_t->db->connection(), QStringLiteral("SELECT occurred_at FROM points_entries WHERE kind = 'expire'"));
            QCOMPARE(ProgramCalendar::dateOf(Sql::fromEpochMs(at->toLongLong())),
                LotBook::lastUsableDay(posted, 24).addDays(1));
        }
    }

    void restoreKeepsOriginalLotWithFloor()
    {
        // R-P7: cancel restores to the original lot; one about to expire gets 30 days.
        earn(1, 300, et(2024, 12, 10)); // last usable 2026-12-10
        earn(2, 300, et(2026, 1, 10)); // last usable 2028-01-10
        QVERIFY(m_ledger->redeem(m_t->account, 10, { { 1, 400 } }, et(2026, 11, 20)));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(200));
        QCOMPARE(m_ledger->restoreLine({ 10, 1 }, et(2026, 11, 25)), Points(400));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(600));
        const auto lots = m_ledger->lotsWithPoints(m_t->account);
        QCOMPARE(lots.size(), 2);
        QCOMPARE(lots[0].remaining, Points(300));
        QCOMPARE(lots[0].lastUsableOn, QDate(2026, 12, 25)); // max(2026-12-10, 11-25 + 30)
        QCOMPARE(lots[1].lastUsableOn, QDate(2028, 1, 10));
        QCOMPARE(m_ledger->restoreLine({ 10, 1 }, et(2026, 11, 26)), Points(0)); // never twice
    }

    void returnWithShortfall()
    {
        // R-P6: 1,000 earned on the returned line, but 700 already spent elsewhere.
        QVERIFY(m_ledger->addPending(m_t->account, { 1, 1 }, 1000, et(2026, 10, 1)));
        QVERIFY(m_ledger->post({ 1, 1 }, et(2026, 10, 2)));
        QVERIFY(m_ledger->redeem(m_t->account, 2, { { 1, 700 } }, et(2026, 10, 5)));
        const auto preview = m_ledger->previewReturn({ 1, 1 }, 49999, et(2026, 10, 20));
        QVERIFY(preview);
        QCOMPARE(preview->reversedFromBalance, Points(300));
        QCOMPARE(preview->shortfallPoints, Points(700));
        QCOMPARE(preview->shortfallCharged, Cents(700));
        QCOMPARE(preview->cashRefund, Cents(49299));
        const auto applied = m_ledger->reverseForReturn({ 1, 1 }, 49999, et(2026, 10, 20));
        QVERIFY(applied);
        QCOMPARE(applied->cashRefund, preview->cashRefund);
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(0));
        QCOMPARE(m_ledger->lineEarning({ 1, 1 })->state, QStringLiteral("reversed"));
    }

    void returnRestoresRedeemedShareFirst()
    {
        // R-P6: the line was partly paid with 500 points: they come back first, then the
        // line's 200 earned points are deducted.
        earn(1, 800, et(2026, 1, 5));
        QVERIFY(m_ledger->redeem(m_t->account, 2, { { 1, 500 } }, et(2026, 10, 1)));
        QVERIFY(m_ledger->addPending(m_t->account, { 2, 1 }, 200, et(2026, 10, 1)));
        QVERIFY(m_ledger->post({ 2, 1 }, et(2026, 10, 3)));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(500));
        const auto applied = m_ledger->reverseForReturn({ 2, 1 }, 10000, et(2026, 10, 20));
        QVERIFY(applied);
        QCOMPARE(applied->restoredRedeemed, Points(500));
        QCOMPARE(applied->shortfallPoints, Points(0));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(800));
    }

    void priceAdjustmentLowersEarned()
    {
        // R-P8: $199.99 -> $149.99 at 2 per $1: 399 -> 299 earned; 100 deducted.
        QVERIFY(m_ledger->addPending(m_t->account, { 1, 1 }, 399, et(2026, 10, 1)));
        QVERIFY(m_ledger->post({ 1, 1 }, et(2026, 10, 2)));
        QCOMPARE(m_ledger->adjustEarned({ 1, 1 }, Earning::pointsFor(2, 14999), et(2026, 10, 9)), Points(0));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(299));
        QCOMPARE(m_ledger->lineEarning({ 1, 1 })->points, Points(299));
        // On a pending line only the pending figure changes.
        QVERIFY(m_ledger->addPending(m_t->account, { 2, 1 }, 100, et(2026, 10, 1)));
        QCOMPARE(m_ledger->adjustEarned({ 2, 1 }, 60, et(2026, 10, 9)), Points(0));
        QCOMPARE(m_ledger->balance(m_t->account).pending, Points(60));
    }

    void forfeitOnLeaving()
    {
        // R-P11: available points forfeited, pending points voided.
        earn(1, 750, et(2026, 3, 1));
        QVERIFY(m_ledger->addPending(m_t->account, { 2, 1 }, 120, et(2026, 11, 20)));
        Points forfeited = 0, voided = 0;
        QVERIFY(m_ledger->forfeitAll(m_t->account, et(2026, 11, 25), &forfeited, &voided));
        QCOMPARE(forfeited, Points(750));
        QCOMPARE(voided, Points(120));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(0));
        QCOMPARE(m_ledger->balance(m_t->account).pending, Points(0));
    }

    void bonusOncePerPromotion()
    {
        // R-P2: a bonus posts at once as its own lot, never pending, once.
        QVERIFY(m_ledger->addBonus(m_t->account, QStringLiteral("sel250enroll"), 250, et(2014, 10, 1)));
        QCOMPARE(m_ledger->balance(m_t->account).available, Points(250));
        QCOMPARE(m_ledger->balance(m_t->account).pending, Points(0));
        QVERIFY(!m_ledger->addBonus(m_t->account, QStringLiteral("sel250enroll"), 250, et(2014, 10, 2)));
    }

    void forecastQueriesMatchTheCore()
    {
        // The dashboard's SQL sums equal the pure forecast over the same lots (R-P4).
        const QDate today(2026, 11, 25);
        for (int i = 0; i < 40; ++i)
            earn(100 + i, 10 * (i + 1), et(2024, 11, 1).addDays(19 * i));
        QVERIFY(m_ledger->expireDue(m_t->account, QDateTime(today, QTime(9, 0), ProgramCalendar::zone())) >= 0);
        const QList<PointsLot> lots = m_ledger->lotsWithPoints(m_t->account);
        for (int days : { 0, 30, 60, 90, 400 })
            QCOMPARE(m_ledger->expiringBetween(m_t->account, today, today.addDays(days)),
                ExpiryForecast::expiringWithin(lots, today, days));
        const QList<MonthlyExpiry> sql = m_ledger->monthlyExpiry(m_t->account, today, 24);
        const QList<MonthlyExpiry> core = ExpiryForecast::perMonth(lots, today, 24);
        QCOMPARE(sql.size(), core.size());
        for (int i = 0; i < sql.size(); ++i) {
            QCOMPARE(sql[i].month, core[i].month);
            QCOMPARE(sql[i].points, core[i].points);
        }
        QVERIFY(core[0].points + core[1].points > 0);
    }

    void randomOperationsMatchAReferenceModel()
    {
        // 10,000 random operations; after each, balance and lots equal a plain in-memory
        // model's. The seed is printed so a failure can be replayed (CAREDESK_SEED=...).
        const quint32 seed = qEnvironmentVariableIsSet("CAREDESK_SEED")
            ? quint32(qEnvironmentVariableIntValue("CAREDESK_SEED"))
            : QRandomGenerator::global()->generate();
        const int operations = qEnvironmentVariableIsSet("CAREDESK_OPERATIONS")
            ? qEnvironmentVariableIntValue("CAREDESK_OPERATIONS")
            : 10000;
        qInfo("random ledger run: seed %u, %d operations", seed, operations);
        QRandomGenerator random(seed);

        struct Lot
        {
            QDate last;
            Points remaining;
        };
        struct Redemption
        {
            qint64 lot;
            Points points;
            bool restored;
        };
        std::map<qint64, Lot> lots; // id -> lot, ids as the database assigns them
        std::map<qint64, Points> pending; // order -> pending points (line 1)
        std::map<qint64, std::vector<Redemption>> spent; // order -> redemptions (line 1)
        QDateTime now = et(2020, 1, 1, 10);
        qint64 nextOrder = 1;
        Points pendingTotal = 0;

        const auto live = [&](const QDate &today) {
            Points sum = 0;
            for (const auto &[id, lot] : lots)
                sum += lot.last >= today ? lot.remaining : 0;
            return sum;
        };
        const auto expire = [&](const QDate &today) {
            for (auto &[id, lot] : lots)
                if (lot.last < today)
                    lot.remaining = 0;
        };

        for (int step = 0; step < operations; ++step) {
            const QDate today = ProgramCalendar::dateOf(now);
            const int op = int(random.bounded(6));
            Transaction tx(m_t->db->connection());
            bool ok = true;
            if (op == 0) { // earn pending on a new order
                const Points points = random.bounded(2000);
                ok = m_ledger->addPending(m_t->account, { nextOrder, 1 }, points, now);
                pending[nextOrder++] = points;
                pendingTotal += points;
            } else if (op == 1 && !pending.empty()) { // ship or cancel a pending line
                auto it = std::next(pending.begin(), random.bounded(int(pending.size())));
                if (random.bounded(4) == 0) {
                    ok = m_ledger->voidPending({ it->first, 1 }, now);
                } else {
                    ok = m_ledger->post({ it->first, 1 }, now);
                    if (it->second > 0) {
                        const qint64 id
                            = Sql::scalar(m_t->db->connection(), QStringLiteral("SELECT max(id) FROM points_lots"))
                                  ->toLongLong();
                        lots[id] = { LotBook::lastUsableDay(today, 24), it->second };
                    }
                }
                pendingTotal -= it->second;
                pending.erase(it);
            } else if (op == 2) { // redeem on a new order, sometimes more than there is
                expire(today);
                const Points have = live(today);
                const Points want = random.bounded(int(std::min<Points>(have + 200, 5000)) + 1);
                const bool expectOk = want <= have;
                const bool did = m_ledger->redeem(m_t->account, nextOrder, { { 1, want } }, now);
                QCOMPARE(did, expectOk);
                if (did && want > 0) {
                    // oldest first: by posting order == id order here
                    Points left = want;
                    for (auto &[id, lot] : lots) {
                        if (left == 0)
                            break;
                        if (lot.last < today || lot.remaining == 0)
                            continue;
                        const Points take = std::min(lot.remaining, left);
                        lot.remaining -= take;
                        left -= take;
                        spent[nextOrder].push_back({ id, take, false });
                    }
                } else if (!did) {
                    tx.rollback();
                }
                ++nextOrder;
            } else if (op == 3 && !spent.empty()) { // cancel: restore a redemption
                auto it = std::next(spent.begin(), random.bounded(int(spent.size())));
                Points expected = 0;
                for (Redemption &r : it->second) {
                    if (r.restored)
                        continue;
                    Lot &lot = lots[r.lot];
                    lot.remaining += r.points;
                    lot.last = LotBook::restoredLastUsableDay(lot.last, today, 30);
                    r.restored = true;
                    expected += r.points;
                }
                QCOMPARE(m_ledger->restoreLine({ it->first, 1 }, now), expected);
            } else if (op == 4) { // time passes, lots expire
                now = now.addDays(random.bounded(1, 90));
                expire(ProgramCalendar::dateOf(now));
                ok = m_ledger->expireDue(m_t->account, now) >= 0;
            } else {
                now = now.addSecs(random.bounded(1, 36 * 3600));
            }
            QVERIFY2(ok, qPrintable(QStringLiteral("seed %1, step %2, op %3").arg(seed).arg(step).arg(op)));
            if (tx.isActive())
                QVERIFY(tx.commit());

            const QDate after = ProgramCalendar::dateOf(now);
            if (m_ledger->expireDue(m_t->account, now) < 0)
                QFAIL("expiry failed");
            expire(after);
            const QString where = QStringLiteral("seed %1, step %2, op %3").arg(seed).arg(step).arg(op);
            QVERIFY2(m_ledger->balance(m_t->account).available == live(after), qPrintable(where));
            QVERIFY2(m_ledger->balance(m_t->account).pending == pendingTotal, qPrintable(where));
            if (step % 500 == 0)
                QVERIFY2(m_t->invariantProblem().isEmpty(),
                    qPrintable(where + QStringLiteral(": ") + m_t->invariantProblem()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPointsLedger)
#include "tst_pointsledger.moc"
