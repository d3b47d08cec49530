import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

EditorPage {
    id: page
    required property Document doc
    readonly property var media: doc.revision >= 0 ? doc.mediaList() : []
    readonly property var unused: doc.revision >= 0 ? doc.unusedMedia() : []
    readonly property int selected: doc.mediaIndex
    heading: qsTr("Médias")
    context: qsTr("%1 fichiers dans media/").arg(media.length)

    header: [
        Button {
            text: qsTr("Importer…")
            onClicked: importer.choose()
        }
    ]

    MediaImport {
        id: importer
        doc: page.doc
        onImported: (index, id) => page.doc.select("media", index)
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("Glissez des images, des sons ou des vidéos sur la fenêtre pour les importer. Chaque image a besoin d'une description, chaque son ou vidéo d'une transcription.")
    }

    SectionTitle {
        visible: page.unused.length > 0
        text: qsTr("Médias inutilisés (%1)").arg(page.unused.length)
    }
    Repeater {
        model: page.unused
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: modelData.href
                elide: Text.ElideMiddle
            }
            Button {
                text: qsTr("Retirer du cursus")
                Accessible.name: qsTr("Retirer %1 du cursus").arg(modelData.href)
                onClicked: page.doc.removeMedia(modelData.index)
            }
        }
    }

    SectionTitle { text: qsTr("Tous les médias") }
    Repeater {
        model: page.media
        delegate: Rectangle {
            id: card
            required property var modelData
            required property int index
            property string fieldKey: "media/" + index
            Layout.fillWidth: true
            implicitHeight: cardRow.implicitHeight + 20
            color: card.index === page.selected ? Theme.selection : "white"
            border.color: Theme.border
            radius: 4
            RowLayout {
                id: cardRow
                x: 10
                y: 10
                width: card.width - 20
                spacing: Theme.spacing
                Rectangle {
                    Layout.preferredWidth: 160
                    Layout.preferredHeight: 110
                    Layout.alignment: Qt.AlignTop
                    color: Theme.panel
                    Image {
                        anchors.fill: parent
                        anchors.margins: 2
                        source: card.modelData.isImage ? card.modelData.url : ""
                        sourceSize.width: 320
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: !card.modelData.isImage
                        text: card.modelData.type
                        color: Theme.muted
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 6
                    Label { textFormat: Text.PlainText; text: card.modelData.href; font.bold: true; Layout.fillWidth: true; elide: Text.ElideMiddle }
                    Label {
                        text: qsTr("%1 · %2 Ko").arg(card.modelData.type).arg(Math.max(1, Math.round(card.modelData.size / 1024)))
                        color: Theme.muted
                    }
                    AreaRow {
                        visible: card.modelData.isImage
                        format: "text"
                        minimumLines: 2
                        label: qsTr("Description (texte alternatif)")
                        required: true
                        fieldKey: "alt"
                        value: card.modelData.alt
                        onEdited: t => page.doc.setMediaField(card.index, "alt", t)
                    }
                    AreaRow {
                        visible: card.modelData.isTimeBased
                        label: qsTr("Transcription")
                        required: true
                        fieldKey: "transcript"
                        value: card.modelData.transcript
                        onEdited: t => page.doc.setMediaField(card.index, "transcript", t)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TextRow {
                            label: qsTr("Crédit")
                            value: card.modelData.credit
                            onEdited: t => page.doc.setMediaField(card.index, "credit", t)
                        }
                        TextRow {
                            label: qsTr("Licence")
                            value: card.modelData.licence
                            onEdited: t => page.doc.setMediaField(card.index, "licence", t)
                        }
                    }
                }
            }
        }
    }
    Item { implicitHeight: Theme.margin }
}
