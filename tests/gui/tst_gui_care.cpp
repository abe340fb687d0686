// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "carestatus.h"
#include "checkout.h"
#include "guiharness.h"
#include "session.h"
#include "shop.h"

#include "core/programcalendar.h"
#include "storage/care/careservice.h"
#include "storage/sql.h"

#include <QAccessible>
#include <QLocale>

#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #5's GUI runs, by keyboard: the cut-off and renewal shown before turning auto-renew
// off and on, the renewal notice in the inbox, and the refund quote confirmed.
class TestGuiCare : public QObject
{
    Q_OBJECT

private:
    static QString text(GuiHarness &app)
    {
        return GuiHarness::visibleText(app.window()->contentItem());
    }

private Q_SLOTS:
    void autoRenewOffAndOnWithTheConsequenceShownFirst()
    {
        // The demo member's Care renews on 2026-12-15 (cut-off 2026-11-30); today is 11-25.
        GuiHarness app;
        QVERIFY(app.start());
        app.activate(app.waitForItem(QStringLiteral("demoButton")));
        QTRY_VERIFY(app.context().session()->isSignedIn());
        app.showPage(2);
        QVERIFY(app.waitForItem(QStringLiteral("careStatus")));
        QTRY_VERIFY(text(app).contains(QStringLiteral("Renews on Tuesday, December 15, 2026")));
        QVERIFY(text(app).contains(QStringLiteral("on or before Monday, November 30, 2026")));
        // R-C6: the notice is in the inbox, naming date, amount and cut-off.
        QVERIFY(text(app).contains(QStringLiteral("Your Care membership renews on Tuesday, December 15, 2026")));
        QVERIFY(text(app).contains(QStringLiteral("we will charge $179.99")));

        // R-C5/R-C7: the dialog says what turning it off does before anything changes.
        app.activate(app.item(QStringLiteral("autoRenewButton")));
        QQuickItem *consequence = app.waitForItem(QStringLiteral("autoRenewConsequence"));
        QVERIFY(consequence);
        QVERIFY(consequence->property("text").toString().contains(
            QStringLiteral("no charge on Tuesday, December 15, 2026")));
        QCOMPARE(app.context().careStatus()->state(), QStringLiteral("active"));
        app.activate(app.item(QStringLiteral("confirmAutoRenewButton")));
        QTRY_COMPARE(app.context().careStatus()->state(), QStringLiteral("cancelled"));
        QTRY_VERIFY(text(app).contains(QStringLiteral("you will not be charged again")));

        // And back on before the term ends.
        app.activate(app.waitForItem(QStringLiteral("autoRenewButton")));
        QVERIFY(app.waitForItem(QStringLiteral("autoRenewConsequence"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("charges $179.99")));
        app.activate(app.item(QStringLiteral("confirmAutoRenewButton")));
        QTRY_COMPARE(app.context().careStatus()->state(), QStringLiteral("active"));
    }

    void pastTheCutoffSaysTheNextRenewalIsStillCharged()
    {
        GuiHarness app;
        QVERIFY(app.start());
        QCOMPARE(app.context().session()->signInAsDemo(), QString());
        // Ten days before the renewal: five days past the 15-day cut-off (R-C5).
        const QDate renewal = app.context().care()->membership(app.context().session()->accountId()).renewalOn;
        QCOMPARE(renewal, QDate(2026, 12, 15));
        dynamic_cast<FixedClock &>(app.context().clock())
            .setNow(QDateTime(renewal.addDays(-10), QTime(10, 0), ProgramCalendar::zone()));
        app.showPage(2);
        app.activate(app.waitForItem(QStringLiteral("autoRenewButton")));
        QQuickItem *consequence = app.waitForItem(QStringLiteral("autoRenewConsequence"));
        QVERIFY(consequence->property("text").toString().contains(QStringLiteral("past the cut-off")));
        QVERIFY(consequence->property("text").toString().contains(
            QStringLiteral("still charges $179.99 on Tuesday, December 15, 2026")));
    }

    void refundQuoteConfirmed()
    {
        // A member who bought Care ten days ago: the quote lists the fee and the conditions,
        // and confirming refunds exactly the quoted amount (R-C8).
        GuiHarness app;
        QVERIFY(app.start());
        QVERIFY(app.context()
                    .session()
                    ->createAccount(QStringLiteral("lee@example.com"), QStringLiteral("Lee"),
                        QStringLiteral("1985-05-05"), QStringLiteral("NY"), QStringLiteral("password1"))
                    .isEmpty());
        const StoredCard card { QStringLiteral("Visa"), QStringLiteral("1881"), QStringLiteral("tok_visa_1881"), 2030,
            1 };
        QVERIFY(app.context().care()->purchase(
            app.context().session()->accountId(), app.context().clock().now().addDays(-10), card, false));
        app.showPage(2);
        QQuickItem *refund = app.waitForItem(QStringLiteral("refundButton"));
        QVERIFY(refund);
        QVERIFY(text(app).contains(QStringLiteral("Refund if you cancel today: $179.99")));
        QVERIFY(text(app).contains(QStringLiteral("Care fee paid")));
        app.activate(refund);
        app.activate(app.waitForItem(QStringLiteral("confirmRefundButton")));
        QTRY_COMPARE(app.context().careStatus()->state(), QStringLiteral("refunded"));
        QTRY_VERIFY(text(app).contains(QStringLiteral("Refunded $179.99 to your card")));
    }

    void buyCareWithHeadphonesInTheShop()
    {
        // R-C1/R-C2: a new member adds Care to a cart with a qualifying product, checks out
        // by keyboard, and the Care page shows the membership active with its renewal.
        QTemporaryDir data;
        GuiHarness::Config config;
        config.dataDir = data.path();
        {
            GuiHarness app(config);
            QVERIFY(app.start());
            QVERIFY(app.context()
                        .session()
                        ->createAccount(QStringLiteral("new@example.com"), QStringLiteral("Sam Lee"),
                            QStringLiteral("1990-05-05"), QStringLiteral("NY"), QStringLiteral("password1"))
                        .isEmpty());
            QTRY_VERIFY(app.context().session()->isSignedIn());
            const AccountId account = app.context().session()->accountId();
            QCOMPARE(app.context().care()->membership(account).state, CareState::NotMember);
            app.showPage(3);
            for (const QString &sku : { QStringLiteral("WH-1000XM6"), QStringLiteral("CARE-1Y") }) {
                QQuickItem *search = app.waitForItem(QStringLiteral("catalogSearch"));
                QVERIFY(search);
                app.typeInto(search, sku);
                QQuickItem *add = app.waitForItem(QStringLiteral("catalogAction-") + sku);
                QVERIFY2(add, qPrintable(sku));
                app.activate(add);
                QTRY_VERIFY(text(app).contains(QStringLiteral("Added to the cart")));
            }
            app.activate(app.item(QStringLiteral("cartTab")));
            app.activate(app.waitForItem(QStringLiteral("checkoutButton")));
            const auto type = [&app](const char *field, const QString &value) {
                QQuickItem *item = app.waitForItem(QString::fromLatin1(field));
                QVERIFY2(item, field);
                app.typeInto(item, value);
            };
            type("shipName", QStringLiteral("Sam Lee"));
            type("shipStreet", QStringLiteral("12 Boxwood Road"));
            type("shipCity", QStringLiteral("Albany"));
            app.context().shop()->checkout()->setState(QStringLiteral("NY"));
            type("shipZip", QStringLiteral("12203"));
            type("cardHolder", QStringLiteral("Sam Lee"));
            type("cardNumber", QStringLiteral("4242 4242 4242 4242"));
            type("cardExpiry", QStringLiteral("12/30"));
            type("cardCvv", QStringLiteral("123"));
            QQuickItem *place = app.waitForItem(QStringLiteral("placeOrderButton"));
            QTRY_VERIFY2(place->isEnabled(), qPrintable(text(app)));
            app.activate(place);
            QTRY_VERIFY(text(app).contains(QStringLiteral(" is placed.")));
            QCOMPARE(app.context().care()->membership(account).state, CareState::Active);

            app.showPage(2);
            QTRY_VERIFY(text(app).contains(QStringLiteral("Your Care membership is active.")));
            QVERIFY(text(app).contains(QStringLiteral("$179.99 will be charged")));
            // The headphones bought with it are covered for two years (R-C9).
            QTRY_VERIFY(text(app).contains(QStringLiteral("covered through")));
            QVERIFY(!text(app).contains(QStringLiteral("Your Care membership renews on")));
        }

        // R-C6: started again with --now 28 days before the renewal (past the 30-day notice
        // date), the member signs in and finds the notice in the inbox.
        config.now = QDateTime(QDate(2027, 10, 28), QTime(14, 0), Qt::UTC);
        GuiHarness later(config);
        QVERIFY(later.start());
        QCOMPARE(later.context().session()->signIn(QStringLiteral("new@example.com"), QStringLiteral("password1")),
            QString());
        later.showPage(2);
        QTRY_VERIFY2(text(later).contains(QStringLiteral("Your Care membership renews on Thursday, November 25, 2027")),
            qPrintable(text(later)));
        QVERIFY(text(later).contains(QStringLiteral("we will charge $179.99")));
    }

    void demoHeadphonesBoughtWithCareAreCovered()
    {
        // R-C9: the headphones bought in the Care order are covered through the day before
        // the purchase's second anniversary; the row is reached by keyboard and says so.
        GuiHarness app;
        QVERIFY(app.start());
        app.activate(app.waitForItem(QStringLiteral("demoButton")));
        QTRY_VERIFY(app.context().session()->isSignedIn());
        const AccountId account = app.context().session()->accountId();
        const QDate bought = app.context().care()->membership(account).purchasedOn;
        const auto careOrder = Sql::scalar(app.context().database().connection(),
            QStringLiteral("SELECT l.order_id FROM order_lines l JOIN orders o ON o.id = l.order_id "
                           "WHERE o.account_id = ? AND l.sku = 'CARE-1Y'"),
            { account });
        QVERIFY(careOrder);
        app.showPage(2);
        QVERIFY(app.waitForItem(QStringLiteral("coverageHeading")));
        // The newest products come first, a page at a time: the member asks for older ones
        // by keyboard until the Care order's headphones are listed.
        const QString rowName = QStringLiteral("coverage-WH-1000XM6-%1").arg(careOrder->toLongLong());
        QQuickItem *row = nullptr;
        for (int page = 0; page < 50 && !(row = app.item(rowName)); ++page) {
            QQuickItem *more = app.waitForItem(QStringLiteral("coverageShowMore"));
            QVERIFY2(more, "the Care order's products were never listed");
            app.activate(more);
            // Focus moves to the first product of the new page.
            QTRY_VERIFY(app.window()->activeFocusItem()->objectName().startsWith(QStringLiteral("coverage-")));
        }
        QVERIFY(row);
        QVERIFY(row->property("covered").toBool());
        const QLocale locale;
        const QString through
            = locale.toString(CareRules::coverageLastDay(bought, app.context().care()->terms()), QLocale::LongFormat);
        const QString sentence = QStringLiteral("Bought on %1; covered through %2.")
                                     .arg(locale.toString(bought, QLocale::LongFormat), through);
        QCOMPARE(row->property("reason").toString(), sentence);
        QVERIFY(GuiHarness::visibleText(row).contains(sentence));
        app.focus(row);
        QTRY_VERIFY(row->hasActiveFocus());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(row);
        QVERIFY(accessible);
        QVERIFY(accessible->text(QAccessible::Name).contains(QStringLiteral(", covered. ") + sentence));
        // The arrow keys move between rows (older products follow the Care order's).
        app.pressKey(Qt::Key_Down);
        QTRY_VERIFY(!row->hasActiveFocus());
        QVERIFY(app.window()->activeFocusItem()->objectName().startsWith(QStringLiteral("coverage-")));
        app.pressKey(Qt::Key_Up);
        QTRY_VERIFY(row->hasActiveFocus());
        // Older products, bought before joining, say why they are not covered.
        while (QQuickItem *more = app.item(QStringLiteral("coverageShowMore")))
            app.activate(more);
        QTRY_VERIFY(text(app).contains(QStringLiteral("when you were not a Care member: not covered.")));
        QVERIFY(!app.item(QStringLiteral("coverageEmpty")));
        QVERIFY(GuiHarness::accessibilityProblems(app.window()->contentItem()).isEmpty());
    }
};

QTEST_MAIN(TestGuiCare)
#include "tst_gui_care.moc"
