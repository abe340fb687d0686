// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// Shell page: the feature that fills it lands separately; until then it says so plainly.
Page {
    background: Rectangle {
        color: Theme.background
    }
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Care membership")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("Care membership")
            subtitle: qsTr("Your paid Care membership: renewal, cancellation and refunds.")
        }
        Label {
            text: qsTr("Care membership management is not available in this build yet.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
