pragma Singleton
import QtQuick

// Colours and sizes of the Studio: large, calm, high-contrast text for
// trainers who are not computer specialists.
QtObject {
    readonly property int fontSize: 15
    readonly property int smallFontSize: 13
    readonly property int titleFontSize: 22
    readonly property int spacing: 12
    readonly property int margin: 20
    readonly property color text: "#1f2328"
    readonly property color muted: "#4d5561"
    readonly property color page: "#fbfaf7"
    readonly property color panel: "#f1efe9"
    readonly property color border: "#8c959f"
    readonly property color accent: "#1d5fa8"
    readonly property color selection: "#d5e6fb"
    readonly property color error: "#b3261e"
    readonly property color warning: "#8a5a00"
    readonly property color info: "#1d5fa8"
    readonly property color ok: "#1e6b34"

    function severityColor(severity) {
        return severity === 0 || severity === "error" ? error
             : severity === 1 || severity === "warning" ? warning : info
    }
}
