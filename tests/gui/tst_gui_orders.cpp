// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "appcontext.h"
#include "guiharness.h"
#include "session.h"

#include "storage/points/pointsservice.h"
#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"

#include <QTest>

using namespace CareDesk;

// Issue #6's Orders page by keyboard on the real window (R-K8, R-K9, R-K10, R-P6, R-P7):
// the history, a line's delivery promise, a return with its restocking fee shown before
// confirming, a defective item sent to warranty help, a price match on a part.
class TestGuiOrders : public QObject
{
    Q_OBJECT

    // 10:00 in New York on 1 December 2026: the demo's newest order (two hours old) has not
    // shipped; the one before it (13 days old, earbuds and a battery part) is delivered.
    static GuiHarness::Config config()
    {
        GuiHarness::Config c;
        c.now = QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
        return c;
    }

    static QString text(GuiHarness &app)
    {
        return GuiHarness::visibleText(app.window()->contentItem());
    }

    static void openOrders(GuiHarness &app)
    {
        app.activate(app.waitForItem(QStringLiteral("demoButton")));
        QTRY_VERIFY(app.context().session()->isSignedIn());
        app.showPage(4);
        QQuickItem *list = app.waitForItem(QStringLiteral("orderList"));
        QVERIFY(list);
        app.focus(list);
    }

    static QString lineStatus(GuiHarness &app, const QString &sku, qint64 orderId)
    {
        return Sql::scalar(app.context().database().connection(),
            QStringLiteral("SELECT status FROM order_lines WHERE sku = ? AND order_id = ?"), { sku, orderId })
            ->toString();
    }

