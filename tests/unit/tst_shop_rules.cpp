// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/programcalendar.h"
#include "core/shop/shoprules.h"
#include "core/textcheck.h"

#include <QTest>

using namespace CareDesk;

namespace {
QDateTime et(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), ProgramCalendar::zone());
}
} // namespace

class TestShopRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkoutHours_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("open");
        QTest::newRow("R-K2 02:59:59 ET open") << et(2026, 11, 25, 2, 59, 59) << true;
        QTest::newRow("R-K2 03:00 ET closed (exclusive cut-off)") << et(2026, 11, 25, 3) << false;
        QTest::newRow("R-K2 05:59:59 ET closed") << et(2026, 11, 25, 5, 59, 59) << false;
        QTest::newRow("R-K2 06:00 ET open") << et(2026, 11, 25, 6) << true;
        QTest::newRow("R-K2 spring-forward day, 03:30 EDT closed") << et(2026, 3, 8, 3, 30) << false;
        QTest::newRow("R-K2 fall-back day, 01:30 EDT open")
            << QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC) << true;
        QTest::newRow("R-K2 fall-back day, 03:00 EST closed")
            << QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC) << false;
        QTest::newRow("R-K2 from Shanghai: 16:30 CST is 03:30 EST, closed")
            << QDateTime(QDate(2026, 11, 25), QTime(16, 30), QTimeZone("Asia/Shanghai")) << false;
        QTest::newRow("R-K2 from Shanghai: 19:00 CST is 06:00 EST, open")
            << QDateTime(QDate(2026, 11, 25), QTime(19, 0), QTimeZone("Asia/Shanghai")) << true;
    }
    void checkoutHours()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, open);
        QCOMPARE(CheckoutHours::isOpen(at), open);
        if (!open)
            QCOMPARE(ProgramCalendar::toProgramTime(CheckoutHours::nextOpening(at)).time(), QTime(6, 0));
    }

    void shipDates_data()
    {
        QTest::addColumn<int>("option");
        QTest::addColumn<QDateTime>("placed");
        QTest::addColumn<QDate>("ships");
        QTest::newRow("R-K5 rush at 17:59:59 on a Tuesday ships that day")
            << int(ShippingOption::NextDay) << et(2026, 11, 24, 17, 59, 59) << QDate(2026, 11, 24);
        QTest::newRow("R-K5 rush at 18:00 ships the next business day")
            << int(ShippingOption::TwoDay) << et(2026, 11, 24, 18) << QDate(2026, 11, 25);
        QTest::newRow("R-K5 rush on Wednesday evening before Thanksgiving: Friday")
            << int(ShippingOption::NextDay) << et(2026, 11, 25, 19) << QDate(2026, 11, 27);
        QTest::newRow("R-K5 ground on a Friday ships Monday")
            << int(ShippingOption::Ground) << et(2026, 11, 20, 9) << QDate(2026, 11, 23);
        QTest::newRow("R-K5 rush on a Saturday ships Monday")
            << int(ShippingOption::NextDay) << et(2026, 11, 21, 9) << QDate(2026, 11, 23);
        QTest::newRow("R-K5 ground before Christmas (observed Friday 12-25)")
            << int(ShippingOption::Ground) << et(2026, 12, 24, 9) << QDate(2026, 12, 28);
    }
    void shipDates()
    {
        QFETCH(int, option);
        QFETCH(QDateTime, placed);
        QFETCH(QDate, ships);
        const ShippingPlanner planner(BusinessCalendar::usFederal(2026, 2027));
        QCOMPARE(planner.shipDate(ShippingOption(option), placed), ships);
    }

    void poBoxes_data()
    {
        QTest::addColumn<QString>("street");
        QTest::addColumn<bool>("poBox");
        for (const char *box : { "PO Box 123", "P.O. Box 123", "P O Box 12", "p.o.box 77", "POBox 9",
                 "Post Office Box 12", "POB 12", "Box 12", "PO Box #12", "12 Main St, PO Box 5", "Postal Box 3" })
            QTest::newRow((QByteArray("R-K6 rejects ") + box).constData()) << QString::fromLatin1(box) << true;
        for (const char *street :
            { "123 Boxwood Rd", "45 Box Elder St", "700 Boxer Ave", "1 Fox Box Lane", "12 Main St" })
            QTest::newRow((QByteArray("R-K6 accepts ") + street).constData()) << QString::fromLatin1(street) << false;
    }
    void poBoxes()
    {
        QFETCH(QString, street);
        QFETCH(bool, poBox);
        QCOMPARE(AddressCheck::isPoBox(street), poBox);
    }

    void addressFields()
    {
        QCOMPARE(AddressCheck::check({ QStringLiteral("Ann"), QStringLiteral("1 Main St"), QStringLiteral("Albany"),
                     QStringLiteral("NY"), QStringLiteral("12207-1234") }),
            QList<AddressCheck::Problem> {});
        QCOMPARE(AddressCheck::check({ QString(), QStringLiteral("PO Box 1"), QString(), QStringLiteral("XX"),
                     QStringLiteral("1220") }),
            (QList<AddressCheck::Problem> { AddressCheck::Problem::NameMissing, AddressCheck::Problem::PoBox,
                AddressCheck::Problem::CityMissing, AddressCheck::Problem::StateInvalid,
                AddressCheck::Problem::ZipInvalid }));
        // Issue #9: what a label cannot print is refused per field; other scripts' digits are
        // not a ZIP code.
        QCOMPARE(AddressCheck::check(
                     { QStringLiteral("Ann\nLee"), QStringLiteral("1 Main St\u202E"), QStringLiteral("Alb\u0000any"),
                         QStringLiteral("NY"), QStringLiteral("\u0661\u0662\u0662\u0660\u0667") }),
            (QList<AddressCheck::Problem> { AddressCheck::Problem::NameUnprintable,
                AddressCheck::Problem::StreetUnprintable, AddressCheck::Problem::CityUnprintable,
                AddressCheck::Problem::ZipInvalid }));
    }

    void printableLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("printable");
        QTest::newRow("Latin with accents") << QStringLiteral("Zoë Ångström") << true;
        QTest::newRow("Chinese") << QStringLiteral("王小明") << true;
        QTest::newRow("Arabic, right to left") << QStringLiteral("محمد بن علي") << true;
        QTest::newRow("emoji with joiners") << QStringLiteral("👩‍👩‍👧 🏳️‍🌈") << true;
        QTest::newRow("line break") << QStringLiteral("a\nb") << false;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false;
        QTest::newRow("NUL") << QString(QChar(0)) << false;
        QTest::newRow("escape sequence") << QStringLiteral("\u001b[31mred") << false;
        QTest::newRow("right-to-left override") << QStringLiteral("\u202Etxt.exe") << false;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << false;
        QTest::newRow("lone low surrogate") << QString(QChar(0xDE00)) << false;
    }
    void printableLines()
    {
        QFETCH(QString, text);
        QFETCH(bool, printable);
        QCOMPARE(TextCheck::isPrintableLine(text), printable);
    }

    void cards_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("luhn");
        QTest::addColumn<QString>("brand");
        QTest::newRow("R-K7 Visa test number") << "4242 4242 4242 4242" << true << "Visa";
        QTest::newRow("R-K7 Mastercard test number") << "5555-5555-5555-4444" << true << "Mastercard";
        QTest::newRow("R-K7 Amex test number") << "378282246310005" << true << "American Express";
        QTest::newRow("R-K7 one digit off") << "4242424242424241" << false << "Visa";
        QTest::newRow("R-K7 letters") << "4242-abcd-4242-4242" << false << "Visa";
        QTest::newRow("R-K7 too short") << "4242" << false << "Visa";
    }
    void cards()
    {
        QFETCH(QString, number);
        QFETCH(bool, luhn);
        QFETCH(QString, brand);
        QCOMPARE(CardCheck::luhnValid(number), luhn);
        QCOMPARE(CardCheck::brandOf(number), brand);
    }

    void cardExpiry()
    {
        // R-K7: valid through the last day of its month, New York time.
        QVERIFY(CardCheck::notExpired(2026, 11, et(2026, 11, 30, 23, 59)));
        QVERIFY(!CardCheck::notExpired(2026, 11, et(2026, 12, 1, 0, 0)));
        QVERIFY(!CardCheck::notExpired(2026, 13, et(2026, 1, 1, 0, 0)));
    }

    void returns_data()
    {
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("cash");
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("selfService");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("feeFromPoints");
        QTest::addColumn<qint64>("refund");
        QTest::newRow("R-K8 $20 line: the $5 minimum")
            << qint64(2000) << qint64(2000) << 10 << true << qint64(500) << qint64(0) << qint64(1500);
        QTest::newRow("R-K8 $200 line: 15%")
            << qint64(20000) << qint64(20000) << 10 << true << qint64(3000) << qint64(0) << qint64(17000);
        QTest::newRow("R-K8 $3 line: never more than the line")
            << qint64(300) << qint64(300) << 10 << true << qint64(300) << qint64(0) << qint64(0);
        QTest::newRow("R-K8 paid mostly in points: the rest of the fee from points")
            << qint64(20000) << qint64(1000) << 10 << true << qint64(3000) << qint64(2000) << qint64(0);
        QTest::newRow("R-K8 day 30: self-service")
            << qint64(20000) << qint64(20000) << 30 << true << qint64(3000) << qint64(0) << qint64(17000);
        QTest::newRow("R-K8 day 31: contact support")
            << qint64(20000) << qint64(20000) << 31 << false << qint64(0) << qint64(0) << qint64(0);
    }
    void returns()
    {
        QFETCH(qint64, net);
        QFETCH(qint64, cash);
        QFETCH(int, day);
        QFETCH(bool, selfService);
        QFETCH(qint64, fee);
        QFETCH(qint64, feeFromPoints);
        QFETCH(qint64, refund);
        const ReturnQuote q = ReturnRules::quote(QDate(2026, 10, 1), QDate(2026, 10, 1).addDays(day), net, cash);
        QCOMPARE(q.selfService, selfService);
        QCOMPARE(q.restockingFee, fee);
        QCOMPARE(q.feeFromPoints, feeFromPoints);
        QCOMPARE(q.cashRefund, refund);
    }
};

QTEST_GUILESS_MAIN(TestShopRules)
#include "tst_shop_rules.moc"
