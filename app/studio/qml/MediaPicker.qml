import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// Chooses one media asset (by id) of a kind, with thumbnails; a new file can
// be imported from here.
ColumnLayout {
    id: picker
    required property Document doc
    property string value
    property string kind: "image"
    property string fieldKey
    property string label
    // Adding to a list: no current media to show, only the ways to add one.
    property bool adding: false
    signal chosen(string id)
    spacing: 6

    readonly property var media: doc.revision >= 0 && value !== "" ? doc.mediaData(doc.mediaList().findIndex(x => x.id === value)) : ({})

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Rectangle {
            visible: !picker.adding
            Layout.preferredWidth: 120
            Layout.preferredHeight: 80
            color: Theme.panel
            border.color: Theme.border
            Image {
                anchors.fill: parent
                anchors.margins: 2
                visible: picker.media.isImage === true
                source: picker.media.isImage ? picker.media.url : ""
                sourceSize.width: 240
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }
            Label {
                anchors.centerIn: parent
                visible: picker.media.isImage !== true
                text: picker.value === "" ? qsTr("aucun") : picker.kind === "image" ? "⚠" : "♪"
                color: Theme.muted
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Label {
                visible: !picker.adding
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                textFormat: Text.PlainText
                text: picker.value === "" ? qsTr("Aucun média choisi")
                      : picker.media.href ? picker.media.href : qsTr("⚠ média introuvable : %1").arg(picker.value)
                color: picker.value !== "" && !picker.media.href ? Theme.error : Theme.text
            }
            RowLayout {
                Button {
                    property string fieldKey: picker.fieldKey
                    text: picker.adding ? qsTr("Ajouter un média…") : qsTr("Choisir…")
                    Accessible.name: qsTr("Choisir : %1").arg(picker.label)
                    onClicked: chooser.open()
                }
                Button {
                    text: qsTr("Importer…")
                    Accessible.name: qsTr("Importer un fichier pour : %1").arg(picker.label)
                    onClicked: importer.choose()
                }
            }
        }
    }

    MediaImport {
        id: importer
        doc: picker.doc
        kind: picker.kind
        onImported: (index, id) => picker.chosen(id)
    }

    Popup {
        id: chooser
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(720, parent ? parent.width - 40 : 720)
        height: Math.min(520, parent ? parent.height - 40 : 520)
        modal: true
        focus: true
        onOpened: grid.forceActiveFocus()
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Choisir un média"); font.bold: true; font.pixelSize: Theme.fontSize + 2 }
            GridView {
                id: grid
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                cellWidth: 170
                cellHeight: 150
                model: chooser.opened ? picker.doc.mediaList(picker.kind) : []
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Keys.onReturnPressed: { picker.chosen(model[currentIndex].id); chooser.close() }
                delegate: ItemDelegate {
                    id: cell
                    required property var modelData
                    required property int index
                    width: 160
                    height: 140
                    highlighted: GridView.isCurrentItem
                    Accessible.name: modelData.alt || modelData.href
                    onClicked: { picker.chosen(modelData.id); chooser.close() }
                    contentItem: ColumnLayout {
                        Image {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 96
                            source: cell.modelData.isImage ? cell.modelData.url : ""
                            sourceSize.width: 300
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                        }
                        Label {
                            Layout.fillWidth: true
                            text: cell.modelData.id
                            elide: Text.ElideMiddle
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Button { text: qsTr("Aucun"); onClicked: { picker.chosen(""); chooser.close() } }
                Item { Layout.fillWidth: true }
                Button { text: qsTr("Annuler"); onClicked: chooser.close() }
            }
        }
    }
}
