import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A choice among fixed values: options are [{value, text}].
FormRow {
    id: row
    property string value
    property string fieldKey
    problemKey: fieldKey
    property var options: []
    signal edited(string value)

    ComboBox {
        Layout.fillWidth: true
        property string fieldKey: row.fieldKey
        model: row.options
        textRole: "text"
        valueRole: "value"
        currentIndex: Math.max(0, row.options.findIndex(o => o.value === row.value))
        Accessible.name: row.label
        onActivated: index => row.edited(row.options[index].value)
    }
}
