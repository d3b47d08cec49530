import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A whole number; `optional` allows it to be left empty (not said).
FormRow {
    id: row
    property var value  // a number, or "" when not said
    property string fieldKey
    problemKey: fieldKey
    property int from: 0
    property int to: 100000
    property bool optional: false
    property string unit
    signal edited(var value)

    TextField {
        Layout.fillWidth: true
        id: field
        property string fieldKey: row.fieldKey
        text: row.value === undefined || row.value === "" ? "" : String(row.value)
        inputMethodHints: Qt.ImhDigitsOnly
        validator: IntValidator { bottom: row.from; top: row.to }
        placeholderText: row.optional ? qsTr("non précisé") : ""
        rightPadding: unitLabel.implicitWidth + 12
        Accessible.name: row.label + (row.unit ? " (" + row.unit + ")" : "")
        onTextEdited: {
            if (text === "" && row.optional)
                row.edited("")
            else if (acceptableInput)
                row.edited(parseInt(text))
        }
        Label {
            id: unitLabel
            text: row.unit
            color: Theme.muted
            anchors.right: parent.right
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
