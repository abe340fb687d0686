// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "language.h"
#include "session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;

    AppContext::Options options() const
    {
        return testContextOptions(m_dir.path());
    }

private Q_SLOTS:
    void init()
    {
        m_context = std::make_unique<AppContext>(options());
        QVERIFY(m_context->start());
    }
    void cleanup()
    {
        m_context.reset();
    }

    void createAccountSignsIn()
    {
        Session *session = m_context->session();
        QSignalSpy changed(session, &Session::stateChanged);
        const QStringList problems = session->createAccount(QStringLiteral("kim@example.com"), QStringLiteral("Kim"),
            QStringLiteral("1990-04-23"), QStringLiteral("CA"), QStringLiteral("password1"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(session->displayName(), QStringLiteral("Kim"));
        QCOMPARE(changed.count(), 1);
        session->signOut();
        QCOMPARE(session->state(), Session::State::SignedOut);
        QCOMPARE(session->accountId(), 0);
        QCOMPARE(session->signIn(QStringLiteral("KIM@example.com"), QStringLiteral("password1")), QString());
        QVERIFY(session->isSignedIn());
    }

    void createAccountNamesEveryProblem_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("R-P10 too young in Alabama") << "2008-01-01"
                                                    << "AL"
                                                    << "at least 19 years old in AL";
        QTest::newRow("R-P10 unreadable date") << "23/04/1990"
                                               << "NY"
                                               << "year-month-day";
        QTest::newRow("R-P10 no state") << "1990-04-23"
                                        << ""
                                        << "United States residents only";
    }
    void createAccountNamesEveryProblem()
    {
        QFETCH(QString, birth);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        const QStringList problems = m_context->session()->createAccount(
            QStringLiteral("young@example.com"), QStringLiteral("Young"), birth, state, QStringLiteral("password1"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        QVERIFY(!m_context->session()->isSignedIn());
    }

    void emailTaken()
    {
        Session *session = m_context->session();
        QVERIFY(session
                    ->createAccount(QStringLiteral("lee@example.com"), QStringLiteral("Lee"),
                        QStringLiteral("1980-01-01"), QStringLiteral("NY"), QStringLiteral("password1"))
                    .isEmpty());
        session->signOut();
        const QStringList problems = session->createAccount(QStringLiteral("Lee@Example.com"), QStringLiteral("Other"),
            QStringLiteral("1980-01-01"), QStringLiteral("NY"), QStringLiteral("password2"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("already exists")));
    }

    void wrongPasswordDoesNotSayWhich()
    {
        Session *session = m_context->session();
        const QString unknown = session->signIn(QStringLiteral("ghost@example.com"), QStringLiteral("password1"));
        const QString wrong = session->signIn(session->demoEmail(), QStringLiteral("not the password"));
        QVERIFY(!unknown.isEmpty());
        QCOMPARE(wrong, unknown);
        QVERIFY(!session->isSignedIn());
    }

    void demoMemberExists()
    {
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        QVERIFY(m_context->session()->isSignedIn());
        QCOMPARE(m_context->session()->email(), QStringLiteral("demo@caredesk.example"));
    }

    void guestMode()
    {
        Session *session = m_context->session();
        session->continueAsGuest();
        QVERIFY(session->isGuest());
        QVERIFY(!session->isSignedIn());
        QCOMPARE(session->accountId(), 0);
        session->signOut();
        QCOMPARE(session->state(), Session::State::SignedOut);
    }

    void secondInstanceOnSameDataDirIsRefused()
    {
        AppContext second(options());
        QVERIFY(!second.start());
        QCOMPARE(second.startupError(), AppContext::StartupError::AlreadyRunning);
        QVERIFY(second.startupErrorText().contains(QStringLiteral("already open")));
    }

    void languageChoiceIsRemembered()
    {
        QVERIFY(m_context->language()->setCurrent(QStringLiteral("zh_CN")));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        m_context.reset();
        AppContext::Options o = options();
        o.language.clear(); // no --lang: the saved choice wins over the system locale
        m_context = std::make_unique<AppContext>(o);
        QCOMPARE(m_context->language()->current(), QStringLiteral("zh_CN"));
        QVERIFY(m_context->language()->setCurrent(QStringLiteral("en")));
        QVERIFY(!m_context->language()->setCurrent(QStringLiteral("fr")));
        QCOMPARE(m_context->language()->current(), QStringLiteral("en"));
        QVERIFY(m_context->start());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
