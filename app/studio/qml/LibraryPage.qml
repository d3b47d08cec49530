import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Relais.Studio

// The library of installed pathway packs: the list of curricula, the details
// of the one selected, the import of a pack (button or drag and drop), and
// the search through everything installed.
Rectangle {
    id: page
    objectName: "libraryPage"
    required property Studio studio
    property alias controller: library
    readonly property var current: library.selected
    readonly property var hit: library.chosenHit
    readonly property bool hitHere: hit.curriculumId !== undefined && hit.curriculumId === library.selectedId
    signal closeRequested()
    signal openRequested(string path)
    color: Theme.page

    // Opened only when shown, then read again each time: another program
    // (`relais library`) may have changed it.
    onVisibleChanged: if (visible) library.refresh()

    // A pack chosen or dropped while another import runs is ignored: the
    // page offers no way to start one then.
    function importPack(path) {
        library.prepareImport(path)
    }
    function showError(heading, message) {
        errorDialog.title = heading
        errorDialog.message = message
        errorDialog.open()
    }
    function signerText(signed, trusted, name) {
        if (!signed)
            return qsTr("Non signé")
        return trusted ? qsTr("Signé par %1 — éditeur de confiance").arg(name) : qsTr("Signé par %1 — clé inconnue").arg(name)
    }
    function signerColor(signed, trusted) {
        return signed && trusted ? Theme.ok : Theme.warning
    }
    function dateText(date) {
        return date ? date.toLocaleDateString(Qt.locale(page.studio.effectiveLanguage), "d MMMM yyyy") : ""
    }
    function hitPlace(h) {
        switch (h.kind) {
        case "activity": return qsTr("Activité « %1 », dans l'atelier « %2 »").arg(h.title).arg(h.moduleTitle || h.module)
        case "module": return qsTr("Atelier « %1 »").arg(h.title)
        case "pathway": return qsTr("Parcours « %1 »").arg(h.title)
        }
        return qsTr("Présentation du cursus")
    }

    LibraryController {
        id: library
        lang: page.studio.effectiveLanguage
    }

    Shortcut {
        sequence: "Esc"
        enabled: page.visible && library.state === "idle"
        onActivated: page.closeRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // ---- Header -----------------------------------------------------
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: headerRow.implicitHeight + 2 * Theme.spacing
            color: Theme.panel
            border.color: Theme.border
            RowLayout {
                id: headerRow
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                spacing: Theme.spacing
                Button {
                    objectName: "libraryBack"
                    text: qsTr("← Retour")
                    Accessible.name: qsTr("Retour")
                    enabled: !library.busy
                    onClicked: page.closeRequested()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Bibliothèque des parcours")
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                }
                Button {
                    objectName: "libraryImport"
                    text: qsTr("Importer un paquet…")
                    highlighted: true
                    enabled: !library.busy
                    onClicked: packChooser.open()
                }
            }
        }

        // What the last operation did, and a library that cannot be used.
        Rectangle {
            objectName: "libraryNotice"
            Layout.fillWidth: true
            visible: library.notice.kind !== undefined && library.state === "idle"
            implicitHeight: noticeRow.implicitHeight + 16
            color: Qt.tint("white", Qt.rgba(Theme.ok.r, Theme.ok.g, Theme.ok.b, 0.12))
            border.color: Theme.ok
            RowLayout {
                id: noticeRow
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                Label {
                    objectName: "libraryNoticeText"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    textFormat: Text.PlainText
                    text: {
                        const n = library.notice
                        switch (n.kind) {
                        case "installed": return qsTr("« %1 », version %2, est installé dans la bibliothèque.").arg(n.title).arg(n.version)
                        case "import-cancelled": return qsTr("Import de « %1 » annulé : la bibliothèque n'a pas changé.").arg(n.title)
                        case "install-cancelled": return qsTr("Installation de « %1 » annulée : la bibliothèque n'a pas changé.").arg(n.title)
                        case "rolled-back": return qsTr("« %1 » : la version %2 est de nouveau la version active.").arg(n.title).arg(n.version)
                        case "removed": return qsTr("« %1 » a été retiré de la bibliothèque.").arg(n.title)
                        }
                        return ""
                    }
                }
                Button {
                    objectName: "libraryNoticeClose"
                    text: qsTr("Fermer")
                    flat: true
                    Accessible.name: qsTr("Fermer le message")
                    onClicked: library.dismissNotice()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: library.openProblems.length > 0
            wrapMode: Text.Wrap
            color: Theme.error
            font.bold: true
            textFormat: Text.PlainText
            text: library.openProblems.join("\n")
        }

        // ---- Body ---------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            // The curricula, and the search.
            ColumnLayout {
                Layout.preferredWidth: Math.min(440, page.width * 0.36)
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing

                Label {
                    text: qsTr("Parcours installés (%1)").arg(library.curricula.count)
                    font.pixelSize: Theme.fontSize + 3
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    visible: library.curricula.count === 0 && library.isOpen
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    text: qsTr("Aucun parcours pour l'instant.")
                }
                ListView {
                    id: curriculaList
                    objectName: "libraryList"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(contentHeight, page.height * 0.32)
                    visible: count > 0
                    clip: true
                    model: library.curricula
                    currentIndex: library.selectedIndex
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Parcours installés")
                    onCurrentIndexChanged: if (currentIndex >= 0) library.selectedId = library.curricula.get(currentIndex).curriculumId
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string curriculumId
                        required property string title
                        required property string activeVersion
                        required property string publisher
                        required property bool signed
                        required property bool trusted
                        required property string signerName
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        Accessible.name: qsTr("%1, version %2").arg(title).arg(activeVersion)
                        onClicked: { library.selectedId = curriculumId; curriculaList.forceActiveFocus() }
                        background: Rectangle {
                            color: row.highlighted ? Theme.selection : "transparent"
                            border.color: row.highlighted && curriculaList.activeFocus ? Theme.accent : "transparent"
                            border.width: 2
                        }
                        contentItem: Column {
                            spacing: 2
                            Label {
                                width: parent.width
                                textFormat: Text.PlainText
                                text: row.title
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                width: parent.width
                                textFormat: Text.PlainText
                                text: qsTr("Version %1 · %2").arg(row.activeVersion).arg(row.publisher)
                                color: Theme.muted
                                elide: Text.ElideRight
                            }
                            Label {
                                width: parent.width
                                textFormat: Text.PlainText
                                text: page.signerText(row.signed, row.trusted, row.signerName)
                                color: page.signerColor(row.signed, row.trusted)
                                font.pixelSize: Theme.smallFontSize
                                elide: Text.ElideRight
                            }
                        }
                    }
                }

                Label {
                    Layout.topMargin: Theme.spacing
                    visible: library.curricula.count > 0
                    text: qsTr("Rechercher dans la bibliothèque")
                    font.pixelSize: Theme.fontSize + 3
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                TextField {
                    id: searchField
                    objectName: "librarySearch"
                    Layout.fillWidth: true
                    visible: library.curricula.count > 0
                    placeholderText: qsTr("Un mot d'un titre, d'un objectif, d'une consigne…")
                    Accessible.name: qsTr("Rechercher dans la bibliothèque")
                    text: library.searchText
                    onTextEdited: library.searchText = text
                }
                Label {
                    Layout.fillWidth: true
                    visible: library.searchText.trim().length > 0 && library.searchResults.length === 0
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    textFormat: Text.PlainText
                    text: qsTr("Aucun résultat pour « %1 ».").arg(library.searchText.trim())
                }
                ListView {
                    id: resultList
                    objectName: "librarySearchResults"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 2
                    model: library.searchResults
                    keyNavigationEnabled: true
                    activeFocusOnTab: count > 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Résultats de la recherche")
                    Keys.onReturnPressed: if (currentIndex >= 0) library.chooseHit(currentIndex)
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: result
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem && resultList.activeFocus
                        Accessible.name: page.hitPlace(modelData)
                        onClicked: { resultList.currentIndex = index; library.chooseHit(index) }
                        background: Rectangle {
                            color: result.highlighted ? Theme.selection : Theme.panel
                            radius: 3
                        }
                        contentItem: Column {
                            spacing: 2
                            Label {
                                width: parent.width
                                textFormat: Text.PlainText
                                text: page.hitPlace(result.modelData)
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                width: parent.width
                                textFormat: Text.PlainText
                                text: qsTr("dans « %1 »").arg(result.modelData.curriculumTitle)
                                color: Theme.muted
                                font.pixelSize: Theme.smallFontSize
                                elide: Text.ElideRight
                            }
                            Label {
                                width: parent.width
                                text: result.modelData.snippet
                                textFormat: Text.StyledText
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                color: Theme.text
                            }
                        }
                    }
                }
            }

            // ---- The import, or the selected curriculum ----------------------
            ImportPanel {
                objectName: "importPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: library.state !== "idle"
                controller: library
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: library.state === "idle"
                color: "white"
                border.color: Theme.border
                radius: 4

                // Nothing installed: how to start.
                Column {
                    anchors.centerIn: parent
                    width: Math.min(520, parent.width - 2 * Theme.margin)
                    visible: library.curricula.count === 0
                    spacing: Theme.spacing
                    Label {
                        width: parent.width
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.fontSize + 3
                        font.bold: true
                        color: Theme.text
                        text: qsTr("Votre bibliothèque est vide")
                    }
                    Label {
                        width: parent.width
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.muted
                        text: qsTr("Importez un paquet .relais reçu d'un éditeur : choisissez le fichier, ou glissez-le sur cette page.")
                    }
                    Button {
                        objectName: "libraryImportEmpty"
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("Importer un paquet…")
                        highlighted: true
                        font.pixelSize: Theme.fontSize + 2
                        padding: 12
                        onClicked: packChooser.open()
                    }
                }

                ScrollView {
                    id: detailsScroll
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    visible: library.curricula.count > 0 && page.current.curriculumId !== undefined
                    contentWidth: availableWidth
                    clip: true

                    Column {
                        objectName: "libraryDetails"
                        width: detailsScroll.availableWidth
                        spacing: Theme.spacing

                        Label {
                            objectName: "libraryDetailsTitle"
                            width: parent.width
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            text: page.current.title || ""
                            font.pixelSize: Theme.titleFontSize
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                        }
                        Label {
                            width: parent.width
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("Publié par %1. Version active : %2, installée le %3.")
                                  .arg(page.current.publisher).arg(page.current.activeVersion).arg(page.dateText(page.current.installedAt))
                        }
                        Label {
                            width: parent.width
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("%1 parcours, %2 ateliers, %3 activités.")
                                  .arg(page.current.pathways).arg(page.current.modules).arg(page.current.activities)
                        }
                        Label {
                            objectName: "librarySigner"
                            width: parent.width
                            wrapMode: Text.Wrap
                            font.bold: true
                            color: page.signerColor(page.current.signed, page.current.trusted)
                            textFormat: Text.PlainText
                            text: page.signerText(page.current.signed, page.current.trusted, page.current.signerName)
                                  + (page.current.signerFingerprint ? " · " + qsTr("empreinte %1").arg(page.current.signerFingerprint) : "")
                        }
                        Flow {
                            width: parent.width
                            spacing: Theme.spacing
                            Button {
                                objectName: "libraryAdapt"
                                text: qsTr("Ouvrir une copie pour l'adapter…")
                                highlighted: true
                                onClicked: adaptChooser.open()
                            }
                            Button {
                                objectName: "libraryRollback"
                                text: qsTr("Revenir à la version précédente…")
                                enabled: page.current.hasEarlier === true
                                onClicked: rollbackDialog.open()
                            }
                            Button {
                                objectName: "libraryRemove"
                                text: qsTr("Supprimer…")
                                onClicked: removeDialog.open()
                            }
                        }
                        Label {
                            width: parent.width
                            wrapMode: Text.Wrap
                            color: Theme.muted
                            font.pixelSize: Theme.smallFontSize
                            text: qsTr("La bibliothèque garde l'original intact : pour adapter ce parcours à votre structure, travaillez sur une copie.")
                        }

                        // Where the chosen search result is.
                        Rectangle {
                            objectName: "libraryHit"
                            width: parent.width
                            visible: page.hitHere
                            height: hitColumn.implicitHeight + 20
                            color: Theme.selection
                            border.color: Theme.accent
                            radius: 4
                            Column {
                                id: hitColumn
                                x: 10
                                y: 10
                                width: parent.width - 20
                                spacing: 4
                                Label {
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    font.bold: true
                                    color: Theme.text
                                    text: page.hitHere ? qsTr("Trouvé ici : %1").arg(page.hitPlace(page.hit)) : ""
                                }
                                Label {
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    textFormat: Text.StyledText
                                    color: Theme.text
                                    text: page.hitHere ? page.hit.snippet : ""
                                }
                            }
                        }

                        SectionTitle {
                            width: parent.width
                            text: qsTr("Versions installées")
                        }
                        Repeater {
                            objectName: "libraryVersions"
                            model: page.current.versions || []
                            delegate: Label {
                                required property var modelData
                                width: parent.width
                                wrapMode: Text.Wrap
                                font.bold: modelData.active
                                color: Theme.text
                                text: modelData.active
                                      ? qsTr("● Version %1, installée le %2 — version active").arg(modelData.version).arg(page.dateText(modelData.installedAt))
                                      : qsTr("○ Version %1, installée le %2").arg(modelData.version).arg(page.dateText(modelData.installedAt))
                            }
                        }

                        SectionTitle {
                            width: parent.width
                            visible: (library.outline.pathways || []).length > 0
                            text: qsTr("Parcours")
                        }
                        Repeater {
                            model: library.outline.pathways || []
                            delegate: Label {
                                required property var modelData
                                width: parent.width
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.bold: page.hitHere && page.hit.kind === "pathway" && page.hit.id === modelData.id
                                textFormat: Text.PlainText
                                text: "• " + modelData.title
                            }
                        }
                        SectionTitle {
                            width: parent.width
                            visible: (library.outline.modules || []).length > 0
                            text: qsTr("Ateliers")
                        }
                        Repeater {
                            model: library.outline.modules || []
                            delegate: Rectangle {
                                id: moduleRow
                                required property var modelData
                                readonly property bool holdsHit: page.hitHere
                                    && ((page.hit.kind === "module" && page.hit.id === modelData.id)
                                        || (page.hit.kind === "activity" && page.hit.module === modelData.id))
                                width: parent.width
                                height: moduleColumn.implicitHeight + 8
                                color: holdsHit ? Theme.selection : "transparent"
                                radius: 3
                                Column {
                                    id: moduleColumn
                                    x: 4
                                    y: 4
                                    width: parent.width - 8
                                    Label {
                                        width: parent.width
                                        wrapMode: Text.Wrap
                                        color: Theme.text
                                        font.bold: moduleRow.holdsHit
                                        textFormat: Text.PlainText
                                        text: qsTr("• %1 (%n activité(s))", "", moduleRow.modelData.activities.length)
                                              .arg(moduleRow.modelData.title)
                                    }
                                    Label {
                                        width: parent.width
                                        leftPadding: 20
                                        wrapMode: Text.Wrap
                                        visible: moduleRow.holdsHit && page.hit.kind === "activity"
                                        color: Theme.text
                                        textFormat: Text.PlainText
                                        text: visible ? qsTr("→ %1").arg(page.hit.title) : ""
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // A pack dropped anywhere on the page is imported.
    DropArea {
        id: drop
        anchors.fill: parent
        enabled: !library.busy
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls && Array.from(drag.urls).some(u => library.isPackUrl(u))
        onDropped: drop => {
            const pack = Array.from(drop.urls).find(u => library.isPackUrl(u))
            if (pack) {
                page.importPack(page.studio.toLocalFile(pack))
                drop.accept()
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: drop.containsDrag
        color: "#cc1d5fa8"
        Label {
            anchors.centerIn: parent
            width: parent.width - 80
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Déposez le paquet pour l'importer dans la bibliothèque")
            color: "white"
            font.pixelSize: Theme.titleFontSize
            font.bold: true
        }
    }

    // ---- Dialogs ----------------------------------------------------------

    FileDialog {
        id: packChooser
        title: qsTr("Importer un paquet dans la bibliothèque")
        nameFilters: [qsTr("Paquets Relais (*.relais)")]
        onAccepted: page.importPack(page.studio.toLocalFile(selectedFile))
    }
    FolderDialog {
        id: adaptChooser
        title: qsTr("Choisir où enregistrer la copie à adapter")
        currentFolder: page.studio.fromLocalFile(page.studio.defaultFolder)
        onAccepted: {
            const path = library.copyForAdaptation(library.selectedId, page.studio.toLocalFile(selectedFolder))
            if (path)
                page.openRequested(path)
            else
                page.showError(qsTr("Copie impossible"), library.lastError)
        }
    }
    Dialog {
        id: rollbackDialog
        objectName: "libraryRollbackDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, page.width - 60)
        modal: true
        title: qsTr("Revenir à la version précédente")
        Label {
            objectName: "libraryRollbackText"
            width: rollbackDialog.availableWidth
            wrapMode: Text.Wrap
            // Only while shown: a hidden dialog does not lay out text it cannot show.
            textFormat: Text.PlainText
            text: !rollbackDialog.visible ? ""
                : qsTr("« %1 » reviendra à la version %2. La version %3 reste installée : vous pourrez y revenir.")
                  .arg(page.current.title).arg(page.current.previousVersion).arg(page.current.activeVersion)
        }
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: {
            standardButton(Dialog.Ok).text = qsTr("Revenir à la version %1").arg(page.current.previousVersion)
            standardButton(Dialog.Cancel).text = qsTr("Annuler")
        }
        onAccepted: if (!library.rollback(library.selectedId)) page.showError(qsTr("Retour impossible"), library.lastError)
    }
    Dialog {
        id: removeDialog
        objectName: "libraryRemoveDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, page.width - 60)
        modal: true
        title: qsTr("Supprimer de la bibliothèque")
        Label {
            width: removeDialog.availableWidth
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: !removeDialog.visible ? ""
                : qsTr("Supprimer « %1 » et ses %n version(s) de la bibliothèque ? Vos copies adaptées ne sont pas touchées.", "",
                       (page.current.versions || []).length).arg(page.current.title)
        }
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: {
            standardButton(Dialog.Ok).text = qsTr("Supprimer")
            standardButton(Dialog.Cancel).text = qsTr("Annuler")
        }
        onAccepted: if (!library.remove(library.selectedId)) page.showError(qsTr("Suppression impossible"), library.lastError)
    }
    Dialog {
        id: errorDialog
        property string message
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, page.width - 60)
        modal: true
        standardButtons: Dialog.Ok
        Label { textFormat: Text.PlainText; width: errorDialog.availableWidth; text: errorDialog.message; wrapMode: Text.Wrap }
    }
}
