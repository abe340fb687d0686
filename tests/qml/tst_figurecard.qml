// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import CareDesk.App

// FigureCard (the dashboard's balance, pending and expiring figures): a screen reader hears
// one sentence, and Tab reaches the card.
Item {
    id: root
    width: 600
    height: 300

    Component {
        id: cardComponent
        FigureCard {
            title: "Available points"
            figure: "12,340"
            detail: "Worth $123.40 at checkout"
        }
    }

    TestCase {
        name: "FigureCard"
        when: windowShown

        function test_readAsOneSentence() {
            const card = createTemporaryObject(cardComponent, root);
            verify(card);
            compare(card.Accessible.name, "Available points: 12,340. Worth $123.40 at checkout");
            card.figure = "0";
            compare(card.Accessible.name, "Available points: 0. Worth $123.40 at checkout");
        }

        function test_showsAllThreeLines() {
            const card = createTemporaryObject(cardComponent, root);
            waitForRendering(card);
            const column = card.children[0];
            compare(column.children[0].text, "Available points");
            compare(column.children[1].text, "12,340");
            compare(column.children[2].text, "Worth $123.40 at checkout");
            // The card grows with its text: nothing is cut off at larger text sizes.
            verify(card.implicitHeight >= column.children[0].height + column.children[1].height + column.children[2].height);
        }

        function test_tabReachesTheCard() {
            const card = createTemporaryObject(cardComponent, root);
            verify(card.activeFocusOnTab);
            card.forceActiveFocus();
            verify(card.activeFocus);
            verify(card.border.color !== Qt.color("transparent"));
        }
    }
}
