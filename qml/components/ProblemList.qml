// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// The reasons an action was refused, each on its own line, announced as an alert.
ColumnLayout {
    id: problems

    property var messages: []

    visible: messages.length > 0
    spacing: Theme.spacing / 3
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: messages.join(" ")

    Repeater {
        model: problems.messages
        delegate: Label {
            required property string modelData
            text: "• " + modelData
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
    }
}
