// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

class Clock;

/// The clock as QML and background jobs see it: the program-zone date and a tick when time
/// moves, so expiry and renewals run while the app stays open, not only at start.
class AppClock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The current program-zone (America/New_York) date.
    Q_PROPERTY(QDate today READ today NOTIFY dayChanged)
    /// The current instant.
    Q_PROPERTY(QDateTime now READ now NOTIFY ticked)
    /// True when the clock was fixed with --now (demos and tests).
    Q_PROPERTY(bool fixed READ isFixed CONSTANT)

public:
    AppClock(Clock &clock, QObject *parent);
    static AppClock *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] QDate today() const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool isFixed() const;

    /// Reads the clock now and emits ticked (and dayChanged when the date moved).
    void poll();

Q_SIGNALS:
    void ticked(const QDateTime &now);
    void dayChanged(const QDate &today);

private:
    Clock &m_clock;
    QTimer m_timer;
    QDate m_today;
};

} // namespace CareDesk
