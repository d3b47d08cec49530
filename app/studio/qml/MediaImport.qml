import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Relais.Studio

// Importing a media file: chosen in a dialog or dropped, copied into media/,
// then its description (alt text, or transcript for sound and video) is asked
// at once, since learners who cannot see or hear it depend on it.
Item {
    id: importer
    required property Document doc
    property string kind  // "image", "audio", "video" or "" for any
    signal imported(int index, string id)

    function choose() { fileDialog.open() }
    function importUrls(urls) {
        let last = -1
        for (const url of urls) {
            const i = doc.importMedia(url)
            if (i >= 0)
                last = i
        }
        if (last >= 0) {
            describe.index = last
            describe.open()
        } else if (doc.lastError.length > 0) {
            failed.open()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Importer un média")
        fileMode: FileDialog.OpenFiles
        nameFilters: importer.kind === "image" ? [qsTr("Images (*.png *.jpg *.jpeg *.svg *.webp *.gif)")]
                   : importer.kind === "audio" ? [qsTr("Sons (*.mp3 *.ogg *.oga *.m4a *.wav)")]
                   : importer.kind === "video" ? [qsTr("Vidéos (*.mp4 *.webm)")]
                   : [qsTr("Médias (*.png *.jpg *.jpeg *.svg *.webp *.gif *.mp3 *.ogg *.oga *.m4a *.wav *.mp4 *.webm *.vtt)")]
        onAccepted: importer.importUrls(selectedFiles)
    }

    Dialog {
        id: failed
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Import impossible")
        standardButtons: Dialog.Ok
        Label { textFormat: Text.PlainText; text: importer.doc.lastError; wrapMode: Text.Wrap; width: 460 }
    }

    Dialog {
        id: describe
        objectName: "describeMediaDialog"
        property int index: -1
        readonly property var media: index >= 0 && importer.doc.revision >= 0 ? importer.doc.mediaData(index) : ({})
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, parent ? parent.width - 40 : 640)
        modal: true
        title: media.isTimeBased ? qsTr("Transcription du média") : qsTr("Description de l'image")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: descriptionField.forceActiveFocus()
        onAccepted: {
            if (media.isTimeBased)
                importer.doc.setMediaField(index, "transcript", descriptionField.text)
            else
                importer.doc.setMediaField(index, "alt", descriptionField.text)
            importer.imported(index, media.id)
            descriptionField.text = ""
        }
        onRejected: { importer.imported(index, media.id); descriptionField.text = "" }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Image {
                visible: describe.media.isImage === true
                source: describe.media.url || ""
                sourceSize.height: 200
                fillMode: Image.PreserveAspectFit
                Layout.preferredHeight: 200
                Layout.fillWidth: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: describe.media.isTimeBased
                      ? qsTr("Écrivez ce qui est dit et entendu, pour les personnes qui n'entendent pas le son.")
                      : qsTr("Décrivez ce que montre l'image, pour les personnes qui ne la voient pas (lecteur d'écran). Par exemple : « Écran d'accueil de la messagerie, le bouton Écrire en haut à gauche ».")
            }
            TextArea {
                id: descriptionField
                Layout.fillWidth: true
                Layout.preferredHeight: 110
                wrapMode: TextEdit.Wrap
                Accessible.name: describe.title
            }
        }
    }
}
