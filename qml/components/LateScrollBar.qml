// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// The vertical scroll bar of a page built without Qt Quick Controls (the dashboard, issue
// #10), loaded after the first frame and attached to the page's Flickable as
// `ScrollBar.vertical` would be.
ScrollBar {
    id: bar

    required property Flickable flickable

    objectName: flickable.objectName + "Bar" // e.g. "dashboardScrollerBar"

    // In the Flickable itself, as the attached bar would be (a Loader made it its own child).
    parent: flickable
    Component.onCompleted: flickable.ScrollBar.vertical = bar
}
