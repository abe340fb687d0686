// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// A section title inside a page, read as a heading by screen readers.
Label {
    font.pixelSize: Theme.headingSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing / 2
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
