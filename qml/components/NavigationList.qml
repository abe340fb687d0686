// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import CareDesk.App

// The list of pages on the left. Up/Down move, Enter/Space open; each row says its shortcut.
ListView {
    id: navigation

    // [{ key, title, shortcut }]
    property var pages: []
    signal pageChosen(int index)

    model: pages
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Pages")

    // A plain row rather than an ItemDelegate (issue #10): the Basic style's delegate
    // compares with Qt.AlignLeft in JavaScript, which makes QML build its table of every Qt
    // enum, and seven of them were an eighth of the window's creation at start.
    delegate: Rectangle {
        id: row

        required property var modelData
        required property int index
        readonly property bool current: ListView.isCurrentItem
        readonly property alias text: label.text
        readonly property real padding: Math.round(Theme.spacing * 1.5) // as the Basic style's delegate

        width: ListView.view.width
        implicitHeight: label.implicitHeight + 2 * row.padding
        color: tap.pressed ? Theme.pressed : current ? Theme.background : "transparent"
        Accessible.role: Accessible.PageTab
        Accessible.name: modelData.title
        Accessible.description: qsTr("Shortcut %1").arg(modelData.shortcut)
        Accessible.onPressAction: row.choose()

        Text {
            id: label
            anchors.fill: parent
            leftPadding: row.padding
            rightPadding: row.padding
            verticalAlignment: Text.AlignVCenter
            text: row.modelData.title // plain text: "&" shows as itself, no mnemonic
            font.bold: row.current
            color: Theme.text
            elide: Text.ElideRight
            Accessible.ignored: true
        }

        TapHandler {
            id: tap
            onTapped: row.choose()
        }

        // Visible keyboard focus: a frame around the current row while the list has focus.
        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.color: Theme.focus
            border.width: 2
            visible: row.current && navigation.activeFocus
            Accessible.ignored: true
        }

        function choose() {
            navigation.currentIndex = row.index;
            navigation.pageChosen(row.index);
        }
    }

    Keys.onReturnPressed: pageChosen(currentIndex)
    Keys.onEnterPressed: pageChosen(currentIndex)
    Keys.onSpacePressed: pageChosen(currentIndex)

    highlightMoveDuration: 0
}
