import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// Another version of the curriculum (left) against the open one as it is now
// (right): the changes grouped, each with its badge and sentence; the one
// selected shows its fields before and after, side by side, and "Aller à"
// brings the editor to it.
Dialog {
    id: view
    required property Document doc
    required property Studio studio
    property alias controller: versions
    property int current: -1

    title: qsTr("Comparer avec une autre version")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width - 40 : 1200
    height: parent ? parent.height - 40 : 760

    VersionController {
        id: versions
        document: view.doc
        onStateChanged: {
            view.current = state === "done" && changes.count > 0 ? 0 : -1
            changeList.currentIndex = view.current
        }
    }

    // Again with the document as it is now, against the version chosen before.
    function openFor() {
        if (versions.state === "done")
            versions.refresh()
        open()
    }
    function compareWith(path) { versions.compareWith(path) }
    onOpened: versions.state === "done" ? changeList.forceActiveFocus() : picker.takeFocus()

    function badgeColor(change) {
        return change === "added" ? Theme.ok
             : change === "removed" ? Theme.error
             : change === "moved" ? Theme.accent
             : change === "renamed" ? "#6b3fa0" : Theme.warning
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: versions.state === "done"
                      ? qsTr("À gauche : la version %1 (%2).").arg(versions.otherVersion).arg(view.studio.nativePath(versions.otherPath))
                      : qsTr("Choisissez l'autre version du cursus : son dossier ou son paquet .relais.")
            }
            SourcePicker {
                id: picker
                objectName: "compareSource"
                studio: view.studio
                what: qsTr("l'autre version")
                enabled: !versions.running
                onPicked: path => versions.compareWith(path)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: versions.state === "done"
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("À droite : ce cursus tel qu'il est maintenant, version %1, modifications non enregistrées comprises.")
                  .arg(versions.currentVersion)
        }
        Label {
            objectName: "compareSuggestion"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.bold: true
            color: versions.state === "failed" ? Theme.error : Theme.text
            text: versions.state === "running" ? qsTr("Comparaison en cours…")
                : versions.state === "failed" ? versions.error
                : versions.suggestion
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16
            visible: versions.state === "done" && versions.changes.count > 0

            ListView {
                id: changeList
                objectName: "compareChanges"
                Layout.preferredWidth: parent.width * 0.45
                Layout.minimumWidth: 320
                Layout.fillHeight: true
                clip: true
                model: versions.changes
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Changements")
                onCurrentIndexChanged: view.current = currentIndex
                section.property: "group"
                section.delegate: Label {
                    required property string section
                    width: ListView.view.width
                    topPadding: 10
                    bottomPadding: 4
                    textFormat: Text.PlainText
                    text: section
                    font.bold: true
                    font.pixelSize: Theme.fontSize + 2
                    Accessible.role: Accessible.Heading
                }
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string change
                    required property string badge
                    required property string sentence
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    Accessible.name: qsTr("%1 : %2").arg(badge).arg(sentence)
                    onClicked: { changeList.currentIndex = row.index; changeList.forceActiveFocus() }
                    contentItem: RowLayout {
                        spacing: 10
                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            // One width for all, so that the sentences line up.
                            implicitWidth: Math.max(badgeText.implicitWidth + 14, 100)
                            implicitHeight: badgeText.implicitHeight + 6
                            radius: 4
                            color: view.badgeColor(row.change)
                            Label {
                                id: badgeText
                                anchors.centerIn: parent
                                textFormat: Text.PlainText
                                text: row.badge
                                color: "white"
                                font.bold: true
                                font.pixelSize: Theme.smallFontSize
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: row.sentence
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                    }
                    background: Rectangle {
                        color: row.highlighted ? Theme.selection : "transparent"
                        border.color: row.highlighted && changeList.activeFocus ? Theme.accent : "transparent"
                        border.width: 2
                    }
                }
                ScrollBar.vertical: ScrollBar {}
            }

            ScrollView {
                id: detail
                objectName: "compareDetail"
                // Its content follows its width: without a preferred width of its own it would claim the list's.
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true
                // The state too: a new comparison may keep the row number and change its content.
                readonly property bool shown: versions.state === "done" && view.current >= 0 && view.doc.lang.length > 0
                readonly property var entry: shown ? versions.changes.get(view.current) : ({})
                readonly property var fields: shown ? versions.changes.fields(view.current) : []

                Column {
                    width: detail.availableWidth - 4  // the boxes' right border stays inside the clip
                    spacing: 10
                    visible: view.current >= 0

                    Label {
                        width: parent.width
                        wrapMode: Text.Wrap
                        font.bold: true
                        textFormat: Text.PlainText
                        text: detail.entry.sentence || ""
                    }
                    Button {
                        objectName: "compareGoTo"
                        text: qsTr("Aller à")
                        enabled: view.current >= 0 && view.doc.revision >= 0 && versions.canGoTo(view.current)
                        Accessible.description: qsTr("Montre cet élément dans l'éditeur")
                        onClicked: if (versions.goTo(view.current)) view.close()
                    }
                    Row {
                        width: parent.width
                        spacing: 12
                        Label {
                            width: (parent.width - 12) / 2
                            font.bold: true
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            text: qsTr("Avant (version %1)").arg(versions.otherVersion)
                        }
                        Label {
                            width: (parent.width - 12) / 2
                            font.bold: true
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            text: qsTr("Maintenant (version %1)").arg(versions.currentVersion)
                        }
                    }
                    Repeater {
                        model: detail.fields
                        delegate: Column {
                            id: fieldPair
                            required property var modelData
                            width: parent.width
                            spacing: 4
                            Label {
                                width: parent.width
                                wrapMode: Text.Wrap
                                font.bold: true
                                textFormat: Text.PlainText
                                text: fieldPair.modelData.label
                            }
                            Row {
                                width: parent.width
                                spacing: 12
                                Repeater {
                                    model: [fieldPair.modelData.before, fieldPair.modelData.after]
                                    delegate: Rectangle {
                                        id: value
                                        required property string modelData
                                        required property int index
                                        width: (parent.width - 12) / 2
                                        height: valueText.implicitHeight + 16
                                        color: index === 0 ? "#fbeaea" : "#e8f3ea"
                                        border.color: Theme.border
                                        radius: 4
                                        Label {
                                            id: valueText
                                            x: 8
                                            y: 8
                                            width: parent.width - 16
                                            wrapMode: Text.Wrap
                                            textFormat: Text.PlainText
                                            text: value.modelData.length > 0 ? value.modelData : qsTr("(absent)")
                                            color: value.modelData.length > 0 ? Theme.text : Theme.muted
                                            font.italic: value.modelData.length === 0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !(versions.state === "done" && versions.changes.count > 0)
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "compareRefresh"
            text: qsTr("Comparer de nouveau")
            visible: versions.state === "done"
            onClicked: versions.refresh()
        }
        Button {
            text: qsTr("Fermer")
            onClicked: view.close()
        }
    }
}
