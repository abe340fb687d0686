// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "idlesignout.h"

#include "session.h"

#include <QCoreApplication>
#include <QEvent>

namespace CareDesk {

IdleSignOut::IdleSignOut(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_session.isSignedIn())
            m_session.signOutForInactivity();
    });
    connect(&m_session, &Session::stateChanged, this, &IdleSignOut::restart);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void IdleSignOut::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    restart();
}

std::chrono::milliseconds IdleSignOut::timeout() const
{
    return m_timer.intervalAsDuration();
}

bool IdleSignOut::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleSignOut::restart()
{
    if (m_timer.interval() > 0 && m_session.isSignedIn())
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace CareDesk
