// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.App

// A labelled text field: the label is visible and is the field's accessible name, so a
// screen reader and a sighted user read the same words. A Column, not a layout: its height
// follows the wrapped label's real height at any text size (see PageHeader).
Column {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias maximumLength: input.maximumLength
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias input: input
    /// The objectName of the text input (GUI tests find it by this).
    property string fieldName
    /// A sentence read after the name, e.g. what the field is for.
    property string description

    signal edited(string text)
    signal accepted

    spacing: Theme.spacing / 3
    Layout.fillWidth: true

    Label {
        id: caption
        width: field.width
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    TextField {
        id: input
        objectName: field.fieldName
        width: field.width
        Accessible.name: caption.text
        Accessible.description: field.description
        onTextEdited: field.edited(text)
        onAccepted: field.accepted()
    }
}
