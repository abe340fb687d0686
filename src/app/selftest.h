// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

class QQmlApplicationEngine;

namespace CareDesk {
class AppContext;

/// --self-test: signs in as the demo member, opens every page in every language and
/// returns 0 when no QML warning or error was seen.
int runSelfTest(QQmlApplicationEngine &engine, AppContext &context);

/// Installs the message handler that counts warnings (call before loading QML).
void installWarningCounter();
} // namespace CareDesk
