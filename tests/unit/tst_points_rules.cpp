// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/points/earning.h"
#include "core/points/forecast.h"
#include "core/points/leaving.h"
#include "core/points/lotbook.h"
#include "core/points/programterms.h"
#include "core/programcalendar.h"

#include <QFile>
#include <QTest>

using namespace CareDesk;

namespace {
QDateTime et(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), ProgramCalendar::zone());
}
QDateTime pt(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone("America/Los_Angeles"));
}
ProgramTerms terms2014()
{
    const auto load = loadProgramTerms(QStringLiteral(CAREDESK_PROGRAMS_DIR "/sony-rewards-2014.json"));
    if (!load.terms)
        qFatal("sony-rewards-2014.json: %s", qPrintable(load.problem));
    return *load.terms;
}
} // namespace

class TestPointsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsFilesLoad()
    {
        const auto mySony = loadProgramTerms(QStringLiteral(CAREDESK_PROGRAMS_DIR "/my-sony.json"));
        QVERIFY2(mySony.terms, qPrintable(mySony.problem));
        QCOMPARE(mySony.terms->pointsPerDollar, 2);
        QCOMPARE(mySony.terms->expiryMonths, 24);
        QCOMPARE(mySony.terms->pointValueCents, 1);
        QCOMPARE(mySony.terms->minimumRedemption, Points(0));
        QCOMPARE(mySony.terms->pointsPerDollar, ProgramTerms::mySony().pointsPerDollar);
        const ProgramTerms old = terms2014();
        QCOMPARE(old.pointsPerDollar, 1);
        QCOMPARE(old.promotions.size(), 1);
        QVERIFY(old.enrollmentBonus);
        QCOMPARE(old.enrollmentBonus->points, Points(250));
        QCOMPARE(old.enrollmentBonus->cap, 1000);
    }

    void malformedTermsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::newRow("syntax error on line 3")
            << QByteArray("{\n  \"id\": \"x\",\n  \"name\": \"X\" \"pointsPerDollar\": 2\n}") << 3;
        QTest::newRow("negative rate on line 4")
            << QByteArray("{\n\"id\": \"x\",\n\"name\": \"X\",\n\"pointsPerDollar\": -2\n}") << 4;
        QTest::newRow("promotion ends before it starts") << QByteArray(
            "{\"id\": \"x\", \"name\": \"X\",\n\"promotions\": [{\"id\": \"p\",\n\"start\": \"2014-12-01T00:00:00\",\n"
            "\"end\": \"2014-11-01T00:00:00\", \"pointsPerDollar\": 5}]}")
                                                         << 4;
        QTest::newRow("unknown time zone")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"promotions\": [\n{\"timeZone\": \"Mars/Olympus\"}]}")
            << 2;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 1;
    }
    void malformedTermsNameFileAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        const auto load = parseProgramTerms(json, QStringLiteral("broken.json"));
        QVERIFY(!load.terms);
        QCOMPARE(load.fileName, QStringLiteral("broken.json"));
        QCOMPARE(load.line, line);
        QVERIFY(!load.problem.isEmpty());
    }

    void earnRoundsDownPerLine_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<qint64>("points");
        QTest::newRow("R-P1 $19.99 at 2 per $1 earns 39") << 2 << qint64(1999) << qint64(39);
        QTest::newRow("R-P1 $0.49 at 2 per $1 earns 0") << 2 << qint64(49) << qint64(0);
        QTest::newRow("R-P1 $0.50 at 2 per $1 earns 1") << 2 << qint64(50) << qint64(1);
        QTest::newRow("R-P1 $999.99 at 1 per $1 earns 999") << 1 << qint64(99999) << qint64(999);
        QTest::newRow("R-P2 $100.00 at 5 per $1 earns 500") << 5 << qint64(10000) << qint64(500);
        QTest::newRow("R-P1 nothing on a zero base") << 2 << qint64(0) << qint64(0);
    }
    void earnRoundsDownPerLine()
    {
        QFETCH(int, rate);
        QFETCH(qint64, cents);
        QFETCH(qint64, points);
        QCOMPARE(Earning::pointsFor(rate, cents), points);
    }

    void redeemedPointsAllocation_data()
    {
        QTest::addColumn<QList<qint64>>("nets");
        QTest::addColumn<QList<bool>>("qualifying");
        QTest::addColumn<qint64>("redeemed");
        QTest::addColumn<QList<qint64>>("shares");
        QTest::newRow("R-P1 pro rata, remainder to the last line")
            << QList<qint64> { 10000, 5000, 5000 } << QList<bool> { true, true, true } << qint64(1001)
            << QList<qint64> { 500, 250, 251 };
        QTest::newRow("R-P1 non-qualifying lines take no share")
            << QList<qint64> { 10000, 3000, 10000 } << QList<bool> { true, false, true } << qint64(999)
            << QList<qint64> { 499, 0, 500 };
        QTest::newRow("R-P1 remainder never exceeds a line's net")
            << QList<qint64> { 300, 300, 300 } << QList<bool> { true, true, true } << qint64(899)
            << QList<qint64> { 299, 300, 300 };
        QTest::newRow("R-P5 points pay only qualifying amounts")
            << QList<qint64> { 1000, 500 } << QList<bool> { true, false } << qint64(5000) << QList<qint64> { 1000, 0 };
    }
    void redeemedPointsAllocation()
    {
        QFETCH(QList<qint64>, nets);
        QFETCH(QList<bool>, qualifying);
        QFETCH(qint64, redeemed);
        QFETCH(QList<qint64>, shares);
        QList<EarnLine> lines;
        for (int i = 0; i < nets.size(); ++i)
            lines.append({ nets[i], qualifying[i] });
        QCOMPARE(Earning::allocateRedeemed(lines, redeemed), shares);
    }

    void earnedPerLine()
    {
        // R-P1: the earn base is the line's net minus the points redeemed on it.
        const QList<EarnLine> lines { { 19999, true }, { 4999, false }, { 1999, true } };
        const QList<Points> earned
            = Earning::earnedPerLine(ProgramTerms::mySony(), et(2026, 11, 25, 10), lines, 1000, false);
        // Shares of 1000 by 19999:1999 -> 909 and 91: bases 19090 and 1908.
        QCOMPARE(earned, (QList<Points> { 381, 0, 38 }));
        // R-P9: a guest order earns nothing.
        QCOMPARE(Earning::earnedPerLine(ProgramTerms::mySony(), et(2026, 11, 25, 10), lines, 0, true),
            (QList<Points> { 0, 0, 0 }));
    }

    void promotionWindow_data()
    {
        QTest::addColumn<QDateTime>("placedAt");
        QTest::addColumn<int>("rate");
        QTest::newRow("R-P2 a second before the holiday window") << et(2014, 11, 26, 23, 59, 59) << 1;
        QTest::newRow("R-P2 the window's first second") << et(2014, 11, 27) << 5;
        QTest::newRow("R-P2 the window's last second") << et(2014, 12, 31, 23, 59, 59) << 5;
        QTest::newRow("R-P2 the exclusive end") << et(2015, 1, 1) << 1;
        QTest::newRow("R-P2 the end seen from Shanghai (13:00 CST)")
            << QDateTime(QDate(2015, 1, 1), QTime(12, 59, 59), QTimeZone("Asia/Shanghai")) << 5;
    }
    void promotionWindow()
    {
        QFETCH(QDateTime, placedAt);
        QFETCH(int, rate);
        QCOMPARE(terms2014().pointsPerDollarAt(placedAt), rate);
    }

    void promotionAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("placedAt");
        QTest::addColumn<int>("rate");
        // A night promotion ending at 03:00 ET on the spring-forward day (02:00 -> 03:00).
        QTest::newRow("R-P2 DST: 01:59:59 EST is inside")
            << QDateTime(QDate(2026, 3, 8), QTime(6, 59, 59), Qt::UTC) << 4;
        QTest::newRow("R-P2 DST: 03:00 EDT is the exclusive end")
            << QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC) << 2;
        QTest::newRow("R-P2 DST: fall back, 01:30 EDT is inside")
            << QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC) << 4;
    }
    void promotionAcrossDst()
    {
        QFETCH(QDateTime, placedAt);
        QFETCH(int, rate);
        const QByteArray json = R"({"id": "night", "name": "Night owl", "pointsPerDollar": 2, "promotions": [
            {"id": "spring", "start": "2026-03-07T22:00:00", "end": "2026-03-08T03:00:00", "pointsPerDollar": 4},
            {"id": "fall", "start": "2026-10-31T22:00:00", "end": "2026-11-01T01:45:00", "pointsPerDollar": 4}]})";
        const auto load = parseProgramTerms(json, QStringLiteral("night.json"));
        QVERIFY2(load.terms, qPrintable(load.problem));
        QCOMPARE(load.terms->pointsPerDollarAt(placedAt), rate);
    }

    void enrollmentBonus_data()
    {
        QTest::addColumn<QDateTime>("enrolledAt");
        QTest::addColumn<QDateTime>("lastMembershipEnded");
        QTest::addColumn<int>("before");
        QTest::addColumn<bool>("earns");
        const QDateTime never;
        QTest::newRow("R-P2 bonus: first second of the window (PT)") << pt(2014, 9, 21) << never << 0 << true;
        QTest::newRow("R-P2 bonus: a second before the window") << pt(2014, 9, 20, 23, 59, 59) << never << 0 << false;
        QTest::newRow("R-P2 bonus: 11:59 p.m. PT on Dec 31 is inside")
            << pt(2014, 12, 31, 23, 59) << never << 0 << true;
        QTest::newRow("R-P2 bonus: midnight PT is the exclusive end") << pt(2015, 1, 1) << never << 0 << false;
        QTest::newRow("R-P2 bonus: 999 eligible before: still in the first 1,000")
            << pt(2014, 10, 1) << never << 999 << true;
        QTest::newRow("R-P2 bonus: 1,000 eligible before: cap reached") << pt(2014, 10, 1) << never << 1000 << false;
        QTest::newRow("R-P2 bonus: membership ended as day -90 began: eligible")
            << pt(2014, 10, 1) << pt(2014, 6, 23) << 0 << true;
        QTest::newRow("R-P2 bonus: member for a second of day -90: excluded")
            << pt(2014, 10, 1) << pt(2014, 6, 23, 0, 0, 1) << 0 << false;
        QTest::newRow("R-P2 bonus: member until the day before opening: excluded")
            << pt(2014, 10, 1) << pt(2014, 9, 20, 12) << 0 << false;
    }
    void enrollmentBonus()
    {
        QFETCH(QDateTime, enrolledAt);
        QFETCH(QDateTime, lastMembershipEnded);
        QFETCH(int, before);
        QFETCH(bool, earns);
        QList<MembershipPeriod> earlier;
        if (lastMembershipEnded.isValid())
            earlier.append({ pt(2013, 1, 1), lastMembershipEnded });
        QCOMPARE(Earning::earnsEnrollmentBonus(*terms2014().enrollmentBonus, enrolledAt, earlier, before), earns);
    }

    void expiry_data()
    {
        QTest::addColumn<QDate>("postedOn");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("usable");
        QTest::newRow("R-P4 last day is usable") << QDate(2024, 11, 25) << QDate(2026, 11, 25) << true;
        QTest::newRow("R-P4 the day after is expired") << QDate(2024, 11, 25) << QDate(2026, 11, 26) << false;
        QTest::newRow("R-P4 Feb 29 lot: usable through Feb 28") << QDate(2024, 2, 29) << QDate(2026, 2, 28) << true;
        QTest::newRow("R-P4 Feb 29 lot: expired on Mar 1") << QDate(2024, 2, 29) << QDate(2026, 3, 1) << false;
        QTest::newRow("R-P4 Aug 31 lot: usable through Aug 31") << QDate(2024, 8, 31) << QDate(2026, 8, 31) << true;
    }
    void expiry()
    {
        QFETCH(QDate, postedOn);
        QFETCH(QDate, day);
        QFETCH(bool, usable);
        const PointsLot lot { 1, postedOn, LotBook::lastUsableDay(postedOn, 24), 100 };
        QCOMPARE(LotBook::isLive(lot, day), usable);
    }

    void oldestFirst()
    {
        // R-P5: oldest lots first; expired lots are skipped; not enough -> nothing taken.
        const QList<PointsLot> lots { { 3, QDate(2026, 1, 5), QDate(2028, 1, 5), 300 },
            { 1, QDate(2024, 11, 1), QDate(2026, 11, 1), 999 }, { 2, QDate(2025, 6, 1), QDate(2027, 6, 1), 200 } };
        const QDate today(2026, 11, 25);
        QCOMPARE(LotBook::available(lots, today), Points(500));
        const QList<LotTake> takes = LotBook::takeOldestFirst(lots, 350, today);
        QCOMPARE(takes.size(), 2);
        QCOMPARE(takes[0].lotId, 2);
        QCOMPARE(takes[0].points, Points(200));
        QCOMPARE(takes[1].lotId, 3);
        QCOMPARE(takes[1].points, Points(150));
        QVERIFY(LotBook::takeOldestFirst(lots, 501, today).isEmpty());
    }

    void restoreFloor_data()
    {
        QTest::addColumn<QDate>("originalLast");
        QTest::addColumn<QDate>("restoredOn");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("R-P7 would expire in 15 days: kept 30")
            << QDate(2026, 12, 10) << QDate(2026, 11, 25) << QDate(2026, 12, 25);
        QTest::newRow("R-P7 already expired: 30 more days")
            << QDate(2026, 10, 1) << QDate(2026, 11, 25) << QDate(2026, 12, 25);
        QTest::newRow("R-P7 far expiry kept") << QDate(2027, 6, 1) << QDate(2026, 11, 25) << QDate(2027, 6, 1);
    }
    void restoreFloor()
    {
        QFETCH(QDate, originalLast);
        QFETCH(QDate, restoredOn);
        QFETCH(QDate, expected);
        QCOMPARE(LotBook::restoredLastUsableDay(originalLast, restoredOn, 30), expected);
    }

    void returnPlan_data()
    {
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("redeemed");
        QTest::addColumn<qint64>("earned");
        QTest::addColumn<qint64>("refund");
        QTest::addColumn<qint64>("reversed");
        QTest::addColumn<qint64>("charged");
        QTest::addColumn<qint64>("forgiven");
        QTest::addColumn<qint64>("refundAfter");
        QTest::newRow("R-P6 balance covers the earned points")
            << qint64(1000) << qint64(0) << qint64(300) << qint64(15000) << qint64(300) << qint64(0) << qint64(0)
            << qint64(15000);
        QTest::newRow("R-P6 shortfall from the cash refund")
            << qint64(100) << qint64(0) << qint64(300) << qint64(15000) << qint64(100) << qint64(200) << qint64(0)
            << qint64(14800);
        QTest::newRow("R-P6 shortfall beyond the refund is forgiven")
            << qint64(0) << qint64(0) << qint64(300) << qint64(150) << qint64(0) << qint64(150) << qint64(150)
            << qint64(0);
        QTest::newRow("R-P6 redeemed share restored first covers it")
            << qint64(0) << qint64(500) << qint64(300) << qint64(1000) << qint64(300) << qint64(0) << qint64(0)
            << qint64(1000);
    }
    void returnPlan()
    {
        QFETCH(qint64, balance);
        QFETCH(qint64, redeemed);
        QFETCH(qint64, earned);
        QFETCH(qint64, refund);
        QFETCH(qint64, reversed);
        QFETCH(qint64, charged);
        QFETCH(qint64, forgiven);
        QFETCH(qint64, refundAfter);
        const ReturnPointsPlan plan = planReturn(balance, redeemed, earned, refund, 1);
        QCOMPARE(plan.restoredRedeemed, redeemed);
        QCOMPARE(plan.reversedFromBalance, reversed);
        QCOMPARE(plan.shortfallCharged, charged);
        QCOMPARE(plan.shortfallForgiven, forgiven);
        QCOMPARE(plan.cashRefund, refundAfter);
        QVERIFY(plan.cashRefund >= 0);
    }

    void leavingProcessing_data()
    {
        QTest::addColumn<QDateTime>("requestedAt");
        QTest::addColumn<QDateTime>("processedAt");
        QTest::newRow("R-P11 Friday request, over the weekend") << et(2026, 11, 20, 10) << et(2026, 11, 25);
        QTest::newRow("R-P11 Wednesday before Thanksgiving") << et(2026, 11, 25, 16) << et(2026, 12, 1);
        QTest::newRow("R-P11 Saturday request") << et(2026, 11, 21, 9) << et(2026, 11, 25);
        QTest::newRow("R-P11 Monday 23:59 ET is still Monday") << et(2026, 11, 16, 23, 59) << et(2026, 11, 19);
    }
    void leavingProcessing()
    {
        QFETCH(QDateTime, requestedAt);
        QFETCH(QDateTime, processedAt);
        const BusinessCalendar calendar = BusinessCalendar::usFederal(2026, 2027);
        QCOMPARE(Leaving::processingInstant(requestedAt, 2, calendar), processedAt);
    }

    void forecast()
    {
        const QDate today(2026, 11, 25);
        const QList<PointsLot> lots { { 1, QDate(2024, 11, 30), QDate(2026, 11, 30), 100 },
            { 2, QDate(2024, 12, 24), QDate(2026, 12, 24), 200 }, { 3, QDate(2025, 1, 23), QDate(2027, 1, 23), 400 },
            { 4, QDate(2024, 11, 1), QDate(2026, 11, 1), 800 }, // expired
            { 5, QDate(2026, 11, 20), QDate(2028, 11, 20), 1600 } };
        QCOMPARE(ExpiryForecast::expiringWithin(lots, today, 30), Points(300));
        QCOMPARE(ExpiryForecast::expiringWithin(lots, today, 60), Points(700));
        QCOMPARE(ExpiryForecast::expiringWithin(lots, today, 90), Points(700));
        const QList<MonthlyExpiry> months = ExpiryForecast::perMonth(lots, today, 24);
        QCOMPARE(months.size(), 24);
        QCOMPARE(months[0].month, 11);
        QCOMPARE(months[0].points, Points(100));
        QCOMPARE(months[1].points, Points(200));
        QCOMPARE(months[2].points, Points(400));
        QCOMPARE(months[23].month, 10);
        QCOMPARE(months[23].year, 2028);
    }
};

QTEST_GUILESS_MAIN(TestPointsRules)
#include "tst_points_rules.moc"
