// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CareDesk.App

// A page title with an optional one-line explanation under it. A Column, not a layout: its
// height follows the wrapped labels' real heights, so a title that wraps at 200% text size
// never slides under what follows.
Column {
    id: header

    property string title
    property string subtitle

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Text {
        width: header.width
        text: header.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: header.title
    }
    Text {
        width: header.width
        visible: header.subtitle.length > 0
        text: header.subtitle
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Accessible.name: header.subtitle
    }
}
