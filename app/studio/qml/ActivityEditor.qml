import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

EditorPage {
    id: page
    required property Document doc
    readonly property int m: doc.moduleIndex
    readonly property int a: doc.activityIndex
    readonly property var d: doc.revision >= 0 ? doc.activityData(m, a) : ({})
    readonly property var type: d.type ? doc.exerciseType(d.type) : ({})
    readonly property var payload: doc.revision >= 0 ? doc.payload(m, a) : ({})
    property bool useForm: false
    heading: d.title || qsTr("Activité")
    context: qsTr("Atelier « %1 » · %2").arg(d.moduleTitle || "").arg(type.name || "")
    signal previewRequested()

    header: [
        Button {
            text: qsTr("Aperçu")
            onClicked: page.previewRequested()
        },
        Button {
            text: qsTr("Déplacer vers…")
            onClicked: moveMenu.popup()
            Menu {
                id: moveMenu
                Repeater {
                    model: moveMenu.visible ? page.doc.moduleChoices() : []
                    delegate: MenuItem {
                        required property var modelData
                        required property int index
                        text: modelData.title
                        enabled: index !== page.m
                        onTriggered: page.doc.moveActivityToModule(page.m, page.a, index)
                    }
                }
            }
        }
    ]

    TextRow {
        label: qsTr("Titre"); required: true; fieldKey: "title"; value: page.d.title || ""
        onEdited: t => page.doc.setActivityField(page.m, page.a, "title", t)
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        textFormat: Text.PlainText
        text: page.type.known === false
              ? qsTr("⚠ Le type d'exercice « %1 » n'est pas installé : son contenu est gardé tel quel mais ne peut pas être modifié ici.").arg(page.d.type)
              : page.type.description || ""
    }
    AreaRow {
        label: qsTr("Consigne"); fieldKey: "instructions"; value: page.d.instructions || ""; minimumLines: 2
        help: qsTr("Ce que la personne doit faire, en phrases courtes.")
        onEdited: t => page.doc.setActivityField(page.m, page.a, "instructions", t)
    }
    TextRow {
        label: qsTr("Identifiant"); fieldKey: "id"; value: page.d.id || ""; commitOnly: true
        help: qsTr("Minuscules, chiffres et tirets, unique dans l'atelier.")
        onEdited: t => page.doc.setActivityField(page.m, page.a, "id", t)
    }
    FormRow {
        label: qsTr("Médias de l'activité")
        help: qsTr("Images, sons ou vidéos montrés avec la consigne.")
        Repeater {
            model: page.d.media || []
            delegate: RowLayout {
                required property string modelData
                required property int index
                Layout.fillWidth: true
                MediaPicker {
                    Layout.fillWidth: true
                    doc: page.doc
                    kind: ""
                    fieldKey: "media/" + index
                    label: qsTr("Média %1").arg(index + 1)
                    value: modelData
                    onChosen: id => {
                        const list = page.d.media.slice()
                        if (id === "") list.splice(index, 1); else list[index] = id
                        page.doc.setActivityField(page.m, page.a, "media", list)
                    }
                }
                Button {
                    text: qsTr("Retirer")
                    Accessible.name: qsTr("Retirer le média %1").arg(index + 1)
                    onClicked: {
                        const list = page.d.media.slice()
                        list.splice(index, 1)
                        page.doc.setActivityField(page.m, page.a, "media", list)
                    }
                }
            }
        }
        MediaPicker {
            Layout.fillWidth: true
            doc: page.doc
            kind: ""
            fieldKey: "media"
            label: qsTr("Ajouter un média")
            adding: true
            value: ""
            onChosen: id => { if (id !== "") page.doc.setActivityField(page.m, page.a, "media", (page.d.media || []).concat([id])) }
        }
    }
    RowLayout {
        visible: page.type.scored === true
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        NumberRow {
            label: qsTr("Poids dans la note"); fieldKey: "scoring"; optional: true; from: 0; to: 100; value: page.d.weight
            onEdited: v => page.doc.setActivityField(page.m, page.a, "weight", v)
        }
        NumberRow {
            label: qsTr("Réussi à partir de"); fieldKey: "scoring/passingScore"; optional: true; unit: "%"; from: 0; to: 100
            value: page.d.passingScore
            onEdited: v => page.doc.setActivityField(page.m, page.a, "passingScore", v)
        }
    }

    SectionTitle { text: qsTr("Exercice") }
    TabBar {
        id: modeBar
        visible: (page.type.editor || "").length > 0
        Layout.fillWidth: true
        currentIndex: page.useForm ? 1 : 0
        TabButton { text: qsTr("Sur l'image"); onClicked: page.useForm = false }
        TabButton { text: qsTr("Formulaire"); onClicked: page.useForm = true }
    }
    Loader {
        id: customEditor
        objectName: "customEditorLoader"
        active: (page.type.editor || "").length > 0 && !page.useForm
        visible: active
        Layout.fillWidth: true
        Layout.preferredHeight: item ? item.implicitHeight : 0
        onActiveChanged: if (active) setSource(page.type.editor, { doc: page.doc, moduleIndex: page.m, activityIndex: page.a })
        Component.onCompleted: if (active) setSource(page.type.editor, { doc: page.doc, moduleIndex: page.m, activityIndex: page.a })
        Binding { target: customEditor.item; property: "moduleIndex"; value: page.m; when: customEditor.item !== null }
        Binding { target: customEditor.item; property: "activityIndex"; value: page.a; when: customEditor.item !== null }
    }
    Repeater {
        model: page.type.known && (!(page.type.editor || "").length || page.useForm) ? page.type.fields : []
        delegate: FieldEditor {
            required property var modelData
            doc: page.doc
            moduleIndex: page.m
            activityIndex: page.a
            field: modelData
            path: [modelData.key]
            value: page.payload[modelData.key]
        }
    }
    Item { implicitHeight: Theme.margin }
}
