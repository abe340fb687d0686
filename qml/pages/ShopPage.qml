// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Shop & Cart (issue #6): the catalog, the cart and checkout, with the R-K2 hours in the
// customer's own time; training has its own one-student checkout (R-K4).
Page {
    id: page

    /// Asks the window to open another main page (4: Orders).
    signal pageRequested(int index)

    /// 0 catalog, 1 cart, 2 checkout.
    function showTab(index: int) {
        tabs.currentIndex = index;
        const button = tabs.itemAt(index);
        if (button)
            button.forceActiveFocus(Qt.TabFocusReason);
    }

    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: qsTr("Shop & Cart")
    onActiveFocusChanged: if (activeFocus)
        tabs.itemAt(tabs.currentIndex).forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            Layout.topMargin: Theme.padding
            PageHeader {
                title: qsTr("Shop & Cart")
                subtitle: Session.guest ? qsTr("Shopping as a guest: orders earn no points. Sign in to earn and use points.") : qsTr("Products, parts, software and training. Members earn points on qualifying products.")
            }
            Label {
                objectName: "shopHours"
                text: Shop.hoursText
                color: Shop.partsOpen ? Theme.mutedText : Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            TabBar {
                id: tabs
                objectName: "shopTabs"
                Layout.fillWidth: true
                Accessible.name: qsTr("Shop sections")
                TabButton {
                    objectName: "catalogTab"
                    text: qsTr("Catalog")
                    Accessible.name: text
                }
                TabButton {
                    objectName: "cartTab"
                    text: qsTr("Cart (%1)").arg(Shop.cart.itemCount)
                    Accessible.name: qsTr("Cart, items: %1").arg(Shop.cart.itemCount)
                }
                TabButton {
                    objectName: "checkoutTab"
                    enabled: Shop.cart.itemCount > 0
                    text: qsTr("Checkout")
                    Accessible.name: text
                }
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            CatalogPane {
                onRegisterRequested: sku => training.openFor(sku)
            }
            CartPane {
                onCheckoutRequested: page.showTab(2)
            }
            CheckoutPane {
                onOrdersRequested: page.pageRequested(4)
            }
        }
    }

    TrainingDialog {
        id: training
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.padding, Theme.formWidth * 1.3)
    }

    Connections {
        target: Shop
        function onOrderPlaced() {
            // An empty cart has nothing to check out: stay on the confirmation until the
            // customer moves on, but do not leave the tab pointing at nothing.
            if (Shop.cart.itemCount === 0 && tabs.currentIndex === 1)
                tabs.currentIndex = 0;
        }
    }
}
