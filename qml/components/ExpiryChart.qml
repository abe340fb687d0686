// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import CareDesk.App

// A bar per month (R-P4 expiry outlook). The bars form a list a screen reader can walk
// with Left/Right; each says its month and points.
ListView {
    id: chart

    property var months: []
    property real maximum: 0
    // The focused month in words, shown under the chart (the bars are too narrow for text).
    readonly property string currentDetail: currentIndex >= 0 && currentIndex < months.length ? months[currentIndex].accessibleName : ""

    // The month names stand at 45° under the bars, ending at their bar's centre: this much
    // room below the bars keeps every name whole and clear of its neighbours' bars.
    readonly property real labelSpace: (labelMetrics.width + labelMetrics.height) * Math.SQRT1_2 + Theme.spacing / 2

    orientation: ListView.Horizontal
    model: months
    interactive: false
    activeFocusOnTab: true
    keyNavigationEnabled: true
    spacing: 2
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Points expiring per month")

    // One mouse area for all bars, under them in the content item (so its coordinates are the
    // list's content coordinates): 24 fewer objects to build at every start (issue #10).
    MouseArea {
        anchors.fill: parent
        onClicked: mouse => {
            const index = chart.indexAt(mouse.x, mouse.y);
            if (index >= 0)
                chart.currentIndex = index;
        }
    }

    TextMetrics {
        id: labelMetrics
        font.pixelSize: Theme.smallSize
        // The longest name ("10月 26" rather than "1月 27"), so none reaches below the chart.
        text: chart.months.reduce((longest, month) => month.label.length > longest.length ? month.label : longest, "")
    }

    delegate: Item {
        id: bar
        required property var modelData
        required property int index
        width: (chart.width - chart.spacing * 23) / 24
        height: chart.height
        Accessible.role: Accessible.ListItem
        Accessible.name: modelData.accessibleName

        Rectangle {
            y: bar.height - chart.labelSpace - height
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.8
            height: chart.maximum > 0 ? Math.max(0, bar.height - chart.labelSpace - Theme.spacing) * bar.modelData.points / chart.maximum : 0
            color: bar.ListView.isCurrentItem && chart.activeFocus ? Theme.focus : Theme.accent
            Accessible.ignored: true
        }
        Text {
            id: monthLabel
            anchors.right: parent.horizontalCenter
            y: bar.height - chart.labelSpace + Theme.spacing / 4
            transformOrigin: Item.TopRight
            text: bar.modelData.label
            font.pixelSize: Theme.smallSize
            rotation: -45
            color: Theme.mutedText
            Accessible.ignored: true
        }
    }
}
