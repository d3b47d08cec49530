import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// A multi-line field. What is typed is sent as it is typed; the value coming
// back (normalised: empty lines dropped, markup tidied) only replaces the text
// when it means something else, so the cursor never jumps while typing.
FormRow {
    id: row
    property string value
    property string fieldKey
    problemKey: fieldKey
    property string placeholder
    // "markup": rich text (paragraphs, lists, **bold**, *emphasis*, [links](…));
    // "lines": one entry per line; "text": one long line, wrapped on screen.
    property string format: "markup"
    property int minimumLines: 3
    signal edited(string text)

    function normalized(t) {
        if (format === "lines")
            return t.split("\n").map(l => l.trim()).filter(l => l.length > 0).join("\n")
        if (format === "text")
            return t.replace(/\s*\n\s*/g, " ")
        return Markup.normalize(t)
    }

    onValueChanged: if (normalized(area.text) !== value) area.text = value
    Component.onCompleted: area.text = value

    TextArea {
        Layout.fillWidth: true
        id: area
        property string fieldKey: row.fieldKey
        Layout.preferredHeight: Math.max(implicitHeight, row.minimumLines * 22 + 16)
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderText: row.placeholder
        background: Rectangle {
            color: "white"
            border.color: area.activeFocus ? Theme.accent : Theme.border
            border.width: area.activeFocus ? 2 : 1
            radius: 2
        }
        Accessible.name: row.label
        Accessible.description: row.help
        // Tab leaves the field: trainers move through forms with it.
        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
        Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
        onTextChanged: if (activeFocus && row.normalized(text) !== row.value) row.edited(row.format === "text" ? row.normalized(text) : text)
    }
    Label {
        visible: row.format === "markup" && area.activeFocus
        text: qsTr("Une ligne vide sépare les paragraphes ; « - » commence une puce ; **gras**, *italique*, [texte](https://lien).")
        color: Theme.muted
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
