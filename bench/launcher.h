// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <sys/types.h>

namespace CareDesk {

/// What one timed start of a program measured.
struct LaunchResult
{
    bool ok = false; ///< the line "first-frame" arrived and the program exited with status 0
    double firstFrameMs = 0; ///< from just before fork() to reading "first-frame" (monotonic clock)
    double peakRssMiB = 0; ///< the program's ru_maxrss, from wait4()
    QString problem; ///< why not ok, for the report
};

/// Starts programs with --quit-after-first-frame and times them to their first frame.
///
/// The starts are made by a small helper process forked before the benchmark allocates
/// anything: the kernel counts a forked child's copy of its parent's memory in the child's
/// ru_maxrss, so forking from the benchmark (hundreds of MiB after generating a history)
/// would add the benchmark's memory to every reading. The helper forks and execs each
/// program, with standard output on a pipe, and times it with the monotonic clock.
class ProcessLauncher
{
public:
    /// Call first thing in main(), before QCoreApplication.
    ProcessLauncher();
    ~ProcessLauncher();
    ProcessLauncher(const ProcessLauncher &) = delete;
    ProcessLauncher &operator=(const ProcessLauncher &) = delete;

    /// Runs `program` with `arguments` and the environment the benchmark had when the launcher
    /// was made (set QT_QPA_PLATFORM before). Standard error goes to `stderrFile`. Gives up
    /// after 60 s.
    LaunchResult run(const QString &program, const QStringList &arguments, const QString &stderrFile);

    /// The helper's own peak RSS: a reading at or below it could be the fork's copy.
    [[nodiscard]] double helperPeakRssMiB() const;

private:
    pid_t m_helper = -1;
    int m_toHelper = -1;
    int m_fromHelper = -1;
    double m_helperRssMiB = 0;
};

} // namespace CareDesk
