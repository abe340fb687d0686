// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "fontwarmup.h"

#include <QFontDatabase>
#include <QThread>

namespace CareDesk {

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : m_thread(QThread::create([] {
        // Any query populates the whole database; the list itself is not needed.
        (void)QFontDatabase::families();
    }))
{
    m_thread->setObjectName(QStringLiteral("FontDatabaseWarmUp"));
    m_thread->start();
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    wait();
}

void FontDatabaseWarmUp::wait()
{
    m_thread->wait();
}

} // namespace CareDesk
