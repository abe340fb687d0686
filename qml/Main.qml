// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// A plain Window: the first frame (navigation and dashboard) imports no Qt Quick Controls,
// whose types cost a sixth of a cold start to register (issue #10). The pages opened later
// use Controls; popups find the window's overlay all the same.
Window {
    id: window

    // Main pages, in navigation order; Ctrl+1..Ctrl+7 open them (documented in the README).
    readonly property var pages: [{
            "key": "dashboard",
            "title": qsTr("Dashboard"),
            "shortcut": "Ctrl+1"
        }, {
            "key": "points",
            "title": qsTr("Points"),
            "shortcut": "Ctrl+2"
        }, {
            "key": "care",
            "title": qsTr("Care membership"),
            "shortcut": "Ctrl+3"
        }, {
            "key": "shop",
            "title": qsTr("Shop & Cart"),
            "shortcut": "Ctrl+4"
        }, {
            "key": "orders",
            "title": qsTr("Orders"),
            "shortcut": "Ctrl+5"
        }, {
            "key": "warranty",
            "title": qsTr("Warranty help"),
            "shortcut": "Ctrl+6"
        }, {
            "key": "settings",
            "title": qsTr("Settings"),
            "shortcut": "Ctrl+7"
        }]
    property int currentPage: 0

    function showPage(index: int) {
        if (index < 0 || index >= pages.length || Session.state === Session.SignedOut)
            return;
        currentPage = index;
        navigation.currentIndex = index;
        const loader = pageStack.children[index] as Loader;
        if (loader && loader.item)
            loader.item.forceActiveFocus(Qt.ShortcutFocusReason);
    }

    width: 1100
    height: 740
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: Session.signedIn ? qsTr("CareDesk — %1").arg(Session.displayName) : qsTr("CareDesk")
    color: Theme.background

    Connections {
        target: Session
        function onStateChanged() {
            window.currentPage = 0;
            navigation.currentIndex = 0;
        }
    }

    // Keyboard users: whatever takes focus inside a scrolling page is scrolled into view
    // (Flickable does not follow focus by itself).
    onActiveFocusItemChanged: {
        const item = activeFocusItem;
        for (let p = item ? item.parent : null; p; p = p.parent) {
            const flick = p as Flickable;
            if (!flick || !flick.interactive || (p as ListView) !== null)
                continue;
            const top = item.mapToItem(flick.contentItem, 0, 0).y;
            const margin = Theme.spacing;
            if (top < flick.contentY)
                flick.contentY = Math.max(0, top - margin);
            else if (top + item.height > flick.contentY + flick.height)
                flick.contentY = Math.min(flick.contentHeight - flick.height, top + item.height - flick.height + margin);
            break;
        }
    }

    Repeater {
        model: window.pages
        delegate: Item {
            id: shortcutHolder
            required property var modelData
            required property int index
            Shortcut {
                sequence: shortcutHolder.modelData.shortcut
                enabled: Session.state !== Session.SignedOut
                onActivated: window.showPage(shortcutHolder.index)
            }
        }
    }

    // The storage itself in trouble (a full disk, a folder gone read-only): why the last
    // action saved nothing and what to do, above every page until a save works again.
    ColumnLayout {
        // The window's size, not its content item's: a plain Window sizes that item only at
        // its first resize event, and a page built before it was laid out at 0 x 0 (laid out
        // again at the first resize, where Qt 6.4's nested layouts crashed on the Care page).
        width: window.width
        height: window.height
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: trouble.implicitHeight
            visible: StorageHealth.problem.length > 0
            color: Theme.danger

            Text {
                id: trouble
                objectName: "storageTrouble"
                width: parent.width
                text: StorageHealth.problem
                wrapMode: Text.Wrap
                color: Theme.accentText
                padding: Theme.spacing
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        Item {
            id: content
            objectName: "windowContent"
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Signed out: sign in, or create an account (Escape goes back).
            Item {
                id: signedOut
                property bool creatingAccount: false
                anchors.fill: parent
                visible: Session.state === Session.SignedOut
                enabled: visible

                // Built only while signed out: a start signed in (--demo) does not pay for a page it
                // never shows (issue #10), and each sign-out starts from empty fields.
                Loader {
                    id: signInLoader
                    anchors.fill: parent
                    active: Session.state === Session.SignedOut
                    visible: !signedOut.creatingAccount
                    enabled: visible
                    source: "pages/SignInPage.qml"
                }
                Connections {
                    target: signInLoader.item
                    ignoreUnknownSignals: true
                    function onCreateAccountRequested() {
                        signedOut.creatingAccount = true;
                    }
                }
                Loader {
                    id: createAccountLoader
                    anchors.fill: parent
                    active: signedOut.creatingAccount
                    visible: active
                    source: "pages/CreateAccountPage.qml"
                }
                Connections {
                    target: createAccountLoader.item
                    ignoreUnknownSignals: true
                    function onBackRequested() {
                        signedOut.creatingAccount = false;
                    }
                }
                Connections {
                    target: Session
                    function onStateChanged() {
                        signedOut.creatingAccount = false;
                    }
                }
            }

            RowLayout {
                anchors.fill: parent
                spacing: 0
                visible: Session.state !== Session.SignedOut
                enabled: visible

                Rectangle {
                    Layout.fillHeight: true
                    Layout.preferredWidth: Theme.navigationWidth
                    color: Theme.surface

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing

                        Text {
                            text: qsTr("CareDesk")
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: Theme.accent
                            Accessible.ignored: true
                        }
                        Text {
                            text: Session.signedIn ? Session.displayName : qsTr("Guest")
                            color: Theme.mutedText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            Accessible.name: Session.signedIn ? qsTr("Signed in as %1").arg(Session.displayName) : qsTr("Browsing as a guest")
                        }
                        NavigationList {
                            id: navigation
                            pages: window.pages
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            onPageChosen: index => window.showPage(index)
                        }
                        ActionButton {
                            id: signOutButton
                            objectName: "navigationSignOut"
                            text: Session.signedIn ? qsTr("Sign out") : qsTr("Leave guest mode")
                            Layout.fillWidth: true
                            Accessible.name: text
                            onClicked: Session.signOut()
                        }
                    }
                }

                StackLayout {
                    id: pageStack
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: window.currentPage

                    PageLoader {
                        pageIndex: 0
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/DashboardPage.qml"
                    }
                    PageLoader {
                        pageIndex: 1
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/PointsPage.qml"
                    }
                    PageLoader {
                        pageIndex: 2
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/CarePage.qml"
                    }
                    PageLoader {
                        pageIndex: 3
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/ShopPage.qml"
                    }
                    PageLoader {
                        pageIndex: 4
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/OrdersPage.qml"
                    }
                    PageLoader {
                        pageIndex: 5
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/WarrantyPage.qml"
                    }
                    PageLoader {
                        pageIndex: 6
                        currentPage: window.currentPage
                        onPageRequested: index => window.showPage(index)
                        source: "pages/SettingsPage.qml"
                    }
                }
            }
        }
    }
}
