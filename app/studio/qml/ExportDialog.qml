import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Relais.Studio

// Export to a delivery tool: the format, what to export, the format's
// options and where to write; then a progress bar with cancel, and at the
// end what was written, what was left out and a way to open the folder.
Dialog {
    id: dialog
    required property Document doc
    required property Studio studio
    property alias controller: exporter

    title: qsTr("Exporter")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(880, parent ? parent.width - 40 : 880)
    height: Math.min(640, parent ? parent.height - 40 : 640)
    closePolicy: exporter.running ? Popup.NoAutoClose : Popup.CloseOnEscape

    property var formats: exporter.formats
    property int formatIndex: 0
    readonly property var format: formats.length > 0 ? formats[Math.min(formatIndex, formats.length - 1)] : null
    property var scopes: []
    property int scopeIndex: 0
    readonly property var scope: scopes.length > 0 ? scopes[Math.min(scopeIndex, scopes.length - 1)] : null
    property var optionValues: ({})
    property string path
    property bool pathEdited: false
    readonly property bool editable: !exporter.running

    ExportController {
        id: exporter
        document: dialog.doc
    }

    function openFor() {
        if (exporter.running) {
            open()
            return
        }
        exporter.reset()
        scopes = exporter.scopes()
        scopeIndex = exporter.selectedScope()
        pathEdited = false
        resetOptions()
        suggest()
        open()
    }
    // The formats first: arrow keys choose one, Tab goes on to its options.
    onOpened: formatList.forceActiveFocus()
    // Read from the indexes, not from `format` and `scope`: their bindings may
    // not have followed yet when the index handlers run.
    function resetOptions() {
        const f = formats[formatIndex]
        const values = {}
        if (f)
            for (const o of f.options)
                values[o.key] = o.defaultValue
        optionValues = values
    }
    function suggest() {
        const f = formats[formatIndex]
        const s = scopes[scopeIndex]
        if (!pathEdited && f && s)
            path = exporter.suggestedPath(f.id, s.kind, s.id)
    }
    function setOption(key, value) {
        const values = Object.assign({}, optionValues)
        values[key] = value
        optionValues = values
    }
    function scopeText(s) {
        if (s.kind === "pathway")
            return qsTr("Parcours : %1").arg(s.title)
        if (s.kind === "module")
            return qsTr("Atelier : %1").arg(s.title)
        return qsTr("Tout le cursus : %1").arg(s.title)
    }
    function startExport() {
        if (!format || !scope || path.length === 0)
            return
        exporter.start(format.id, path, scope.kind, scope.id, optionValues)
    }
    onFormatIndexChanged: { resetOptions(); suggest() }
    onScopeIndexChanged: suggest()

    FileDialog {
        id: fileChooser
        title: qsTr("Enregistrer l'export sous")
        fileMode: FileDialog.SaveFile
        defaultSuffix: dialog.format ? dialog.format.extension : ""
        nameFilters: dialog.format && dialog.format.extension
                     ? [qsTr("%1 (*.%2)").arg(dialog.format.name).arg(dialog.format.extension)] : []
        onAccepted: { dialog.path = dialog.studio.toLocalFile(selectedFile); dialog.pathEdited = true }
    }
    FolderDialog {
        id: folderChooser
        title: qsTr("Choisir le dossier où créer l'export")
        onAccepted: {
            const name = dialog.path.split("/").pop()
            dialog.path = dialog.studio.toLocalFile(selectedFolder) + "/" + name
            dialog.pathEdited = true
        }
    }

    contentItem: RowLayout {
        spacing: 16
        enabled: dialog.editable

        ListView {
            id: formatList
            objectName: "exportFormats"
            Layout.preferredWidth: 300
            Layout.fillHeight: true
            clip: true
            model: dialog.formats
            currentIndex: dialog.formatIndex
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Format d'export")
            onCurrentIndexChanged: dialog.formatIndex = currentIndex
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: modelData.name
                font.bold: highlighted
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    wrapMode: Text.Wrap
                    color: parent.highlighted ? parent.palette.highlightedText : parent.palette.text
                }
                Accessible.name: modelData.name
                onClicked: { formatList.currentIndex = index; formatList.forceActiveFocus() }
            }
            ScrollBar.vertical: ScrollBar {}
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            // A Column, not a layout: rows of changing heights (a wrapped
            // description, the outcome) stack without overlapping.
            Column {
                width: parent.width
                spacing: 14

                Label {
                    width: parent.width
                    text: dialog.format ? dialog.format.description : qsTr("Aucun format d'export n'est installé.")
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                ChoiceRow {
                    objectName: "exportScope"
                    width: parent.width
                    label: qsTr("Contenu exporté")
                    options: dialog.scopes.map((s, i) => ({ value: String(i), text: dialog.scopeText(s) }))
                    value: String(dialog.scopeIndex)
                    onEdited: value => dialog.scopeIndex = parseInt(value)
                }
                Repeater {
                    model: dialog.format ? dialog.format.options : []
                    delegate: Loader {
                        required property var modelData
                        width: parent.width
                        sourceComponent: modelData.kind === "boolean" ? boolOption
                                       : modelData.kind === "integer" ? intOption
                                       : modelData.kind === "choice" ? choiceOption : textOption
                    }
                }
                FormRow {
                    width: parent.width
                    label: dialog.format && dialog.format.folder ? qsTr("Dossier à créer") : qsTr("Fichier à créer")
                    help: dialog.format && dialog.format.folder
                          ? qsTr("Un dossier existant n'est remplacé que s'il est vide ou vient d'un export précédent.")
                          : ""
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            objectName: "exportPath"
                            Layout.fillWidth: true
                            text: dialog.path
                            Accessible.name: qsTr("Emplacement de l'export")
                            onTextEdited: { dialog.path = text; dialog.pathEdited = true }
                        }
                        Button {
                            text: qsTr("Choisir…")
                            onClicked: dialog.format && dialog.format.folder ? folderChooser.open() : fileChooser.open()
                        }
                    }
                }

                // ---- Progress and outcome ----
                ColumnLayout {
                    width: parent.width
                    visible: exporter.state !== "idle"
                    enabled: true
                    spacing: 8
                    ProgressBar {
                        objectName: "exportProgress"
                        Layout.fillWidth: true
                        visible: exporter.running
                        indeterminate: exporter.progress < 0
                        value: Math.max(0, exporter.progress)
                        Accessible.name: qsTr("Avancement de l'export")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: exporter.running
                        textFormat: Text.PlainText
                        text: exporter.progressText
                        elide: Text.ElideMiddle
                        color: Theme.muted
                    }
                    Label {
                        objectName: "exportOutcome"
                        Layout.fillWidth: true
                        visible: !exporter.running
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: exporter.state === "done" ? Theme.text : Theme.error
                        textFormat: Text.PlainText
                        text: exporter.state === "done" ? qsTr("Export terminé : %1").arg(dialog.studio.nativePath(exporter.output))
                            : exporter.state === "cancelled" ? qsTr("Export annulé : rien n'a été écrit.")
                            : exporter.state === "refused" ? qsTr("Export refusé :")
                            : exporter.state === "failed" ? qsTr("L'export a échoué ; ce qui existait avant est intact :") : ""
                    }
                    Repeater {
                        model: exporter.running ? [] : exporter.problems
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                            color: Theme.error
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !exporter.running && exporter.skipped.length > 0
                        text: qsTr("Laissé de côté (%1) :").arg(exporter.skipped.length)
                        font.bold: true
                    }
                    Repeater {
                        model: exporter.running ? [] : exporter.skipped
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }

    Component {
        id: boolOption
        CheckBox {
            text: parent ? parent.modelData.label : ""
            checked: !!dialog.optionValues[parent.modelData.key]
            onToggled: dialog.setOption(parent.modelData.key, checked)
        }
    }
    Component {
        id: intOption
        NumberRow {
            label: parent ? parent.modelData.label : ""
            help: parent ? parent.modelData.help : ""
            from: parent ? parent.modelData.min : 0
            to: parent && parent.modelData.max > 0 ? parent.modelData.max : 100000
            value: dialog.optionValues[parent.modelData.key]
            onEdited: value => dialog.setOption(parent.modelData.key, value)
        }
    }
    Component {
        id: choiceOption
        ChoiceRow {
            label: parent ? parent.modelData.label : ""
            help: parent ? parent.modelData.help : ""
            options: parent ? parent.modelData.choices.map(c => ({ value: c.value, text: c.label })) : []
            value: dialog.optionValues[parent.modelData.key] || ""
            onEdited: value => dialog.setOption(parent.modelData.key, value)
        }
    }
    Component {
        id: textOption
        TextRow {
            label: parent ? parent.modelData.label : ""
            help: parent ? parent.modelData.help : ""
            value: dialog.optionValues[parent.modelData.key] || ""
            onEdited: value => dialog.setOption(parent.modelData.key, value)
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "exportStart"
            text: exporter.state === "idle" ? qsTr("Exporter") : qsTr("Exporter de nouveau")
            visible: !exporter.running
            enabled: dialog.format !== null && dialog.path.length > 0
            highlighted: true
            onClicked: dialog.startExport()
        }
        Button {
            objectName: "exportCancel"
            text: qsTr("Annuler l'export")
            visible: exporter.running
            onClicked: exporter.cancel()
        }
        Button {
            objectName: "exportOpenFolder"
            text: qsTr("Ouvrir le dossier")
            visible: exporter.state === "done"
            onClicked: dialog.studio.openFolder(exporter.outputFolder())
        }
        Button {
            text: qsTr("Fermer")
            enabled: !exporter.running
            onClicked: dialog.close()
        }
    }
}
