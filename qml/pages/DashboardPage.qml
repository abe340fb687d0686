// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Points at a glance (issue #4): balance and value, pending points and their orders, what
// expires soon, a 24-month expiry chart, and leaving the program (R-P11).
// The page a signed-in start opens on, so it is plain Qt Quick (issue #10): no Qt Quick
// Controls in the first frame. Its scroll bar and the leave dialog are Controls, loaded once
// the first frame is on screen or when asked for.
FocusScope {
    id: page

    // R-P11's confirmation, built the first time it is asked for: most starts never show it.
    property var leaveConfirmation: null

    function openLeaveDialog() {
        if (!leaveConfirmation) {
            const component = Qt.createComponent("LeaveProgramDialog.qml");
            if (component.status !== Component.Ready) {
                console.warn(component.errorString()); // the self-test fails on it
                return;
            }
            leaveConfirmation = component.createObject(page, {
                    "parent": page
                });
            leaveConfirmation.leaveConfirmed.connect(() => {
                    leaveProblem.text = PointsDashboard.requestLeave();
                });
        }
        leaveConfirmation.open();
    }

    Accessible.role: Accessible.PageTab
    Accessible.name: qsTr("Dashboard")
    onActiveFocusChanged: if (activeFocus)
        balanceFigure.forceActiveFocus()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // No refresh of its own: AppContext refreshes PointsDashboard on every sign-in, guest
    // start and sign-out before this page is built, and on every change after (issue #10:
    // a second read of the forecast at every start).
    Flickable {
        id: scroller
        objectName: "dashboardScroller"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            width: scroller.width - 2 * Theme.padding
            x: Theme.padding
            spacing: Theme.padding

            Item {
                Layout.preferredHeight: Theme.spacing
            }

            PageHeader {
                title: Session.signedIn ? qsTr("Hello, %1").arg(Session.displayName) : qsTr("Dashboard")
                subtitle: Session.signedIn ? qsTr("Your points at a glance.") : qsTr("Sign in to see your points. Guest orders do not earn points.")
            }

            GridLayout {
                visible: Session.signedIn
                columns: width > Theme.formWidth * 1.6 ? 3 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.padding
                Layout.fillWidth: true

                FigureCard {
                    id: balanceFigure
                    objectName: "balanceFigure"
                    title: qsTr("Available points")
                    figure: Format.number(PointsDashboard.available)
                    detail: qsTr("Worth %1 at checkout").arg(PointsDashboard.availableValue)
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                }
                FigureCard {
                    objectName: "pendingFigure"
                    title: qsTr("Pending points")
                    figure: Format.number(PointsDashboard.pending)
                    detail: PointsDashboard.pendingOrders.length > 0 ? qsTr("Post when these ship: %1").arg(PointsDashboard.pendingOrdersText) : qsTr("Nothing waiting for shipment.")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                }
                FigureCard {
                    objectName: "expiringFigure"
                    title: qsTr("Expiring within 30 days")
                    figure: Format.number(PointsDashboard.expiring30)
                    detail: qsTr("%1 within 60 days, %2 within 90 days").arg(Format.number(PointsDashboard.expiring60)).arg(Format.number(PointsDashboard.expiring90))
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                }
            }

            Text {
                visible: Session.signedIn
                text: qsTr("Points expiring per month, next 24 months")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ExpiryChart {
                id: expiryChart
                visible: Session.signedIn
                objectName: "expiryChart"
                months: PointsDashboard.monthlyExpiry
                maximum: PointsDashboard.monthlyMaximum
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.baseSize * 14
            }
            Text {
                visible: Session.signedIn
                text: expiryChart.currentDetail.length > 0 ? expiryChart.currentDetail : qsTr("Select a month (Tab, then Left and Right) to read its figure.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }

            // R-P11: leaving the program, with what it costs stated before confirming.
            Text {
                visible: Session.signedIn
                text: qsTr("Leave the program")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                visible: Session.signedIn && PointsDashboard.leaveState === "pending"
                objectName: "leavePendingText"
                text: qsTr("You asked to leave. The request is processed on %1; until then you can withdraw it.").arg(PointsDashboard.leaveProcessAt)
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Text {
                visible: Session.signedIn && PointsDashboard.leaveState === "processed"
                text: qsTr("You left the program on %1; your points were forfeited.").arg(PointsDashboard.leaveProcessAt)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            RowLayout {
                visible: Session.signedIn
                spacing: Theme.spacing
                ActionButton {
                    objectName: "leaveButton"
                    visible: PointsDashboard.leaveState === "none"
                    text: qsTr("Leave the program…")
                    Accessible.name: qsTr("Leave the program")
                    Accessible.description: PointsDashboard.leavePreview
                    onClicked: page.openLeaveDialog()
                }
                ActionButton {
                    objectName: "withdrawLeaveButton"
                    visible: PointsDashboard.leaveState === "pending"
                    text: qsTr("Withdraw my request")
                    Accessible.name: text
                    onClicked: leaveProblem.text = PointsDashboard.withdrawLeave()
                }
            }
            Text {
                id: leaveProblem
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Item {
                Layout.preferredHeight: Theme.padding
            }
        }
    }

    // The scroll bar is a Qt Quick Controls ScrollBar, asked for once the first frame is on
    // screen: compiled on the QML loader's thread, then attached. At the default size the
    // dashboard fits and shows no bar.
    Loader {
        id: scrollBarLoader
        asynchronous: true
    }
    Connections {
        target: page.Window.window
        enabled: scrollBarLoader.status === Loader.Null
        function onFrameSwapped() {
            scrollBarLoader.setSource("../components/LateScrollBar.qml", {
                    "flickable": scroller
                });
        }
    }
}
