// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QtDebug>
#include <QtGlobal>

/// The seed and length of a randomized run against a reference model (issue #9):
/// CAREDESK_SEED replays a run, CAREDESK_OPERATIONS sets how many operations it makes.
struct RandomRun
{
    quint32 seed = 0;
    int operations = 0;

    static RandomRun fromEnvironment(int defaultOperations)
    {
        RandomRun run;
        bool ok = false;
        // toUInt, not qEnvironmentVariableIntValue: half of all printed seeds are above INT_MAX.
        run.seed = qgetenv("CAREDESK_SEED").trimmed().toUInt(&ok);
        if (!ok)
            run.seed = QRandomGenerator::global()->generate();
        run.operations = qgetenv("CAREDESK_OPERATIONS").trimmed().toInt(&ok);
        if (!ok || run.operations <= 0)
            run.operations = defaultOperations;
        return run;
    }

    /// What to set to run it again, for every failure message.
    [[nodiscard]] QString replay() const
    {
        return QStringLiteral("CAREDESK_SEED=%1 CAREDESK_OPERATIONS=%2").arg(seed).arg(operations);
    }

    /// Logs the run's seed and length before the first step, so even a crash can be replayed.
    void announce(const char *what) const
    {
        qInfo("random %s run: seed %u, %d operations (replay: %s)", what, seed, operations, qPrintable(replay()));
    }

    /// The start of every failure message of one step: the seed, the step, what it ran on
    /// (`subject`), the operation, the New York time `at` and how to replay the run.
    [[nodiscard]] QString stepContext(
        int step, const QString &subject, const QString &operation, const QString &at) const
    {
        return QStringLiteral("seed %1, step %2 (%3), op \"%4\" at %5 ET; replay: %6: ")
            .arg(seed)
            .arg(step)
            .arg(subject, operation, at, replay());
    }
};
