// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "appclock.h"

#include "appcontext.h"

#include "core/clock.h"
#include "core/programcalendar.h"

#include <QJSEngine>

namespace CareDesk {

AppClock::AppClock(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_today(ProgramCalendar::dateOf(clock.now()))
{
    // A minute is fine-grained enough for day-based rules and the 3:00/6:00 cut-offs.
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &AppClock::poll);
    if (!isFixed())
        m_timer.start();
}

AppClock *AppClock::create(QQmlEngine *, QJSEngine *)
{
    AppClock *clock = AppContext::instance()->appClock();
    QJSEngine::setObjectOwnership(clock, QJSEngine::CppOwnership);
    return clock;
}

QDate AppClock::today() const
{
    return m_today;
}

QDateTime AppClock::now() const
{
    return m_clock.now();
}

bool AppClock::isFixed() const
{
    return dynamic_cast<const FixedClock *>(&m_clock) != nullptr;
}

void AppClock::poll()
{
    const QDateTime now = m_clock.now();
    Q_EMIT ticked(now);
    const QDate today = ProgramCalendar::dateOf(now);
    if (today != m_today) {
        m_today = today;
        Q_EMIT dayChanged(today);
    }
}

} // namespace CareDesk