    static qint64 newestOrderWith(GuiHarness &app, const QString &sku)
    {
        return Sql::scalar(app.context().database().connection(),
            QStringLiteral("SELECT max(order_id) FROM order_lines WHERE sku = ?"), { sku })
            ->toLongLong();
    }

private Q_SLOTS:
    void historyShowsPromisesAndCancelPreview()
    {
        GuiHarness app(config());
        QVERIFY(app.start());
        openOrders(app);
        // R-K9: the newest order is shown first, each line with its promise (R-K5: the
        // back-ordered lens ships ground, later).
        QTRY_VERIFY(app.item(QStringLiteral("orderLine-SEL50F18F")));
        QVERIFY(app.item(QStringLiteral("lineDelivery-SEL50F18F"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Back-ordered: Ground")));
        QVERIFY(text(app).contains(QStringLiteral("points pending until it ships")));

        // R-P3/R-P7: the preview says what the cancel does before anything moves; Escape
        // keeps the line.
        const qint64 orderId = newestOrderWith(app, QStringLiteral("SEL50F18F"));
        app.activate(app.waitForItem(QStringLiteral("cancelLine-SEL50F18F")));
        QVERIFY(app.waitForItem(QStringLiteral("orderPreview")));
        QVERIFY(text(app).contains(QStringLiteral("Pending points this line would have earned, cancelled:")));
        QVERIFY(text(app).contains(QStringLiteral("Money back: $")));
        app.pressKey(Qt::Key_Escape);
        QTRY_VERIFY(!app.item(QStringLiteral("orderPreview")));
        QCOMPARE(lineStatus(app, QStringLiteral("SEL50F18F"), orderId), QStringLiteral("backordered"));

        // Confirmed, the line is cancelled and its pending points are gone (R-P3).
        const AccountId account = app.context().session()->accountId();
        const Points pending = app.context().points()->ledger().balance(account).pending;
        app.activate(app.waitForItem(QStringLiteral("cancelLine-SEL50F18F")));
        app.activate(app.waitForItem(QStringLiteral("confirmLineAction")));
        QTRY_COMPARE(lineStatus(app, QStringLiteral("SEL50F18F"), orderId), QStringLiteral("cancelled"));
        QVERIFY(app.context().points()->ledger().balance(account).pending < pending);
        QTRY_VERIFY(app.item(QStringLiteral("lineDelivery-SEL50F18F"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Cancelled on")));
        QVERIFY(app.item(QStringLiteral("orderResult"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Cancelled.")));
        QVERIFY(!app.item(QStringLiteral("cancelLine-SEL50F18F")));
        QCOMPARE(GuiHarness::accessibilityProblems(app.window()->contentItem()), QStringList());
    }

    void returnShowsRestockingFeeFirst()
    {
        GuiHarness app(config());
        QVERIFY(app.start());
        openOrders(app);
        // Down arrow: the order before, delivered 13 days ago.
        app.pressKey(Qt::Key_Down);
        QQuickItem *returnButton = app.waitForItem(QStringLiteral("returnLine-WF-1000XM5"));
        QVERIFY(returnButton);
        const qint64 orderId = Sql::scalar(app.context().database().connection(),
            QStringLiteral("SELECT max(order_id) FROM order_lines WHERE sku = 'WF-1000XM5' AND status = 'delivered'"))
                                   ->toLongLong();
        const Cents net = Sql::scalar(app.context().database().connection(),
            QStringLiteral("SELECT net_cents FROM order_lines WHERE sku = 'WF-1000XM5' AND order_id = ?"), { orderId })
                              ->toLongLong();

        // R-K8: 15% restocking fee (at least $5), shown before confirming.
        app.activate(returnButton);
        QVERIFY(app.waitForItem(QStringLiteral("orderPreview")));
        const Cents fee = std::max<Cents>(500, percentOf(net, 15));
        QVERIFY2(text(app).contains(QStringLiteral("Restocking fee (15%, at least $5 per line): $%1.%2")
                                        .arg(fee / 100)
                                        .arg(fee % 100, 2, 10, QLatin1Char('0'))),
            qPrintable(text(app)));
        app.activate(app.waitForItem(QStringLiteral("confirmLineAction")));
        QTRY_COMPARE(lineStatus(app, QStringLiteral("WF-1000XM5"), orderId), QStringLiteral("returned"));
        QCOMPARE(
            Sql::scalar(app.context().database().connection(),
                QStringLiteral("SELECT restock_fee_cents FROM order_lines WHERE sku = 'WF-1000XM5' AND order_id = ?"),
                { orderId })
                ->toLongLong(),
            fee);
        QTRY_VERIFY(text(app).contains(QStringLiteral("Return recorded.")));
    }

    void defectiveGoesToWarrantyHelp()
    {
        GuiHarness app(config());
        QVERIFY(app.start());
        openOrders(app);
        app.pressKey(Qt::Key_Down);
        app.activate(app.waitForItem(QStringLiteral("returnDefective-WF-1000XM5")));
        QVERIFY(app.waitForItem(QStringLiteral("orderPreview")));
        QVERIFY(text(app).contains(QStringLiteral("covered by the warranty")));
        QVERIFY(!app.item(QStringLiteral("confirmLineAction")));
        app.activate(app.waitForItem(QStringLiteral("openWarrantyHelp")));
        QTRY_COMPARE(app.window()->property("currentPage").toInt(), 5);
    }

    void priceMatchOnAPart()
    {
        GuiHarness app(config());
        QVERIFY(app.start());
        openOrders(app);
        app.pressKey(Qt::Key_Down);
        QQuickItem *price = app.waitForItem(QStringLiteral("competitorPrice-NP-FZ100"));
        QVERIFY(price);
        const qint64 orderId = newestOrderWith(app, QStringLiteral("NP-FZ100"));

        // R-K10: a price not below what was paid is refused with what to type.
        app.typeInto(price, QStringLiteral("9999"));
        app.activate(app.waitForItem(QStringLiteral("priceMatch-NP-FZ100")));
        QTRY_VERIFY(text(app).contains(QStringLiteral("it must be below the price you paid")));
        QVERIFY(!app.item(QStringLiteral("confirmLineAction")));
        app.activate(app.waitForItem(QStringLiteral("keepLine")));

        app.typeInto(app.waitForItem(QStringLiteral("competitorPrice-NP-FZ100")), QStringLiteral("5.00"));
        app.activate(app.waitForItem(QStringLiteral("priceMatch-NP-FZ100")));
        QTRY_VERIFY(text(app).contains(QStringLiteral("New price: $5.00 each")));
        app.activate(app.waitForItem(QStringLiteral("confirmLineAction")));
        QTRY_VERIFY(
            Sql::scalar(app.context().database().connection(),
                QStringLiteral("SELECT price_match_cents FROM order_lines WHERE sku = 'NP-FZ100' AND order_id = ?"),
                { orderId })
                ->toLongLong()
            > 0);
        QTRY_VERIFY(text(app).contains(QStringLiteral("Price matched.")));
    }
};

QTEST_MAIN(TestGuiOrders)
#include "tst_gui_orders.moc"
