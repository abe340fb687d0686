// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "idlesignout.h"
#include "session.h"

#include "storage/backups.h"
#include "storage/signinguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #9: sign-in throttling, idle sign-out on shared terminals, private files.
class TestSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    AppContext::Options options() const
    {
        return testContextOptions(m_dir->path());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // each test starts with no failures recorded
    }

    void delaysGrow()
    {
        QCOMPARE(SignInGuard::delayAfter(4), qint64(0));
        QCOMPARE(SignInGuard::delayAfter(5), qint64(30));
        QCOMPARE(SignInGuard::delayAfter(6), qint64(60));
        QCOMPARE(SignInGuard::delayAfter(8), qint64(240));
        QCOMPARE(SignInGuard::delayAfter(40), qint64(3600));
    }

    void fiveFailuresThenAWait()
    {
        auto context = std::make_unique<AppContext>(options());
        QVERIFY(context->start());
        Session *session = context->session();
        const QString email = session->demoEmail();
        for (int i = 0; i < 5; ++i)
            QVERIFY(session->signIn(email, QStringLiteral("guess %1").arg(i)).contains(QStringLiteral("not right")));
        // The right password now waits too: the guesser cannot tell.
        QVERIFY(session->signIn(email, session->demoPassword()).contains(QStringLiteral("wait 30 seconds")));
        QVERIFY(!session->isSignedIn());
        // Unknown emails are throttled alike, so the delay reveals nothing.
        for (int i = 0; i < 5; ++i)
            session->signIn(QStringLiteral("nobody@example.com"), QStringLiteral("x"));
        QVERIFY(session->signIn(QStringLiteral("nobody@example.com"), QStringLiteral("x"))
                    .contains(QStringLiteral("before trying again")));

        // A restart does not reset it.
        context.reset();
        context = std::make_unique<AppContext>(options());
        QVERIFY(context->start());
        QVERIFY(context->session()
                    ->signIn(email, context->session()->demoPassword())
                    .contains(QStringLiteral("before trying again")));
        dynamic_cast<FixedClock &>(context->clock()).advanceSeconds(31);
        QCOMPARE(context->session()->signIn(email, context->session()->demoPassword()), QString());
        // A success clears the count: one more mistake is just a mistake.
        context->session()->signOut();
        QVERIFY(context->session()->signIn(email, QStringLiteral("typo")).contains(QStringLiteral("not right")));
        QCOMPARE(context->session()->signIn(email, context->session()->demoPassword()), QString());
    }

    void idleSignOut()
    {
        AppContext context(options());
        QVERIFY(context.start());
        context.idleSignOut()->setTimeout(std::chrono::milliseconds(300));
        QCOMPARE(context.session()->signInAsDemo(), QString());
        // Typing keeps the session.
        QObject target;
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(100);
            QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&target, &key);
        }
        QVERIFY(context.session()->isSignedIn());
        // Silence signs out, and the sign-in page says why.
        QTRY_VERIFY_WITH_TIMEOUT(!context.session()->isSignedIn(), 2000);
        QVERIFY(context.session()->signOutNotice().contains(QStringLiteral("without activity")));
        QCOMPARE(context.session()->signInAsDemo(), QString());
        QVERIFY(context.session()->signOutNotice().isEmpty());
    }

    void dailyBackupsRotate()
    {
        AppContext context(options());
        QVERIFY(context.start()); // start() writes today's copy
        const QString dir = QDir(context.dataDir()).filePath(QStringLiteral("backups"));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("daily-2026-11-25.sqlite"))));
        for (int day = 1; day <= 10; ++day)
            Backups::makeDaily(context.database(), dir, QDate(2026, 11, 25).addDays(day));
        const QStringList kept = QDir(dir).entryList({ QStringLiteral("daily-*.sqlite") }, QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), Backups::kKeepDays);
        QCOMPARE(kept.last(), QStringLiteral("daily-2026-12-05.sqlite"));
    }

    void damagedDatabaseRestoredFromTheLatestBackup()
    {
        QString path;
        {
            AppContext context(options());
            QVERIFY(context.start());
            QVERIFY(context.session()
                        ->createAccount(QStringLiteral("kept@example.com"), QStringLiteral("Kept"),
                            QStringLiteral("1980-01-01"), QStringLiteral("NY"), QStringLiteral("password1"))
                        .isEmpty());
            // Tomorrow's copy holds the new account.
            QVERIFY(!Backups::makeDaily(
                context.database(), QDir(context.dataDir()).filePath(QStringLiteral("backups")), QDate(2026, 11, 26))
                         .isEmpty());
            path = context.databasePath();
        }
        // Damage the file: garbage over the header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));

        {
            AppContext broken(options());
            QVERIFY(!broken.start());
            QCOMPARE(broken.openResult().status, Database::Status::NotADatabase);
            QVERIFY(!broken.restorableBackup().isEmpty());
            const QString outcome = broken.restoreLatestBackup();
            QVERIFY2(outcome.startsWith(QStringLiteral("Restored")), qPrintable(outcome));
            QVERIFY(QFile::exists(path + QStringLiteral(".damaged-1"))); // kept, never deleted
        } // the member quits and starts again

        AppContext again(options());
        QVERIFY(again.start());
        QCOMPARE(again.session()->signIn(QStringLiteral("kept@example.com"), QStringLiteral("password1")), QString());
    }

    void privateFiles()
    {
        AppContext context(options());
        QVERIFY(context.start());
        const QFileInfo dir(context.dataDir());
        QCOMPARE(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const QFileInfo db(context.databasePath());
        QVERIFY(db.exists());
        QCOMPARE(db.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
