// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// The points statement (R-P12): every entry with date, kind, order, change and running
// balance; filter by kind and dates; export to CSV. Rows load page by page as you scroll.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: qsTr("Points statement")
    onActiveFocusChanged: if (activeFocus)
        kindBox.forceActiveFocus()

    StatementModel {
        id: statement
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            title: qsTr("Points statement")
            subtitle: Session.signedIn ? qsTr("Every change to your points, newest first, with the balance after it.") : qsTr("Sign in to see your points statement.")
        }

        Flow {
            visible: Session.signedIn
            spacing: Theme.spacing
            Layout.fillWidth: true

            ComboBox {
                id: kindBox
                objectName: "kindFilter"
                model: statement.kindChoices
                textRole: "label"
                valueRole: "kind"
                width: Theme.formWidth / 2
                Accessible.name: qsTr("Show kind: %1").arg(currentText)
                onActivated: statement.kindFilter = currentValue
            }
            TextField {
                id: fromField
                objectName: "fromDate"
                placeholderText: qsTr("From (YYYY-MM-DD)")
                maximumLength: 10
                width: Theme.formWidth / 3
                Accessible.name: qsTr("From date, year-month-day")
                onAccepted: statement.fromDate = text
                onEditingFinished: statement.fromDate = text
            }
            TextField {
                id: toField
                objectName: "toDate"
                placeholderText: qsTr("To (YYYY-MM-DD)")
                maximumLength: 10
                width: Theme.formWidth / 3
                Accessible.name: qsTr("To date, year-month-day")
                onAccepted: statement.toDate = text
                onEditingFinished: statement.toDate = text
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export CSV…")
                Accessible.name: qsTr("Export the statement as a CSV file")
                onClicked: exportDialog.open()
            }
        }
        Label {
            visible: statement.filterProblem.length > 0
            text: statement.filterProblem
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "exportMessage"
            visible: statement.exportMessage.length > 0
            text: statement.exportMessage
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }

        RowLayout {
            visible: Session.signedIn
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Repeater {
                model: [qsTr("Date"), qsTr("What"), qsTr("Order"), qsTr("Points"), qsTr("Balance")]
                delegate: Label {
                    required property string modelData
                    required property int index
                    text: modelData
                    font.bold: true
                    color: Theme.mutedText
                    elide: Text.ElideRight
                    horizontalAlignment: index >= 3 ? Text.AlignRight : Text.AlignLeft
                    Layout.preferredWidth: index === 1 ? 3 : 2
                    Layout.fillWidth: true
                    Accessible.ignored: true
                }
            }
        }

        ListView {
            id: list
            objectName: "statementList"
            visible: Session.signedIn
            model: statement
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Statement entries")
            ScrollBar.vertical: ScrollBar {
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string dateText
                required property string kindLabel
                required property string orderText
                required property string changeText
                required property string balanceText
                required property string accessibleText
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText
                onClicked: list.currentIndex = index

                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Label {
                        text: row.dateText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        text: row.kindLabel
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        text: row.orderText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        text: row.changeText
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        text: row.balanceText
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        color: Theme.text
                        Accessible.ignored: true
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No entries match.")
                color: Theme.mutedText
                Accessible.name: text
            }
        }
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Export the points statement")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: statement.exportCsv(selectedFile)
    }
}
