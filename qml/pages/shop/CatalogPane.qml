// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// The catalog (R-K1): search, category, and each item's action — into the cart, a free
// download (R-K3) or a class registration (R-K4).
ScrollView {
    id: pane

    property string message

    signal registerRequested(string sku)

    contentWidth: availableWidth

    function runAction(row: int, action: string, sku: string) {
        if (action === "download")
            pane.message = catalog.download(row);
        else if (action === "register")
            pane.registerRequested(sku);
        else
            pane.message = catalog.addToCart(row);
    }

    CatalogModel {
        id: catalog
    }

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        Item {
            Layout.preferredHeight: Theme.spacing / 2
        }
        FormField {
            label: qsTr("Search the catalog")
            fieldName: "catalogSearch"
            placeholderText: qsTr("Name, model or part number")
            maximumLength: 100
            onEdited: value => catalog.search = value
        }
        Label {
            text: qsTr("Category")
            color: Theme.text
            Accessible.ignored: true
        }
        ComboBox {
            id: categoryBox
            objectName: "catalogCategory"
            model: catalog.categories
            textRole: "label"
            valueRole: "code"
            Layout.fillWidth: true
            Accessible.name: qsTr("Category: %1").arg(displayText)
            onActivated: catalog.category = currentValue
        }
        Label {
            objectName: "catalogResult"
            text: catalog.resultText
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        Label {
            objectName: "catalogMessage"
            visible: pane.message.length > 0
            text: pane.message
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Catalog items")

            Repeater {
                model: catalog
                delegate: Rectangle {
                    id: item
                    required property int index
                    required property string sku
                    required property string name
                    required property string description
                    required property string priceText
                    required property string memberPriceText
                    required property bool memberPriceApplies
                    required property string stockText
                    required property string action
                    required property string trainingText
                    required property bool qualifying
                    required property string accessibleText

                    Layout.fillWidth: true
                    implicitHeight: itemColumn.implicitHeight + Theme.padding
                    color: Theme.surface
                    radius: 4
                    Accessible.role: Accessible.ListItem
                    Accessible.name: accessibleText

                    ColumnLayout {
                        id: itemColumn
                        x: Theme.padding / 2
                        y: Theme.padding / 2
                        width: parent.width - Theme.padding
                        spacing: Theme.spacing / 3

                        Label {
                            text: item.name
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.ignored: true
                        }
                        Label {
                            text: item.description
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.ignored: true
                        }
                        Label {
                            visible: item.trainingText.length > 0
                            text: item.trainingText
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.ignored: true
                        }
                        Label {
                            text: {
                                let parts = [item.priceText];
                                if (item.memberPriceText.length > 0)
                                    parts.push(item.memberPriceApplies ? qsTr("you pay %1 as a Care member").arg(item.memberPriceText) : qsTr("Care members pay %1").arg(item.memberPriceText));
                                if (item.stockText.length > 0)
                                    parts.push(item.stockText);
                                if (item.qualifying)
                                    parts.push(qsTr("earns points"));
                                return parts.join(" · ");
                            }
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.ignored: true
                        }
                        Button {
                            objectName: "catalogAction-" + item.sku
                            text: item.action === "download" ? qsTr("Download") : item.action === "register" ? qsTr("Register…") : qsTr("Add to cart")
                            Accessible.name: item.action === "download" ? qsTr("Download %1").arg(item.name) : item.action === "register" ? qsTr("Register for %1").arg(item.name) : qsTr("Add %1 to the cart").arg(item.name)
                            onClicked: pane.runAction(item.index, item.action, item.sku)
                        }
                    }
                }
            }
        }
        Item {
            Layout.preferredHeight: Theme.padding
        }
    }
}
