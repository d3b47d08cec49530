import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

EditorPage {
    id: page
    required property Document doc
    property int pathwayIndex: doc.pathwayIndex
    readonly property var d: doc.revision >= 0 ? doc.pathwayData(pathwayIndex) : ({})
    heading: d.title || qsTr("Parcours")
    context: qsTr("Parcours")

    header: [
        Button {
            text: qsTr("Dupliquer")
            onClicked: page.doc.duplicatePathway(page.pathwayIndex)
        }
    ]

    TextRow {
        label: qsTr("Titre"); required: true; fieldKey: "title"; value: page.d.title || ""
        onEdited: t => page.doc.setPathwayField(page.pathwayIndex, "title", t)
    }
    TextRow {
        label: qsTr("Identifiant"); fieldKey: "id"; value: page.d.id || ""; commitOnly: true
        help: qsTr("Minuscules, chiffres et tirets. Il nomme le fichier du parcours.")
        onEdited: t => page.doc.setPathwayField(page.pathwayIndex, "id", t)
    }
    AreaRow {
        label: qsTr("Présentation"); fieldKey: "summary"; value: page.d.summary || ""
        onEdited: t => page.doc.setPathwayField(page.pathwayIndex, "summary", t)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        ChoiceRow {
            label: qsTr("Modalité"); fieldKey: "modality"; value: page.d.modality || ""; options: Choices.modalities
            onEdited: v => page.doc.setPathwayField(page.pathwayIndex, "modality", v)
        }
        NumberRow {
            label: qsTr("Séances annoncées"); fieldKey: "sessions"; optional: true; value: page.d.sessions
            onEdited: v => page.doc.setPathwayField(page.pathwayIndex, "sessions", v)
        }
        NumberRow {
            label: qsTr("Durée annoncée"); fieldKey: "duration"; optional: true; unit: qsTr("min"); value: page.d.duration
            help: qsTr("Les ateliers des séances font %1 min.").arg(page.d.stepMinutes || 0)
            onEdited: v => page.doc.setPathwayField(page.pathwayIndex, "duration", v)
        }
    }
    AreaRow {
        label: qsTr("Publics"); fieldKey: "audiences"; format: "lines"; minimumLines: 2; value: page.d.audiences || ""
        help: qsTr("Un public par ligne.")
        onEdited: t => page.doc.setPathwayField(page.pathwayIndex, "audiences", t)
    }
    AreaRow {
        label: qsTr("Prérequis"); fieldKey: "prerequisites"; format: "lines"; minimumLines: 2; value: page.d.prerequisites || ""
        help: qsTr("Un prérequis par ligne.")
        onEdited: t => page.doc.setPathwayField(page.pathwayIndex, "prerequisites", t)
    }

    SectionTitle { text: qsTr("Séances") }
    Repeater {
        model: page.d.steps || []
        delegate: Frame {
            id: stepFrame
            required property var modelData
            required property int index
            Layout.fillWidth: true
            property string fieldKey: "step/" + index
            activeFocusOnTab: false
            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        textFormat: Text.PlainText
                        text: (stepFrame.index + 1) + ". " + stepFrame.modelData.title
                        font.bold: true
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: stepFrame.modelData.modules.some(m => m.broken) ? Theme.error : Theme.muted
                        textFormat: Text.PlainText
                        text: stepFrame.modelData.modules.length === 0 ? qsTr("Aucun atelier")
                            : stepFrame.modelData.modules.map(m => m.broken ? qsTr("⚠ introuvable : %1").arg(m.id) : m.title).join(" · ")
                    }
                }
                Button {
                    text: qsTr("Modifier")
                    Accessible.name: qsTr("Modifier la séance %1").arg(stepFrame.index + 1)
                    onClicked: page.doc.select("step", page.pathwayIndex, stepFrame.index)
                }
                Button {
                    text: "↑"
                    enabled: stepFrame.index > 0
                    Accessible.name: qsTr("Monter la séance %1").arg(stepFrame.index + 1)
                    onClicked: page.doc.moveStep(page.pathwayIndex, stepFrame.index, stepFrame.index - 1)
                }
                Button {
                    text: "↓"
                    enabled: stepFrame.index < page.d.steps.length - 1
                    Accessible.name: qsTr("Descendre la séance %1").arg(stepFrame.index + 1)
                    onClicked: page.doc.moveStep(page.pathwayIndex, stepFrame.index, stepFrame.index + 1)
                }
                Button {
                    text: qsTr("Supprimer")
                    Accessible.name: qsTr("Supprimer la séance %1").arg(stepFrame.index + 1)
                    onClicked: page.doc.removeStep(page.pathwayIndex, stepFrame.index)
                }
            }
        }
    }
    Button {
        text: qsTr("Ajouter une séance")
        onClicked: page.doc.addStep(page.pathwayIndex)
    }

    SectionTitle { text: qsTr("Évaluation") }
    FormRow {
        label: qsTr("Diagnostic d'entrée")
        help: qsTr("L'atelier qui fait le point avant le parcours.")
        ModuleChoice {
            Layout.fillWidth: true
            property string fieldKey: "entryDiagnostic"
            doc: page.doc
            value: page.d.entryDiagnostic || ""
            Accessible.name: qsTr("Diagnostic d'entrée")
            onChosen: id => page.doc.setPathwayField(page.pathwayIndex, "entryDiagnostic", id)
        }
    }
    FormRow {
        label: qsTr("Évaluation de sortie")
        ModuleChoice {
            Layout.fillWidth: true
            property string fieldKey: "exitAssessment"
            doc: page.doc
            value: page.d.exitAssessment || ""
            Accessible.name: qsTr("Évaluation de sortie")
            onChosen: id => page.doc.setPathwayField(page.pathwayIndex, "exitAssessment", id)
        }
    }
    NumberRow {
        label: qsTr("Séances suivies pour terminer le parcours"); fieldKey: "completion"; optional: true
        value: page.d.completionMinSessions
        onEdited: v => page.doc.setPathwayField(page.pathwayIndex, "completionMinSessions", v)
    }
    CheckBox {
        property string fieldKey: "completion/exitAssessment"
        text: qsTr("L'évaluation de sortie est obligatoire pour terminer")
        checked: page.d.completionExitAssessment || false
        onToggled: page.doc.setPathwayField(page.pathwayIndex, "completionExitAssessment", checked)
    }
    Item { implicitHeight: Theme.margin }
}
