// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Sign in, create an account, try the demo, or continue as a guest.
Page {
    id: page

    signal createAccountRequested

    property string problem

    function signIn() {
        problem = Session.signIn(emailField.text, passwordField.text);
        if (problem.length === 0)
            passwordField.clear();
    }

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: emailField.forceActiveFocus()

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
                title: qsTr("Welcome to CareDesk")
                subtitle: qsTr("Your points, your Care membership, your orders and warranty help, in one place.")
            }

            Label {
                text: qsTr("Email")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: emailField
                objectName: "signInEmail"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                placeholderText: qsTr("name@example.com")
                maximumLength: 254
                Accessible.name: qsTr("Email")
                KeyNavigation.tab: passwordField
                onAccepted: passwordField.forceActiveFocus()
            }
            Label {
                text: qsTr("Password")
                color: Theme.text
                Accessible.ignored: true
            }
            TextField {
                id: passwordField
                objectName: "signInPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                maximumLength: 256
                Accessible.name: qsTr("Password")
                KeyNavigation.tab: signInButton
                onAccepted: page.signIn()
            }

            Label {
                objectName: "signOutNotice"
                visible: Session.signOutNotice.length > 0 && page.problem.length === 0
                text: Session.signOutNotice
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ProblemList {
                messages: page.problem.length > 0 ? [page.problem] : []
            }

            Button {
                id: signInButton
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.signIn()
            }
            Button {
                objectName: "createAccountButton"
                text: qsTr("Create an account")
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.createAccountRequested()
            }
            Button {
                objectName: "guestButton"
                text: qsTr("Continue as guest")
                Layout.fillWidth: true
                Accessible.name: text
                Accessible.description: qsTr("Shop without an account. Guest orders do not earn points.")
                onClicked: Session.continueAsGuest()
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 1
                color: Theme.border
                Accessible.ignored: true
            }

            Label {
                text: qsTr("New here? Look around with the demo member: %1, password %2.").arg(Session.demoEmail).arg(Session.demoPassword)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Button {
                objectName: "demoButton"
                text: qsTr("Try the demo")
                Layout.fillWidth: true
                Accessible.name: text
                onClicked: page.problem = Session.signInAsDemo()
            }
        }
    }
}
