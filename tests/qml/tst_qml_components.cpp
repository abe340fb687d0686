// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Runs the tst_*.qml files of this folder (Qt Quick Test). CareDesk.App comes from the
// resources linked in, so the components tested are the ones the app ships.
#include <QQmlEngine>
#include <QtQuickTest>

class ComponentTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(components, ComponentTestSetup)

#include "tst_qml_components.moc"
