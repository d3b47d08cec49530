import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// One field of an exercise payload, edited from the exercise type's
// description of it: the Studio needs no code per exercise type.
ColumnLayout {
    id: editor
    property Document doc
    property int moduleIndex
    property int activityIndex
    property var field: ({})
    property var path: []
    property var value
    property string itemLabel  // for list items: "Choix 2"
    readonly property string fieldKey: "payload/" + path.join("/")
    spacing: 4
    Layout.fillWidth: true

    function set(v) { doc.setPayloadValue(moduleIndex, activityIndex, path, v) }

    Loader {
        Layout.fillWidth: true
        sourceComponent: {
            switch (editor.field.kind) {
            case "text": return editor.field.maxLength > 200 ? longTextEditor : textEditor
            case "richtext": return richTextEditor
            case "integer": return integerEditor
            case "boolean": return booleanEditor
            case "choice": return choiceEditor
            case "media": return mediaEditor
            case "group": return groupEditor
            case "list": return listEditor
            }
            return null
        }
    }

    Component {
        id: textEditor
        TextRow {
            label: editor.itemLabel || editor.field.label
            help: editor.field.help
            required: editor.field.required
            fieldKey: editor.fieldKey
            value: editor.value === undefined ? "" : String(editor.value)
            maximumLength: editor.field.maxLength > 0 ? editor.field.maxLength : 32767
            onEdited: t => editor.set(t)
        }
    }
    Component {
        id: longTextEditor
        AreaRow {
            label: editor.itemLabel || editor.field.label
            help: editor.field.help
            required: editor.field.required
            fieldKey: editor.fieldKey
            format: "text"
            minimumLines: 2
            value: editor.value === undefined ? "" : String(editor.value)
            onEdited: t => editor.set(t)
        }
    }
    Component {
        id: richTextEditor
        AreaRow {
            label: editor.itemLabel || editor.field.label
            help: editor.field.help
            required: editor.field.required
            fieldKey: editor.fieldKey
            value: editor.value === undefined ? "" : String(editor.value)
            onEdited: t => editor.set(t)
        }
    }
    Component {
        id: integerEditor
        NumberRow {
            label: editor.itemLabel || editor.field.label
            help: editor.field.help
            required: editor.field.required
            fieldKey: editor.fieldKey
            optional: !editor.field.required
            from: editor.field.min
            to: editor.field.max > 0 ? editor.field.max : 100000
            value: editor.value === undefined ? "" : editor.value
            onEdited: v => editor.set(v === "" ? undefined : v)
        }
    }
    Component {
        id: booleanEditor
        ColumnLayout {
            CheckBox {
                property string fieldKey: editor.fieldKey
                text: editor.itemLabel || editor.field.label
                checked: editor.value === true
                Accessible.name: text
                onToggled: editor.set(checked)
            }
            Label {
                visible: editor.field.help.length > 0
                text: editor.field.help
                color: Theme.muted
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    Component {
        id: choiceEditor
        ChoiceRow {
            label: editor.itemLabel || editor.field.label
            help: editor.field.help
            fieldKey: editor.fieldKey
            value: editor.value === undefined ? "" : String(editor.value)
            options: editor.field.options.map(o => ({ value: o.value, text: o.label }))
            onEdited: v => editor.set(v)
        }
    }
    Component {
        id: mediaEditor
        FormRow {
            label: editor.itemLabel || editor.field.label
            help: editor.field.help
            required: editor.field.required
            MediaPicker {
                Layout.fillWidth: true
                doc: editor.doc
                kind: editor.field.mediaKind || "image"
                fieldKey: editor.fieldKey
                label: editor.field.label
                value: editor.value === undefined ? "" : String(editor.value)
                onChosen: id => editor.set(id)
            }
        }
    }
    Component {
        id: groupEditor
        ColumnLayout {
            spacing: Theme.spacing
            Label {
                visible: !editor.itemLabel && editor.field.label.length > 0
                text: editor.field.label
                font.bold: true
            }
            Repeater {
                model: editor.field.fields
                delegate: Loader {
                    required property var modelData
                    Layout.fillWidth: true
                    source: "FieldEditor.qml"
                    onLoaded: {
                        item.doc = Qt.binding(() => editor.doc)
                        item.moduleIndex = Qt.binding(() => editor.moduleIndex)
                        item.activityIndex = Qt.binding(() => editor.activityIndex)
                        item.field = Qt.binding(() => modelData)
                        item.path = Qt.binding(() => editor.path.concat([modelData.key]))
                        item.value = Qt.binding(() => editor.value ? editor.value[modelData.key] : undefined)
                    }
                }
            }
        }
    }
    Component {
        id: listEditor
        ColumnLayout {
            id: list
            readonly property var items: editor.value || []
            readonly property var itemField: editor.field.fields[0]
            spacing: Theme.spacing
            Label {
                text: editor.field.label + (editor.field.required ? " *" : "")
                font.bold: true
                font.pixelSize: Theme.fontSize + 1
            }
            Label {
                visible: editor.field.help.length > 0
                text: editor.field.help
                color: Theme.muted
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: list.items.length
                delegate: Frame {
                    id: itemFrame
                    required property int index
                    property string fieldKey: editor.fieldKey + "/" + index
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        RowLayout {
                            Layout.fillWidth: true
                            // A group item is named here; a single value names itself in its field.
                            Label {
                                text: list.itemField.kind === "group" ? list.itemField.label + " " + (itemFrame.index + 1) : ""
                                font.bold: true
                                Layout.fillWidth: true
                            }
                            Button {
                                text: "↑"; enabled: itemFrame.index > 0
                                Accessible.name: qsTr("Monter : %1 %2").arg(list.itemField.label).arg(itemFrame.index + 1)
                                onClicked: editor.doc.movePayloadItem(editor.moduleIndex, editor.activityIndex, editor.path, itemFrame.index, itemFrame.index - 1)
                            }
                            Button {
                                text: "↓"; enabled: itemFrame.index < list.items.length - 1
                                Accessible.name: qsTr("Descendre : %1 %2").arg(list.itemField.label).arg(itemFrame.index + 1)
                                onClicked: editor.doc.movePayloadItem(editor.moduleIndex, editor.activityIndex, editor.path, itemFrame.index, itemFrame.index + 1)
                            }
                            Button {
                                text: qsTr("Retirer")
                                enabled: list.items.length > editor.field.min
                                Accessible.name: qsTr("Retirer : %1 %2").arg(list.itemField.label).arg(itemFrame.index + 1)
                                onClicked: editor.doc.removePayloadItem(editor.moduleIndex, editor.activityIndex, editor.path, itemFrame.index)
                            }
                        }
                        Loader {
                            Layout.fillWidth: true
                            source: "FieldEditor.qml"
                            onLoaded: {
                                item.doc = Qt.binding(() => editor.doc)
                                item.moduleIndex = Qt.binding(() => editor.moduleIndex)
                                item.activityIndex = Qt.binding(() => editor.activityIndex)
                                item.field = Qt.binding(() => list.itemField)
                                item.itemLabel = list.itemField.kind === "group" ? " " : list.itemField.label + " " + (itemFrame.index + 1)
                                item.path = Qt.binding(() => editor.path.concat([itemFrame.index]))
                                item.value = Qt.binding(() => list.items[itemFrame.index])
                            }
                        }
                    }
                }
            }
            Button {
                text: qsTr("Ajouter : %1").arg(list.itemField.label)
                enabled: editor.field.max === 0 || list.items.length < editor.field.max
                onClicked: editor.doc.insertPayloadItem(editor.moduleIndex, editor.activityIndex, editor.path, list.items.length)
            }
        }
    }
}
