import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    property alias text: label.text
    Layout.fillWidth: true
    Layout.topMargin: 8
    spacing: 4
    Label {
        id: label
        font.pixelSize: Theme.fontSize + 3
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
}
