import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// What the Studio shows with nothing open: the usual ways in, the recent
// curricula, and the ones shipped with Relais.
ScrollView {
    id: page
    required property Studio studio
    signal openFolderRequested()
    signal openPackRequested()
    signal newRequested(string templatePath)
    signal openRequested(string path)
    signal libraryRequested()
    // A .relais file dropped on the page, to import into the library.
    signal packDropped(string path)
    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(760, page.availableWidth - 40)
        x: (page.availableWidth - width) / 2
        spacing: 18

        Item { implicitHeight: 30 }
        Label {
            text: qsTr("Relais Studio")
            font.pixelSize: 30
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("Composez les ateliers et les parcours de vos relais numériques.")
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "welcomeOpenFolder"
                text: qsTr("Ouvrir un dossier…")
                highlighted: true
                onClicked: page.openFolderRequested()
            }
            Button {
                text: qsTr("Ouvrir un paquet .relais…")
                onClicked: page.openPackRequested()
            }
            Button {
                text: qsTr("Nouveau cursus…")
                onClicked: page.newRequested("")
            }
        }

        SectionTitle { text: qsTr("Bibliothèque des parcours") }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("Les parcours reçus en paquets .relais, installés sur cet ordinateur. Glissez un paquet sur cette page pour l'importer.")
        }
        Button {
            objectName: "welcomeLibrary"
            text: qsTr("Ouvrir la bibliothèque")
            onClicked: page.libraryRequested()
        }

        SectionTitle {
            visible: page.studio.recentFiles.length > 0
            text: qsTr("Ouverts récemment")
        }
        Repeater {
            model: page.studio.recentFiles
            delegate: ItemDelegate {
                required property string modelData
                Layout.fillWidth: true
                text: page.studio.fileName(modelData) + " — " + page.studio.nativePath(modelData)
                // A name is shown as typed, never read as markup.
                contentItem: Label { text: parent.text; textFormat: Text.PlainText; elide: Text.ElideRight }
                enabled: page.studio.exists(modelData)
                onClicked: page.openRequested(modelData)
            }
        }

        SectionTitle { text: qsTr("Partir d'un cursus existant") }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("Une copie est créée dans le dossier de votre choix ; l'original ne change pas.")
        }
        Repeater {
            model: page.studio.templates
            delegate: ItemDelegate {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.title
                contentItem: Label { text: parent.text; textFormat: Text.PlainText; elide: Text.ElideRight }
                onClicked: page.newRequested(modelData.path)
            }
        }
    }

    DropArea {
        parent: page
        anchors.fill: parent
        keys: ["text/uri-list"]
        function pack(urls) {
            return Array.from(urls).find(u => String(u).startsWith("file:") && String(u).toLowerCase().endsWith(".relais"))
        }
        onEntered: drag => drag.accepted = drag.hasUrls && pack(drag.urls) !== undefined
        onDropped: drop => {
            const url = pack(drop.urls)
            if (url !== undefined) {
                page.packDropped(page.studio.toLocalFile(url))
                drop.accept()
            }
        }
    }
}
