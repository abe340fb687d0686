// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "session.h"

#include "accountwording.h"
#include "appcontext.h"

#include "core/clock.h"
#include "core/programcalendar.h"
#include "storage/demodata.h"
#include "storage/passwordhasher.h"
#include "storage/signinguard.h"

#include <QJSEngine>

namespace CareDesk {

Session::Session(QObject *parent)
    : QObject(parent)
{ }

Session::~Session() = default;

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Session *session = AppContext::instance()->session();
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

void Session::attach(QSqlDatabase db, const PasswordHasher &hasher, const Clock &clock)
{
    m_db = std::move(db);
    m_hasher = &hasher;
    m_clock = &clock;
}

Session::State Session::state() const
{
    return m_state;
}

bool Session::isSignedIn() const
{
    return m_state == State::SignedIn;
}

bool Session::isGuest() const
{
    return m_state == State::Guest;
}

QString Session::displayName() const
{
    return isSignedIn() ? m_account.displayName : QString();
}

QString Session::email() const
{
    return isSignedIn() ? m_account.email : QString();
}

qint64 Session::accountId() const
{
    return isSignedIn() ? m_account.id : 0;
}

QString Session::demoEmail() const
{
    return DemoData::email();
}

QString Session::demoPassword() const
{
    return DemoData::password();
}

QString Session::signIn(const QString &email, const QString &password)
{
    if (!m_hasher)
        return AccountWording::storageUnavailable();
    if (email.trimmed().isEmpty() || password.isEmpty())
        return AccountWording::credentialsMissing();
    SignInGuard guard(m_db);
    const QDateTime now = m_clock->now();
    if (const qint64 wait = guard.waitSeconds(email, now); wait > 0)
        return AccountWording::tooManyAttempts(wait);
    const auto account = AccountStore(m_db, *m_hasher).verify(email, password);
    if (!account) {
        guard.recordFailure(email, now);
        return AccountWording::wrongCredentials();
    }
    guard.recordSuccess(email);
    setAccount(account, State::SignedIn);
    return {};
}

QString Session::signInAsDemo()
{
    return signIn(DemoData::email(), DemoData::password());
}

QStringList Session::createAccount(const QString &email, const QString &displayName, const QString &birthDate,
    const QString &state, const QString &password)
{
    if (!m_hasher)
        return { AccountWording::storageUnavailable() };
    NewAccount account { email, displayName, QDate::fromString(birthDate.trimmed(), Qt::ISODate), state };
    const QDate today = ProgramCalendar::dateOf(m_clock->now());
    QStringList messages;
    const bool birthDateTyped = !birthDate.trimmed().isEmpty();
    for (AccountProblem problem : AccountRules::check(account, password, today)) {
        // Text that is not a date at all deserves "how to write it", not "missing".
        messages << (problem == AccountProblem::BirthDateMissing && birthDateTyped
                ? AccountWording::birthDateUnreadable()
                : AccountWording::problem(problem, account.state));
    }
    if (!messages.isEmpty())
        return messages;

    const auto created = AccountStore(m_db, *m_hasher).create(account, password, m_clock->now());
    switch (created.status) {
    case AccountStore::CreateStatus::Created:
        setAccount(AccountStore(m_db, *m_hasher).byId(created.id), State::SignedIn);
        return {};
    case AccountStore::CreateStatus::EmailTaken:
        return { AccountWording::emailTaken() };
    case AccountStore::CreateStatus::HashFailed:
    case AccountStore::CreateStatus::StorageFailed:
        break;
    }
    return { AccountWording::storageUnavailable() };
}

void Session::continueAsGuest()
{
    setAccount(std::nullopt, State::Guest);
}

void Session::signOut()
{
    m_signOutNotice.clear();
    setAccount(std::nullopt, State::SignedOut);
}

void Session::signOutForInactivity()
{
    m_signOutNotice = AccountWording::signedOutForInactivity();
    setAccount(std::nullopt, State::SignedOut);
}

QString Session::signOutNotice() const
{
    return m_state == State::SignedOut ? m_signOutNotice : QString();
}

void Session::setAccount(const std::optional<Account> &account, State state)
{
    if (m_state == State::SignedIn)
        Q_EMIT signingOut();
    m_account = account.value_or(Account {});
    m_state = account ? state : (state == State::SignedIn ? State::SignedOut : state);
    Q_EMIT stateChanged();
    if (m_state == State::SignedIn)
        Q_EMIT signedInAs(m_account.id);
}

} // namespace CareDesk
