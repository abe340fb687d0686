// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// The cart (it survives restarts): quantities, save for later (R-K2), what keeps it from
// checkout, and the way there.
ScrollView {
    id: pane

    property string message

    signal checkoutRequested

    contentWidth: availableWidth

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        Item {
            Layout.preferredHeight: Theme.spacing / 2
        }
        Label {
            objectName: "cartEmpty"
            visible: Shop.cart.count === 0
            text: qsTr("Your cart is empty. Add products from the catalog.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Cart lines")

            Repeater {
                model: Shop.cart
                delegate: Rectangle {
                    id: line
                    required property int index
                    required property string sku
                    required property string name
                    required property int quantity
                    required property string unitPriceText
                    required property string lineTotalText
                    required property bool savedForLater
                    required property bool hasCheckoutHours
                    required property string accessibleText

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
                            text: line.savedForLater ? qsTr("%1 (saved for later)").arg(line.name) : line.name
                            font.bold: true
                            color: line.savedForLater ? Theme.mutedText : Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.ignored: true
                        }
                        Label {
                            text: qsTr("%1 each · %2").arg(line.unitPriceText).arg(line.lineTotalText)
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.ignored: true
                        }
                        Flow {
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Quantity")
                                color: Theme.text
                                height: quantityBox.height
                                verticalAlignment: Text.AlignVCenter
                                Accessible.ignored: true
                            }
                            SpinBox {
                                id: quantityBox
                                objectName: "cartQuantity-" + line.sku
                                from: 1
                                to: 99
                                value: line.quantity
                                // Up and Down change it (the Basic style's editor would take
                                // the focus from the box itself).
                                focusPolicy: Qt.StrongFocus
                                Accessible.name: qsTr("Quantity of %1: %2").arg(line.name).arg(value)
                                onValueModified: pane.message = Shop.cart.setQuantity(line.index, value)
                            }
                            Button {
                                objectName: "cartSaveForLater-" + line.sku
                                text: line.savedForLater ? qsTr("Move back to the cart") : qsTr("Save for later")
                                Accessible.name: line.savedForLater ? qsTr("Move %1 back to the cart").arg(line.name) : qsTr("Save %1 for later").arg(line.name)
                                onClicked: Shop.cart.setSavedForLater(line.index, !line.savedForLater)
                            }
                            Button {
                                objectName: "cartRemove-" + line.sku
                                text: qsTr("Remove")
                                Accessible.name: qsTr("Remove %1 from the cart").arg(line.name)
                                onClicked: Shop.cart.remove(line.index)
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "cartMessage"
            visible: pane.message.length > 0
            text: pane.message
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ProblemList {
            objectName: "cartProblems"
            messages: Shop.cart.problems
        }
        Button {
            objectName: "saveRestrictedButton"
            visible: Shop.cart.hoursBlockCheckout
            text: qsTr("Save parts and software for later")
            Accessible.name: text
            Accessible.description: Shop.hoursText
            onClicked: Shop.cart.saveRestrictedForLater()
        }
        Label {
            visible: Shop.cart.itemCount > 0
            objectName: "cartSubtotal"
            text: qsTr("Items in the cart: %1. Subtotal: %2").arg(Shop.cart.itemCount).arg(Shop.cart.subtotalText)
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        Button {
            objectName: "checkoutButton"
            visible: Shop.cart.itemCount > 0
            enabled: Shop.cart.problems.length === 0
            highlighted: true
            text: qsTr("Check out")
            Accessible.name: text
            Accessible.description: enabled ? "" : qsTr("Not yet: see the problems listed above.")
            onClicked: pane.checkoutRequested()
        }
        Item {
            Layout.preferredHeight: Theme.padding
        }
    }
}
