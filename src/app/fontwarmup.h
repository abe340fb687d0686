// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

class QThread;

namespace CareDesk {

/// Builds the font database on a thread of its own (issue #10). Fontconfig reading its
/// configuration and caches is a tenth of a start, and Qt does it at the first measurement
/// of text, on the GUI thread, in the middle of creating the window. Started as soon as the
/// command line is read, it overlaps opening the database instead. QFontDatabase's
/// functions are thread-safe (they take its lock), so the GUI thread may use fonts at any
/// time; it only finds the work done.
class FontDatabaseWarmUp
{
public:
    FontDatabaseWarmUp();
    ~FontDatabaseWarmUp();
    FontDatabaseWarmUp(const FontDatabaseWarmUp &) = delete;
    FontDatabaseWarmUp &operator=(const FontDatabaseWarmUp &) = delete;

    /// Returns once the database is built (call before creating the first window).
    void wait();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace CareDesk
