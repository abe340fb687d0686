// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// R-K4: a class is ordered on its own, one student per order, paid by card for just the
// class, at any hour; the cart is untouched.
Dialog {
    id: dialog

    function openFor(sku: string) {
        training.clear();
        training.sku = sku;
        open();
    }

    objectName: "trainingDialog"
    title: qsTr("Register for a class")
    modal: true
    focus: true
    padding: Theme.padding
    onOpened: studentName.input.forceActiveFocus()

    TrainingCheckout {
        id: training
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        implicitHeight: Math.min(column.implicitHeight, dialog.parent ? dialog.parent.height * 0.7 : column.implicitHeight)

        ColumnLayout {
            id: column
            width: scroller.availableWidth
            spacing: Theme.spacing

            Label {
                objectName: "trainingClass"
                text: training.classText
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Label {
                text: qsTr("One student per order. To register several students, place one order each.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            FormField {
                id: studentName
                label: qsTr("Student's name")
                fieldName: "studentName"
                text: training.studentName
                maximumLength: 100
                onEdited: value => training.studentName = value
            }
            FormField {
                label: qsTr("Student's email")
                fieldName: "studentEmail"
                text: training.studentEmail
                maximumLength: 254
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onEdited: value => training.studentEmail = value
            }
            FormField {
                visible: Session.guest
                label: qsTr("Your email, for the receipt")
                fieldName: "trainingGuestEmail"
                text: training.guestEmail
                maximumLength: 254
                onEdited: value => training.guestEmail = value
            }
            CardFields {
                card: training.card
                namePrefix: "trainingCard"
            }
            ProblemList {
                objectName: "trainingProblems"
                messages: training.problems
            }
            Label {
                objectName: "trainingOutcome"
                visible: training.outcome.length > 0
                text: training.outcome
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Button {
                    objectName: "trainingClose"
                    text: training.placedOrderId > 0 ? qsTr("Close") : qsTr("Cancel")
                    Accessible.name: text
                    onClicked: dialog.close()
                }
                Button {
                    objectName: "trainingRegister"
                    visible: training.placedOrderId === 0
                    highlighted: true
                    text: qsTr("Register and pay")
                    Accessible.name: text
                    onClicked: training.place()
                }
            }
        }
    }
}
