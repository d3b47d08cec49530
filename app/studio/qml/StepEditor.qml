import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

EditorPage {
    id: page
    required property Document doc
    readonly property int p: doc.pathwayIndex
    readonly property int s: doc.stepIndex
    readonly property var pathway: doc.revision >= 0 ? doc.pathwayData(p) : ({})
    readonly property var d: doc.revision >= 0 ? doc.stepData(p, s) : ({})
    heading: d.title || qsTr("Séance")
    context: qsTr("Parcours « %1 » · séance %2").arg(pathway.title || "").arg(s + 1)

    function setModules(ids) { doc.setStepField(p, s, "modules", ids) }

    TextRow {
        label: qsTr("Titre de la séance"); required: true; fieldKey: "title"; value: page.d.title || ""
        onEdited: t => page.doc.setStepField(page.p, page.s, "title", t)
    }
    AreaRow {
        label: qsTr("Objectif"); fieldKey: "goal"; value: page.d.goal || ""; minimumLines: 2
        onEdited: t => page.doc.setStepField(page.p, page.s, "goal", t)
    }
    SectionTitle { text: qsTr("Ateliers de la séance") }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("Les ateliers sont joués dans cet ordre pendant la séance.")
    }
    Repeater {
        model: page.d.modules || []
        delegate: RowLayout {
            id: moduleRow
            required property var modelData
            required property int index
            property string fieldKey: "module/" + index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: moduleRow.modelData.broken ? Theme.error : Theme.text
                font.bold: moduleRow.modelData.broken
                textFormat: Text.PlainText
                text: moduleRow.modelData.broken
                      ? qsTr("⚠ L'atelier « %1 » n'existe plus : choisissez-en un autre ou retirez-le.").arg(moduleRow.modelData.id)
                      : (moduleRow.index + 1) + ". " + moduleRow.modelData.title + " — " + moduleRow.modelData.duration + " min"
            }
            Button {
                text: "↑"; enabled: moduleRow.index > 0
                Accessible.name: qsTr("Monter")
                onClicked: { const ids = page.d.moduleIds.slice(); ids.splice(moduleRow.index - 1, 0, ids.splice(moduleRow.index, 1)[0]); page.setModules(ids) }
            }
            Button {
                text: "↓"; enabled: moduleRow.index < page.d.moduleIds.length - 1
                Accessible.name: qsTr("Descendre")
                onClicked: { const ids = page.d.moduleIds.slice(); ids.splice(moduleRow.index + 1, 0, ids.splice(moduleRow.index, 1)[0]); page.setModules(ids) }
            }
            Button {
                text: qsTr("Retirer")
                Accessible.name: qsTr("Retirer l'atelier %1 de la séance").arg(moduleRow.index + 1)
                onClicked: { const ids = page.d.moduleIds.slice(); ids.splice(moduleRow.index, 1); page.setModules(ids) }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ModuleChoice {
            id: toAdd
            property string fieldKey: "modules"
            doc: page.doc
            Layout.fillWidth: true
            allowNone: false
            value: ""
            Accessible.name: qsTr("Atelier à ajouter")
        }
        Button {
            text: qsTr("Ajouter à la séance")
            enabled: toAdd.count > 0
            onClicked: page.setModules((page.d.moduleIds || []).concat([toAdd.currentValue]))
        }
    }
    AreaRow {
        label: qsTr("Notes pour l'animateur"); fieldKey: "notes"; value: page.d.notes || ""; minimumLines: 2
        onEdited: t => page.doc.setStepField(page.p, page.s, "notes", t)
    }
    Item { implicitHeight: Theme.margin }
}
