// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// R-P10: one account per email; US residents of age (18, 19 in AL and NE).
Page {
    id: page

    signal backRequested

    property list<string> problems

    function create() {
        if (passwordField.text !== confirmField.text) {
            problems = [qsTr("The two passwords are not the same.")];
            return;
        }
        problems = Session.createAccount(emailField.text, nameField.text, birthField.text, stateBox.currentValue ?? "", passwordField.text);
    }

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: emailField.forceActiveFocus()
    Keys.onEscapePressed: backRequested()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.padding, Theme.formWidth)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item {
                Layout.preferredHeight: Theme.padding
            }

            PageHeader {
                title: qsTr("Create your account")
                subtitle: qsTr("Membership is free for US residents aged 18 or over (19 in Alabama and Nebraska). One account per email.")
            }

            Label {
                text: qsTr("Email")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: emailField
                objectName: "newEmail"
                Layout.fillWidth: true
                maximumLength: 254
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Email")
            }
            Label {
                text: qsTr("Name")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: nameField
                objectName: "newName"
                Layout.fillWidth: true
                maximumLength: 100
                Accessible.name: qsTr("Name")
            }
            Label {
                text: qsTr("Date of birth (year-month-day)")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: birthField
                objectName: "newBirthDate"
                Layout.fillWidth: true
                placeholderText: qsTr("1990-04-23")
                maximumLength: 10
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Date of birth, year-month-day")
            }
            Label {
                text: qsTr("State")
                color: Theme.text
                Accessible.ignored: true
            }
            ComboBox {
                id: stateBox
                objectName: "newState"
                Layout.fillWidth: true
                model: UsStatesModel {
                }
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Choose your state") : currentText
                Accessible.name: qsTr("State: %1").arg(displayText)
            }
            Label {
                text: qsTr("Password (at least 8 characters)")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: passwordField
                objectName: "newPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                maximumLength: 256
                Accessible.name: qsTr("Password, at least 8 characters")
            }
            Label {
                text: qsTr("Password again")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: confirmField
                objectName: "newPasswordConfirm"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                maximumLength: 256
                Accessible.name: qsTr("Password again")
                onAccepted: page.create()
            }

            ProblemList {
                objectName: "createProblems"
                messages: page.problems
            }

            Button {
                objectName: "createButton"
                text: qsTr("Create account")
                highlighted: true
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.create()
            }
            Button {
                objectName: "backButton"
                text: qsTr("Back to sign in")
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.backRequested()
            }
        }
    }
}
