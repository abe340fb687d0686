// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Language (switches at once, remembered), account and about.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: qsTr("Settings")
    onActiveFocusChanged: if (activeFocus)
        languageBox.forceActiveFocus()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width - 2 * Theme.padding
            x: Theme.padding
            spacing: Theme.spacing

            Item {
                Layout.preferredHeight: Theme.padding
            }

            PageHeader {
                title: qsTr("Settings")
            }

            Label {
                text: qsTr("Language")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                model: Language.languages
                textRole: "nativeName"
                valueRole: "code"
                currentIndex: Language.languages.indexOf(Language.current)
                Layout.preferredWidth: Theme.formWidth / 2
                Accessible.name: qsTr("Language: %1").arg(currentText)
                onActivated: Language.setCurrent(currentValue)
            }
            Label {
                text: qsTr("CareDesk follows your system language until you choose one here.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }

            Label {
                text: qsTr("Account")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: Session.signedIn ? qsTr("Signed in as %1 (%2).").arg(Session.displayName).arg(Session.email) : qsTr("You are browsing as a guest. Orders placed as a guest do not earn points.")
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Button {
                objectName: "settingsSignOut"
                text: Session.signedIn ? qsTr("Sign out") : qsTr("Leave guest mode")
                Accessible.name: text
                onClicked: Session.signOut()
            }

            Label {
                text: qsTr("About")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("CareDesk %1. Dates follow the store's time zone, New York; amounts are in US dollars.").arg(Qt.application.version)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
        }
    }
}
