// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Care membership (issue #5): status, renewal and cut-off, auto-renew with its consequence
// stated before confirming, the 30-day refund quote line by line, and the messages inbox.
Page {
    id: page

    property string outcome

    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: qsTr("Care membership")
    onActiveFocusChanged: if (activeFocus)
        statusCard.forceActiveFocus()
    Component.onCompleted: CareStatus.refresh()

    // Scrolls a row reached by keyboard into view.
    function ensureVisible(item: Item) {
        const flickable = scroller.contentItem as Flickable;
        if (!flickable)
            return;
        const top = item.mapToItem(flickable.contentItem, 0, 0).y;
        const bottom = top + item.height;
        if (top < flickable.contentY)
            flickable.contentY = Math.max(0, top - Theme.spacing);
        else if (bottom > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(flickable.contentHeight - flickable.height, bottom - flickable.height + Theme.spacing);
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth - 2 * Theme.padding
            x: Theme.padding
            spacing: Theme.spacing

            Item {
                Layout.preferredHeight: Theme.spacing
            }
            PageHeader {
                title: qsTr("Care membership")
                subtitle: qsTr("$179.99 a year: member pricing, free shipping upgrades, complimentary items, a dedicated support line, and 2-year protection for products you buy while a member.")
            }

            FigureCard {
                id: statusCard
                objectName: "careStatus"
                title: qsTr("Status")
                figure: {
                    switch (CareStatus.state) {
                    case "active":
                        return qsTr("Active");
                    case "cancelled":
                        return qsTr("Active until the term ends");
                    case "pending-activation":
                        return qsTr("Waiting for activation");
                    case "lapsed":
                        return qsTr("Ended");
                    case "refunded":
                        return qsTr("Refunded");
                    default:
                        return qsTr("Not a member");
                    }
                }
                detail: CareStatus.summary
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                objectName: "renewalText"
                text: CareStatus.renewalText
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Label {
                visible: text.length > 0
                objectName: "cutoffText"
                text: CareStatus.cutoffText
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }

            // R-C5/R-C7: auto-renew, with what it does today said before confirming.
            Button {
                objectName: "autoRenewButton"
                visible: CareStatus.hasBenefits
                text: CareStatus.autoRenew ? qsTr("Turn off auto-renew…") : qsTr("Turn on auto-renew…")
                Accessible.name: CareStatus.autoRenew ? qsTr("Turn off auto-renew") : qsTr("Turn on auto-renew")
                Accessible.description: CareStatus.autoRenewConsequence
                onClicked: autoRenewDialog.open()
            }

            // R-C8: the refund quote.
            Label {
                visible: CareStatus.hasBenefits
                text: qsTr("Cancel with a refund")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            // Outside the 30-day window there is nothing to net: the conditions and the
            // summary say why, without a page of benefits that change nothing.
            Repeater {
                model: CareStatus.refundAvailable ? CareStatus.refundLines : []
                delegate: RowLayout {
                    id: line
                    required property var modelData
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.amount
                    Label {
                        text: line.modelData.label
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                    Label {
                        text: line.modelData.amount
                        color: Theme.text
                        Accessible.ignored: true
                    }
                }
            }
            Repeater {
                model: CareStatus.refundConditions
                delegate: Label {
                    required property var modelData
                    text: (modelData.met ? "✓ " : "✗ ") + modelData.label
                    color: modelData.met ? Theme.success : Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.name: (modelData.met ? qsTr("Met: %1") : qsTr("Not met: %1")).arg(modelData.label)
                }
            }
            Label {
                visible: text.length > 0
                objectName: "refundSummary"
                text: CareStatus.refundSummary
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Button {
                objectName: "refundButton"
                visible: CareStatus.refundAvailable
                text: qsTr("Cancel and refund…")
                Accessible.name: qsTr("Cancel Care and get the refund")
                Accessible.description: CareStatus.refundSummary
                onClicked: refundDialog.open()
            }
            Label {
                visible: page.outcome.length > 0
                objectName: "careOutcome"
                text: page.outcome
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // R-C9: the member's qualifying products, covered through their end dates or why not.
            Label {
                objectName: "coverageHeading"
                text: qsTr("Covered products")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                visible: coverage.count > 0
                text: qsTr("Products bought on the store while you are a Care member are protected for two years from purchase, as long as your membership stays active. Use the arrow keys to move through the list.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Label {
                objectName: "coverageEmpty"
                visible: coverage.count === 0
                text: qsTr("You have no qualifying products yet. Products you buy on the store while you are a Care member are protected for two years.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Repeater {
                id: coverageRows
                model: CareCoverageModel {
                    id: coverage
                }
                delegate: Rectangle {
                    id: product
                    required property int index
                    required property string name
                    required property string sku
                    required property int orderId
                    required property bool covered
                    required property string reason
                    required property string accessibleText
                    objectName: "coverage-" + sku + "-" + orderId
                    Layout.fillWidth: true
                    implicitHeight: productColumn.implicitHeight + Theme.padding
                    color: Theme.surface
                    radius: 4
                    activeFocusOnTab: true
                    border.color: activeFocus ? Theme.focus : "transparent"
                    border.width: 2
                    Accessible.role: Accessible.ListItem
                    Accessible.name: accessibleText
                    Accessible.focusable: true
                    Accessible.focused: activeFocus
                    onActiveFocusChanged: if (activeFocus)
                        page.ensureVisible(product)
                    Keys.onDownPressed: event => {
                        const next = coverageRows.itemAt(index + 1);
                        if (next)
                            next.forceActiveFocus(Qt.TabFocusReason);
                        event.accepted = next !== null;
                    }
                    Keys.onUpPressed: event => {
                        const previous = coverageRows.itemAt(index - 1);
                        if (previous)
                            previous.forceActiveFocus(Qt.BacktabFocusReason);
                        event.accepted = previous !== null;
                    }
                    Column {
                        id: productColumn
                        x: Theme.padding / 2
                        y: Theme.padding / 2
                        width: parent.width - Theme.padding
                        spacing: Theme.spacing / 3
                        Label {
                            width: parent.width
                            text: product.name
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Label {
                            width: parent.width
                            text: product.covered ? qsTr("✓ Covered") : qsTr("✗ Not covered")
                            color: product.covered ? Theme.success : Theme.mutedText
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Label {
                            width: parent.width
                            text: product.reason
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }
                }
            }
            Button {
                objectName: "coverageShowMore"
                visible: coverage.hasMore
                text: qsTr("Show older products")
                Accessible.name: text
                onClicked: {
                    const first = coverage.count;
                    coverage.showMore();
                    const next = coverageRows.itemAt(first);
                    if (next) // keyboard and screen-reader users land on the first new product
                        next.forceActiveFocus(Qt.TabFocusReason);
                }
            }

            // R-C6: the inbox.
            Label {
                text: CareStatus.unreadMessages > 0 ? qsTr("Messages (%1 new)").arg(CareStatus.unreadMessages) : qsTr("Messages")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                visible: CareStatus.messages.length === 0
                text: qsTr("No messages.")
                color: Theme.mutedText
                Accessible.name: text
            }
            Repeater {
                model: CareStatus.messages
                delegate: Rectangle {
                    id: message
                    required property var modelData
                    objectName: "message"
                    Layout.fillWidth: true
                    implicitHeight: messageColumn.implicitHeight + Theme.padding
                    color: Theme.surface
                    radius: 4
                    activeFocusOnTab: true
                    border.color: activeFocus ? Theme.focus : "transparent"
                    border.width: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.date + ", " + modelData.title + ". " + modelData.body
                    Column {
                        id: messageColumn
                        x: Theme.padding / 2
                        y: Theme.padding / 2
                        width: parent.width - Theme.padding
                        spacing: Theme.spacing / 3
                        Label {
                            width: parent.width
                            text: message.modelData.date + " · " + message.modelData.title
                            font.bold: !message.modelData.read
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Label {
                            width: parent.width
                            text: message.modelData.body
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }
                }
            }
            Button {
                objectName: "markReadButton"
                visible: CareStatus.unreadMessages > 0
                text: qsTr("Mark all as read")
                Accessible.name: text
                onClicked: CareStatus.markAllRead()
            }
            Item {
                Layout.preferredHeight: Theme.padding
            }
        }
    }

    Dialog {
        id: autoRenewDialog
        objectName: "autoRenewDialog"
        title: CareStatus.autoRenew ? qsTr("Turn off auto-renew?") : qsTr("Turn on auto-renew?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.padding, Theme.formWidth * 1.2)
        onOpened: keepRenewButton.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                objectName: "autoRenewConsequence"
                text: CareStatus.autoRenewConsequence
                wrapMode: Text.Wrap
                color: Theme.text
                Layout.fillWidth: true
                Accessible.name: text
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                Button {
                    id: keepRenewButton
                    text: qsTr("Keep as it is")
                    Accessible.name: text
                    onClicked: autoRenewDialog.close()
                }
                Button {
                    objectName: "confirmAutoRenewButton"
                    text: CareStatus.autoRenew ? qsTr("Turn off") : qsTr("Turn on")
                    Accessible.name: CareStatus.autoRenew ? qsTr("Confirm: turn off auto-renew") : qsTr("Confirm: turn on auto-renew")
                    onClicked: {
                        page.outcome = CareStatus.setAutoRenew(!CareStatus.autoRenew);
                        autoRenewDialog.close();
                    }
                }
            }
        }
    }

    Dialog {
        id: refundDialog
        objectName: "refundDialog"
        title: qsTr("Cancel Care and refund?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.padding, Theme.formWidth * 1.2)
        onOpened: keepCareButton.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: CareStatus.refundSummary
                wrapMode: Text.Wrap
                color: Theme.text
                Layout.fillWidth: true
                Accessible.name: text
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                Button {
                    id: keepCareButton
                    text: qsTr("Keep Care")
                    Accessible.name: text
                    onClicked: refundDialog.close()
                }
                Button {
                    objectName: "confirmRefundButton"
                    text: qsTr("Cancel and refund")
                    Accessible.name: qsTr("Confirm: cancel Care and refund")
                    onClicked: {
                        page.outcome = CareStatus.requestRefund();
                        refundDialog.close();
                    }
                }
            }
        }
    }
}
