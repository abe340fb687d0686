// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "databasesettings.h"
#include "session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #11: Settings shows which database this terminal uses and saves the store's shared
// PostgreSQL database for the next start; --database wins over the saved choice; a saved
// server that cannot be reached stops the start with a way back to the local database.
class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private:
    // Nothing listens on a socket in a folder that does not exist: libpq fails at once.
    static QString unreachable()
    {
        return QStringLiteral("postgresql://caredesk@/caredesk?host=/nonexistent-caredesk-test&port=5432");
    }

    static QString saved(const QString &dataDir)
    {
        return QSettings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
            .value(QStringLiteral("database/url"))
            .toString();
    }

private Q_SLOTS:
    void validatesAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("savedAs");
        const QString ok;
        QTest::newRow("server and port") << "postgresql://caredesk@db.example:5432/caredesk" << ok
                                         << "postgresql://caredesk@db.example:5432/caredesk";
        QTest::newRow("default port") << "  postgresql://caredesk@db.example/caredesk " << ok
                                      << "postgresql://caredesk@db.example:5432/caredesk";
        QTest::newRow("other port") << "postgresql://till@10.0.0.5:6543/store" << ok
                                    << "postgresql://till@10.0.0.5:6543/store";
        QTest::newRow("IPv6") << "postgresql://caredesk@[fd00::5]:5432/caredesk" << ok
                              << "postgresql://caredesk@[fd00::5]:5432/caredesk";
        QTest::newRow("Unix socket") << "postgresql://caredesk@/caredesk?host=/run/postgresql&port=5433" << ok
                                     << "postgresql://caredesk@/caredesk?host=/run/postgresql&port=5433";
        QTest::newRow("empty") << ""
                               << "Enter the address of the store's database."
                               << "";
        QTest::newRow("not postgresql") << "http://db.example/caredesk"
                                        << "Write the address as postgresql://user@host:5432/dbname."
                                        << "";
        QTest::newRow("a file") << "/home/till/caredesk.sqlite"
                                << "Write the address as postgresql://user@host:5432/dbname."
                                << "";
        QTest::newRow("no server") << "postgresql:///caredesk"
                                   << "The address names no server: postgresql://user@SERVER:5432/dbname."
                                   << "";
        QTest::newRow("no database") << "postgresql://caredesk@db.example:5432/"
                                     << "The address names no database: postgresql://user@host:5432/DATABASE."
                                     << "";
        QTest::newRow("port too large") << "postgresql://caredesk@db.example:99999/caredesk"
                                        << "The port must be a number from 1 to 65535, for example 5432."
                                        << "";
        QTest::newRow("port not a number") << "postgresql://caredesk@db.example:fast/caredesk"
                                           << "The port must be a number from 1 to 65535, for example 5432."
                                           << "";
        QTest::newRow("password") << "postgresql://caredesk:s3cret@db.example:5432/caredesk"
                                  << "Leave the password out of the address; put it in ~/.pgpass on this computer."
                                  << "";
    }
    void validatesAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        QFETCH(QString, savedAs);
        QTemporaryDir dir;
        AppContext context(testContextOptions(dir.path()));
        QVERIFY(context.start());
        DatabaseSettings *settings = context.databaseSettings();
        QCOMPARE(settings->problemWith(url), problem);
        QSignalSpy changed(settings, &DatabaseSettings::savedUrlChanged);
        QCOMPARE(settings->save(url), problem);
        QCOMPARE(saved(dir.path()), savedAs); // a refused address is not saved, a password never
        QCOMPARE(settings->savedUrl(), savedAs);
        QCOMPARE(changed.count(), problem.isEmpty() ? 1 : 0);
        QCOMPARE(settings->restartNeeded(), problem.isEmpty());
        QVERIFY(!settings->shared()); // this run keeps its database
    }

    void savedDatabaseIsUsedFromTheNextStart()
    {
        QTemporaryDir dir;
        {
            AppContext local(testContextOptions(dir.path()));
            QVERIFY(local.start());
            QVERIFY(!local.databaseSettings()->shared());
            QCOMPARE(local.databaseSettings()->location(), local.databasePath());
            QCOMPARE(local.session()->createAccount(QStringLiteral("kim@example.com"), QStringLiteral("Kim"),
                         QStringLiteral("1985-06-01"), QStringLiteral("CA"), QStringLiteral("password1")),
                QStringList());
            QCOMPARE(local.databaseSettings()->save(unreachable()), QString());
        }
        {
            AppContext next(testContextOptions(dir.path()));
            QVERIFY(next.databaseSettings()->shared());
            QCOMPARE(next.databaseSettings()->source(), DatabaseSettings::Source::Saved);
            QCOMPARE(next.databaseSettings()->location(), unreachable());
            QVERIFY(!next.start()); // it tried the saved server, not the local file
            QCOMPARE(next.startupError(), AppContext::StartupError::Storage);
            QCOMPARE(next.openResult().status, Database::Status::CannotOpen);
            QVERIFY2(next.startupErrorText().contains(
                         QLatin1String("could not reach the store's database ") + unreachable()),
                qPrintable(next.startupErrorText()));
            QCOMPARE(next.failedSavedDatabase(), unreachable());
            QVERIFY(next.useLocalDatabase().contains(QLatin1String("own database")));
        }
        AppContext back(testContextOptions(dir.path()));
        QVERIFY(back.start());
        QVERIFY(!back.databaseSettings()->shared());
        QCOMPARE(back.session()->signIn(QStringLiteral("kim@example.com"), QStringLiteral("password1")), QString());
    }

    void commandLineWinsOverTheSavedChoice()
    {
        QTemporaryDir dir;
        {
            AppContext local(testContextOptions(dir.path()));
            QVERIFY(local.start());
            QCOMPARE(local.databaseSettings()->save(QStringLiteral("postgresql://caredesk@db.example:5432/caredesk")),
                QString());
        }
        AppContext::Options options = testContextOptions(dir.path());
        options.databaseUrl = unreachable();
        AppContext context(options);
        QVERIFY(context.databaseSettings()->fromCommandLine());
        QCOMPARE(context.databaseSettings()->location(), unreachable());
        QVERIFY(context.databaseSettings()->restartNeeded()); // without --database: db.example
        QVERIFY(!context.start());
        QCOMPARE(context.failedSavedDatabase(), QString()); // Settings did not choose it
    }

    void brokenSavedAddressStopsTheStartWithAWayBack()
    {
        QTemporaryDir dir;
        QSettings(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
            .setValue(QStringLiteral("database/url"), QStringLiteral("postgresql://caredesk@db.example:0/caredesk"));
        AppContext context(testContextOptions(dir.path()));
        QVERIFY(!context.start());
        QCOMPARE(context.startupError(), AppContext::StartupError::DatabaseUrlInvalid);
        QVERIFY(context.startupErrorText().contains(QLatin1String("cannot be used")));
        QCOMPARE(context.openResult().detail,
            QStringLiteral("The port must be a number from 1 to 65535, for example 5432."));
        QVERIFY(!context.failedSavedDatabase().isEmpty());
        context.useLocalDatabase();
        QCOMPARE(saved(dir.path()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
