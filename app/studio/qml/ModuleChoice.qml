import QtQuick
import QtQuick.Controls

// Picks a module of the curriculum by id; "" for none when allowed.
ComboBox {
    id: box
    required property var doc
    property string value
    property bool allowNone: true
    property string noneText: qsTr("aucun")
    signal chosen(string id)
    readonly property var choices: {
        const list = doc.revision >= 0 ? doc.moduleChoices() : []
        const out = allowNone ? [{ id: "", title: noneText }] : []
        for (const m of list)
            out.push({ id: m.id, title: m.title + " (" + m.duration + " min)" })
        if (value !== "" && !list.some(m => m.id === value))
            out.push({ id: value, title: qsTr("⚠ atelier introuvable : %1").arg(value) })
        return out
    }
    model: choices
    textRole: "title"
    valueRole: "id"
    // Titles are the author's text: shown as typed, never read as markup.
    delegate: ItemDelegate {
        required property var modelData
        required property int index
        width: ListView.view.width
        highlighted: box.highlightedIndex === index
        contentItem: Label { text: parent.modelData.title; textFormat: Text.PlainText; elide: Text.ElideRight }
    }
    currentIndex: Math.max(0, choices.findIndex(c => c.id === value))
    onActivated: index => chosen(choices[index].id)
}
