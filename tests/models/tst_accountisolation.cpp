// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "rowshash.h"
#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "carecoveragemodel.h"
#include "carestatus.h"
#include "cartmodel.h"
#include "checkout.h"
#include "orderdetail.h"
#include "ordersmodel.h"
#include "pointsdashboard.h"
#include "session.h"
#include "shop.h"
#include "statementmodel.h"
#include "warrantyhelp.h"

#include "storage/points/pointsservice.h"
#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #9, item 5: on a shared terminal the next person — another member or a guest — sees
// nothing of the demo member's points, statement, Care, coverage, orders, cart, saved address
// or warranty requests through any model a page binds to, and nothing they do changes it.
class TestAccountIsolation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    AccountId m_demo = 0;
    qint64 m_demoOrder = 0;
    QString m_demoAddressName;

    QSqlDatabase db() const
    {
        return m_context->database().connection();
    }

    // Every row that belongs to the demo member, hashed (tables with an account_id column).
    QByteArray demoRows() const
    {
        return rowsHash(db(), m_demo);
    }

    // What the next person at the terminal sees, page by page.
    void verifySeesNothingOfTheDemo()
    {
        PointsDashboard *dashboard = m_context->pointsDashboard();
        dashboard->refresh();
        QCOMPARE(dashboard->available(), 0.0);
        QCOMPARE(dashboard->pending(), 0.0);
        QCOMPARE(dashboard->pendingOrders().size(), 0);

        StatementModel statement;
        QAbstractItemModelTester statementTester(&statement);
        statement.reload();
        const int own = m_context->session()->isSignedIn() && !m_context->session()->isGuest()
            ? Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM points_entries WHERE account_id = ?"),
                { m_context->session()->accountId() })
                  ->toInt()
            : 0;
        QCOMPARE(statement.rowCount(), own);

        CareStatus *care = m_context->careStatus();
        care->refresh();
        QCOMPARE(care->state(), QStringLiteral("none"));
        QVERIFY(!care->hasBenefits());
        QCOMPARE(care->messages().size(), 0);
        CareCoverageModel coverage;
        QAbstractItemModelTester coverageTester(&coverage);
        coverage.reload();
        QCOMPARE(coverage.rowCount(), 0);

        OrdersModel orders;
        QAbstractItemModelTester ordersTester(&orders);
        orders.reload();
        QCOMPARE(orders.rowCount(), 0);
        // The demo member's order number, typed or guessed, opens nothing and allows nothing.
        OrderDetail detail;
        detail.show(m_demoOrder);
        QVERIFY(!detail.hasOrder());
        QVERIFY(!detail.previewCancel(0));
        QVERIFY(!detail.previewReturn(0, false));
        QVERIFY(!detail.previewPriceMatch(0, QStringLiteral("1.00")));
        QVERIFY(!detail.previewAllowed());

        QCOMPARE(m_context->shop()->cart()->rowCount(), 0);
        Checkout *checkout = m_context->shop()->checkout();
        checkout->start();
        // Not the demo member's last address: an empty form, at most the own name filled in.
        QCOMPARE(checkout->street(), QString());
        QCOMPARE(checkout->zip(), QString());
        QVERIFY(checkout->name() != m_demoAddressName);

        WarrantyHelp help;
        QCOMPARE(help.requests().size(), 0);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>(testContextOptions(m_dir->path()));
        QVERIFY(m_context->start());
        Session *session = m_context->session();
        QCOMPARE(session->signInAsDemo(), QString());
        m_demo = session->accountId();
        // The demo member leaves things behind: a cart, a warranty request, orders, Care.
        QCOMPARE(m_context->shop()->cart()->add(QStringLiteral("WH-1000XM6"), 1), QString());
        WarrantyHelp help;
        QCOMPARE(help.submitRequest(QStringLiteral("Alex Morgan"), QStringLiteral("1 Main St"),
                     QStringLiteral("5185550100"), QStringLiteral("WH-1000XM6"), QStringLiteral("2026-06-01"),
                     QStringLiteral("Silent"), QStringLiteral("Repair")),
            QStringList());
        m_demoOrder = m_context->checkout()->orders().page(m_demo, 0, 1).first().id;
        m_demoAddressName = m_context->checkout()->orders().order(m_demoOrder)->address.name;
        QVERIFY(!m_demoAddressName.isEmpty());
        QVERIFY(m_context->points()->ledger().balance(m_demo).available > 0);
        QCOMPARE(m_context->careStatus()->state(), QStringLiteral("active"));
        session->signOut();
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void anotherMemberSeesAndChangesNothing()
    {
        const QByteArray before = demoRows();
        Session *session = m_context->session();
        QCOMPARE(session->createAccount(QStringLiteral("sam@example.com"), QStringLiteral("Sam Lee"),
                     QStringLiteral("1990-04-01"), QStringLiteral("NY"), QStringLiteral("correct horse battery")),
            QStringList());
        QVERIFY(session->accountId() != m_demo);
        verifySeesNothingOfTheDemo();
        // What the other member does is theirs alone.
        QCOMPARE(m_context->shop()->cart()->add(QStringLiteral("NP-FZ100"), 1), QString());
        m_context->shop()->cart()->remove(0);
        m_context->pointsDashboard()->requestLeave();
        m_context->careStatus()->setAutoRenew(false);
        m_context->careStatus()->requestRefund();
        QCOMPARE(demoRows(), before);
    }

    void aGuestSeesAndChangesNothing()
    {
        const QByteArray before = demoRows();
        m_context->session()->continueAsGuest();
        QVERIFY(m_context->session()->isGuest());
        verifySeesNothingOfTheDemo();
        m_context->careStatus()->setAutoRenew(false);
        m_context->careStatus()->requestRefund();
        QCOMPARE(demoRows(), before);
    }
};

QTEST_GUILESS_MAIN(TestAccountIsolation)
#include "tst_accountisolation.moc"
