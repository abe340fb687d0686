// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "qmlloaderpump.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>

namespace CareDesk {

namespace {
void answerTypeLoader()
{
    // Statements on other threads (none in the app today) have no loader to answer.
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        QCoreApplication::sendPostedEvents(nullptr, QEvent::User);
}
} // namespace

QmlLoaderPump::QmlLoaderPump()
{
    Sql::setBeforeStatement(&answerTypeLoader);
}

QmlLoaderPump::~QmlLoaderPump()
{
    Sql::setBeforeStatement(nullptr);
}

} // namespace CareDesk
