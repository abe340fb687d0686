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

    /// The page asked for another main page (a page declares `signal pageRequested(int index)`).
    signal pageRequested(int index)

    active: wanted && Session.state !== Session.SignedOut
    onCurrentPageChanged: if (currentPage === pageIndex)
        wanted = true

    Connections {
        target: loader.item
        ignoreUnknownSignals: true
        function onPageRequested(index: int) {
            loader.pageRequested(index);
        }
    }

    Connections {
        target: Session
        function onStateChanged() {
            loader.wanted = loader.pageIndex === loader.currentPage;
        }
    }
}
