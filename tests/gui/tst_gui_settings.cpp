// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "databasesettings.h"
#include "guiharness.h"
#include "session.h"

#include <QSettings>
#include <QTest>

using namespace CareDesk;

// Issue #11's Settings entry, by keyboard: the page says which database this terminal uses,
// refuses an address with a password (and saves nothing), saves the store's database for
// the next start with Enter, and goes back to this computer's own database.
class TestGuiSettings : public QObject
{
    Q_OBJECT

private:
    static QString savedUrl(const GuiHarness &app)
    {
        return QSettings(QDir(app.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
            .value(QStringLiteral("database/url"))
            .toString();
    }

private Q_SLOTS:
    void chooseTheStoresDatabaseThenGoBack()
    {
        GuiHarness app(GuiHarness::Config {});
        QVERIFY(app.start());
        QCOMPARE(app.context().session()->signInAsDemo(), QString());
        app.showPage(6);
        QQuickItem *inUse = app.waitForItem(QStringLiteral("databaseInUse"));
        QVERIFY(inUse);
        QCOMPARE(inUse->property("text").toString(),
            QStringLiteral("This terminal uses its own database on this computer: %1.")
                .arg(app.context().databasePath()));

        QQuickItem *field = app.item(QStringLiteral("databaseUrlField"));
        QVERIFY(field);
        QVERIFY(!app.item(QStringLiteral("databaseStatus"))); // no message yet
        app.typeInto(field, QStringLiteral("postgresql://caredesk:secret@db.example:5432/caredesk"));
        app.pressKey(Qt::Key_Return);
        QQuickItem *status = app.waitForItem(QStringLiteral("databaseStatus"));
        QVERIFY(status);
        QTRY_COMPARE(status->property("text").toString(),
            QStringLiteral("Leave the password out of the address; put it in ~/.pgpass on this computer."));
        QCOMPARE(savedUrl(app), QString());

        app.typeInto(field, QStringLiteral("postgresql://caredesk@db.example/caredesk"));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE(status->property("text").toString(),
            QStringLiteral("Saved. CareDesk uses postgresql://caredesk@db.example:5432/caredesk from its next start."));
        QCOMPARE(savedUrl(app), QStringLiteral("postgresql://caredesk@db.example:5432/caredesk"));
        QVERIFY(app.context().databaseSettings()->restartNeeded());
        QVERIFY(inUse->property("text").toString().contains(QLatin1String("own database"))); // until the restart

        app.activate(app.item(QStringLiteral("databaseUseLocal")));
        QTRY_COMPARE(status->property("text").toString(),
            QStringLiteral("Saved. CareDesk uses this computer's own database from its next start."));
        QCOMPARE(savedUrl(app), QString());
        QVERIFY(!app.context().databaseSettings()->restartNeeded());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
