import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The frame of every editor: a heading, what it belongs to, and a scrolling
// form. focusField() brings the trainer to the field a diagnostic is about.
ScrollView {
    id: page
    property string heading
    property string context
    default property alias content: column.data
    property alias header: headerRow.data
    contentWidth: availableWidth
    clip: true

    function findField(item, key) {
        // The control itself (it takes focus from Tab), not the row around it.
        if (item.fieldKey !== undefined && item.fieldKey === key && item.visible && item.activeFocusOnTab === true)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findField(kids[i], key)
            if (found)
                return found
        }
        return null
    }
    // What the last validation says about a field of the object shown ("" when nothing).
    readonly property int problemsVersion: page.doc ? page.doc.revision + page.doc.diagnostics.revision : 0
    function problemFor(key) {
        return page.doc && key ? page.doc.fieldProblem(key) : ""
    }

    // The field itself, or the closest one above it ("choices/1/text", then "choices/1", then "choices").
    function focusField(key) {
        let k = key
        while (k.length > 0) {
            const item = findField(column, k)
            if (item) {
                item.forceActiveFocus(Qt.OtherFocusReason)
                const y = item.mapToItem(column, 0, 0).y
                const flick = page.contentItem
                if (y < flick.contentY || y > flick.contentY + page.height - 80)
                    flick.contentY = Math.max(0, Math.min(y - 80, column.height - page.height))
                return true
            }
            const cut = k.lastIndexOf("/")
            k = cut > 0 ? k.substring(0, cut) : ""
        }
        return false
    }

    ColumnLayout {
        id: column
        width: page.availableWidth - 2 * Theme.margin
        x: Theme.margin
        spacing: Theme.spacing + 4

        Item { implicitHeight: Theme.margin - 8 }
        RowLayout {
            id: headerRow
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    textFormat: Text.PlainText
                    text: page.context
                    visible: text.length > 0
                    color: Theme.muted
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    textFormat: Text.PlainText
                    text: page.heading
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
            }
        }
    }
}
