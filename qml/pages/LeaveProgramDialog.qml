// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// R-P11: leaving the points program, with what it costs stated before confirming. Its own
// file so that the dashboard, which opens it, needs no Qt Quick Controls (issue #10).
Dialog {
    id: leaveDialog

    /// The member confirmed; the page asks PointsDashboard and shows any problem.
    signal leaveConfirmed

    objectName: "leaveDialog"
    title: qsTr("Leave the program?")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.padding, Theme.formWidth * 1.2)
    standardButtons: Dialog.NoButton
    onOpened: keepButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            objectName: "leavePreviewText"
            text: PointsDashboard.leavePreview
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            Button {
                id: keepButton
                objectName: "keepMembershipButton"
                text: qsTr("Keep my points")
                Accessible.name: text
                onClicked: leaveDialog.close()
            }
            Button {
                objectName: "confirmLeaveButton"
                text: qsTr("Leave and forfeit")
                Accessible.name: text
                onClicked: {
                    leaveDialog.leaveConfirmed();
                    leaveDialog.close();
                }
            }
        }
    }
}
