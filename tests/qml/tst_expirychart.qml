// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import CareDesk.App

// ExpiryChart (R-P4's 24-month outlook on the dashboard): bars in proportion, and the month
// a customer picks, by mouse or by keyboard, read out under the chart.
Item {
    id: root
    width: 600
    height: 300

    function month(index: int, points: int): var {
        return {
            "label": "M" + index,
            "points": points,
            "accessibleName": "Month " + index + ": " + points + " points expire"
        };
    }

    function months(): var {
        let list = [];
        for (let i = 0; i < 24; ++i)
            list.push(month(i, i === 3 ? 400 : (i === 5 ? 100 : 0)));
        return list;
    }

    Component {
        id: chartComponent
        ExpiryChart {
            width: 480
            height: 200
            months: root.months()
            maximum: 400
        }
    }

    TestCase {
        name: "ExpiryChart"
        when: windowShown

        function createChart(): var {
            const chart = createTemporaryObject(chartComponent, root);
            verify(chart);
            waitForRendering(chart);
            return chart;
        }

        function barAt(chart: var, index: int): var {
            chart.positionViewAtIndex(index, 0);
            return chart.itemAtIndex(index);
        }

        function test_barsInProportion_RP4() {
            const chart = createChart();
            compare(chart.count, 24);
            const tallest = barAt(chart, 3).children[0];
            const quarter = barAt(chart, 5).children[0];
            const empty = barAt(chart, 0).children[0];
            verify(tallest.height > 0);
            fuzzyCompare(quarter.height, tallest.height / 4, 0.5);
            compare(empty.height, 0);
        }

        function test_clickPicksTheMonth() {
            const chart = createChart();
            const bar = barAt(chart, 5);
            mouseClick(bar, bar.width / 2, bar.height / 2);
            compare(chart.currentIndex, 5);
            compare(chart.currentDetail, "Month 5: 100 points expire");
        }

        function test_keyboardWalksTheMonths() {
            const chart = createChart();
            chart.forceActiveFocus();
            compare(chart.currentIndex, 0);
            compare(chart.currentDetail, "Month 0: 0 points expire");
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(chart.currentIndex, 3);
            compare(chart.currentDetail, "Month 3: 400 points expire");
            keyClick(Qt.Key_Left);
            compare(chart.currentIndex, 2);
        }

        function test_noMonthsNoDetail() {
            const chart = createChart();
            chart.months = [];
            compare(chart.count, 0);
            compare(chart.currentDetail, "");
        }
    }
}
