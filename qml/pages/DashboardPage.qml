// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// Shell page: the feature that fills it lands separately; until then it says so plainly.
Page {
    background: Rectangle { color: Theme.background }
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Dashboard")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("Dashboard")
            subtitle: qsTr("Your points at a glance.")
        }
        Label {
            text: qsTr("The points balance, pending points and the expiry forecast are not available in this build yet.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        Item { Layout.fillHeight: true }
    }
}
