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
    Accessible.name: qsTr("Warranty help")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("Warranty help")
            subtitle: qsTr("Check whether a repair is covered, in English or Chinese.")
        }
        Label {
            text: qsTr("Warranty help is not available in this build yet.")
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
