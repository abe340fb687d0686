// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sqldialect.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

/// Whether the storage itself is in trouble — a full disk, a folder that became read-only,
/// an I/O error — said once for the whole window (issue #9). Each action already says that
/// it saved nothing; this says why and what to do. It clears after the next commit.
class StorageHealth : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// What to do about it, in a sentence, or "" while the storage works.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit StorageHealth(QObject *parent);
    ~StorageHealth() override;
    static StorageHealth *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] StorageTrouble trouble() const;
    /// Called by Sql on every failure with trouble, and with None after every commit.
    void report(StorageTrouble trouble);

Q_SIGNALS:
    void changed();

private:
    StorageTrouble m_trouble = StorageTrouble::None;
};

} // namespace CareDesk
