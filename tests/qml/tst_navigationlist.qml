// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import CareDesk.App

// NavigationList (the page list on the left): Up/Down move, Enter and Space open, a click
// opens, and each row tells its shortcut.
Item {
    id: root
    width: 300
    height: 400

    Component {
        id: listComponent
        NavigationList {
            width: 240
            height: 300
            pages: [{
                    "key": "dashboard",
                    "title": "Dashboard",
                    "shortcut": "Ctrl+1"
                }, {
                    "key": "points",
                    "title": "Points",
                    "shortcut": "Ctrl+2"
                }, {
                    "key": "shop",
                    "title": "Shop & Cart",
                    "shortcut": "Ctrl+4"
                }]
        }
    }

    SignalSpy {
        id: chosen
        signalName: "pageChosen"
    }

    TestCase {
        name: "NavigationList"
        when: windowShown

        function createList(): var {
            const list = createTemporaryObject(listComponent, root);
            verify(list);
            chosen.clear();
            chosen.target = list;
            waitForRendering(list);
            return list;
        }

        function test_keyboardOpensPages_data() {
            return [{
                    "tag": "Enter",
                    "key": Qt.Key_Return
                }, {
                    "tag": "Space",
                    "key": Qt.Key_Space
                }];
        }

        function test_keyboardOpensPages(data) {
            const list = createList();
            list.forceActiveFocus();
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Down);
            compare(list.currentIndex, 2);
            keyClick(data.key);
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], 2);
        }

        function test_clickOpensPage() {
            const list = createList();
            const row = list.itemAtIndex(1);
            mouseClick(row);
            compare(list.currentIndex, 1);
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], 1);
        }

        function test_rowsNameTheirShortcut() {
            const list = createList();
            const row = list.itemAtIndex(2);
            compare(row.Accessible.name, "Shop & Cart");
            compare(row.Accessible.description, "Shortcut Ctrl+4");
            // "&" is shown as itself, not turned into a mnemonic underline.
            compare(row.text, "Shop & Cart");
        }
    }
}
