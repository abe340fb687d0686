// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// Colours, spacing and type sizes in one place. Sizes derive from the application font,
// so --font-scale (or the desktop's font size) scales the whole UI. Text colours meet
// WCAG 2.1 AA (4.5:1) on their backgrounds.
QtObject {
    // The application font may be set in points (desktop settings, --font-scale): measure it.
    readonly property FontMetrics metrics: FontMetrics {
    }
    readonly property real baseSize: Math.max(10, Math.round(metrics.height * 0.85))
    readonly property real spacing: Math.round(baseSize * 0.75)
    readonly property real padding: Math.round(baseSize * 1.25)
    readonly property real titleSize: Math.round(baseSize * 1.6)
    readonly property real headingSize: Math.round(baseSize * 1.25)
    readonly property real smallSize: Math.round(baseSize * 0.65) // the chart's month names
    readonly property real figureSize: Math.round(baseSize * 2.4)
    readonly property real navigationWidth: Math.round(baseSize * 15)
    readonly property real formWidth: Math.round(baseSize * 30)

    readonly property color background: "#ffffff"
    readonly property color surface: "#f3f5f8"
    readonly property color pressed: "#dde2e9"       // a row held down on the surface
    readonly property color button: "#e0e0e0"        // ActionButton, as the Basic style's Button
    readonly property color buttonDown: "#cecece"    // held down: the Basic style's button and mid, half and half
    readonly property color buttonText: "#26282a"    // the Basic style's button text, 11.2:1 on button
    readonly property color text: "#1a1a1a"          // 17.4:1 on white
    readonly property color mutedText: "#4a4f57"     // 8.2:1 on white
    readonly property color accent: "#0a58a8"        // 6.9:1 on white
    readonly property color accentText: "#ffffff"
    readonly property color danger: "#a4161a"        // 7.4:1 on white
    readonly property color success: "#1b6b2f"       // 6.6:1 on white
    readonly property color border: "#8a9099"
    readonly property color focus: "#0a58a8"
}
