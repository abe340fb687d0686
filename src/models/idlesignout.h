// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace CareDesk {

class Session;

/// Signs the member out after a stretch without keyboard, mouse or touch input (issue #9:
/// shared store terminals). Watches the whole application's input through an event filter.
class IdleSignOut : public QObject
{
    Q_OBJECT

public:
    IdleSignOut(Session &session, QObject *parent);

    /// 0 turns it off. Default 15 minutes (settings.ini: security/idleMinutes).
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    Session &m_session;
    QTimer m_timer;
};

} // namespace CareDesk
