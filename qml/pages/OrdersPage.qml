// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// The order history (R-K9) and one order's lines, with cancel (R-P7), return (R-K8) and
// price match (R-K10). Every action shows its preview (money and points) before it is
// confirmed; the rules and the amounts come from C++.
Page {
    id: page

    signal pageRequested(int index)

    background: Rectangle {
        color: Theme.background
    }
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Orders")

    OrdersModel {
        id: orders
    }
    OrderDetail {
        id: detail
        onPreviewChanged: if (previewTitle.length > 0)
            previewPanel.forceActiveFocus()
    }

    function showCurrent() {
        detail.show(orderList.currentIndex >= 0 ? orders.orderIdAt(orderList.currentIndex) : 0);
    }

    Component.onCompleted: showCurrent()

    // A new order goes on top of the history: show it (the list would keep the old row).
    Connections {
        target: Shop
        function onOrderPlaced() {
            orderList.currentIndex = 0;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("Orders")
            subtitle: qsTr("Your orders, shipments, cancellations and returns.")
        }
        Label {
            objectName: "ordersEmpty"
            visible: orders.count === 0
            text: Session.signedIn ? qsTr("You have no orders yet. What you buy in the Shop appears here.") : qsTr("Sign in to see your orders.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        RowLayout {
            visible: orders.count > 0
            spacing: Theme.padding
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: orderList
                objectName: "orderList"
                model: orders
                clip: true
                focus: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: 0
                onCurrentIndexChanged: page.showCurrent()
                onCountChanged: page.showCurrent()
                spacing: Theme.spacing / 2
                Layout.preferredWidth: Math.max(page.width * 0.36, 240)
                Layout.fillHeight: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Order history: %1 orders").arg(orders.totalCount)
                ScrollBar.vertical: ScrollBar {
                }

                delegate: ItemDelegate {
                    id: orderRow
                    required property int index
                    required property string orderRef
                    required property string placedText
                    required property string title
                    required property string totalText
                    required property string statusText
                    required property string accessibleText

                    objectName: "orderRow-" + index
                    width: orderList.width - Theme.spacing
                    highlighted: ListView.isCurrentItem
                    focusPolicy: Qt.NoFocus
                    Accessible.role: Accessible.ListItem
                    Accessible.name: accessibleText
                    onClicked: orderList.currentIndex = index

                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: orderRow.orderRef + " · " + orderRow.placedText
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: orderRow.title + " · " + orderRow.totalText
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: orderRow.statusText
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
                Rectangle {
                    anchors.fill: parent
                    color: "transparent"
                    border.color: Theme.focus
                    border.width: 2
                    visible: orderList.activeFocus
                }
            }

            ScrollView {
                id: detailScroll
                objectName: "orderDetail"
                contentWidth: availableWidth
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    width: detailScroll.availableWidth - Theme.padding
                    spacing: Theme.spacing

                    SectionHeading {
                        objectName: "orderHeading"
                        text: detail.heading
                    }
                    Label {
                        visible: text.length > 0
                        text: detail.shippingText
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.name: text
                    }
                    Label {
                        objectName: "orderResult"
                        visible: text.length > 0
                        text: detail.resultText
                        color: Theme.text
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }

                    // The preview of a cancel, return or price match: nothing moves until
                    // the customer confirms here.
                    FocusScope {
                        id: previewPanel
                        objectName: "orderPreview"
                        visible: detail.previewTitle.length > 0
                        implicitHeight: previewFrame.implicitHeight
                        Layout.fillWidth: true
                        Keys.onEscapePressed: detail.closePreview()
                        onActiveFocusChanged: if (activeFocus)
                            (detail.previewAllowed ? confirmButton : keepButton).forceActiveFocus()

                        Frame {
                            id: previewFrame
                            width: parent.width
                            Accessible.role: Accessible.Grouping
                            Accessible.name: detail.previewTitle

                            ColumnLayout {
                                width: parent.width
                                spacing: Theme.spacing / 2
                                Label {
                                    text: detail.previewTitle
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    Accessible.name: text
                                }
                                Repeater {
                                    model: detail.previewLines
                                    delegate: Label {
                                        required property string modelData
                                        required property int index
                                        objectName: "previewLine-" + index
                                        text: modelData
                                        color: detail.previewAllowed ? Theme.text : Theme.danger
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Accessible.name: text
                                    }
                                }
                                Flow {
                                    spacing: Theme.spacing
                                    Layout.fillWidth: true
                                    Button {
                                        id: confirmButton
                                        objectName: "confirmLineAction"
                                        visible: detail.previewAllowed
                                        highlighted: true
                                        text: detail.confirmLabel
                                        Accessible.name: text
                                        onClicked: {
                                            detail.confirm();
                                            orderList.forceActiveFocus();
                                        }
                                    }
                                    Button {
                                        id: warrantyButton
                                        objectName: "openWarrantyHelp"
                                        visible: detail.previewWarranty
                                        text: qsTr("Open Warranty help")
                                        Accessible.name: text
                                        onClicked: page.pageRequested(5)
                                    }
                                    Button {
                                        id: keepButton
                                        objectName: "keepLine"
                                        text: detail.previewAllowed ? qsTr("Keep it") : qsTr("Close")
                                        Accessible.name: detail.previewAllowed ? qsTr("Keep it: change nothing") : qsTr("Close this message")
                                        onClicked: {
                                            detail.closePreview();
                                            orderList.forceActiveFocus();
                                        }
                                    }
                                }
                            }
                        }
                    }

                    ColumnLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Order lines")

                        Repeater {
                            model: detail.lines
                            delegate: Rectangle {
                                id: line
                                required property int index
                                required property string sku
                                required property string name
                                required property int quantity
                                required property string statusText
                                required property string deliveryText
                                required property string amountText
                                required property string pointsText
                                required property bool canCancel
                                required property bool canReturn
                                required property bool canPriceMatch
                                required property string accessibleText

                                objectName: "orderLine-" + sku
                                Layout.fillWidth: true
                                implicitHeight: lineColumn.implicitHeight + Theme.padding
                                color: Theme.surface
                                radius: 4
                                Accessible.role: Accessible.ListItem
                                Accessible.name: accessibleText

                                ColumnLayout {
                                    id: lineColumn
                                    x: Theme.padding / 2
                                    y: Theme.padding / 2
                                    width: parent.width - Theme.padding
                                    spacing: Theme.spacing / 3
                                    Label {
                                        text: qsTr("%1 × %2 · %3").arg(line.quantity).arg(line.name).arg(line.statusText)
                                        font.bold: true
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Accessible.ignored: true
                                    }
                                    Label {
                                        objectName: "lineDelivery-" + line.sku
                                        text: line.deliveryText
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Accessible.ignored: true
                                    }
                                    Label {
                                        text: line.amountText
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Accessible.ignored: true
                                    }
                                    Label {
                                        visible: text.length > 0
                                        text: line.pointsText
                                        color: Theme.mutedText
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Accessible.ignored: true
                                    }
                                    Flow {
                                        spacing: Theme.spacing
                                        Layout.fillWidth: true
                                        Button {
                                            objectName: "cancelLine-" + line.sku
                                            visible: line.canCancel
                                            text: qsTr("Cancel…")
                                            Accessible.name: qsTr("Cancel %1: see what comes back first").arg(line.name)
                                            onClicked: detail.previewCancel(line.index)
                                        }
                                        Button {
                                            objectName: "returnLine-" + line.sku
                                            visible: line.canReturn
                                            text: qsTr("Return…")
                                            Accessible.name: qsTr("Return %1: see the refund and fee first").arg(line.name)
                                            onClicked: detail.previewReturn(line.index, false)
                                        }
                                        Button {
                                            objectName: "returnDefective-" + line.sku
                                            visible: line.canReturn
                                            text: qsTr("It is defective…")
                                            Accessible.name: qsTr("%1 is defective").arg(line.name)
                                            onClicked: detail.previewReturn(line.index, true)
                                        }
                                        TextField {
                                            id: competitorPrice
                                            objectName: "competitorPrice-" + line.sku
                                            visible: line.canPriceMatch
                                            placeholderText: qsTr("Competitor's price")
                                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                                            Accessible.name: qsTr("Competitor's price for one %1").arg(line.name)
                                            onAccepted: detail.previewPriceMatch(line.index, text)
                                        }
                                        Button {
                                            objectName: "priceMatch-" + line.sku
                                            visible: line.canPriceMatch
                                            text: qsTr("Request a price match…")
                                            Accessible.name: qsTr("Request a price match for %1").arg(line.name)
                                            onClicked: detail.previewPriceMatch(line.index, competitorPrice.text)
                                        }
                                    }
                                }
                            }
                        }
                    }

                    SectionHeading {
                        text: qsTr("Totals")
                    }
                    Repeater {
                        model: detail.totals
                        delegate: Label {
                            required property string modelData
                            text: modelData
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.name: text
                        }
                    }
                    SectionHeading {
                        visible: detail.benefits.length > 0
                        text: qsTr("Care benefits on this order")
                    }
                    Repeater {
                        model: detail.benefits
                        delegate: Label {
                            required property string modelData
                            text: modelData
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.name: text
                        }
                    }
                    Item {
                        Layout.preferredHeight: Theme.padding
                    }
                }
            }
        }
    }
}
