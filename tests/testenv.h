// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

// Include once per test executable, before QTEST_MAIN: pins the environment before
// QCoreApplication exists, so results do not depend on the machine running them.
// The machine zone is deliberately NOT the program zone (Asia/Shanghai, UTC+8): a rule
// that reads local time instead of America/New_York fails here.

#include <QStandardPaths>
#include <QtGlobal>

namespace {
void pinTestEnvironment()
{
    qputenv("TZ", "Asia/Shanghai");
    qputenv("LANG", "en_US.UTF-8");
    qputenv("LC_ALL", "en_US.UTF-8");
    qputenv("LANGUAGE", "en_US");
    QStandardPaths::setTestModeEnabled(true);
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(pinTestEnvironment)
