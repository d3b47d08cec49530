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
    // The field key whose validation findings the row shows, under its label.
    property string problemKey
    property Item page: null
    readonly property string problem: page && problemKey && page.problemsVersion >= 0 ? page.problemFor(problemKey) : ""
    spacing: 4

    Component.onCompleted: {
        let p = parent
        while (p && p.problemFor === undefined)
            p = p.parent
        page = p
    }
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
        visible: row.problem.length > 0
        textFormat: Text.PlainText
        text: "⚠ " + row.problem
        color: Theme.error
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
