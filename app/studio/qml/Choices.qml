pragma Singleton
import QtQuick

// The format's fixed vocabularies, with their names in the interface.
QtObject {
    readonly property var modalities: [
        { value: "", text: qsTr("non précisée") },
        { value: "collectif", text: qsTr("En groupe") },
        { value: "individuel", text: qsTr("En individuel") },
        { value: "mixte", text: qsTr("Mixte") }
    ]
    readonly property var levels: [
        { value: "", text: qsTr("non précisé") },
        { value: "debutant", text: qsTr("Débutant") },
        { value: "intermediaire", text: qsTr("Intermédiaire") },
        { value: "confirme", text: qsTr("Confirmé") }
    ]
    readonly property var equipment: [
        { value: "ordinateur", text: qsTr("Ordinateur") },
        { value: "smartphone", text: qsTr("Smartphone") },
        { value: "tablette", text: qsTr("Tablette") },
        { value: "videoprojecteur", text: qsTr("Vidéoprojecteur") },
        { value: "imprimante", text: qsTr("Imprimante") },
        { value: "connexion", text: qsTr("Connexion internet") },
        { value: "casque", text: qsTr("Casque audio") },
        { value: "papier", text: qsTr("Papier") },
        { value: "autre", text: qsTr("Autre") }
    ]
}
