// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
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

    delegate: ItemDelegate {
        id: row

        required property var modelData
        required property int index

        width: ListView.view.width
        text: modelData.title.replace(/&/g, "&&") // a single & would become a mnemonic underline
        highlighted: ListView.isCurrentItem
        focusPolicy: Qt.NoFocus
        font.bold: highlighted
        Accessible.role: Accessible.PageTab
        Accessible.name: modelData.title
        Accessible.description: qsTr("Shortcut %1").arg(modelData.shortcut)
        Accessible.onPressAction: row.choose()
        onClicked: row.choose()

        // Visible keyboard focus: a frame around the current row while the list has focus.
        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.color: Theme.focus
            border.width: 2
            visible: row.ListView.isCurrentItem && navigation.activeFocus
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
