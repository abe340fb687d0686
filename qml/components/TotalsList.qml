// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// Money figures in two columns, label and amount, each row read as one sentence.
ColumnLayout {
    id: totals

    /// [{ label, amountText, emphasis }]
    property var rows: []

    spacing: Theme.spacing / 3
    Layout.fillWidth: true

    Repeater {
        model: totals.rows
        delegate: RowLayout {
            id: row
            required property var modelData
            spacing: Theme.spacing
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.label + ": " + modelData.amountText
            Label {
                text: row.modelData.label
                font.bold: row.modelData.emphasis
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.ignored: true
            }
            Label {
                text: row.modelData.amountText
                font.bold: row.modelData.emphasis
                color: Theme.text
                horizontalAlignment: Text.AlignRight
                Accessible.ignored: true
            }
        }
    }
}
