// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "firstframe.h"

#include <QCoreApplication>
#include <QQuickWindow>

#include <atomic>
#include <memory>

#include <unistd.h>

namespace CareDesk {

void quitAfterFirstFrame(QQuickWindow *window)
{
    auto reported = std::make_shared<std::atomic_bool>(false);
    // Direct: frameSwapped comes from the render thread with the threaded render loop; the
    // line goes out the moment the frame is swapped, not when the GUI thread gets to it.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [reported] {
            if (reported->exchange(true))
                return;
            static const char line[] = "first-frame\n";
            if (::write(STDOUT_FILENO, line, sizeof line - 1) < 0) {
                // Nobody is reading (a plain terminal run closed early): quitting is all that matters.
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [] {
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
}

} // namespace CareDesk
