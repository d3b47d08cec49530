import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Relais.Studio

// An update from the publisher merged into the open curriculum, the local
// adaptation: choose the new version and the one the adaptation started
// from; then what merged by itself, the conflicts one by one (base, mine,
// theirs side by side), and the result written to a new folder and opened.
Dialog {
    id: view
    required property Document doc
    required property Studio studio
    property alias controller: merger

    property string upstreamPath
    property string basePath
    property var candidates: []
    property string target
    readonly property var c: merger.conflict
    readonly property bool choosing: merger.state === "idle" || merger.state === "failed" || merger.state === "running"

    title: qsTr("Intégrer une mise à jour")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(1100, parent ? parent.width - 40 : 1100)
    height: parent ? parent.height - 40 : 760
    closePolicy: merger.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    MergeController {
        id: merger
        document: view.doc
        onStateChanged: if (state === "ready" && view.target.length === 0) view.target = suggestedTarget()
        onWritten: folder => { view.studio.addRecent(folder); view.close() }
    }

    function openFor() {
        if (merger.state !== "ready") {
            merger.reset()
            upstreamPath = ""
            candidates = merger.baseCandidates()
            const suggested = candidates.find(b => b.suggested)
            basePath = suggested ? suggested.folder : ""
            target = ""
        }
        open()
    }
    onOpened: choosing ? upstreamPicker.takeFocus() : keepLocal.forceActiveFocus()
    function sideText(text) { return text.length > 0 ? text : qsTr("(absent)") }

    FolderDialog {
        id: targetDialog
        title: qsTr("Dossier où créer le cursus fusionné")
        onAccepted: view.target = view.studio.toLocalFile(selectedFolder) + "/" + view.target.split("/").pop()
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true

        // A Column, not a layout: wrapped sentences of changing heights stack without overlapping.
        Column {
            width: scroll.availableWidth
            spacing: 14

            // ---- Choosing the versions ----
            Label {
                width: parent.width
                visible: view.choosing
                wrapMode: Text.Wrap
                text: qsTr("Ce cursus (version %1) est votre adaptation. Choisissez la nouvelle version publiée, puis la version dont votre adaptation est partie : Relais Studio garde vos changements et ajoute ceux de la mise à jour.")
                      .arg(view.doc.revision >= 0 ? view.doc.curriculumData().version : "")
            }
            SectionTitle { width: parent.width; visible: view.choosing; text: qsTr("La nouvelle version") }
            Label {
                objectName: "mergeUpstreamPath"
                width: parent.width
                visible: view.choosing
                wrapMode: Text.Wrap
                color: view.upstreamPath.length > 0 ? Theme.text : Theme.muted
                textFormat: Text.PlainText
                text: view.upstreamPath.length > 0 ? view.studio.nativePath(view.upstreamPath) : qsTr("Pas encore choisie.")
            }
            SourcePicker {
                id: upstreamPicker
                objectName: "mergeUpstream"
                visible: view.choosing
                studio: view.studio
                what: qsTr("la nouvelle version")
                onPicked: path => view.upstreamPath = path
            }
            SectionTitle { width: parent.width; visible: view.choosing; text: qsTr("La version de départ de votre adaptation") }
            Repeater {
                model: view.choosing ? view.candidates : []
                delegate: RadioButton {
                    id: candidate
                    required property var modelData
                    width: parent.width
                    checked: view.basePath === candidate.modelData.folder
                    text: qsTr("%1, installée dans la bibliothèque").arg(candidate.modelData.version)
                    onToggled: if (checked) view.basePath = candidate.modelData.folder
                }
            }
            Label {
                objectName: "mergeBasePath"
                width: parent.width
                visible: view.choosing && !view.candidates.some(b => b.folder === view.basePath)
                wrapMode: Text.Wrap
                color: view.basePath.length > 0 ? Theme.text : Theme.muted
                textFormat: Text.PlainText
                text: view.basePath.length > 0 ? view.studio.nativePath(view.basePath) : qsTr("Pas encore choisie.")
            }
            SourcePicker {
                objectName: "mergeBase"
                visible: view.choosing
                studio: view.studio
                what: qsTr("la version de départ")
                onPicked: path => view.basePath = path
            }
            Label {
                width: parent.width
                visible: view.choosing && view.doc.modified
                wrapMode: Text.Wrap
                color: Theme.warning
                text: qsTr("Ce cursus a des modifications non enregistrées : enregistrez-les d'abord, pour que la fusion parte de votre version complète.")
            }
            Label {
                objectName: "mergeStatus"
                width: parent.width
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.bold: true
                color: merger.error.length > 0 ? Theme.error : Theme.text
                textFormat: Text.PlainText
                text: merger.error.length > 0 ? merger.error
                    : merger.state === "running" ? qsTr("Fusion en cours…")
                    : merger.state === "writing" ? qsTr("Écriture et vérification du cursus fusionné…") : ""
            }

            // ---- What merged by itself ----
            Label {
                width: parent.width
                visible: !view.choosing
                wrapMode: Text.Wrap
                text: qsTr("Version de départ %1, votre version %2, nouvelle version %3 : le résultat sera la version %4.")
                      .arg(merger.baseVersion).arg(merger.localVersion).arg(merger.upstreamVersion).arg(merger.resultVersion)
            }
            SectionTitle {
                width: parent.width
                visible: !view.choosing
                text: qsTr("Intégré automatiquement : %n changement(s)", "", merger.merged.length)
            }
            ListView {
                objectName: "mergeAutomatic"
                width: parent.width
                height: Math.min(contentHeight, 180)
                visible: !view.choosing && merger.merged.length > 0
                clip: true
                model: merger.merged
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Changements intégrés automatiquement")
                delegate: Label {
                    required property string modelData
                    width: ListView.view.width
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("• %1").arg(modelData)
                }
                ScrollBar.vertical: ScrollBar {}
            }

            // ---- The conflicts ----
            SectionTitle {
                objectName: "mergeConflictHeading"
                width: parent.width
                visible: !view.choosing && merger.conflictCount > 0
                text: qsTr("Conflit %1 sur %2").arg(view.c.number || 0).arg(merger.conflictCount)
            }
            Label {
                width: parent.width
                visible: !view.choosing && merger.conflictCount > 0
                wrapMode: Text.Wrap
                font.bold: true
                textFormat: Text.PlainText
                text: view.c.sentence || ""
            }
            Row {
                width: parent.width
                spacing: 12
                visible: !view.choosing && merger.conflictCount > 0
                Repeater {
                    model: [
                        { heading: qsTr("Version de départ (%1)").arg(merger.baseVersion), text: view.c.base || "", side: "base" },
                        { heading: qsTr("Ma version (locale)"), text: view.c.local || "", side: "local" },
                        { heading: qsTr("Nouvelle version (amont)"), text: view.c.upstream || "", side: "upstream" }
                    ]
                    delegate: Rectangle {
                        id: sideBox
                        required property var modelData
                        width: (parent.width - 24) / 3
                        height: sideColumn.implicitHeight + 20
                        radius: 4
                        color: view.c.choice === sideBox.modelData.side ? Theme.selection : Theme.panel
                        border.color: view.c.choice === sideBox.modelData.side ? Theme.accent : Theme.border
                        border.width: view.c.choice === sideBox.modelData.side ? 2 : 1
                        Column {
                            id: sideColumn
                            x: 10
                            y: 10
                            width: parent.width - 20
                            spacing: 6
                            Label {
                                width: parent.width
                                wrapMode: Text.Wrap
                                font.bold: true
                                textFormat: Text.PlainText
                                text: sideBox.modelData.heading
                            }
                            Label {
                                width: parent.width
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                text: view.sideText(sideBox.modelData.text)
                                color: sideBox.modelData.text.length > 0 ? Theme.text : Theme.muted
                                font.italic: sideBox.modelData.text.length === 0
                            }
                            Label {
                                width: parent.width
                                visible: view.c.choice === sideBox.modelData.side
                                font.bold: true
                                color: Theme.accent
                                text: qsTr("✓ Choisie")
                            }
                        }
                    }
                }
            }
            Repeater {
                model: view.choosing ? [] : (view.c.details || [])
                delegate: Label {
                    required property string modelData
                    width: parent.width
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    textFormat: Text.PlainText
                    text: qsTr("• %1").arg(modelData)
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing
                visible: !view.choosing && merger.conflictCount > 0
                Button {
                    id: keepLocal
                    objectName: "mergeKeepLocal"
                    text: qsTr("Garder ma version")
                    highlighted: view.c.choice === "local"
                    enabled: !merger.busy
                    onClicked: merger.choose("local")
                }
                Button {
                    objectName: "mergeTakeUpstream"
                    text: qsTr("Prendre la nouvelle version")
                    highlighted: view.c.choice === "upstream"
                    enabled: !merger.busy
                    onClicked: merger.choose("upstream")
                }
                Button {
                    objectName: "mergePrevious"
                    text: qsTr("Conflit précédent")
                    enabled: merger.current > 0
                    onClicked: merger.previous()
                }
                Button {
                    objectName: "mergeNext"
                    text: qsTr("Conflit suivant")
                    enabled: merger.current < merger.conflictCount - 1
                    onClicked: merger.next()
                }
            }
            Label {
                objectName: "mergeRemaining"
                width: parent.width
                visible: !view.choosing
                wrapMode: Text.Wrap
                font.bold: true
                color: merger.unresolvedCount > 0 ? Theme.warning : Theme.ok
                text: merger.conflictCount === 0 ? qsTr("Aucun conflit : tout a été intégré automatiquement.")
                    : merger.unresolvedCount > 0 ? qsTr("Encore %n conflit(s) à trancher.", "", merger.unresolvedCount)
                    : qsTr("Tous les conflits sont tranchés.")
            }

            // ---- Writing the result ----
            FormRow {
                width: parent.width
                visible: !view.choosing && merger.unresolvedCount === 0
                label: qsTr("Dossier du cursus fusionné (nouveau ou vide)")
                help: qsTr("Votre cursus actuel ne change pas : la fusion est écrite à part, puis ouverte.")
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        objectName: "mergeTarget"
                        Layout.fillWidth: true
                        text: view.target
                        Accessible.name: qsTr("Dossier du cursus fusionné")
                        onTextEdited: view.target = text
                    }
                    Button {
                        text: qsTr("Choisir…")
                        onClicked: targetDialog.open()
                    }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "mergeStart"
            text: qsTr("Lancer la fusion")
            visible: view.choosing
            highlighted: true
            enabled: !merger.busy && !view.doc.modified && view.upstreamPath.length > 0 && view.basePath.length > 0
            onClicked: merger.start(view.upstreamPath, view.basePath)
        }
        Button {
            objectName: "mergeWrite"
            text: qsTr("Enregistrer la fusion")
            visible: !view.choosing
            highlighted: true
            enabled: !merger.busy && merger.unresolvedCount === 0 && view.target.length > 0
            onClicked: merger.write(view.target)
        }
        Button {
            objectName: "mergeRestart"
            text: qsTr("Recommencer")
            visible: !view.choosing
            enabled: !merger.busy
            onClicked: { merger.reset(); view.openFor() }
        }
        Button {
            text: qsTr("Fermer")
            enabled: !merger.busy
            onClicked: view.close()
        }
    }
}
