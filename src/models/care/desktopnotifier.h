// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CareDesk {

/// Desktop notifications through the freedesktop Notifications service on the session
/// D-Bus (R-C6). Without a session bus (CI, a bare terminal) it does nothing: the in-app
/// message is the record.
class DesktopNotifier
{
public:
    /// Returns true when the notification service accepted it.
    static bool notify(const QString &summary, const QString &body);
};

} // namespace CareDesk
