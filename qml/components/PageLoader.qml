// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import CareDesk.Models

// One main page. It loads when first shown (start-up builds only the dashboard) and is
// dropped on sign-out, so no page keeps another account's data.
Loader {
    id: loader

    required property int pageIndex
    required property int currentPage
    property bool wanted: pageIndex === currentPage

    active: wanted && Session.state !== Session.SignedOut
    onCurrentPageChanged: if (currentPage === pageIndex)
        wanted = true

    Connections {
        target: Session
        function onStateChanged() {
            loader.wanted = loader.pageIndex === loader.currentPage;
        }
    }
}
