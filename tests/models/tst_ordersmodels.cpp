// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "orderdetail.h"
#include "orderlinesmodel.h"
#include "ordersmodel.h"
#include "session.h"
#include "shop.h"

#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// The Orders page's models over the demo member's history (issue #6, R-K9): keyset pages,
// one row per change, never another customer's order.
class TestOrdersModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh demo for every test
    std::unique_ptr<AppContext> m_context;

    QSqlDatabase db() const
    {
        return m_context->database().connection();
    }

    // A copy of order `orderId` and its lines (another order in the history), returns its id.
    qint64 copyOrder(qint64 orderId)
    {
        const auto columns = [this](const QString &table) {
            QStringList names;
            QSqlQuery q = Sql::prepare(db(), QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            Sql::exec(q, { table });
            while (q.next())
                if (q.value(0).toString() != QLatin1String("id"))
                    names << q.value(0).toString();
            return names;
        };
        const QString orderColumns = columns(QStringLiteral("orders")).join(QLatin1Char(','));
        Sql::run(db(), QStringLiteral("INSERT INTO orders (%1) SELECT %1 FROM orders WHERE id = ?").arg(orderColumns),
            { orderId });
        const qint64 copy = Sql::scalar(db(), QStringLiteral("SELECT max(id) FROM orders"))->toLongLong();
        QStringList lineColumns = columns(QStringLiteral("order_lines"));
        lineColumns.removeAll(QStringLiteral("order_id"));
        lineColumns.removeAll(QStringLiteral("complimentary_for"));
        const QString list = lineColumns.join(QLatin1Char(','));
        Sql::run(db(),
            QStringLiteral("INSERT INTO order_lines (order_id, %1) SELECT ?, %1 FROM order_lines WHERE order_id = ? "
                           "AND complimentary_for IS NULL")
                .arg(list),
            { copy, orderId });
        return copy;
    }

    int orderCount() const
    {
        return Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM orders WHERE account_id = ?"),
            { m_context->session()->accountId() })
            ->toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>(testContextOptions(m_dir->path()));
        QVERIFY(m_context->start());
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
    }
    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void historyLoadsPageByPageNewestFirst()
    {
        // R-K9: years of orders open one page at a time.
        const qint64 first = Sql::scalar(db(), QStringLiteral("SELECT min(id) FROM orders"))->toLongLong();
        for (int i = 0; i < 2 * OrdersModel::kPageSize; ++i)
            QVERIFY(copyOrder(first) > 0);
        OrdersModel model(m_context.get(), nullptr);
        QCOMPARE(model.rowCount(), OrdersModel::kPageSize);
        QCOMPARE(model.totalCount(), orderCount());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), orderCount());
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.orderIdAt(row) < model.orderIdAt(row - 1));
        QVERIFY(model.data(model.index(0), OrdersModel::TotalTextRole).toString().startsWith(QLatin1Char('$')));
        QVERIFY(!model.data(model.index(0), OrdersModel::AccessibleTextRole).toString().isEmpty());
    }

    void cancelChangesOneRowNotTheModel()
    {
        OrdersModel orders(m_context.get(), nullptr);
        QAbstractItemModelTester ordersTester(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderDetail detail(m_context.get(), nullptr);
        QAbstractItemModelTester linesTester(detail.lines(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        detail.show(orders.orderIdAt(0)); // the demo's order of two hours ago
        QVERIFY(detail.hasOrder());
        int lens = -1;
        for (int row = 0; row < detail.lines()->rowCount(); ++row)
            if (detail.lines()->data(detail.lines()->index(row), OrderLinesModel::SkuRole)
                == QStringLiteral("SEL50F18F"))
                lens = row;
        QVERIFY(lens >= 0);
        QVERIFY(detail.lines()->data(detail.lines()->index(lens), OrderLinesModel::CanCancelRole).toBool());
        QVERIFY(!detail.lines()->data(detail.lines()->index(lens), OrderLinesModel::CanReturnRole).toBool());

        // R-P7: the preview lists the money and the pending points, nothing moves yet.
        QVERIFY(detail.previewCancel(lens));
        QVERIFY(detail.previewLines().join(QLatin1Char('\n')).contains(QStringLiteral("Money back: $")));
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM order_lines WHERE status = 'cancelled'"))->toInt(),
            0);

        QSignalSpy ordersReset(&orders, &QAbstractItemModel::modelReset);
        QSignalSpy ordersChanged(&orders, &QAbstractItemModel::dataChanged);
        QSignalSpy linesReset(detail.lines(), &QAbstractItemModel::modelReset);
        QSignalSpy linesChanged(detail.lines(), &QAbstractItemModel::dataChanged);
        QVERIFY(detail.confirm().startsWith(QStringLiteral("Cancelled.")));
        QCOMPARE(ordersReset.count(), 0);
        QCOMPARE(ordersChanged.count(), 1);
        QCOMPARE(ordersChanged.first().first().toModelIndex().row(), 0);
        QCOMPARE(linesReset.count(), 0);
        QCOMPARE(linesChanged.count(), 1);
        QCOMPARE(linesChanged.first().first().toModelIndex().row(), lens);
        QVERIFY(orders.data(orders.index(0), OrdersModel::StatusTextRole)
                    .toString()
                    .contains(QStringLiteral("Cancelled: 1")));
        QVERIFY(!detail.lines()->data(detail.lines()->index(lens), OrderLinesModel::CanCancelRole).toBool());
        // Confirming again does nothing: the preview closed with the action.
        QVERIFY(!detail.previewAllowed());
    }

    void aPlacedOrderIsOneInsertedRow()
    {
        OrdersModel orders(m_context.get(), nullptr);
        QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = orders.rowCount();
        QSignalSpy reset(&orders, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&orders, &QAbstractItemModel::rowsInserted);
        const qint64 copy = copyOrder(orders.orderIdAt(0));
        m_context->shop()->notifyOrderPlaced(copy);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(orders.rowCount(), before + 1);
        QCOMPARE(orders.orderIdAt(0), copy);
    }

    void anotherMembersOrderIsNotShown()
    {
        // Issue #9: an order id typed or guessed shows nothing of another member's order.
        const qint64 demoOrder = OrdersModel(m_context.get(), nullptr).orderIdAt(0);
        m_context->session()->signOut();
        QVERIFY(m_context->session()
                    ->createAccount(QStringLiteral("other@example.com"), QStringLiteral("Other"),
                        QStringLiteral("1980-02-02"), QStringLiteral("CA"), QStringLiteral("password1"))
                    .isEmpty());
        OrdersModel orders(m_context.get(), nullptr);
        QCOMPARE(orders.rowCount(), 0);
        OrderDetail detail(m_context.get(), nullptr);
        detail.show(demoOrder);
        QVERIFY(!detail.hasOrder());
        QCOMPARE(detail.lines()->rowCount(), 0);
        QVERIFY(!detail.previewCancel(0));
        QCOMPARE(detail.confirm(), QString());
    }

    void priceMatchNeedsAPrice_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("R-K10 empty") << QString();
        QTest::newRow("R-K10 letters") << QStringLiteral("cheap");
        QTest::newRow("R-K10 negative") << QStringLiteral("-5");
        QTest::newRow("R-K10 zero") << QStringLiteral("0");
        QTest::newRow("R-K10 10^12") << QStringLiteral("1000000000000");
    }
    void priceMatchNeedsAPrice()
    {
        QFETCH(QString, typed);
        OrderDetail detail(m_context.get(), nullptr);
        const qint64 partOrder = Sql::scalar(
            db(), QStringLiteral("SELECT max(order_id) FROM order_lines WHERE kind = 'part' AND status = 'delivered'"))
                                     ->toLongLong();
        QVERIFY(partOrder > 0);
        detail.show(partOrder);
        int part = -1;
        for (int row = 0; row < detail.lines()->rowCount(); ++row)
            if (detail.lines()->data(detail.lines()->index(row), OrderLinesModel::CanPriceMatchRole).toBool())
                part = row;
        QVERIFY(part >= 0);
        QVERIFY(!detail.previewPriceMatch(part, typed));
        QVERIFY(!detail.previewLines().isEmpty());
        QCOMPARE(detail.confirm(), QString());
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT sum(price_match_cents) FROM order_lines"))->toLongLong(), 0);
    }
};

QTEST_MAIN(TestOrdersModels)
#include "tst_ordersmodels.moc"
