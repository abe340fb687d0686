// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "guiharness.h"
#include "language.h"
#include "session.h"
#include "usstatesmodel.h"

#include <QTest>

using namespace CareDesk;

// The account flows of issue 3, driven through the real window by keyboard.
class TestGuiAccounts : public QObject
{
    Q_OBJECT

private:
    void chooseState(GuiHarness &app, const QString &code)
    {
        QQuickItem *box = app.item(QStringLiteral("newState"));
        QVERIFY(box);
        app.focus(box);
        const int wanted = UsStatesModel().indexOfCode(code);
        for (int i = 0; i < 60 && box->property("currentIndex").toInt() != wanted; ++i)
            app.pressKey(box->property("currentIndex").toInt() < wanted ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(box->property("currentValue").toString(), code);
    }

private Q_SLOTS:
    void createAccountSignOutSignIn()
    {
        GuiHarness app;
        QVERIFY(app.start());

        app.activate(app.waitForItem(QStringLiteral("createAccountButton")));
        QVERIFY(app.waitForItem(QStringLiteral("newEmail")));

        // R-P10 first refused: 17 years old in New York; the page says why.
        app.typeInto(app.item(QStringLiteral("newEmail")), QStringLiteral("rin@example.com"));
        app.typeInto(app.item(QStringLiteral("newName")), QStringLiteral("Rin Sato"));
        app.typeInto(app.item(QStringLiteral("newBirthDate")), QStringLiteral("2009-01-10"));
        chooseState(app, QStringLiteral("NY"));
        app.typeInto(app.item(QStringLiteral("newPassword")), QStringLiteral("sakura-2026"));
        app.typeInto(app.item(QStringLiteral("newPasswordConfirm")), QStringLiteral("sakura-2026"));
        app.activate(app.item(QStringLiteral("createButton")));
        QTRY_VERIFY2(GuiHarness::visibleText(app.window()->contentItem())
                         .contains(QStringLiteral("at least 18 years old in NY")),
            qPrintable(GuiHarness::visibleText(app.window()->contentItem())));
        QVERIFY(!app.context().session()->isSignedIn());

        // Then accepted once the date of birth is right.
        app.typeInto(app.item(QStringLiteral("newBirthDate")), QStringLiteral("1996-01-10"));
        app.activate(app.item(QStringLiteral("createButton")));
        QTRY_VERIFY(app.context().session()->isSignedIn());
        QCOMPARE(app.context().session()->displayName(), QStringLiteral("Rin Sato"));
        QTRY_VERIFY(app.window()->title().contains(QStringLiteral("Rin Sato")));

        // Sign out from the navigation, then back in with the new credentials.
        app.activate(app.waitForItem(QStringLiteral("navigationSignOut")));
        QTRY_VERIFY(!app.context().session()->isSignedIn());
        QQuickItem *email = app.waitForItem(QStringLiteral("signInEmail"));
        QVERIFY(email);
        app.typeInto(email, QStringLiteral("RIN@example.com"));
        app.typeInto(app.item(QStringLiteral("signInPassword")), QStringLiteral("wrong-password"));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(GuiHarness::visibleText(app.window()->contentItem()).contains(QStringLiteral("not right")));
        QVERIFY(!app.context().session()->isSignedIn());
        app.typeInto(app.item(QStringLiteral("signInPassword")), QStringLiteral("sakura-2026"));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.context().session()->isSignedIn());
        QCOMPARE(app.context().session()->email(), QStringLiteral("rin@example.com"));
    }

    void guestAndShortcuts()
    {
        GuiHarness app;
        QVERIFY(app.start());
        app.activate(app.waitForItem(QStringLiteral("guestButton")));
        QTRY_VERIFY(app.context().session()->isGuest());
        // Ctrl+7 opens Settings, which says guest orders earn no points (R-P9).
        app.pressKey(Qt::Key_7, Qt::ControlModifier);
        QTRY_VERIFY(app.item(QStringLiteral("languageBox")));
        QVERIFY(GuiHarness::visibleText(app.window()->contentItem()).contains(QStringLiteral("do not earn points")));

        // Switch to Simplified Chinese from the keyboard: every open page retranslates at once.
        QQuickItem *languageBox = app.item(QStringLiteral("languageBox"));
        app.focus(languageBox);
        app.pressKey(Qt::Key_Down);
        QTRY_COMPARE(app.context().language()->current(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(GuiHarness::visibleText(app.window()->contentItem())
                        .contains(QStringLiteral("以访客身份下的订单不累积积分")));
        QVERIFY(GuiHarness::visibleText(app.window()->contentItem()).contains(QStringLiteral("设置")));
        QVERIFY(!GuiHarness::visibleText(app.window()->contentItem()).contains(QStringLiteral("Settings")));
    }
};

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
