// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/businesscalendar.h"
#include "core/clock.h"
#include "core/programcalendar.h"

#include <QTest>

using namespace CareDesk;

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programDate_data()
    {
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QDate>("programDate");
        // The machine runs in Asia/Shanghai (testenv.h); the program date must still be New York's.
        QTest::newRow("04:59Z is the previous evening in New York (EST)")
            << "2026-01-15T04:59:59Z" << QDate(2026, 1, 14);
        QTest::newRow("05:00Z is midnight EST") << "2026-01-15T05:00:00Z" << QDate(2026, 1, 15);
        QTest::newRow("04:00Z is midnight EDT") << "2026-07-15T04:00:00Z" << QDate(2026, 7, 15);
        QTest::newRow("03:59Z is still the day before in EDT") << "2026-07-15T03:59:59Z" << QDate(2026, 7, 14);
    }
    void programDate()
    {
        QFETCH(QString, utc);
        QFETCH(QDate, programDate);
        QCOMPARE(ProgramCalendar::dateOf(QDateTime::fromString(utc, Qt::ISODate)), programDate);
    }

    void withinDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("inside");
        // Conventions: D is day 0, D + N the last day inside.
        QTest::newRow("conventions: 1 March + 30 -> 31 March inside")
            << QDate(2026, 3, 1) << 30 << QDate(2026, 3, 31) << true;
        QTest::newRow("conventions: 1 March + 30 -> 1 April outside")
            << QDate(2026, 3, 1) << 30 << QDate(2026, 4, 1) << false;
        QTest::newRow("conventions: day 0 inside") << QDate(2026, 3, 1) << 30 << QDate(2026, 3, 1) << true;
        QTest::newRow("conventions: day before outside") << QDate(2026, 3, 1) << 30 << QDate(2026, 2, 28) << false;
    }
    void withinDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, day);
        QFETCH(bool, inside);
        QCOMPARE(ProgramCalendar::isWithinDays(start, days, day), inside);
    }

    void termEndClampsToMonthEnd()
    {
        // Conventions: from 2024-02-29, one year is 2025-02-28.
        QCOMPARE(ProgramCalendar::termEnd(QDate(2024, 2, 29), 12), QDate(2025, 2, 28));
        QCOMPARE(ProgramCalendar::termEnd(QDate(2025, 1, 31), 1), QDate(2025, 2, 28));
    }

    void startOfDayAcrossDst()
    {
        // 2026-03-08 is the spring-forward day: midnight is still EST (UTC-5).
        QCOMPARE(
            ProgramCalendar::startOfDay(QDate(2026, 3, 8)).toUTC(), QDateTime(QDate(2026, 3, 8), QTime(5, 0), Qt::UTC));
        QCOMPARE(
            ProgramCalendar::startOfDay(QDate(2026, 3, 9)).toUTC(), QDateTime(QDate(2026, 3, 9), QTime(4, 0), Qt::UTC));
    }

    void usFederalHolidays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("holiday");
        QTest::newRow("Thanksgiving 2026") << QDate(2026, 11, 26) << true;
        QTest::newRow("Independence Day 2026 observed Friday") << QDate(2026, 7, 3) << true;
        QTest::newRow("Christmas 2027 observed Friday") << QDate(2027, 12, 24) << true;
        QTest::newRow("New Year 2028 observed Friday 2027-12-31") << QDate(2027, 12, 31) << true;
        QTest::newRow("Juneteenth 2026") << QDate(2026, 6, 19) << true;
        QTest::newRow("Memorial Day 2026") << QDate(2026, 5, 25) << true;
        QTest::newRow("an ordinary Wednesday") << QDate(2026, 11, 25) << false;
    }
    void usFederalHolidays()
    {
        QFETCH(QDate, day);
        QFETCH(bool, holiday);
        const BusinessCalendar calendar = BusinessCalendar::usFederal(day.year() - 1, day.year() + 1);
        QCOMPARE(calendar.isHoliday(day), holiday);
    }

    void businessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Friday + 1 skips the weekend") << QDate(2026, 11, 20) << 1 << QDate(2026, 11, 23);
        QTest::newRow("Wednesday before Thanksgiving + 1 skips Thursday")
            << QDate(2026, 11, 25) << 1 << QDate(2026, 11, 27);
        QTest::newRow("Wednesday before Thanksgiving + 2") << QDate(2026, 11, 25) << 2 << QDate(2026, 11, 30);
        QTest::newRow("Saturday + 2") << QDate(2026, 11, 21) << 2 << QDate(2026, 11, 24);
        QTest::newRow("zero stays") << QDate(2026, 11, 21) << 0 << QDate(2026, 11, 21);
    }
    void businessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, count);
        QFETCH(QDate, expected);
        const BusinessCalendar calendar = BusinessCalendar::usFederal(2025, 2027);
        QCOMPARE(calendar.addBusinessDays(from, count), expected);
    }

    void nowOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expectedUtc");
        QTest::newRow("Z") << "2026-11-25T12:00:00Z" << QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QTest::newRow("offset") << "2026-11-25T07:00:00-05:00" << QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QTest::newRow("no offset is New York time, not the machine's")
            << "2026-11-25T07:00:00" << QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QTest::newRow("a date alone is New York midnight (EDT)")
            << "2026-07-01" << QDateTime(QDate(2026, 7, 1), QTime(4, 0), Qt::UTC);
        QTest::newRow("garbage") << "next tuesday" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }
    void nowOption()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expectedUtc);
        const QDateTime parsed = parseNowOption(text);
        QCOMPARE(parsed.isValid(), expectedUtc.isValid());
        if (expectedUtc.isValid())
            QCOMPARE(parsed.toUTC(), expectedUtc);
    }

    void fixedClockAdvancesByCalendarDays()
    {
        // One calendar day across the fall-back change keeps 09:00 New York wall time.
        FixedClock clock(QDateTime(QDate(2026, 10, 31), QTime(9, 0), ProgramCalendar::zone()));
        clock.advanceDays(1);
        QCOMPARE(ProgramCalendar::toProgramTime(clock.now()).time(), QTime(9, 0));
        QCOMPARE(ProgramCalendar::dateOf(clock.now()), QDate(2026, 11, 1));
        clock.advanceSeconds(3600);
        QCOMPARE(ProgramCalendar::toProgramTime(clock.now()).time(), QTime(10, 0));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
