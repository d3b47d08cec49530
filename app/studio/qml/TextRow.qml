import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A one-line text field: each keystroke is sent (typing merges into one undo
// step); `commitOnly` waits for Enter or leaving the field (identifiers).
FormRow {
    id: row
    property string value
    property string fieldKey
    problemKey: fieldKey
    property string placeholder
    property bool commitOnly: false
    property int maximumLength: 32767
    signal edited(string text)

    TextField {
        Layout.fillWidth: true
        id: field
        property string fieldKey: row.fieldKey
        text: row.value
        placeholderText: row.placeholder
        maximumLength: row.maximumLength
        selectByMouse: true
        Accessible.name: row.label
        Accessible.description: row.help
        // A long value shows its beginning, not where a cursor left it.
        onTextChanged: if (!activeFocus) ensureVisible(0)
        onTextEdited: if (!row.commitOnly) row.edited(text)
        onEditingFinished: if (row.commitOnly && text !== row.value) row.edited(text)
    }
}
