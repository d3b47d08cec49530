import QtQuick
import QtQuick.Controls
import Relais.Studio

// The versions' actions and screens, kept together so that the main window
// only places their menu entries: a new version, the comparison with another
// version, and the merge of an upstream update into a local adaptation.
Item {
    id: tools
    required property Document doc
    required property Studio studio
    readonly property alias newVersionAction: newVersionAction
    readonly property alias compareAction: compareAction
    readonly property alias mergeAction: mergeAction

    Action {
        id: newVersionAction
        text: qsTr("Nouvelle version…")
        enabled: tools.doc.isOpen
        onTriggered: newVersionDialog.openFor()
    }
    Action {
        id: compareAction
        text: qsTr("Comparer avec une autre version…")
        enabled: tools.doc.isOpen
        onTriggered: compareView.openFor()
    }
    Action {
        id: mergeAction
        text: qsTr("Intégrer une mise à jour…")
        enabled: tools.doc.isOpen
        onTriggered: mergeView.openFor()
    }

    NewVersionDialog {
        id: newVersionDialog
        objectName: "newVersionDialog"
        doc: tools.doc
        studio: tools.studio
    }
    CompareView {
        id: compareView
        objectName: "compareView"
        doc: tools.doc
        studio: tools.studio
    }
    MergeView {
        id: mergeView
        objectName: "mergeView"
        doc: tools.doc
        studio: tools.studio
    }
}
