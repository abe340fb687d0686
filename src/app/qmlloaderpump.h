// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

namespace CareDesk {

/// While one exists, the GUI thread answers the QML type loader thread between SQL
/// statements (issue #10).
///
/// The loader compiles the window while the GUI thread opens the database and signs in.
/// But each QML plugin it imports (QtQuick, the Controls and their style, Layouts, ...) is
/// initialised for the engine on the GUI thread: the loader posts the request and waits.
/// A GUI thread busy with SQL left it waiting for the whole sign-in, so the compile only
/// began to overlap it. Between statements, the GUI thread now delivers those requests
/// (posted events of type QEvent::User: the type the loader posts, and before the window
/// exists nothing else posts it) and nothing else: no timers, no input, no queued signals
/// of the app's own.
class QmlLoaderPump
{
public:
    QmlLoaderPump();
    ~QmlLoaderPump();
    QmlLoaderPump(const QmlLoaderPump &) = delete;
    QmlLoaderPump &operator=(const QmlLoaderPump &) = delete;
};

} // namespace CareDesk
