import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// A new release of the curriculum: what kind of version (each with the number
// it gives and what it means), what changed, one line per change; optionally
// compared with the previous version, which preselects the kind the changes
// call for and warns when the chosen one announces less.
Dialog {
    id: dialog
    required property Document doc
    required property Studio studio
    property alias controller: versions

    title: qsTr("Nouvelle version")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(860, parent ? parent.width - 40 : 860)
    height: Math.min(760, parent ? parent.height - 40 : 760)

    property string bump: "minor"
    property string relay
    property string problem
    property int notesRevision: 0
    readonly property string version: doc.revision >= 0 ? versions.versionFor(bump, relay) : ""
    readonly property string warning: versions.state === "done" ? versions.bumpWarning(bump) : ""
    readonly property var kinds: [
        { bump: "major", name: qsTr("Version majeure"),
          help: qsTr("Changement important : un atelier ou un parcours retiré, une activité qui ne fonctionne plus comme avant. Les relais devront revoir leurs adaptations.") },
        { bump: "minor", name: qsTr("Version mineure"),
          help: qsTr("Ajout : un nouvel atelier, une nouvelle activité, une séance de plus. Rien de ce qui existait n'est retiré.") },
        { bump: "patch", name: qsTr("Version corrective"),
          help: qsTr("Correction : une faute de frappe, une consigne plus claire, une image remplacée.") },
        { bump: "local", name: qsTr("Adaptation locale"),
          help: qsTr("Le cursus adapté à votre structure (lieux, horaires, exemples de votre ville). Le numéro garde la version d'origine et ajoute le nom de votre relais.") }
    ]
    readonly property var noteKinds: [
        { value: "added", text: qsTr("Ajouté") },
        { value: "changed", text: qsTr("Modifié") },
        { value: "fixed", text: qsTr("Corrigé") },
        { value: "removed", text: qsTr("Retiré") }
    ]
    readonly property var lastRelease: doc.revision >= 0 ? versions.lastRelease() : ({})

    VersionController {
        id: versions
        document: dialog.doc
        // A local adaptation keeps its kind: the others would drop the relay's suffix.
        onStateChanged: if (state === "done" && suggestedBump !== "none" && dialog.bump !== "local") dialog.bump = suggestedBump
    }
    ListModel { id: notes }

    function openFor() {
        versions.reset()
        relay = versions.currentRelay()
        bump = relay.length > 0 ? "local" : "minor"
        problem = ""
        notes.clear()
        notes.append({ kind: "added", text: "" })
        ++notesRevision
        open()
    }
    onOpened: choices.itemAt(kinds.findIndex(k => k.bump === bump)).radio.forceActiveFocus()

    function addNote() {
        notes.append({ kind: notes.count > 0 ? notes.get(notes.count - 1).kind : "added", text: "" })
        ++notesRevision
        Qt.callLater(() => noteRows.itemAt(notes.count - 1).focusText())
    }
    function changes() {
        const out = []
        for (let i = 0; i < notes.count; ++i)
            if (notes.get(i).text.trim().length > 0)
                out.push({ kind: notes.get(i).kind, text: notes.get(i).text })
        return out
    }
    readonly property bool hasNotes: notesRevision >= 0 && changes().length > 0
    function apply() {
        if (doc.newVersion(version, changes()))
            close()
        else
            problem = doc.lastError
    }
    function dateText(iso) {
        const d = new Date(iso + "T12:00:00")
        return isNaN(d) ? iso : d.toLocaleDateString(Qt.locale(doc.lang === "en" ? "en_GB" : "fr_FR"), Locale.LongFormat)
    }
    function kindText(kind) {
        const k = noteKinds.find(n => n.value === kind)
        return k ? k.text : ""
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true

        // A Column, not a layout: wrapped sentences of changing heights stack without overlapping.
        Column {
            width: scroll.availableWidth
            spacing: 14

            Label {
                objectName: "newVersionCurrent"
                width: parent.width
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("Version actuelle : %1").arg(dialog.doc.revision >= 0 ? dialog.doc.curriculumData().version : "")
            }
            Label {
                width: parent.width
                wrapMode: Text.Wrap
                color: Theme.muted
                visible: dialog.lastRelease.version !== undefined
                text: qsTr("Dernière entrée du journal des versions : %1, le %2").arg(dialog.lastRelease.version || "").arg(dialog.dateText(dialog.lastRelease.date || ""))
            }
            Repeater {
                model: dialog.lastRelease.changes || []
                // One line each: the whole entry is in the curriculum's editor.
                delegate: Label {
                    id: changeLine
                    required property var modelData
                    width: parent.width
                    elide: Text.ElideRight
                    color: Theme.muted
                    textFormat: Text.PlainText
                    text: dialog.kindText(changeLine.modelData.kind).length > 0
                          ? qsTr("• %1 : %2").arg(dialog.kindText(changeLine.modelData.kind)).arg(changeLine.modelData.text)
                          : qsTr("• %1").arg(changeLine.modelData.text)
                }
            }

            SectionTitle { width: parent.width; text: qsTr("Comparer avec la version précédente (facultatif)") }
            Label {
                width: parent.width
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("Relais Studio regarde ce qui a changé depuis cette version et coche le genre de version qui convient.")
            }
            SourcePicker {
                objectName: "newVersionCompare"
                studio: dialog.studio
                what: qsTr("la version précédente")
                enabled: !versions.running
                onPicked: path => versions.compareWith(path)
            }
            Label {
                objectName: "newVersionComparison"
                width: parent.width
                wrapMode: Text.Wrap
                visible: text.length > 0
                color: versions.state === "failed" ? Theme.error : Theme.text
                text: versions.state === "running" ? qsTr("Comparaison en cours…")
                    : versions.state === "failed" ? versions.error
                    : versions.state === "done" ? qsTr("%n changement(s) depuis la version %1.", "", versions.changes.count).arg(versions.otherVersion) + " " + versions.suggestion
                    : ""
            }

            SectionTitle { width: parent.width; text: qsTr("Quel genre de version ?") }
            ButtonGroup { id: kindGroup }
            Repeater {
                id: choices
                model: dialog.kinds
                delegate: Column {
                    id: kindChoice
                    required property var modelData
                    width: parent.width
                    spacing: 2
                    property alias radio: radio
                    RadioButton {
                        id: radio
                        objectName: "newVersion-" + kindChoice.modelData.bump
                        width: parent.width
                        ButtonGroup.group: kindGroup
                        checked: dialog.bump === kindChoice.modelData.bump
                        font.bold: checked
                        text: {
                            const v = versions.versionFor(kindChoice.modelData.bump, dialog.relay)
                            return dialog.doc.revision >= 0 && v.length > 0
                                ? qsTr("%1 : %2").arg(kindChoice.modelData.name).arg(v)
                                : qsTr("%1 (écrivez le nom de votre relais)").arg(kindChoice.modelData.name)
                        }
                        Accessible.description: kindChoice.modelData.help
                        onToggled: if (checked) dialog.bump = kindChoice.modelData.bump
                    }
                    Label {
                        leftPadding: radio.indicator.width + radio.spacing + radio.leftPadding
                        width: parent.width
                        wrapMode: Text.Wrap
                        color: Theme.muted
                        text: kindChoice.modelData.help
                    }
                }
            }
            TextRow {
                width: parent.width
                visible: dialog.bump === "local"
                label: qsTr("Nom de votre relais")
                help: qsTr("En minuscules, sans espace ni accent : par exemple « leers » ou « ccas-roubaix ».")
                value: dialog.relay
                objectName: "newVersionRelay"
                onEdited: text => dialog.relay = text.trim().toLowerCase()
            }
            Label {
                width: parent.width
                visible: dialog.bump === "local" && dialog.relay.length > 0 && !versions.isValidRelay(dialog.relay)
                wrapMode: Text.Wrap
                color: Theme.error
                textFormat: Text.PlainText
                text: qsTr("« %1 » ne convient pas : utilisez seulement des lettres sans accent, des chiffres et des tirets.").arg(dialog.relay)
            }

            Label {
                objectName: "newVersionWarning"
                width: parent.width
                wrapMode: Text.Wrap
                visible: dialog.warning.length > 0
                color: Theme.warning
                font.bold: true
                textFormat: Text.PlainText
                text: dialog.warning
            }

            SectionTitle { width: parent.width; text: qsTr("Ce qui change, une ligne par changement") }
            Repeater {
                id: noteRows
                model: notes
                delegate: RowLayout {
                    id: noteRow
                    required property int index
                    required property string kind
                    required property string text
                    width: parent.width
                    spacing: Theme.spacing
                    function focusText() { noteText.forceActiveFocus() }
                    ComboBox {
                        Layout.preferredWidth: 160
                        model: dialog.noteKinds
                        textRole: "text"
                        valueRole: "value"
                        currentIndex: Math.max(0, dialog.noteKinds.findIndex(k => k.value === noteRow.kind))
                        Accessible.name: qsTr("Genre du changement %1").arg(noteRow.index + 1)
                        onActivated: i => notes.setProperty(noteRow.index, "kind", dialog.noteKinds[i].value)
                    }
                    TextField {
                        id: noteText
                        objectName: "newVersionNote" + noteRow.index
                        Layout.fillWidth: true
                        text: noteRow.text
                        placeholderText: qsTr("Par exemple : nouvel atelier sur les arnaques par SMS")
                        Accessible.name: qsTr("Changement %1").arg(noteRow.index + 1)
                        onTextEdited: { notes.setProperty(noteRow.index, "text", text); ++dialog.notesRevision }
                        // Enter starts the next change.
                        onAccepted: dialog.addNote()
                    }
                    Button {
                        text: qsTr("Retirer")
                        visible: notes.count > 1
                        Accessible.name: qsTr("Retirer le changement %1").arg(noteRow.index + 1)
                        onClicked: { notes.remove(noteRow.index); ++dialog.notesRevision }
                    }
                }
            }
            Button {
                text: qsTr("Ajouter une ligne")
                onClicked: dialog.addNote()
            }
            Label {
                objectName: "newVersionProblem"
                width: parent.width
                wrapMode: Text.Wrap
                visible: dialog.problem.length > 0
                color: Theme.error
                textFormat: Text.PlainText
                text: dialog.problem
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "newVersionApply"
            text: dialog.version.length > 0 ? qsTr("Créer la version %1").arg(dialog.version) : qsTr("Créer la version")
            enabled: dialog.version.length > 0 && dialog.hasNotes
            highlighted: true
            onClicked: dialog.apply()
        }
        Button {
            text: qsTr("Annuler")
            onClicked: dialog.close()
        }
    }
}
