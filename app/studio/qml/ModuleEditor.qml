import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

EditorPage {
    id: page
    required property Document doc
    readonly property int m: doc.moduleIndex
    readonly property var d: doc.revision >= 0 ? doc.moduleData(m) : ({})
    heading: d.title || qsTr("Atelier")
    context: qsTr("Atelier · %1 min").arg(d.duration || 0)
    signal previewRequested()
    signal addActivityRequested()

    header: [
        Button {
            text: qsTr("Aperçu")
            Accessible.description: qsTr("Ouvre l'atelier dans le navigateur, tel que les personnes le verront.")
            onClicked: page.previewRequested()
        }
    ]

    function setItem(list, i, field, value) { doc.setModuleItemField(m, list, i, field, value) }

    TextRow {
        label: qsTr("Titre"); required: true; fieldKey: "title"; value: page.d.title || ""
        onEdited: t => page.doc.setModuleField(page.m, "title", t)
    }
    TextRow {
        label: qsTr("Identifiant"); fieldKey: "id"; value: page.d.id || ""; commitOnly: true
        help: qsTr("Minuscules, chiffres et tirets. Les séances qui utilisent l'atelier suivent le changement.")
        onEdited: t => page.doc.setModuleField(page.m, "id", t)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        NumberRow {
            label: qsTr("Durée"); required: true; fieldKey: "duration"; unit: qsTr("min"); from: 1; to: 1440; value: page.d.duration
            onEdited: v => page.doc.setModuleField(page.m, "duration", v)
        }
        ChoiceRow {
            label: qsTr("Modalité"); fieldKey: "modality"; value: page.d.modality || ""; options: Choices.modalities
            onEdited: v => page.doc.setModuleField(page.m, "modality", v)
        }
        ChoiceRow {
            label: qsTr("Niveau"); fieldKey: "level"; value: page.d.level || ""; options: Choices.levels
            onEdited: v => page.doc.setModuleField(page.m, "level", v)
        }
    }
    AreaRow {
        label: qsTr("Présentation"); fieldKey: "summary"; value: page.d.summary || ""; minimumLines: 2
        onEdited: t => page.doc.setModuleField(page.m, "summary", t)
    }
    AreaRow {
        label: qsTr("Objectifs"); required: true; fieldKey: "objectives"; format: "lines"; value: page.d.objectives || ""
        help: qsTr("Un objectif par ligne, du point de vue de la personne : « Envoyer un courriel avec une pièce jointe ».")
        onEdited: t => page.doc.setModuleField(page.m, "objectives", t)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        AreaRow {
            label: qsTr("Publics"); fieldKey: "audiences"; format: "lines"; minimumLines: 2; value: page.d.audiences || ""
            onEdited: t => page.doc.setModuleField(page.m, "audiences", t)
        }
        AreaRow {
            label: qsTr("Prérequis"); fieldKey: "prerequisites"; format: "lines"; minimumLines: 2; value: page.d.prerequisites || ""
            onEdited: t => page.doc.setModuleField(page.m, "prerequisites", t)
        }
    }

    SectionTitle { text: qsTr("Activités") }
    Repeater {
        model: page.d.activities || []
        delegate: RowLayout {
            id: act
            required property var modelData
            required property int index
            property string fieldKey: "activity/" + index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: (act.index + 1) + "."
                font.bold: true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label { textFormat: Text.PlainText; text: act.modelData.title; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: act.modelData.typeName; color: Theme.muted; Layout.fillWidth: true }
            }
            Button {
                text: qsTr("Modifier")
                Accessible.name: qsTr("Modifier l'activité « %1 »").arg(act.modelData.title)
                onClicked: page.doc.select("activity", page.m, act.index)
            }
            Button {
                text: "↑"; enabled: act.index > 0
                Accessible.name: qsTr("Monter l'activité « %1 »").arg(act.modelData.title)
                onClicked: page.doc.moveActivity(page.m, act.index, act.index - 1)
            }
            Button {
                text: "↓"; enabled: act.index < page.d.activities.length - 1
                Accessible.name: qsTr("Descendre l'activité « %1 »").arg(act.modelData.title)
                onClicked: page.doc.moveActivity(page.m, act.index, act.index + 1)
            }
        }
    }
    Button {
        objectName: "addActivityButton"
        text: qsTr("Ajouter une activité…")
        onClicked: page.addActivityRequested()
    }

    SectionTitle { text: qsTr("Déroulé pour l'animateur") }
    Label {
        objectName: "runningTotal"
        readonly property bool differs: (page.d.runningOrder || []).length > 0 && page.d.runningTotal !== page.d.duration
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: differs
        color: differs ? Theme.warning : Theme.ok
        text: differs
              ? qsTr("⚠ Le déroulé dure %1 min, l'atelier %2 min : ajustez les temps ou la durée.").arg(page.d.runningTotal).arg(page.d.duration)
              : qsTr("Total du déroulé : %1 min").arg(page.d.runningTotal || 0)
    }
    Repeater {
        model: page.d.runningOrder || []
        delegate: RowLayout {
            id: seg
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                property string fieldKey: "runningOrder/" + seg.index + "/duration"
                Layout.preferredWidth: 70
                text: String(seg.modelData.duration)
                validator: IntValidator { bottom: 0; top: 1440 }
                Accessible.name: qsTr("Durée de l'étape %1 en minutes").arg(seg.index + 1)
                onTextEdited: if (acceptableInput) page.setItem("runningOrder", seg.index, "duration", parseInt(text))
            }
            Label { text: qsTr("min") }
            TextField {
                property string fieldKey: "runningOrder/" + seg.index + "/title"
                Layout.fillWidth: true
                text: seg.modelData.title
                Accessible.name: qsTr("Titre de l'étape %1").arg(seg.index + 1)
                onTextEdited: page.setItem("runningOrder", seg.index, "title", text)
            }
            ComboBox {
                id: activityBox
                Layout.preferredWidth: 230
                readonly property var choices: [{ id: "", title: qsTr("sans activité") }].concat(page.d.activities || [])
                model: choices
                textRole: "title"
                // Titles are the author's text: shown as typed, never read as markup.
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    highlighted: activityBox.highlightedIndex === index
                    contentItem: Label { text: parent.modelData.title; textFormat: Text.PlainText; elide: Text.ElideRight }
                }
                currentIndex: Math.max(0, choices.findIndex(a => a.id === seg.modelData.activity))
                Accessible.name: qsTr("Activité de l'étape %1").arg(seg.index + 1)
                onActivated: i => page.setItem("runningOrder", seg.index, "activity", choices[i].id)
            }
            Button {
                text: "↑"; enabled: seg.index > 0
                Accessible.name: qsTr("Monter l'étape %1").arg(seg.index + 1)
                onClicked: page.doc.moveModuleItem(page.m, "runningOrder", seg.index, seg.index - 1)
            }
            Button {
                text: "↓"; enabled: seg.index < page.d.runningOrder.length - 1
                Accessible.name: qsTr("Descendre l'étape %1").arg(seg.index + 1)
                onClicked: page.doc.moveModuleItem(page.m, "runningOrder", seg.index, seg.index + 1)
            }
            Button {
                text: "✕"
                Accessible.name: qsTr("Retirer l'étape %1").arg(seg.index + 1)
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
                onClicked: page.doc.removeModuleItem(page.m, "runningOrder", seg.index)
            }
        }
    }
    Button {
        text: qsTr("Ajouter une étape au déroulé")
        onClicked: page.doc.addModuleItem(page.m, "runningOrder")
    }
    AreaRow {
        label: qsTr("Notes pour l'animateur"); fieldKey: "facilitatorNotes"; value: page.d.facilitatorNotes || ""
        onEdited: t => page.doc.setModuleField(page.m, "facilitatorNotes", t)
    }

    SectionTitle { text: qsTr("Matériel") }
    Repeater {
        model: page.d.equipment || []
        delegate: RowLayout {
            id: eq
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                property string fieldKey: "equipment/" + eq.index
                Layout.preferredWidth: 210
                model: Choices.equipment
                textRole: "text"
                currentIndex: Math.max(0, Choices.equipment.findIndex(o => o.value === eq.modelData.kind))
                Accessible.name: qsTr("Type de matériel %1").arg(eq.index + 1)
                onActivated: i => page.setItem("equipment", eq.index, "kind", Choices.equipment[i].value)
            }
            TextField {
                Layout.preferredWidth: 80
                text: String(eq.modelData.quantity)
                placeholderText: qsTr("nombre")
                validator: IntValidator { bottom: 0; top: 999 }
                Accessible.name: qsTr("Quantité %1").arg(eq.index + 1)
                onTextEdited: page.setItem("equipment", eq.index, "quantity", text === "" ? 0 : parseInt(text))
            }
            TextField {
                Layout.fillWidth: true
                text: eq.modelData.text
                placeholderText: qsTr("précision (facultatif)")
                Accessible.name: qsTr("Précision %1").arg(eq.index + 1)
                onTextEdited: page.setItem("equipment", eq.index, "text", text)
            }
            Button {
                text: "✕"
                Accessible.name: qsTr("Retirer le matériel %1").arg(eq.index + 1)
                onClicked: page.doc.removeModuleItem(page.m, "equipment", eq.index)
            }
        }
    }
    Button {
        text: qsTr("Ajouter du matériel")
        onClicked: page.doc.addModuleItem(page.m, "equipment")
    }

    SectionTitle { text: qsTr("Compétences") }
    Repeater {
        model: page.d.competencies || []
        delegate: RowLayout {
            id: comp
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                property string fieldKey: "competencies/" + comp.index
                Layout.preferredWidth: 120
                text: comp.modelData.code
                placeholderText: qsTr("code")
                Accessible.name: qsTr("Code de la compétence %1").arg(comp.index + 1)
                onTextEdited: page.setItem("competencies", comp.index, "code", text)
            }
            TextField {
                Layout.fillWidth: true
                text: comp.modelData.text
                Accessible.name: qsTr("Compétence %1").arg(comp.index + 1)
                onTextEdited: page.setItem("competencies", comp.index, "text", text)
            }
            Button {
                text: "✕"
                Accessible.name: qsTr("Retirer la compétence %1").arg(comp.index + 1)
                onClicked: page.doc.removeModuleItem(page.m, "competencies", comp.index)
            }
        }
    }
    Button {
        text: qsTr("Ajouter une compétence")
        onClicked: page.doc.addModuleItem(page.m, "competencies")
    }
    Item { implicitHeight: Theme.margin }
}
