// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CareDesk.App

// One figure a customer reads (a balance, a total) with its title and a line of detail,
// read out as one sentence and reachable with Tab.
Rectangle {
    id: card

    property string title
    property string figure
    property string detail

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    implicitWidth: Theme.formWidth / 2
    color: Theme.surface
    radius: 6
    border.color: activeFocus ? Theme.focus : "transparent"
    border.width: 2
    activeFocusOnTab: true
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ": " + figure + ". " + detail

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing / 2
        Text {
            text: card.title
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Text {
            text: card.figure
            font.pixelSize: Theme.figureSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Text {
            text: card.detail
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
    }
}
