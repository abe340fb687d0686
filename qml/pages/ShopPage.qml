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
    Accessible.name: qsTr("Shop & Cart")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("Shop & Cart")
            subtitle: qsTr("Products, parts, software and training.")
        }
        Label {
            text: qsTr("The shop and cart are not available in this build yet.")
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
