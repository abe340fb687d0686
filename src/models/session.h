// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/accountstore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

class Clock;
class PasswordHasher;

/// Who is using the app: signed out, a guest, or a signed-in member (R-P10 accounts).
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// SignedOut, Guest or SignedIn.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// True for a signed-in member.
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY stateChanged)
    /// True while browsing as a guest (R-P9: guest orders earn no points).
    Q_PROPERTY(bool guest READ isGuest NOTIFY stateChanged)
    /// The signed-in member's name ("" otherwise).
    Q_PROPERTY(QString displayName READ displayName NOTIFY stateChanged)
    /// The signed-in member's email ("" otherwise).
    Q_PROPERTY(QString email READ email NOTIFY stateChanged)
    /// The signed-in member's account id (0 otherwise).
    Q_PROPERTY(qint64 accountId READ accountId NOTIFY stateChanged)
    /// Why the last sign-out happened when it was not asked for ("" otherwise), for the sign-in page.
    Q_PROPERTY(QString signOutNotice READ signOutNotice NOTIFY stateChanged)
    /// The documented demo credentials, shown on the sign-in page.
    Q_PROPERTY(QString demoEmail READ demoEmail CONSTANT)
    Q_PROPERTY(QString demoPassword READ demoPassword CONSTANT)

public:
    enum class State { SignedOut, Guest, SignedIn };
    Q_ENUM(State)

    // Not default-constructible on purpose: Qt 6.4 would then construct its own instance
    // instead of calling create() (qqmlprivate.h prefers the constructor).
    explicit Session(QObject *parent);
    ~Session() override;
    static Session *create(QQmlEngine *, QJSEngine *);

    /// Connects the session to storage; until then every action fails politely.
    void attach(QSqlDatabase db, const PasswordHasher &hasher, const Clock &clock);

    [[nodiscard]] State state() const;
    [[nodiscard]] bool isSignedIn() const;
    [[nodiscard]] bool isGuest() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString email() const;
    [[nodiscard]] qint64 accountId() const;
    [[nodiscard]] QString demoEmail() const;
    [[nodiscard]] QString demoPassword() const;

    /// Signs in; on failure returns the reason to show (never says which of email or password
    /// was wrong). Returns "" on success.
    Q_INVOKABLE QString signIn(const QString &email, const QString &password);

    /// Signs in as the demo member.
    Q_INVOKABLE QString signInAsDemo();

    /// Creates an account and signs in. Returns one message per problem (R-P10 eligibility,
    /// input checks, email taken), in form order; an empty list on success.
    /// `birthDate` is "YYYY-MM-DD".
    Q_INVOKABLE QStringList createAccount(const QString &email, const QString &displayName, const QString &birthDate,
        const QString &state, const QString &password);

    Q_INVOKABLE void continueAsGuest();
    Q_INVOKABLE void signOut();
    /// Signs out after a stretch without input, saying so on the sign-in page (issue #9).
    void signOutForInactivity();
    [[nodiscard]] QString signOutNotice() const;

Q_SIGNALS:
    void stateChanged();
    /// Emitted after a member signs in (features reload their data) and before sign-out.
    void signedInAs(qint64 accountId);
    void signingOut();

private:
    void setAccount(const std::optional<Account> &account, State state);

    QSqlDatabase m_db;
    const PasswordHasher *m_hasher = nullptr;
    const Clock *m_clock = nullptr;
    State m_state = State::SignedOut;
    QString m_signOutNotice;
    Account m_account;
};

} // namespace CareDesk
