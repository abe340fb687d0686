// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The floor: the least a Qt Quick Controls window shows, at the app's size.
ApplicationWindow {
    width: 1100
    height: 740
    visible: true
    title: "CareDesk floor"

    ColumnLayout {
        anchors.centerIn: parent

        Label {
            text: "CareDesk floor"
            Accessible.name: text
        }
        Button {
            text: "OK"
            Accessible.name: text
        }
    }
}
