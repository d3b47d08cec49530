import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Relais.Studio

// Chooses a version of a curriculum: its folder, or its .relais pack.
// The buttons are named after the picker: <objectName>Folder, <objectName>Pack.
Row {
    id: picker
    required property Studio studio
    // What is being chosen, for the dialogs' titles and screen readers ("la version précédente").
    property string what
    signal picked(string path)
    spacing: Theme.spacing

    function takeFocus() { folderButton.forceActiveFocus() }

    Button {
        id: folderButton
        objectName: picker.objectName + "Folder"
        text: qsTr("Un dossier…")
        Accessible.name: qsTr("Choisir le dossier de %1").arg(picker.what)
        onClicked: folderDialog.open()
    }
    Button {
        objectName: picker.objectName + "Pack"
        text: qsTr("Un paquet .relais…")
        Accessible.name: qsTr("Choisir le paquet de %1").arg(picker.what)
        onClicked: packDialog.open()
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choisir le dossier de %1").arg(picker.what)
        onAccepted: picker.picked(picker.studio.toLocalFile(selectedFolder))
    }
    FileDialog {
        id: packDialog
        title: qsTr("Choisir le paquet de %1").arg(picker.what)
        nameFilters: [qsTr("Paquets Relais (*.relais)")]
        onAccepted: picker.picked(picker.studio.toLocalFile(selectedFile))
    }
}
