// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import CareDesk.App

// ActionButton (Sign out, Leave the program: the first frame's buttons, plain Qt Quick):
// it acts on a click and on Space, Return and Enter, not while disabled; Tab reaches it, a
// screen reader sees a named button (its press action: tst_gui_points), and it is as big
// as the Basic style's Button.
Item {
    id: root
    width: 400
    height: 200

    Component {
        id: buttonComponent
        ActionButton {
            text: "Sign out"
        }
    }

    SignalSpy {
        id: clicks
        signalName: "clicked"
    }

    TestCase {
        name: "ActionButton"
        when: windowShown

        function createButton(): var {
            const button = createTemporaryObject(buttonComponent, root);
            verify(button);
            clicks.clear();
            clicks.target = button;
            waitForRendering(button);
            return button;
        }

        function test_clickActs() {
            const button = createButton();
            mouseClick(button);
            compare(clicks.count, 1);
        }

        function test_pressAndDragAwayDoesNotAct() {
            const button = createButton();
            mousePress(button, 10, 10);
            verify(button.down);
            mouseMove(button, button.width + 50, button.height + 50);
            mouseRelease(button, button.width + 50, button.height + 50);
            compare(clicks.count, 0);
            verify(!button.down);
        }

        function test_keys_data() {
            return [{
                    "tag": "Space",
                    "key": Qt.Key_Space
                }, {
                    "tag": "Return",
                    "key": Qt.Key_Return
                }, {
                    "tag": "Enter",
                    "key": Qt.Key_Enter
                }];
        }

        function test_keys(data) {
            const button = createButton();
            button.forceActiveFocus();
            verify(button.activeFocus);
            keyClick(data.key);
            compare(clicks.count, 1);
        }

        function test_spaceActsOnRelease() {
            const button = createButton();
            button.forceActiveFocus();
            keyPress(Qt.Key_Space);
            verify(button.down);
            compare(clicks.count, 0);
            keyRelease(Qt.Key_Space);
            compare(clicks.count, 1);
            verify(!button.down);
        }

        function test_disabledDoesNothing() {
            const button = createButton();
            button.enabled = false;
            mouseClick(button);
            button.forceActiveFocus();
            keyClick(Qt.Key_Space);
            compare(clicks.count, 0);
        }

        function test_screenReaderSeesAButton() {
            const button = createButton();
            compare(button.Accessible.role, Accessible.Button);
            compare(button.Accessible.name, "Sign out");
            verify(button.activeFocusOnTab);
        }

        function test_basicStyleSize() {
            const button = createButton();
            verify(button.implicitWidth >= 100);
            verify(button.implicitHeight >= 40);
            button.text = "A much longer label than one hundred pixels can hold";
            verify(button.implicitWidth > 100);
        }
    }
}
