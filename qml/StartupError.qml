// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// Shown instead of the app when it cannot start safely (damaged or newer database, data
// folder in use or unwritable). Nothing has been changed when this appears.
ApplicationWindow {
    id: window

    required property string message
    required property string detail
    // The newest automatic copy when the database is damaged ("" when there is none), and
    // the AppContext that can put it back.
    required property string backup
    // The store's shared database saved in Settings when it is what could not be opened
    // ("" otherwise): the customer can go back to this computer's own database from here.
    required property string savedDatabase
    required property var context

    width: 640
    height: 360
    visible: true
    title: qsTr("CareDesk cannot start")
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("CareDesk cannot start")
        }
        Label {
            text: window.message
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            visible: window.detail.length > 0
            text: qsTr("Details: %1").arg(window.detail)
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
            Accessible.name: text
        }
        Item {
            Layout.fillHeight: true
        }
        Button {
            objectName: "restoreButton"
            visible: window.backup.length > 0
            text: qsTr("Restore the latest automatic backup")
            Layout.alignment: Qt.AlignRight
            Accessible.name: text
            Accessible.description: window.backup
            onClicked: {
                window.message = window.context.restoreLatestBackup();
                window.backup = "";
            }
        }
        Button {
            objectName: "useLocalDatabaseButton"
            visible: window.savedDatabase.length > 0
            text: qsTr("Use this computer's own database")
            Layout.alignment: Qt.AlignRight
            Accessible.name: text
            Accessible.description: qsTr("Instead of %1, from the next start").arg(window.savedDatabase)
            onClicked: {
                window.message = window.context.useLocalDatabase();
                window.savedDatabase = "";
            }
        }
        Button {
            text: qsTr("Quit")
            focus: true
            Layout.alignment: Qt.AlignRight
            Accessible.name: text
            onClicked: Qt.quit()
        }
    }
}
