// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Checkout (issue #6): every figure comes from Shop.checkout's review, which prices the
// cart with the same code that places the order; nothing is computed here.
ScrollView {
    id: pane

    readonly property Checkout checkout: Shop.checkout

    signal ordersRequested

    contentWidth: availableWidth

    ColumnLayout {
        width: pane.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        Item {
            Layout.preferredHeight: Theme.spacing / 2
        }

        SectionHeading {
            text: pane.checkout.needsShipping ? qsTr("Shipping address") : qsTr("Billing address")
        }
        Label {
            visible: pane.checkout.needsShipping
            text: qsTr("Orders ship to a street address in the US; not to a P.O. box.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        FormField {
            label: qsTr("Full name")
            fieldName: "shipName"
            text: pane.checkout.name
            maximumLength: 100
            onEdited: value => pane.checkout.name = value
        }
        FormField {
            label: qsTr("Street address")
            fieldName: "shipStreet"
            text: pane.checkout.street
            maximumLength: 200
            onEdited: value => pane.checkout.street = value
        }
        FormField {
            label: qsTr("City")
            fieldName: "shipCity"
            text: pane.checkout.city
            maximumLength: 100
            onEdited: value => pane.checkout.city = value
        }
        Label {
            text: qsTr("State")
            color: Theme.text
            Accessible.ignored: true
        }
        ComboBox {
            id: stateBox
            objectName: "shipState"
            model: UsStatesModel {
            }
            textRole: "label"
            valueRole: "code"
            currentIndex: indexOfValue(pane.checkout.state)
            displayText: currentIndex < 0 ? qsTr("Choose the state") : currentText
            Layout.fillWidth: true
            Accessible.name: qsTr("State: %1").arg(displayText)
            onActivated: pane.checkout.state = currentValue
        }
        FormField {
            label: qsTr("ZIP code")
            fieldName: "shipZip"
            text: pane.checkout.zip
            maximumLength: 10
            inputMethodHints: Qt.ImhDigitsOnly
            onEdited: value => pane.checkout.zip = value
        }
        ProblemList {
            objectName: "addressProblems"
            messages: pane.checkout.addressProblems
        }
        FormField {
            visible: Session.guest
            label: qsTr("Your email, for the receipt")
            fieldName: "guestEmail"
            text: pane.checkout.guestEmail
            maximumLength: 254
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            onEdited: value => pane.checkout.guestEmail = value
        }
        ProblemList {
            visible: Session.guest && pane.checkout.guestEmailProblem.length > 0
            messages: pane.checkout.guestEmailProblem.length > 0 ? [pane.checkout.guestEmailProblem] : []
        }

        // R-K5: each option with its price and its promised dates, before purchase.
        SectionHeading {
            visible: pane.checkout.needsShipping
            text: qsTr("Shipping")
        }
        ColumnLayout {
            visible: pane.checkout.needsShipping
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Repeater {
                model: pane.checkout.shippingOptions
                delegate: RadioButton {
                    id: option
                    required property var modelData
                    objectName: "shipping-" + modelData.code
                    checked: modelData.code === pane.checkout.shipping
                    text: modelData.label + " — " + modelData.priceText + ", " + modelData.shipDateText + (modelData.note.length > 0 ? " (" + modelData.note + ")" : "")
                    Layout.fillWidth: true
                    Accessible.name: modelData.accessibleText
                    onClicked: pane.checkout.shipping = modelData.code
                    contentItem: Label {
                        text: option.text
                        wrapMode: Text.Wrap
                        color: Theme.text
                        leftPadding: option.indicator.width + option.spacing
                        verticalAlignment: Text.AlignVCenter
                        Accessible.ignored: true
                    }
                }
            }
        }

        // R-P5: the balance and its value, "Apply" for the most, or a number of points.
        SectionHeading {
            visible: Session.signedIn
            text: qsTr("Points")
        }
        Label {
            visible: Session.signedIn
            objectName: "pointsSummary"
            text: pane.checkout.pointsSummary
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        FormField {
            visible: Session.signedIn
            label: qsTr("Points to use")
            fieldName: "pointsField"
            text: pane.checkout.pointsText
            maximumLength: 20
            inputMethodHints: Qt.ImhDigitsOnly
            description: pane.checkout.pointsSummary
            onEdited: value => pane.checkout.pointsText = value
        }
        Button {
            visible: Session.signedIn
            objectName: "applyPointsButton"
            enabled: pane.checkout.pointsMax > 0
            text: qsTr("Apply %1").arg(Format.points(pane.checkout.pointsMax))
            Accessible.name: text
            onClicked: pane.checkout.applyMaxPoints()
        }
        ProblemList {
            objectName: "pointsProblems"
            messages: pane.checkout.pointsProblems
        }
        Label {
            objectName: "earnText"
            text: pane.checkout.earnText
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }

        SectionHeading {
            text: qsTr("Gift card and promotion code")
        }
        FormField {
            label: qsTr("Gift card code (optional)")
            fieldName: "giftCardField"
            text: pane.checkout.giftCardCode
            maximumLength: 40
            onEdited: value => pane.checkout.giftCardCode = value
        }
        Label {
            visible: text.length > 0
            objectName: "giftCardMessage"
            text: pane.checkout.giftCardMessage
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        FormField {
            label: qsTr("Promotion code (optional)")
            fieldName: "promoField"
            text: pane.checkout.promoCode
            maximumLength: 40
            onEdited: value => pane.checkout.promoCode = value
        }
        Label {
            visible: text.length > 0
            objectName: "promoMessage"
            text: pane.checkout.promoMessage
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }

        // R-K7: only brand, last four digits and a token are kept.
        SectionHeading {
            visible: pane.checkout.cardNeeded
            text: qsTr("Payment card")
        }
        CardFields {
            visible: pane.checkout.cardNeeded
            card: pane.checkout.card
            namePrefix: "card"
        }
        ProblemList {
            objectName: "cardProblems"
            messages: pane.checkout.cardProblems
        }

        SectionHeading {
            text: qsTr("Review")
        }
        Repeater {
            model: pane.checkout.lines
            delegate: ColumnLayout {
                id: reviewLine
                required property var modelData
                spacing: 0
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.accessibleText
                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Label {
                        text: reviewLine.modelData.quantity > 1 ? qsTr("%1 × %2").arg(reviewLine.modelData.quantity).arg(reviewLine.modelData.name) : reviewLine.modelData.name
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                    Label {
                        text: reviewLine.modelData.amountText
                        color: Theme.text
                        Accessible.ignored: true
                    }
                }
                Label {
                    visible: text.length > 0
                    text: reviewLine.modelData.detail
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.ignored: true
                }
            }
        }
        TotalsList {
            objectName: "checkoutTotals"
            rows: pane.checkout.totals
        }
        ProblemList {
            objectName: "checkoutProblems"
            messages: pane.checkout.cartProblems
        }
        Button {
            objectName: "placeOrderButton"
            enabled: pane.checkout.canPlace
            highlighted: true
            text: qsTr("Place order, total %1").arg(pane.checkout.totalText)
            Accessible.name: text
            onClicked: pane.checkout.place()
        }
        Label {
            objectName: "checkoutOutcome"
            visible: pane.checkout.outcome.length > 0
            text: pane.checkout.outcome
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "viewOrdersButton"
            visible: pane.checkout.placedOrderId > 0
            text: qsTr("See your orders")
            Accessible.name: text
            onClicked: pane.ordersRequested()
        }
        Item {
            Layout.preferredHeight: Theme.padding
        }
    }
}
