import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// What validation found, as the trainer types; Enter or a click goes to the field.
Pane {
    id: panel
    required property Document doc
    signal goTo(int row)
    padding: 0
    background: Rectangle { color: Theme.panel }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            Label {
                text: qsTr("Vérification")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                color: Theme.muted
                text: panel.doc.diagnostics.running ? qsTr("vérification en cours…")
                    : list.count === 0 ? qsTr("Aucun problème trouvé.")
                    : qsTr("%n erreur(s)", "", panel.doc.diagnostics.errorCount) + " · "
                      + qsTr("%n avertissement(s)", "", panel.doc.diagnostics.warningCount)
            }
        }
        ListView {
            id: list
            objectName: "diagnosticsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.doc.diagnostics
            activeFocusOnTab: true
            keyNavigationEnabled: true
            currentIndex: -1
            Accessible.name: qsTr("Problèmes trouvés")
            Keys.onReturnPressed: if (currentIndex >= 0) panel.goTo(currentIndex)
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string severity
                required property string message
                required property string place
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: (severity === "error" ? qsTr("Erreur") : severity === "warning" ? qsTr("Avertissement") : qsTr("Information")) + " : " + message
                onClicked: { list.currentIndex = index; panel.goTo(index) }
                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        Layout.preferredWidth: 84
                        Layout.preferredHeight: 22
                        Layout.alignment: Qt.AlignTop
                        radius: 3
                        color: Theme.severityColor(row.severity)
                        Label {
                            anchors.centerIn: parent
                            color: "white"
                            font.pixelSize: Theme.smallFontSize
                            font.bold: true
                            text: row.severity === "error" ? qsTr("Erreur") : row.severity === "warning" ? qsTr("Attention") : qsTr("Info")
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: row.message
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: row.place
                        color: Theme.muted
                        font.pixelSize: Theme.smallFontSize
                        Layout.alignment: Qt.AlignTop
                    }
                }
            }
        }
    }
}
