// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QVariantMap>

namespace CareDesk {

bool DesktopNotifier::notify(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusInterface notifications(QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"), bus);
    if (!notifications.isValid())
        return false;
    const QDBusReply<uint> reply = notifications.call(QStringLiteral("Notify"), QStringLiteral("CareDesk"), 0u,
        QStringLiteral("io.github.caredesk.CareDesk"), summary, body, QStringList(), QVariantMap(), 15000);
    return reply.isValid();
}

} // namespace CareDesk
