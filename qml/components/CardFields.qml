// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// The card fields of a payment form (R-K7). What is typed goes to the CardForm in memory
// only; the store keeps brand, last four digits and a token.
ColumnLayout {
    id: fields

    required property CardForm card
    /// Prefix of the inputs' objectNames ("card" -> cardHolder, cardNumber, ...).
    property string namePrefix: "card"

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    FormField {
        label: qsTr("Name on the card")
        fieldName: fields.namePrefix + "Holder"
        text: fields.card.holder
        maximumLength: 100
        onEdited: value => fields.card.holder = value
    }
    FormField {
        label: fields.card.brand.length > 0 ? qsTr("Card number (%1)").arg(fields.card.brand) : qsTr("Card number")
        fieldName: fields.namePrefix + "Number"
        text: fields.card.number
        maximumLength: 23
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        onEdited: value => fields.card.number = value
    }
    FormField {
        label: qsTr("Expiry date (MM/YY)")
        fieldName: fields.namePrefix + "Expiry"
        text: fields.card.expiry
        placeholderText: qsTr("MM/YY")
        maximumLength: 7
        inputMethodHints: Qt.ImhDigitsOnly
        onEdited: value => fields.card.expiry = value
    }
    FormField {
        label: qsTr("Security code (CVV)")
        fieldName: fields.namePrefix + "Cvv"
        text: fields.card.cvv
        maximumLength: 4
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        description: qsTr("Used for this payment only; it is never stored.")
        onEdited: value => fields.card.cvv = value
    }
}
