import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// The curriculum's outline: pathways and their sessions, modules and their
// activities, media. Arrows move, Right/Left open and close, Alt+Up/Down
// reorder, and rows can be dragged onto one another.
Pane {
    id: pane
    required property Document doc
    readonly property var nav: doc.navigator
    property alias searchField: search
    property alias list: list
    signal deleteRequested()
    signal addActivityRequested()
    padding: 0
    background: Rectangle { color: Theme.panel }

    function iconFor(kind) {
        switch (kind) {
        case "curriculum": return "▣"
        case "pathway": return "➜"
        case "step": return "•"
        case "module": return "▤"
        case "activity": return "✎"
        default: return ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search
            objectName: "navigatorSearch"
            Layout.fillWidth: true
            Layout.margins: 8
            placeholderText: qsTr("Rechercher… (Ctrl+F)")
            Accessible.name: qsTr("Rechercher dans le cursus")
            onTextChanged: pane.nav.filter = text
            Keys.onDownPressed: list.forceActiveFocus()
            Keys.onEscapePressed: text = ""
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            spacing: 4
            Button {
                text: qsTr("+ Atelier")
                Accessible.name: qsTr("Ajouter un atelier")
                onClicked: pane.doc.addModule()
            }
            Button {
                text: qsTr("+ Activité")
                Accessible.name: qsTr("Ajouter une activité à l'atelier choisi")
                enabled: pane.doc.moduleIndex >= 0
                onClicked: pane.addActivityRequested()
            }
            Button {
                text: qsTr("+ Parcours")
                Accessible.name: qsTr("Ajouter un parcours")
                onClicked: pane.doc.addPathway()
            }
        }

        ListView {
            id: list
            objectName: "navigatorList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 6
            clip: true
            model: pane.nav
            currentIndex: pane.nav.selectedRow
            activeFocusOnTab: true
            keyNavigationEnabled: false
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.Tree
            Accessible.name: qsTr("Plan du cursus")
            ScrollBar.vertical: ScrollBar {}
            property int dragRow: -1
            property int dropRow: -1

            onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)

            function go(row) {
                if (row >= 0 && row < count)
                    pane.nav.activate(row)
            }
            Keys.onPressed: event => {
                const row = currentIndex
                const alt = event.modifiers & Qt.AltModifier
                if (alt && event.key === Qt.Key_Up) { pane.nav.move(row, -1); event.accepted = true }
                else if (alt && event.key === Qt.Key_Down) { pane.nav.move(row, 1); event.accepted = true }
                else if (event.key === Qt.Key_Up) { go(row - 1); event.accepted = true }
                else if (event.key === Qt.Key_Down) { go(row + 1); event.accepted = true }
                else if (event.key === Qt.Key_Home) { go(0); event.accepted = true }
                else if (event.key === Qt.Key_End) { go(count - 1); event.accepted = true }
                else if (event.key === Qt.Key_Right) { pane.nav.setExpanded(row, true); event.accepted = true }
                else if (event.key === Qt.Key_Left) { pane.nav.setExpanded(row, false); event.accepted = true }
                else if (event.key === Qt.Key_Delete) { pane.deleteRequested(); event.accepted = true }
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property string label
                required property string detail
                required property int depth
                required property bool expandable
                required property bool expanded
                required property bool broken
                required property int severity
                readonly property bool section: kind.startsWith("section")
                width: ListView.view.width
                height: section ? 36 : (detail.length > 0 ? 52 : 40)
                highlighted: ListView.isCurrentItem
                leftPadding: 8 + depth * 18
                Accessible.name: label + (detail ? ", " + detail : "") + (broken ? ", " + qsTr("atelier introuvable") : "")
                                 + (severity === 0 ? ", " + qsTr("contient des erreurs") : "")
                onClicked: { pane.nav.activate(index); list.forceActiveFocus() }
                background: Rectangle {
                    color: row.highlighted ? Theme.selection
                         : list.dropRow === row.index ? "#e8f0e0" : "transparent"
                    border.color: row.highlighted && list.activeFocus ? Theme.accent : "transparent"
                    border.width: 2
                }

                DragHandler {
                    id: dragHandler
                    target: null
                    enabled: ["pathway", "step", "module", "activity"].indexOf(row.kind) >= 0
                    onActiveChanged: {
                        if (active) {
                            list.dragRow = row.index
                        } else {
                            if (list.dropRow >= 0 && pane.nav.canDrop(list.dragRow, list.dropRow))
                                pane.nav.drop(list.dragRow, list.dropRow)
                            list.dragRow = -1
                            list.dropRow = -1
                        }
                    }
                    onCentroidChanged: {
                        if (!active)
                            return
                        const p = list.contentItem.mapFromItem(row, centroid.position.x, centroid.position.y)
                        const target = list.indexAt(10, p.y)
                        list.dropRow = pane.nav.canDrop(list.dragRow, target) ? target : -1
                    }
                }

                contentItem: RowLayout {
                    spacing: 6
                    Label {
                        text: row.expandable ? (row.expanded ? "▾" : "▸") : ""
                        Layout.preferredWidth: 14
                        color: Theme.muted
                        TapHandler { onTapped: pane.nav.toggle(row.index) }
                    }
                    Label {
                        text: pane.iconFor(row.kind)
                        color: Theme.muted
                        visible: text.length > 0
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: row.label
                            elide: Text.ElideRight
                            font.bold: row.section || row.kind === "curriculum"
                            font.capitalization: row.section ? Font.SmallCaps : Font.MixedCase
                            color: row.broken ? Theme.error : Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.detail.length > 0
                            textFormat: Text.PlainText
                            text: (row.broken ? "⚠ " : "") + row.detail
                            elide: Text.ElideRight
                            font.pixelSize: Theme.smallFontSize
                            color: row.broken ? Theme.error : Theme.muted
                        }
                    }
                    Rectangle {
                        visible: row.severity >= 0 && row.severity <= 1
                        width: 12; height: 12; radius: 6
                        color: Theme.severityColor(row.severity)
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
}
