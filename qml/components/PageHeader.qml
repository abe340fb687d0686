// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// A page title with an optional one-line explanation under it.
ColumnLayout {
    id: header

    property string title
    property string subtitle

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Label {
        text: header.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: header.title
    }
    Label {
        visible: header.subtitle.length > 0
        text: header.subtitle
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: header.subtitle
    }
}
