// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "storagehealth.h"

#include "appcontext.h"

#include "storage/sql.h"

#include <QJSEngine>

namespace CareDesk {

namespace {
// The one that hears Sql (the newest app context's; tests may briefly have two).
StorageHealth *s_listening = nullptr;
} // namespace

StorageHealth::StorageHealth(QObject *parent)
    : QObject(parent)
{
    s_listening = this;
    Sql::setTroubleListener([this](StorageTrouble trouble) {
        report(trouble);
    });
}

StorageHealth::~StorageHealth()
{
    if (s_listening == this) {
        Sql::setTroubleListener({});
        s_listening = nullptr;
    }
}

StorageHealth *StorageHealth::create(QQmlEngine *, QJSEngine *)
{
    StorageHealth *health = AppContext::instance()->storageHealth();
    QJSEngine::setObjectOwnership(health, QJSEngine::CppOwnership);
    return health;
}

QString StorageHealth::problem() const
{
    switch (m_trouble) {
    case StorageTrouble::None:
        return {};
    case StorageTrouble::DiskFull:
        return tr("The disk is full, so CareDesk could not save your last change and kept nothing of it. Free some "
                  "space, then try again.");
    case StorageTrouble::ReadOnly:
        return tr("CareDesk can no longer write to its data folder, so your last change was not saved. Check that "
                  "the disk is still connected and writable, then restart CareDesk.");
    case StorageTrouble::IoError:
        return tr("The disk reported an error, so your last change was not saved. Check the disk; what was saved "
                  "before is in the database and its daily copies.");
    }
    return {};
}

StorageTrouble StorageHealth::trouble() const
{
    return m_trouble;
}

void StorageHealth::report(StorageTrouble trouble)
{
    if (trouble == m_trouble)
        return;
    m_trouble = trouble;
    Q_EMIT changed();
}

} // namespace CareDesk
