// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Language (switches at once, remembered), account, database (from the next start) and about.
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
                text: qsTr("Database")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "databaseInUse"
                text: DatabaseSettings.shared ? qsTr("This terminal uses the store's shared database %1.").arg(DatabaseSettings.location) : qsTr("This terminal uses its own database on this computer: %1.").arg(DatabaseSettings.location)
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                Accessible.name: text
            }
            Label {
                visible: DatabaseSettings.fromCommandLine
                text: qsTr("It was chosen with --database for this run only.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Label {
                text: qsTr("A store with several terminals keeps one shared PostgreSQL database. Enter its address to use it from the next start; put the password in ~/.pgpass, never here.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            TextField {
                id: databaseUrlField
                objectName: "databaseUrlField"
                text: DatabaseSettings.savedUrl
                //: An example address of a PostgreSQL database; keep it as it is
                placeholderText: qsTr("postgresql://caredesk@db.example:5432/caredesk")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.formWidth
                Accessible.name: qsTr("Address of the store's shared database")
                Accessible.description: databaseStatus.text
                onAccepted: databaseSave.save()
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true

                Button {
                    id: databaseSave
                    objectName: "databaseSave"
                    text: qsTr("Use this shared database from the next start")
                    Accessible.name: text
                    onClicked: save()
                    function save() {
                        const problem = DatabaseSettings.save(databaseUrlField.text);
                        databaseStatus.text = problem.length > 0 ? problem : qsTr("Saved. CareDesk uses %1 from its next start.").arg(DatabaseSettings.savedUrl);
                    }
                }
                Button {
                    objectName: "databaseUseLocal"
                    text: qsTr("Use this computer's own database")
                    Accessible.name: text
                    onClicked: {
                        DatabaseSettings.useLocal();
                        databaseUrlField.text = "";
                        databaseStatus.text = qsTr("Saved. CareDesk uses this computer's own database from its next start.");
                    }
                }
            }
            Label {
                id: databaseStatus
                objectName: "databaseStatus"
                visible: text.length > 0
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                // After --database the line above says it; here only a change saved in Settings.
                visible: DatabaseSettings.restartNeeded && !DatabaseSettings.fromCommandLine && databaseStatus.text.length === 0
                text: qsTr("A change of database is saved; it applies the next time CareDesk starts.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
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
