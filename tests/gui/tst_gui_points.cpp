// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "format.h"
#include "guiharness.h"
#include "pointsdashboard.h"
#include "session.h"
#include "statementmodel.h"

#include "storage/points/pointsservice.h"
#include "storage/sql.h"

#include <QAccessible>
#include <QFile>
#include <QTest>

using namespace CareDesk;

// Issue #4's GUI run, by keyboard: sign in as the demo member, read the balance on the
// dashboard, open the statement, filter it, export it to CSV and check the file's rows.
class TestGuiPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dashboardStatementFilterExport()
    {
        GuiHarness app;
        QVERIFY(app.start());
        app.activate(app.waitForItem(QStringLiteral("demoButton")));
        QTRY_VERIFY(app.context().session()->isSignedIn());

        // The balance card reads the ledger's balance, formatted, with its dollar value.
        const PointsBalance balance = app.context().points()->ledger().balance(app.context().session()->accountId());
        QVERIFY(balance.available > 0);
        QQuickItem *card = app.waitForItem(QStringLiteral("balanceFigure"));
        QVERIFY(card);
        const QString expected = Format().number(double(balance.available));
        QTRY_VERIFY(GuiHarness::visibleText(card).contains(expected));
        QVERIFY(GuiHarness::visibleText(card).contains(Format().dollars(double(balance.available))));

        // Ctrl+2: the statement, newest first.
        app.showPage(1);
        QQuickItem *list = app.waitForItem(QStringLiteral("statementList"));
        QVERIFY(list);
        auto *model = qobject_cast<StatementModel *>(list->property("model").value<QObject *>());
        QVERIFY(model);
        QTRY_VERIFY(model->rowCount() > 0);

        // Filter to expiries with the keyboard: the kind box, Down until "Expired".
        QQuickItem *kindBox = app.item(QStringLiteral("kindFilter"));
        app.focus(kindBox);
        for (int i = 0; i < 12 && model->kindFilter() != QLatin1String("expire"); ++i)
            app.pressKey(Qt::Key_Down);
        QCOMPARE(model->kindFilter(), QStringLiteral("expire"));
        QTRY_VERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->data(model->index(row), StatementModel::KindRole).toString(), QStringLiteral("expire"));

        // A date range typed into the fields, confirmed with Enter.
        app.typeInto(app.item(QStringLiteral("fromDate")), QStringLiteral("2026-01-01"));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE(model->fromDate(), QStringLiteral("2026-01-01"));
        int expiredIn2026 = model->rowCount();
        while (model->canFetchMore({}))
            model->fetchMore({});
        expiredIn2026 = model->rowCount();
        QVERIFY(expiredIn2026 > 0);

        // Export: the button opens the save dialog; choose a file and accept it.
        app.activate(app.item(QStringLiteral("exportButton")));
        QObject *dialog = app.window()->findChild<QObject *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        const QString path = app.dataDir() + QStringLiteral("/expired-2026.csv");
        // Qt's own dialog UI picks the file; the page's part starts at its accepted signal.
        QVERIFY(dialog->setProperty("selectedFile", QUrl::fromLocalFile(path)));
        QCOMPARE(dialog->property("selectedFile").toUrl(), QUrl::fromLocalFile(path));
        QMetaObject::invokeMethod(dialog, "accepted");
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), expiredIn2026 + 1);
        for (int i = 1; i < lines.size(); ++i) {
            QVERIFY2(lines[i].startsWith("2026-"), lines[i].constData());
            QVERIFY2(lines[i].contains(",Expired,"), lines[i].constData());
        }
        QTRY_VERIFY(GuiHarness::visibleText(app.window()->contentItem()).contains(QStringLiteral("Exported")));
    }

    // R-P11 by keyboard: leaving asks first, stating what it costs. The confirmation is built
    // on first use (issue #10: not at every start); Keep changes nothing, Leave and forfeit
    // files the request, which the dashboard then shows instead of the button.
    void leaveProgramAsksFirst_RP11()
    {
        GuiHarness app;
        QVERIFY(app.start());
        app.activate(app.waitForItem(QStringLiteral("demoButton")));
        QTRY_VERIFY(app.context().session()->isSignedIn());
        PointsDashboard *dashboard = app.context().pointsDashboard();
        QCOMPARE(dashboard->leaveState(), QStringLiteral("none"));
        QVERIFY(!app.window()->findChild<QObject *>(QStringLiteral("leaveDialog")));

        app.activate(app.waitForItem(QStringLiteral("leaveButton")));
        QQuickItem *keep = app.waitForItem(QStringLiteral("keepMembershipButton"));
        QVERIFY(keep);
        QTRY_VERIFY(keep->hasActiveFocus());
        QVERIFY(!dashboard->leavePreview().isEmpty());
        QCOMPARE(GuiHarness::visibleText(app.item(QStringLiteral("leavePreviewText"))), dashboard->leavePreview());
        app.pressKey(Qt::Key_Space);
        QTRY_VERIFY(!app.item(QStringLiteral("keepMembershipButton")));
        QCOMPARE(dashboard->leaveState(), QStringLiteral("none"));

        // The same dialog again, this time confirmed.
        app.activate(app.item(QStringLiteral("leaveButton")));
        app.activate(app.waitForItem(QStringLiteral("confirmLeaveButton")));
        QTRY_COMPARE(dashboard->leaveState(), QStringLiteral("pending"));
        QVERIFY(app.waitForItem(QStringLiteral("leavePendingText")));
        QVERIFY(app.waitForItem(QStringLiteral("withdrawLeaveButton")));
        QTRY_VERIFY(!app.item(QStringLiteral("leaveButton")));
        QCOMPARE(app.window()->findChildren<QObject *>(QStringLiteral("leaveDialog")).size(), 1);
    }

    // A screen reader's press on the dashboard's button (plain Qt Quick since issue #10)
    // does what a click does: it opens the confirmation.
    void screenReaderPressOpensTheLeaveDialog_RP11()
    {
        GuiHarness app;
        QVERIFY(app.start());
        QCOMPARE(app.context().session()->signInAsDemo(), QString());
        QQuickItem *button = app.waitForItem(QStringLiteral("leaveButton"));
        QVERIFY(button);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY(accessible && accessible->actionInterface());
        QCOMPARE(accessible->role(), QAccessible::Button);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Leave the program"));
        QVERIFY(accessible->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
        accessible->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QVERIFY(app.waitForItem(QStringLiteral("keepMembershipButton")));
    }

    // At twice the text size the dashboard is taller than the window: it scrolls, its scroll
    // bar (Qt Quick Controls, loaded after the first frame) arrives, and Tab to the last
    // button brings that button into view.
    void dashboardScrollsAtLargeText()
    {
        GuiHarness::Config config;
        config.fontScale = 2.0;
        GuiHarness app(config);
        QVERIFY(app.start());
        QCOMPARE(app.context().session()->signInAsDemo(), QString());
        QQuickItem *scroller = app.waitForItem(QStringLiteral("dashboardScroller"));
        QVERIFY(scroller);
        QTRY_VERIFY(scroller->property("contentHeight").toReal() > scroller->height());
        QCOMPARE(scroller->property("contentY").toReal(), 0.0);
        QQuickItem *bar = nullptr;
        QTRY_VERIFY((bar = app.window()->findChild<QQuickItem *>(QStringLiteral("dashboardScrollerBar"))));
        QVERIFY(bar->inherits("QQuickScrollBar"));
        QCOMPARE(bar->parentItem(), scroller); // attached as the Flickable's ScrollBar.vertical
        QCOMPARE(bar->property("orientation").toInt(), int(Qt::Vertical));
        QVERIFY(bar->property("size").toReal() < 1.0);

        QQuickItem *leave = app.item(QStringLiteral("leaveButton"));
        QVERIFY(leave);
        app.focus(leave);
        QTRY_VERIFY(scroller->property("contentY").toReal() > 0);
        const QPointF top = leave->mapToItem(scroller, QPointF(0, 0));
        QVERIFY2(top.y() >= 0 && top.y() + leave->height() <= scroller->height(), "the focused button is in view");
        QTRY_VERIFY(bar->property("position").toReal() > 0);
    }
};

QTEST_MAIN(TestGuiPoints)
#include "tst_gui_points.moc"
