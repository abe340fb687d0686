// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import CareDesk.App

// A push button in plain Qt Quick, drawn like the Basic style's Button, for what the first
// frame shows (the navigation's Sign out, the dashboard's actions). The first frame imports
// no Qt Quick Controls: registering their types cost a sixth of a cold start (issue #10,
// docs/PERFORMANCE.md); the pages opened later use Controls' Button.
Rectangle {
    id: button

    property string text
    readonly property bool down: tap.pressed || keyDown
    property bool keyDown: false

    signal clicked

    // The Basic style's sizes: at least 100 x 40, the text 8 px from the sides, 6 from the top.
    implicitWidth: Math.max(100, label.implicitWidth)
    implicitHeight: Math.max(40, label.implicitHeight)
    color: down ? Theme.buttonDown : Theme.button
    border.color: Theme.focus
    border.width: activeFocus ? 2 : 0
    opacity: enabled ? 1 : 0.5
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.focusable: true
    Accessible.onPressAction: button.clicked()

    // Space acts on release, as on Qt Quick Controls' buttons; Return and Enter act at once.
    Keys.onSpacePressed: event => {
        if (!event.isAutoRepeat)
            keyDown = true;
    }
    Keys.onReleased: event => {
        if (event.key === Qt.Key_Space && keyDown && !event.isAutoRepeat) {
            keyDown = false;
            button.clicked();
            event.accepted = true;
        }
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onActiveFocusChanged: if (!activeFocus)
        keyDown = false

    Text {
        id: label
        anchors.fill: parent
        leftPadding: 8
        rightPadding: 8
        topPadding: 6
        bottomPadding: 6
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: button.text
        color: Theme.buttonText
        elide: Text.ElideRight
        Accessible.ignored: true
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
