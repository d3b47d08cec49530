import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled field: its label (which names it for screen readers too), its
// help, then the control, which sets Layout.fillWidth.
ColumnLayout {
    id: row
    property string label
    property string help
    property bool required: false
    spacing: 4
    Layout.fillWidth: true
    // Side by side in a row, fields share the width equally.
    Layout.preferredWidth: 200

    Label {
        Layout.fillWidth: true
        text: row.label + (row.required ? " *" : "")
        font.bold: true
        color: Theme.text
        visible: row.label.length > 0
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: row.help
        visible: row.help.length > 0
        color: Theme.muted
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
    }
}
