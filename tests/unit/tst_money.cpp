// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/money.h"

#include <QTest>

using namespace CareDesk;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentRoundsHalfUp_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("conventions: 15% of $20.00") << qint64(2000) << 15 << qint64(300);
        QTest::newRow("conventions: 15% of $0.10 = 1.5c -> 2c") << qint64(10) << 15 << qint64(2);
        QTest::newRow("conventions: 15% of $0.03 = 0.45c -> 0c") << qint64(3) << 15 << qint64(0);
        QTest::newRow("conventions: 15% of $199.99") << qint64(19999) << 15 << qint64(3000);
    }
    void percentRoundsHalfUp()
    {
        QFETCH(qint64, amount);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        QCOMPARE(percentOf(amount, percent), expected);
    }

    void parseDollars_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << "12" << true << qint64(1200);
        QTest::newRow("one decimal") << "12.5" << true << qint64(1250);
        QTest::newRow("dollar sign and comma") << "$1,234.56" << true << qint64(123456);
        QTest::newRow("three decimals refused") << "1.234" << false << qint64(0);
        QTest::newRow("negative refused") << "-5" << false << qint64(0);
        QTest::newRow("10^12 dollars refused") << "1000000000000" << false << qint64(0);
        QTest::newRow("words refused") << "ten" << false << qint64(0);
        QTest::newRow("empty refused") << "" << false << qint64(0);
    }
    void parseDollars()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, cents);
        const auto parsed = CareDesk::parseDollars(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, cents);
    }

    void plainString()
    {
        QCOMPARE(centsToPlainString(17999), QStringLiteral("179.99"));
        QCOMPARE(centsToPlainString(5), QStringLiteral("0.05"));
        QCOMPARE(centsToPlainString(-250), QStringLiteral("-2.50"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
