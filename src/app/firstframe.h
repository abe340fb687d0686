// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

class QQuickWindow;

namespace CareDesk {

/// --quit-after-first-frame, one implementation for caredesk and caredesk-floor so both are
/// timed alike (issue #10): at the window's first frameSwapped, writes the line
/// "first-frame" to standard output (a pipe a benchmark reads to stop its clock) and ends
/// the event loop with status 0.
void quitAfterFirstFrame(QQuickWindow *window);

} // namespace CareDesk
