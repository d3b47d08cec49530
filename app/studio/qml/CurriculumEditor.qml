import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

EditorPage {
    id: page
    required property Document doc
    signal newVersionRequested()
    readonly property var d: doc.revision >= 0 ? doc.curriculumData() : ({})
    heading: d.title || qsTr("Cursus")
    context: qsTr("Cursus · version %1").arg(d.version || "")

    Label {
        text: qsTr("%1 parcours · %2 ateliers · %3 médias").arg(d.pathwayCount).arg(d.moduleCount).arg(d.mediaCount)
        color: Theme.muted
    }
    TextRow {
        label: qsTr("Titre"); required: true; fieldKey: "title"; value: page.d.title || ""
        onEdited: t => page.doc.setCurriculumField("title", t)
    }
    TextRow {
        label: qsTr("Sous-titre"); fieldKey: "subtitle"; value: page.d.subtitle || ""
        onEdited: t => page.doc.setCurriculumField("subtitle", t)
    }
    AreaRow {
        label: qsTr("Présentation"); fieldKey: "summary"; value: page.d.summary || ""
        help: qsTr("Ce que les relais numériques lisent en découvrant le cursus.")
        onEdited: t => page.doc.setCurriculumField("summary", t)
    }
    AreaRow {
        label: qsTr("Publics"); fieldKey: "audiences"; format: "lines"; minimumLines: 2; value: page.d.audiences || ""
        help: qsTr("Un public par ligne, par exemple « seniors » ou « jeunes ».")
        onEdited: t => page.doc.setCurriculumField("audiences", t)
    }
    SectionTitle { text: qsTr("Éditeur et licence") }
    TextRow {
        label: qsTr("Éditeur"); required: true; fieldKey: "publisher"; value: page.d.publisher || ""
        onEdited: t => page.doc.setCurriculumField("publisher", t)
    }
    TextRow {
        label: qsTr("Site de l'éditeur"); fieldKey: "publisherUrl"; value: page.d.publisherUrl || ""
        placeholder: "https://"
        onEdited: t => page.doc.setCurriculumField("publisherUrl", t)
    }
    TextRow {
        label: qsTr("Licence"); fieldKey: "licence"; value: page.d.licence || ""
        help: qsTr("Par exemple CC-BY-SA-4.0.")
        onEdited: t => page.doc.setCurriculumField("licence", t)
    }
    SectionTitle { text: qsTr("Auteurs") }
    Repeater {
        model: page.d.authors || []
        delegate: RowLayout {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                property string fieldKey: "authors/" + index + "/name"
                Layout.fillWidth: true
                text: modelData.name
                placeholderText: qsTr("Nom")
                Accessible.name: qsTr("Nom de l'auteur %1").arg(index + 1)
                onTextEdited: page.doc.setCurriculumItemField("authors", index, "name", text)
            }
            TextField {
                Layout.preferredWidth: 220
                text: modelData.role
                placeholderText: qsTr("Rôle")
                Accessible.name: qsTr("Rôle de l'auteur %1").arg(index + 1)
                onTextEdited: page.doc.setCurriculumItemField("authors", index, "role", text)
            }
            Button {
                text: qsTr("Retirer")
                Accessible.name: qsTr("Retirer l'auteur %1").arg(index + 1)
                onClicked: page.doc.removeCurriculumItem("authors", index)
            }
        }
    }
    Button {
        text: qsTr("Ajouter un auteur")
        onClicked: page.doc.addCurriculumItem("authors")
    }
    SectionTitle { text: qsTr("Versions") }
    // The version changes only through a new release, which records what changed.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            objectName: "curriculumVersion"
            text: qsTr("Version actuelle : %1").arg(page.d.version || "")
            font.bold: true
            color: Theme.text
        }
        Button {
            objectName: "curriculumNewVersion"
            text: qsTr("Nouvelle version…")
            onClicked: page.newVersionRequested()
        }
    }
    Repeater {
        model: page.d.changelog || []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: modelData.version + " (" + modelData.date + ") — " + modelData.changes.join(" ; ")
        }
    }
    Item { implicitHeight: Theme.margin }
}
