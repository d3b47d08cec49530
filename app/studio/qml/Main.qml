import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Relais.Studio

ApplicationWindow {
    id: window
    required property Studio studio
    required property Document doc
    width: 1360
    height: 860
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    color: Theme.page
    font.pixelSize: Theme.fontSize
    title: (doc.isOpen ? (doc.modified ? "● " : "") + doc.title + " — " : "") + "Relais Studio"

    property bool closeConfirmed: false
    property var afterSave: null  // what to do once a requested save succeeded
    // The library page covers the welcome page or the editor until it is left.
    property bool libraryShown: false

    // ---- Actions --------------------------------------------------------

    Action {
        id: openFolderAction
        text: qsTr("Ouvrir un dossier…")
        shortcut: StandardKey.Open
        onTriggered: window.whenSafe(() => folderDialog.open())
    }
    Action {
        id: openPackAction
        text: qsTr("Ouvrir un paquet .relais…")
        onTriggered: window.whenSafe(() => packDialog.open())
    }
    Action {
        id: libraryAction
        text: qsTr("Bibliothèque des parcours…")
        shortcut: "Ctrl+L"
        onTriggered: window.libraryShown = true
    }
    Action {
        id: newAction
        text: qsTr("Nouveau cursus…")
        shortcut: StandardKey.New
        onTriggered: window.whenSafe(() => newDialog.openWith(""))
    }
    Action {
        id: saveAction
        text: qsTr("Enregistrer")
        shortcut: StandardKey.Save
        enabled: window.doc.isOpen
        onTriggered: window.save()
    }
    Action {
        id: saveAsAction
        text: qsTr("Enregistrer sous…")
        shortcut: StandardKey.SaveAs
        enabled: window.doc.isOpen
        onTriggered: saveAsDialog.open()
    }
    Action {
        id: exportPackAction
        text: qsTr("Exporter un paquet .relais…")
        enabled: window.doc.isOpen
        onTriggered: window.exportPack()
    }
    Action {
        id: exportAction
        text: qsTr("E&xporter (SCORM, site hors ligne, PDF…)…")
        shortcut: "Ctrl+E"
        enabled: window.doc.isOpen
        onTriggered: exportToolDialog.openFor()
    }
    Action {
        id: closeAction
        text: qsTr("Fermer le cursus")
        shortcut: StandardKey.Close
        enabled: window.doc.isOpen
        onTriggered: window.whenSafe(() => window.doc.close())
    }
    Action {
        id: quitAction
        text: qsTr("Quitter")
        shortcut: StandardKey.Quit
        onTriggered: window.close()
    }
    Action {
        id: undoAction
        text: window.doc.canUndo ? qsTr("Annuler : %1").arg(window.doc.undoText) : qsTr("Annuler", "undo")
        shortcut: StandardKey.Undo
        enabled: window.doc.canUndo
        onTriggered: window.doc.undo()
    }
    Action {
        id: redoAction
        text: window.doc.canRedo ? qsTr("Rétablir : %1").arg(window.doc.redoText) : qsTr("Rétablir")
        shortcut: StandardKey.Redo
        enabled: window.doc.canRedo
        onTriggered: window.doc.redo()
    }
    Action {
        id: findAction
        text: qsTr("Rechercher")
        shortcut: StandardKey.Find
        enabled: window.doc.isOpen
        onTriggered: navigator.searchField.forceActiveFocus()
    }
    Action {
        id: previewAction
        text: qsTr("Aperçu dans le navigateur")
        shortcut: "F5"
        enabled: window.doc.isOpen && window.doc.moduleIndex >= 0
        onTriggered: if (!window.doc.openPreview()) window.showError(qsTr("Aperçu impossible"), window.doc.lastError)
    }
    Action {
        id: addModuleAction
        text: qsTr("Nouvel atelier")
        shortcut: "Ctrl+Shift+M"
        enabled: window.doc.isOpen
        onTriggered: window.doc.addModule()
    }
    Action {
        id: addActivityAction
        text: qsTr("Nouvelle activité…")
        shortcut: "Ctrl+Shift+A"
        enabled: window.doc.isOpen && window.doc.moduleIndex >= 0
        onTriggered: typeDialog.open()
    }
    Action {
        id: addPathwayAction
        text: qsTr("Nouveau parcours")
        enabled: window.doc.isOpen
        onTriggered: window.doc.addPathway()
    }
    Action {
        id: duplicateAction
        text: qsTr("Dupliquer")
        shortcut: "Ctrl+D"
        enabled: window.doc.isOpen && ["pathway", "module", "activity"].indexOf(window.doc.selectionKind) >= 0
        onTriggered: {
            const k = window.doc.selectionKind
            if (k === "pathway") window.doc.duplicatePathway(window.doc.pathwayIndex)
            else if (k === "module") window.doc.duplicateModule(window.doc.moduleIndex)
            else if (k === "activity") window.doc.duplicateActivity(window.doc.moduleIndex, window.doc.activityIndex)
        }
    }
    Action {
        id: deleteAction
        text: qsTr("Supprimer…")
        enabled: window.doc.isOpen && ["pathway", "step", "module", "activity"].indexOf(window.doc.selectionKind) >= 0
        onTriggered: deleteDialog.open()
    }
    Action {
        id: moveUpAction
        text: qsTr("Monter")
        shortcut: "Alt+Up"
        enabled: window.doc.isOpen && navigator.nav.canMove(navigator.nav.selectedRow, -1) && window.doc.revision >= 0
        onTriggered: navigator.nav.move(navigator.nav.selectedRow, -1)
    }
    Action {
        id: moveDownAction
        text: qsTr("Descendre")
        shortcut: "Alt+Down"
        enabled: window.doc.isOpen && navigator.nav.canMove(navigator.nav.selectedRow, 1) && window.doc.revision >= 0
        onTriggered: navigator.nav.move(navigator.nav.selectedRow, 1)
    }
    Action {
        id: settingsAction
        text: qsTr("Préférences…")
        shortcut: StandardKey.Preferences
        onTriggered: settingsDialog.open()
    }
    Action {
        id: problemsAction
        text: qsTr("Aller aux problèmes")
        shortcut: "F8"
        enabled: window.doc.isOpen
        onTriggered: diagnosticsPanel.forceActiveFocus()
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&Fichier")
            MenuItem { action: newAction }
            MenuItem { action: openFolderAction }
            MenuItem { action: openPackAction }
            MenuItem { objectName: "libraryMenuItem"; action: libraryAction }
            Menu {
                id: recentMenu
                title: qsTr("Récents")
                enabled: window.studio.recentFiles.length > 0
                Repeater {
                    model: window.studio.recentFiles
                    delegate: MenuItem {
                        required property string modelData
                        text: window.studio.fileName(modelData)
                        // A name is shown as typed, never read as markup.
                        contentItem: Label { text: parent.text; textFormat: Text.PlainText; elide: Text.ElideRight }
                        onTriggered: window.whenSafe(() => window.openPath(modelData))
                    }
                }
            }
            MenuSeparator {}
            MenuItem { action: saveAction }
            MenuItem { action: saveAsAction }
            MenuItem { action: exportPackAction }
            MenuItem { action: exportAction }
            MenuSeparator {}
            MenuItem { objectName: "newVersionMenuItem"; action: versionTools.newVersionAction }
            MenuItem { objectName: "mergeMenuItem"; action: versionTools.mergeAction }
            MenuSeparator {}
            MenuItem { action: closeAction }
            MenuItem { action: quitAction }
        }
        Menu {
            title: qsTr("É&dition")
            MenuItem { objectName: "undoMenuItem"; action: undoAction }
            MenuItem { objectName: "redoMenuItem"; action: redoAction }
            MenuSeparator {}
            MenuItem { action: addModuleAction }
            MenuItem { action: addActivityAction }
            MenuItem { action: addPathwayAction }
            MenuItem { action: duplicateAction }
            MenuItem { action: deleteAction }
            MenuItem { action: moveUpAction }
            MenuItem { action: moveDownAction }
            MenuSeparator {}
            MenuItem { action: findAction }
            MenuItem { action: settingsAction }
        }
        Menu {
            title: qsTr("&Affichage")
            MenuItem { action: previewAction }
            MenuItem { action: problemsAction }
            MenuItem { objectName: "compareMenuItem"; action: versionTools.compareAction }
        }
    }

    // ---- Layout ---------------------------------------------------------

    StackLayout {
        anchors.fill: parent
        currentIndex: window.libraryShown ? 2 : window.doc.isOpen ? 1 : 0

        WelcomePage {
            studio: window.studio
            onOpenFolderRequested: folderDialog.open()
            onOpenPackRequested: packDialog.open()
            onNewRequested: path => newDialog.openWith(path)
            onOpenRequested: path => window.openPath(path)
            onLibraryRequested: window.libraryShown = true
            onPackDropped: path => { window.libraryShown = true; libraryPage.importPack(path) }
        }

        SplitView {
            orientation: Qt.Horizontal
            NavigatorPane {
                id: navigator
                doc: window.doc
                SplitView.preferredWidth: 360
                SplitView.minimumWidth: 240
                onDeleteRequested: if (deleteAction.enabled) deleteDialog.open()
                onAddActivityRequested: typeDialog.open()
            }
            SplitView {
                orientation: Qt.Vertical
                SplitView.fillWidth: true
                Loader {
                    id: editorLoader
                    objectName: "editorLoader"
                    SplitView.fillHeight: true
                    sourceComponent: {
                        switch (window.doc.selectionKind) {
                        case "pathway": return pathwayEditor
                        case "step": return stepEditor
                        case "module": return moduleEditor
                        case "activity": return activityEditor
                        case "media": return mediaPage
                        }
                        return curriculumEditor
                    }
                }
                DiagnosticsPanel {
                    id: diagnosticsPanel
                    doc: window.doc
                    SplitView.preferredHeight: 130
                    SplitView.minimumHeight: 90
                    onGoTo: row => {
                        const key = window.doc.goToDiagnostic(row)
                        Qt.callLater(() => { if (editorLoader.item) editorLoader.item.focusField(key) })
                    }
                }
            }
        }

        LibraryPage {
            id: libraryPage
            studio: window.studio
            onCloseRequested: window.libraryShown = false
            onOpenRequested: path => window.whenSafe(() => window.openPath(path))
            // However a curriculum opens (an adapted copy, the File menu), it is shown.
            Connections {
                target: window.doc
                function onOpenedChanged() { if (window.doc.isOpen) window.libraryShown = false }
            }
        }
    }

    Component {
        id: curriculumEditor
        CurriculumEditor {
            doc: window.doc
            onNewVersionRequested: versionTools.newVersionAction.trigger()
        }
    }
    Component { id: pathwayEditor; PathwayEditor { doc: window.doc } }
    Component { id: stepEditor; StepEditor { doc: window.doc } }
    Component {
        id: moduleEditor
        ModuleEditor {
            doc: window.doc
            onPreviewRequested: previewAction.trigger()
            onAddActivityRequested: typeDialog.open()
        }
    }
    Component {
        id: activityEditor
        ActivityEditor {
            doc: window.doc
            onPreviewRequested: previewAction.trigger()
        }
    }
    Component { id: mediaPage; MediaPage { doc: window.doc } }

    footer: ToolBar {
        visible: window.doc.isOpen && !window.libraryShown
        background: Rectangle { color: Theme.panel; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 10
            spacing: 16
            Label {
                objectName: "statusCounts"
                text: window.doc.diagnostics.running && window.doc.diagnostics.errorCount + window.doc.diagnostics.warningCount === 0
                      ? qsTr("Vérification…")
                      : qsTr("%n erreur(s)", "", window.doc.diagnostics.errorCount) + " · "
                        + qsTr("%n avertissement(s)", "", window.doc.diagnostics.warningCount)
                color: window.doc.diagnostics.errorCount > 0 ? Theme.error : Theme.text
                font.bold: window.doc.diagnostics.errorCount > 0
            }
            Label {
                text: window.doc.modified ? qsTr("Modifications non enregistrées") : qsTr("Enregistré")
                color: Theme.muted
            }
            // Who signed the pack the document was opened from.
            Label {
                objectName: "statusSignature"
                readonly property var signature: window.doc.sourceIsPack ? window.studio.packSignature(window.doc.sourcePath) : ({})
                visible: window.doc.sourceIsPack
                font.bold: true
                color: signature.status === "trusted" ? Theme.ok
                     : signature.status === "invalid" || signature.status === "unreadable" ? Theme.error : Theme.warning
                textFormat: Text.PlainText
                text: {
                    switch (signature.status) {
                    case "trusted": return qsTr("✔ Paquet signé par %1, éditeur de confiance").arg(signature.signer)
                    case "untrusted": return qsTr("⚠ Paquet signé par %1, clé inconnue (%2)").arg(signature.signer).arg(signature.fingerprint)
                    case "unsigned": return qsTr("⚠ Paquet non signé")
                    case "invalid": return qsTr("✖ Signature invalide : paquet modifié après sa signature")
                    }
                    return qsTr("✖ Signature illisible")
                }
            }
            // Takes what the other labels leave, elided: the status line never runs off the window.
            Label {
                textFormat: Text.PlainText
                text: window.studio.nativePath(window.doc.sourcePath)
                color: Theme.muted
                elide: Text.ElideMiddle
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
                Layout.minimumWidth: 80
            }
        }
    }

    DropArea {
        anchors.fill: parent
        enabled: window.doc.isOpen && !window.libraryShown
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls) {
                mediaDropImport.importUrls(drop.urls)
                drop.accept()
            }
        }
    }
    MediaImport { id: mediaDropImport; doc: window.doc }

    // ---- Behaviour ------------------------------------------------------

    function showError(heading, message) {
        errorDialog.title = heading
        errorDialog.message = message
        errorDialog.open()
    }
    function openPath(path) {
        if (!doc.open(path)) {
            showError(qsTr("Ouverture impossible"), doc.lastError)
            return false
        }
        studio.addRecent(path)
        return true
    }
    function save() {
        if (doc.save())
            return true
        showError(qsTr("Enregistrement impossible"), doc.lastError)
        return false
    }
    // Runs next() once unsaved changes are saved or given up.
    function whenSafe(next) {
        if (!doc.isOpen || !doc.modified) {
            next()
            return
        }
        unsavedDialog.next = next
        unsavedDialog.open()
    }
    function exportPack() {
        if (doc.canExport())
            exportDialog.open()
        else
            showError(qsTr("Export refusé"), doc.lastError)
    }

    onClosing: close => {
        if (doc.isOpen && doc.modified && !closeConfirmed) {
            close.accepted = false
            whenSafe(() => { closeConfirmed = true; doc.close(); window.close() })
        }
    }

    // Journals of other curricula, once a curriculum named on the command line had its chance to open.
    Component.onCompleted: Qt.callLater(() => {
        const lost = doc.recoverableDocuments().filter(j => j.exists)
        if (!doc.isOpen && lost.length > 0) {
            recoveryListDialog.entries = lost
            recoveryListDialog.open()
        }
    })
    // However a curriculum is opened (command line, dialog, recent files), a
    // journal left by a crash is offered first.
    Connections {
        target: window.doc
        function onOpenedChanged() {
            recoveryListDialog.close()
            if (window.doc.isOpen && window.doc.hasRecovery(window.doc.sourcePath) && !recoveryDialog.visible)
                recoveryDialog.open()
        }
    }

    // ---- Dialogs --------------------------------------------------------

    FolderDialog {
        id: folderDialog
        title: qsTr("Ouvrir le dossier d'un cursus")
        onAccepted: window.openPath(window.studio.toLocalFile(selectedFolder))
    }
    FileDialog {
        id: packDialog
        title: qsTr("Ouvrir un paquet")
        nameFilters: [qsTr("Paquets Relais (*.relais)")]
        onAccepted: window.openPath(window.studio.toLocalFile(selectedFile))
    }
    FileDialog {
        id: saveAsDialog
        title: qsTr("Enregistrer sous (un nom finissant par .relais donne un paquet, sinon un dossier)")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Dossier de cursus (*)"), qsTr("Paquet Relais (*.relais)")]
        onAccepted: {
            if (window.doc.saveAs(window.studio.toLocalFile(selectedFile)))
                window.studio.addRecent(window.doc.sourcePath)
            else
                window.showError(qsTr("Enregistrement impossible"), window.doc.lastError)
        }
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Exporter un paquet .relais")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "relais"
        nameFilters: [qsTr("Paquet Relais (*.relais)")]
        onAccepted: window.exportTo(window.studio.toLocalFile(selectedFile))
    }
    function exportTo(path) {
        if (doc.exportPack(path))
            infoDialog.show(qsTr("Paquet exporté"), qsTr("Le paquet a été écrit dans %1.").arg(studio.nativePath(path)))
        else
            showError(qsTr("Export refusé"), doc.lastError)
    }

    VersionTools {
        id: versionTools
        doc: window.doc
        studio: window.studio
    }

    ExportDialog {
        id: exportToolDialog
        objectName: "exportToolDialog"
        doc: window.doc
        studio: window.studio
    }

    Dialog {
        id: errorDialog
        property string message
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, window.width - 60)
        modal: true
        standardButtons: Dialog.Ok
        Label { textFormat: Text.PlainText; width: parent.width; text: errorDialog.message; wrapMode: Text.Wrap }
    }
    Dialog {
        id: infoDialog
        property string message
        function show(heading, text) { title = heading; message = text; open() }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, window.width - 60)
        modal: true
        standardButtons: Dialog.Ok
        Label { textFormat: Text.PlainText; width: parent.width; text: infoDialog.message; wrapMode: Text.Wrap }
    }

    Dialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        property var next: null
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, window.width - 60)
        modal: true
        title: qsTr("Modifications non enregistrées")
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("« %1 » a des modifications non enregistrées. Voulez-vous les enregistrer ?").arg(window.doc.title)
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Enregistrer")
                highlighted: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                objectName: "discardButton"
                text: qsTr("Ne pas enregistrer")
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
                onClicked: {
                    unsavedDialog.close()
                    window.doc.discardRecovery()
                    window.doc.close()
                    if (unsavedDialog.next) unsavedDialog.next()
                }
            }
            Button {
                text: qsTr("Annuler")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: if (window.save() && next) next()
    }

    Dialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(600, window.width - 60)
        modal: true
        title: qsTr("Travail non enregistré retrouvé")
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("Relais Studio s'est arrêté sans enregistrer « %1 ». Les modifications en cours ont été gardées. Voulez-vous les récupérer ?").arg(window.doc.title)
        }
        footer: DialogButtonBox {
            Button {
                objectName: "restoreButton"
                text: qsTr("Récupérer")
                highlighted: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Ignorer")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: if (!window.doc.restoreRecovery()) window.showError(qsTr("Récupération impossible"), window.doc.lastError)
        onRejected: window.doc.discardRecovery()
    }

    Dialog {
        id: recoveryListDialog
        property var entries: []
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, window.width - 60)
        modal: true
        title: qsTr("Travail non enregistré retrouvé")
        standardButtons: Dialog.Close
        ColumnLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Ces cursus ont des modifications qui n'ont pas été enregistrées. Ouvrez-en un pour les récupérer.")
            }
            Repeater {
                model: recoveryListDialog.entries
                delegate: Button {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.title + " — " + window.studio.nativePath(modelData.source)
                    // A title is shown as typed, never read as markup.
                    contentItem: Label {
                        text: parent.text
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignHCenter
                    }
                    onClicked: { recoveryListDialog.close(); window.openPath(modelData.source) }
                }
            }
        }
    }

    Dialog {
        id: deleteDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, window.width - 60)
        modal: true
        title: qsTr("Supprimer")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: {
                const k = window.doc.selectionKind
                return k === "module" ? qsTr("Supprimer cet atelier ? Les séances qui l'utilisent le montreront comme introuvable.")
                     : k === "activity" ? qsTr("Supprimer cette activité ?")
                     : k === "pathway" ? qsTr("Supprimer ce parcours ? Ses ateliers restent dans le cursus.")
                     : qsTr("Supprimer cette séance ?")
            }
        }
        footer: DialogButtonBox {
            Button { text: qsTr("Supprimer"); DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole }
            Button { text: qsTr("Annuler"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
        }
        Label {
            y: parent.height + 4
            width: parent.width
            color: Theme.muted
            font.pixelSize: Theme.smallFontSize
            text: qsTr("Vous pourrez annuler avec Ctrl+Z.")
        }
        onAccepted: {
            const k = window.doc.selectionKind
            if (k === "module") window.doc.removeModule(window.doc.moduleIndex)
            else if (k === "activity") window.doc.removeActivity(window.doc.moduleIndex, window.doc.activityIndex)
            else if (k === "pathway") window.doc.removePathway(window.doc.pathwayIndex)
            else if (k === "step") window.doc.removeStep(window.doc.pathwayIndex, window.doc.stepIndex)
        }
    }

    Dialog {
        id: typeDialog
        objectName: "activityTypeDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(720, window.width - 60)
        height: Math.min(640, window.height - 60)
        modal: true
        title: qsTr("Nouvelle activité")
        standardButtons: Dialog.Cancel
        onOpened: typeList.forceActiveFocus()
        ListView {
            id: typeList
            anchors.fill: parent
            clip: true
            model: window.doc.exerciseTypes
            keyNavigationEnabled: true
            activeFocusOnTab: true
            spacing: 4
            Keys.onReturnPressed: currentItem.clicked()
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: modelData.name
                Accessible.description: modelData.description
                onClicked: {
                    typeDialog.close()
                    window.doc.addActivity(window.doc.moduleIndex, modelData.id)
                }
                contentItem: ColumnLayout {
                    Label { text: modelData.name; font.bold: true; color: Theme.text }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.description
                        wrapMode: Text.Wrap
                        color: highlighted ? Theme.text : Theme.muted
                    }
                }
                background: Rectangle {
                    color: highlighted ? Theme.selection : "transparent"
                    border.color: highlighted && typeList.activeFocus ? Theme.accent : "transparent"
                    border.width: 2
                }
            }
        }
    }

    Dialog {
        id: newDialog
        objectName: "newDialog"
        property string templatePath
        function openWith(path) { templatePath = path; titleField.text = ""; folderField.text = ""; open() }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, window.width - 60)
        modal: true
        title: templatePath ? qsTr("Nouveau cursus à partir d'un modèle") : qsTr("Nouveau cursus")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: titleField.forceActiveFocus()
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            FormRow {
                label: qsTr("Modèle")
                ComboBox {
                    Layout.fillWidth: true
                    readonly property var choices: [{ title: qsTr("Cursus vide"), path: "" }].concat(window.studio.templates)
                    model: choices
                    textRole: "title"
                    currentIndex: Math.max(0, choices.findIndex(c => c.path === newDialog.templatePath))
                    onActivated: i => newDialog.templatePath = choices[i].path
                    Accessible.name: qsTr("Modèle")
                }
            }
            FormRow {
                label: qsTr("Titre du cursus")
                TextField { id: titleField; Layout.fillWidth: true; Accessible.name: qsTr("Titre du cursus") }
            }
            FormRow {
                label: qsTr("Dossier (vide ou nouveau)")
                RowLayout {
                    Layout.fillWidth: true
                    TextField { id: folderField; Layout.fillWidth: true; Accessible.name: qsTr("Dossier") }
                    Button { text: qsTr("Choisir…"); onClicked: newFolderDialog.open() }
                }
            }
        }
        onAccepted: {
            if (window.doc.create(folderField.text, titleField.text, templatePath))
                window.studio.addRecent(window.doc.sourcePath)
            else
                window.showError(qsTr("Création impossible"), window.doc.lastError)
        }
        FolderDialog {
            id: newFolderDialog
            onAccepted: folderField.text = window.studio.toLocalFile(selectedFolder) + "/" + (titleField.text.length > 0 ? titleField.text : qsTr("nouveau-cursus"))
        }
    }

    Dialog {
        id: settingsDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, window.width - 60)
        modal: true
        title: qsTr("Préférences")
        standardButtons: Dialog.Close
        FormRow {
            width: parent.width
            label: qsTr("Langue de l'interface")
            ComboBox {
                Layout.fillWidth: true
                objectName: "languageChoice"
                readonly property var choices: [
                    { value: "", text: qsTr("Celle du système") },
                    { value: "fr", text: "Français" },
                    { value: "en", text: "English" }
                ]
                model: choices
                textRole: "text"
                currentIndex: Math.max(0, choices.findIndex(c => c.value === window.studio.language))
                onActivated: i => window.studio.language = choices[i].value
                Accessible.name: qsTr("Langue de l'interface")
            }
        }
    }
}
