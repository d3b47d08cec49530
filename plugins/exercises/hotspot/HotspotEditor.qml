import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes

// The hotspot exercise's own editor in the Studio: zones are drawn, moved and
// reshaped on the picture with the mouse, or moved with the keyboard. Every
// change goes through the document, so that it is one undo step and every
// other view of the activity follows; this file keeps no copy of the payload.
Control {
    id: root
    objectName: "hotspotEditor"

    property var doc
    property int moduleIndex: -1
    property int activityIndex: -1

    readonly property var payload: doc && doc.revision >= 0 ? doc.payload(moduleIndex, activityIndex) : ({})
    readonly property var zones: payload.zones || []
    readonly property var images: doc && doc.revision >= 0 ? doc.mediaList("image") : []
    readonly property int maxZones: {
        const fields = doc ? doc.exerciseType("hotspot").fields || [] : []
        const zoneList = fields.find(f => f.key === "zones")
        return zoneList && zoneList.max > 0 ? zoneList.max : 12
    }
    property int selected: -1
    readonly property var selectedZone: selected >= 0 && selected < zones.length ? zones[selected] : null

    readonly property color correctColor: "#1b7a3a"
    readonly property color otherColor: "#c25100"

    // The gesture under way on the picture: what is dragged and where it
    // started, so that each move is computed from the start, never summed.
    property var gesture: null
    property int gestureCount: 0
    property rect drawing: Qt.rect(0, 0, 0, 0)

    font.pixelSize: 16
    implicitWidth: layout.implicitWidth
    implicitHeight: layout.implicitHeight

    onZonesChanged: {
        if (selected >= zones.length)
            selected = -1
    }
    onModuleIndexChanged: selected = -1
    onActivityIndexChanged: selected = -1

    function zoneColor(zone) {
        return zone && zone.correct ? correctColor : otherColor
    }

    function tint(c, alpha) {
        return Qt.rgba(c.r, c.g, c.b, alpha)
    }

    function clamp(v, low, high) {
        return Math.max(low, Math.min(high, v))
    }

    // "x,y x,y" in percent, as the format writes it; [] when malformed, so
    // that a zone being typed by hand is simply not drawn until it is whole.
    function parsePoints(text) {
        const out = []
        const pairs = String(text || "").trim().split(/\s+/)
        for (const pair of pairs) {
            const xy = pair.split(",")
            if (xy.length !== 2 || xy[0] === "" || xy[1] === "")
                return []
            const x = Number(xy[0]), y = Number(xy[1])
            if (!isFinite(x) || !isFinite(y))
                return []
            out.push({ x: x, y: y })
        }
        return out
    }

    // At most one decimal: finer than a finger, and short enough to read.
    function formatNumber(v) {
        return String(Math.round(clamp(v, 0, 100) * 10) / 10)
    }

    // A rectangle is written as its top left and bottom right corners,
    // whichever way it was drawn.
    function formatPoints(shape, points) {
        let list = points
        if (shape !== "polygon") {
            const b = bounds(points)
            list = [{ x: b.left, y: b.top }, { x: b.right, y: b.bottom }]
        }
        return list.map(p => formatNumber(p.x) + "," + formatNumber(p.y)).join(" ")
    }

    function bounds(points) {
        return {
            left: Math.min(...points.map(p => p.x)), right: Math.max(...points.map(p => p.x)),
            top: Math.min(...points.map(p => p.y)), bottom: Math.max(...points.map(p => p.y))
        }
    }

    // The outline to draw and to hit: a rectangle's four corners clockwise
    // from the top left, or the polygon's own points.
    function outline(zone) {
        if (!zone)
            return []
        const points = parsePoints(zone.points)
        if (zone.shape === "polygon")
            return points.length >= 3 ? points : []
        if (points.length !== 2)
            return []
        const b = bounds(points)
        return [{ x: b.left, y: b.top }, { x: b.right, y: b.top }, { x: b.right, y: b.bottom }, { x: b.left, y: b.bottom }]
    }

    // Even-odd rule, as the learner's player decides a touch.
    function contains(polygon, p) {
        let inside = false
        for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
            const a = polygon[i], b = polygon[j]
            if ((a.y > p.y) !== (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                inside = !inside
        }
        return inside
    }

    // The topmost zone under p, as drawn: later zones are on top.
    function zoneAt(p) {
        for (let i = zones.length - 1; i >= 0; --i)
            if (contains(outline(zones[i]), p))
                return i
        return -1
    }

    // The selected zone's handle within reach of the pointer, in pixels.
    function handleAt(pixelX, pixelY) {
        const handles = outline(selectedZone)
        for (let i = 0; i < handles.length; ++i) {
            const dx = handles[i].x * canvas.width / 100 - pixelX
            const dy = handles[i].y * canvas.height / 100 - pixelY
            if (dx * dx + dy * dy <= 12 * 12)
                return i
        }
        return -1
    }

    function editedPayload(change) {
        const next = JSON.parse(JSON.stringify(payload))
        next.zones = next.zones || []
        change(next.zones)
        return next
    }

    function setZonePoints(index, points, actionName, mergeKey) {
        const zone = zones[index]
        const text = formatPoints(zone.shape, points)
        if (text === zone.points)
            return
        doc.setPayload(moduleIndex, activityIndex, editedPayload(list => list[index].points = text), actionName, mergeKey)
    }

    function setZoneValue(key, value) {
        doc.setPayloadValue(moduleIndex, activityIndex, ["zones", selected, key], value)
    }

    // The whole outline moved, never past the picture's edges.
    function moveZone(index, from, dx, dy, actionName, mergeKey) {
        const b = bounds(from)
        const x = clamp(dx, -b.left, 100 - b.right), y = clamp(dy, -b.top, 100 - b.bottom)
        setZonePoints(index, from.map(p => ({ x: p.x + x, y: p.y + y })), actionName, mergeKey)
    }

    function setShape(shape) {
        const zone = selectedZone
        if (!zone || (zone.shape === "polygon") === (shape === "polygon"))
            return
        const corners = outline(zone)
        const index = selected
        doc.setPayload(moduleIndex, activityIndex, editedPayload(list => {
            list[index].shape = shape
            if (corners.length > 0)
                list[index].points = formatPoints(shape, corners)
        }), qsTr("Changer la forme de la zone"))
    }

    // A new corner halfway along the polygon's last side, where it is easy to
    // find and drag.
    function addCorner() {
        const points = parsePoints(selectedZone.points)
        if (points.length < 3)
            return
        const a = points[points.length - 1], b = points[0]
        const text = formatPoints("polygon", points.concat([{ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }]))
        const index = selected
        doc.setPayload(moduleIndex, activityIndex, editedPayload(list => list[index].points = text), qsTr("Ajouter un coin"))
    }

    function removeZone(index) {
        doc.setPayload(moduleIndex, activityIndex, editedPayload(list => list.splice(index, 1)), qsTr("Supprimer la zone"))
        selected = -1
        // The zone's row and its panel are gone with it: keep the keyboard on the picture.
        canvas.forceActiveFocus()
    }

    function handleKey(event) {
        if (!selectedZone)
            return
        const step = event.modifiers & Qt.ShiftModifier ? 5 : 1
        let dx = 0, dy = 0
        switch (event.key) {
        case Qt.Key_Left: dx = -step; break
        case Qt.Key_Right: dx = step; break
        case Qt.Key_Up: dy = -step; break
        case Qt.Key_Down: dy = step; break
        case Qt.Key_Delete:
        case Qt.Key_Backspace:
            removeZone(selected)
            event.accepted = true
            return
        default:
            return
        }
        event.accepted = true
        const points = parsePoints(selectedZone.points)
        if (points.length > 0)
            moveZone(selected, points, dx, dy, qsTr("Déplacer la zone"), "nudge-" + selected)
    }

    function toPercent(mouse) {
        return { x: clamp(mouse.x / canvas.width * 100, 0, 100), y: clamp(mouse.y / canvas.height * 100, 0, 100) }
    }

    function beginGesture(mouse) {
        if (!doc)
            return
        const p = toPercent(mouse)
        // Unique across editors loaded one after another, so that a new drag
        // never merges into the undo step of an old one.
        const key = "drag-" + Date.now() + "-" + (++gestureCount)
        const handle = handleAt(mouse.x, mouse.y)
        if (handle >= 0) {
            gesture = { mode: "handle", zone: selected, handle: handle, corners: outline(selectedZone), key: key }
            return
        }
        const hit = zoneAt(p)
        if (hit >= 0) {
            selected = hit
            gesture = { mode: "move", zone: hit, start: p, points: parsePoints(zones[hit].points), key: key }
            return
        }
        selected = -1
        if (zones.length < maxZones) {
            gesture = { mode: "draw", start: p }
            drawing = Qt.rect(p.x, p.y, 0, 0)
        }
    }

    function continueGesture(mouse) {
        if (!gesture)
            return
        const p = toPercent(mouse)
        const g = gesture
        if (g.mode === "move") {
            moveZone(g.zone, g.points, p.x - g.start.x, p.y - g.start.y, qsTr("Déplacer la zone"), g.key)
        } else if (g.mode === "handle" && zones[g.zone].shape === "polygon") {
            const points = g.corners.slice()
            points[g.handle] = p
            setZonePoints(g.zone, points, qsTr("Déplacer un coin"), g.key)
        } else if (g.mode === "handle") {
            // The opposite corner stays where it is.
            setZonePoints(g.zone, [p, g.corners[(g.handle + 2) % 4]], qsTr("Redimensionner la zone"), g.key)
        } else if (g.mode === "draw") {
            drawing = Qt.rect(Math.min(g.start.x, p.x), Math.min(g.start.y, p.y),
                              Math.abs(p.x - g.start.x), Math.abs(p.y - g.start.y))
        }
    }

    function endGesture() {
        const g = gesture
        gesture = null
        // A click without a drag only clears the selection; a zone smaller
        // than one percent would be too small to touch anyway.
        if (!g || g.mode !== "draw" || drawing.width < 1 || drawing.height < 1)
            return
        const points = formatPoints("rect", [{ x: drawing.x, y: drawing.y },
                                             { x: drawing.x + drawing.width, y: drawing.y + drawing.height }])
        doc.setPayload(moduleIndex, activityIndex, editedPayload(list => list.push({
            correct: false, shape: "rect", points: points, label: "", feedback: ""
        })), qsTr("Ajouter une zone"))
        selected = zones.length - 1
    }

    function zoneName(index) {
        const zone = zones[index]
        const label = zone && zone.label ? zone.label : qsTr("sans nom")
        return zone && zone.correct ? qsTr("Zone %1 : %2, bon endroit").arg(index + 1).arg(label)
                                    : qsTr("Zone %1 : %2").arg(index + 1).arg(label)
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: 12

        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 8
            Layout.fillWidth: true

            Label {
                text: qsTr("Image")
            }
            ComboBox {
                id: imageBox
                objectName: "hotspotImageChooser"
                Layout.fillWidth: true
                model: root.images
                textRole: "href"
                currentIndex: root.images.findIndex(m => m.id === root.payload.image)
                displayText: currentIndex >= 0 ? String(root.images[currentIndex].href).replace(/^media\//, "")
                                               : qsTr("Choisissez une image")
                Accessible.name: qsTr("Image")
                onActivated: index => root.doc.setPayloadValue(root.moduleIndex, root.activityIndex, ["image"], root.images[index].id)
                delegate: ItemDelegate {
                    id: imageRow
                    required property var modelData
                    required property int index
                    width: ListView.view ? ListView.view.width : implicitWidth
                    highlighted: imageBox.highlightedIndex === imageRow.index
                    Accessible.name: String(imageRow.modelData.href).replace(/^media\//, "")
                    contentItem: RowLayout {
                        spacing: 12
                        Image {
                            source: imageRow.modelData.url
                            sourceSize.width: 96
                            sourceSize.height: 64
                            fillMode: Image.PreserveAspectFit
                            Layout.preferredWidth: 96
                            Layout.preferredHeight: 64
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                textFormat: Text.PlainText
                                text: String(imageRow.modelData.href).replace(/^media\//, "")
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: imageRow.modelData.alt || ""
                                visible: text !== ""
                                opacity: 0.75
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("Question")
            }
            TextField {
                Layout.fillWidth: true
                text: root.payload.question || ""
                maximumLength: 300
                placeholderText: qsTr("Par exemple « Où cliquez-vous pour envoyer le message ? »")
                Accessible.name: qsTr("Question")
                onTextEdited: root.doc.setPayloadValue(root.moduleIndex, root.activityIndex, ["question"], text)
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.zones.length < root.maxZones
                  ? qsTr("Tracez un rectangle sur l'image pour ajouter une zone. Faites glisser une zone pour la déplacer, ses poignées pour changer sa forme ; les flèches du clavier la déplacent aussi (avec Maj, plus vite).")
                  : qsTr("L'exercice a déjà %1 zones, le maximum : supprimez-en une pour en ajouter une autre.").arg(root.maxZones)
        }

        // The zones beside the picture, or below it when the editor is narrow.
        GridLayout {
            columns: root.width >= 760 ? 2 : 1
            columnSpacing: 20
            rowSpacing: 16
            Layout.fillWidth: true
            Layout.fillHeight: false

            ColumnLayout {
                spacing: 8
                Layout.fillWidth: true
                Layout.fillHeight: false
                Layout.alignment: Qt.AlignTop

                Item {
                    id: pictureArea
                    // A picture taller than this is shown smaller, so that
                    // the whole of it stays in view while zones are drawn.
                    readonly property real maxHeight: 560
                    readonly property real aspect: picture.status === Image.Ready && picture.implicitWidth > 0
                                                   ? picture.implicitHeight / picture.implicitWidth : 0.625
                    implicitWidth: 720
                    implicitHeight: canvas.height
                    Layout.fillWidth: true
                    Layout.minimumWidth: 320

                    Item {
                        id: canvas
                        objectName: "hotspotCanvas"
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(pictureArea.width, pictureArea.maxHeight / pictureArea.aspect)
                        height: width * pictureArea.aspect
                        activeFocusOnTab: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("L'image et ses zones")
                        Accessible.description: root.selectedZone ? root.zoneName(root.selected) : qsTr("Aucune zone choisie")
                        Keys.onPressed: event => root.handleKey(event)

                        Rectangle {
                            anchors.fill: parent
                            color: root.palette.base
                        }

                        Image {
                            id: picture
                            anchors.fill: parent
                            source: root.doc && root.payload.image ? root.doc.mediaUrl(root.payload.image) : ""
                            // Drawn once at a generous size, then scaled:
                            // screenshots stay sharp at any editor width.
                            sourceSize.width: 1600
                            fillMode: Image.PreserveAspectFit
                            smooth: true
                            mipmap: true
                        }

                        // The picture's edges, which a white screenshot does not show.
                        Rectangle {
                            anchors.fill: parent
                            color: "transparent"
                            border.color: root.palette.mid
                        }

                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 40
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            visible: picture.status !== Image.Ready
                            textFormat: Text.PlainText
                            text: root.payload.image ? qsTr("L'image « %1 » est introuvable.").arg(root.payload.image)
                                                     : qsTr("Choisissez une image au-dessus.")
                        }

                        Repeater {
                            model: root.zones.length
                            delegate: Item {
                                id: zoneItem
                                required property int index
                                readonly property var zone: root.zones[zoneItem.index]
                                readonly property var corners: root.outline(zoneItem.zone)
                                readonly property bool isSelected: root.selected === zoneItem.index
                                readonly property color color: root.zoneColor(zoneItem.zone)
                                anchors.fill: parent
                                visible: corners.length >= 3

                                Shape {
                                    anchors.fill: parent
                                    // Qt 6.4's software renderer (offscreen, no GPU) does not clip
                                    // shapes to a scrolling editor; drawn through a layer, they are.
                                    layer.enabled: true
                                    ShapePath {
                                        strokeColor: zoneItem.color
                                        strokeWidth: zoneItem.isSelected ? 4 : 2
                                        fillColor: root.tint(zoneItem.color, zoneItem.isSelected ? 0.28 : 0.14)
                                        joinStyle: ShapePath.MiterJoin
                                        PathPolyline {
                                            path: zoneItem.corners.concat(zoneItem.corners.slice(0, 1))
                                                  .map(p => Qt.point(p.x * canvas.width / 100, p.y * canvas.height / 100))
                                        }
                                    }
                                }

                                // The zone's number, as in the list beside the picture:
                                // above the zone, so that it hides nothing the
                                // trainer aims at, or below it at the top edge.
                                Rectangle {
                                    readonly property var box: zoneItem.corners.length ? root.bounds(zoneItem.corners) : null
                                    readonly property real above: box ? box.top * canvas.height / 100 - height - 3 : 0
                                    x: box ? Math.min(box.left * canvas.width / 100, canvas.width - width) : 0
                                    y: !box ? 0 : above >= 0 ? above : Math.min(box.bottom * canvas.height / 100 + 3, canvas.height - height)
                                    width: Math.max(24, number.implicitWidth + 10)
                                    height: 24
                                    radius: 12
                                    color: zoneItem.color
                                    Label {
                                        id: number
                                        anchors.centerIn: parent
                                        text: zoneItem.index + 1
                                        color: "white"
                                        font.pixelSize: 15
                                        font.bold: true
                                    }
                                }
                            }
                        }

                        // The selected zone's corners, to drag one by one.
                        Repeater {
                            model: root.outline(root.selectedZone)
                            delegate: Rectangle {
                                id: handle
                                required property var modelData
                                readonly property bool round: root.selectedZone !== null && root.selectedZone.shape === "polygon"
                                x: handle.modelData.x * canvas.width / 100 - width / 2
                                y: handle.modelData.y * canvas.height / 100 - height / 2
                                width: 14
                                height: 14
                                radius: round ? 7 : 2
                                color: "white"
                                border.color: root.zoneColor(root.selectedZone)
                                border.width: 3
                            }
                        }

                        Rectangle {
                            visible: root.gesture !== null && root.gesture.mode === "draw"
                            x: root.drawing.x * canvas.width / 100
                            y: root.drawing.y * canvas.height / 100
                            width: root.drawing.width * canvas.width / 100
                            height: root.drawing.height * canvas.height / 100
                            color: root.tint(root.otherColor, 0.14)
                            border.color: root.otherColor
                            border.width: 2
                        }

                        MouseArea {
                            id: mouseArea
                            property string hover: "none"
                            anchors.fill: parent
                            hoverEnabled: true
                            // Inside the Studio's scrolling page: a drag draws, it does not scroll.
                            preventStealing: true
                            cursorShape: hover === "handle" ? Qt.CrossCursor
                                       : hover === "zone" ? Qt.SizeAllCursor : Qt.ArrowCursor
                            onPressed: mouse => {
                                canvas.forceActiveFocus(Qt.MouseFocusReason)
                                root.beginGesture(mouse)
                            }
                            onPositionChanged: mouse => {
                                if (pressed)
                                    root.continueGesture(mouse)
                                else
                                    hover = root.handleAt(mouse.x, mouse.y) >= 0 ? "handle"
                                          : root.zoneAt(root.toPercent(mouse)) >= 0 ? "zone" : "none"
                            }
                            onReleased: root.endGesture()
                            onCanceled: root.gesture = null
                        }

                        Rectangle {
                            anchors.fill: parent
                            anchors.margins: -4
                            color: "transparent"
                            radius: 4
                            border.width: 3
                            border.color: root.palette.highlight
                            visible: canvas.activeFocus
                        }
                    }
                }

                RowLayout {
                    spacing: 20
                    Layout.alignment: Qt.AlignHCenter
                    Repeater {
                        model: [{ color: root.correctColor, text: qsTr("Bon endroit") },
                                { color: root.otherColor, text: qsTr("Autre endroit") }]
                        delegate: RowLayout {
                            id: legendEntry
                            required property var modelData
                            spacing: 8
                            Rectangle {
                                width: 18
                                height: 18
                                radius: 3
                                color: root.tint(legendEntry.modelData.color, 0.2)
                                border.color: legendEntry.modelData.color
                                border.width: 2
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: legendEntry.modelData.text
                            }
                        }
                    }
                }
            }

            // A fixed width, so that the picture does not change size when
            // the selection shows or hides the zone's fields.
            ColumnLayout {
                spacing: 8
                Layout.preferredWidth: 360
                Layout.minimumWidth: 360
                Layout.maximumWidth: 360
                Layout.fillHeight: false
                Layout.alignment: Qt.AlignTop

                Label {
                    text: qsTr("Zones (%1)").arg(root.zones.length)
                    font.bold: true
                }

                Label {
                    visible: root.zones.length === 0
                    text: qsTr("Aucune zone pour l'instant.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }

                Repeater {
                    model: root.zones.length
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        readonly property var zone: root.zones[row.index]
                        objectName: "hotspotZone" + row.index
                        Layout.fillWidth: true
                        highlighted: root.selected === row.index
                        focusPolicy: Qt.StrongFocus
                        text: root.zoneName(row.index)
                        Accessible.name: text
                        Accessible.description: qsTr("Flèches : déplacer la zone. Suppr : la supprimer.")
                        onClicked: root.selected = row.index
                        onActiveFocusChanged: {
                            if (activeFocus)
                                root.selected = row.index
                        }
                        Keys.onPressed: event => root.handleKey(event)
                        contentItem: RowLayout {
                            spacing: 10
                            Rectangle {
                                width: 26
                                height: 26
                                radius: 13
                                color: root.zoneColor(row.zone)
                                Label {
                                    anchors.centerIn: parent
                                    text: row.index + 1
                                    color: "white"
                                    font.pixelSize: 15
                                    font.bold: true
                                }
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: row.zone && row.zone.label ? row.zone.label : qsTr("(sans nom)")
                                font.italic: !(row.zone && row.zone.label)
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("bon endroit")
                                visible: row.zone && row.zone.correct === true
                                color: root.correctColor
                                font.bold: true
                            }
                        }
                        background: Rectangle {
                            radius: 4
                            color: row.highlighted ? root.tint(root.palette.highlight, 0.18)
                                 : row.hovered ? root.tint(root.palette.highlight, 0.08) : "transparent"
                            border.width: row.activeFocus ? 3 : 0
                            border.color: root.palette.highlight
                        }
                    }
                }

                ColumnLayout {
                    id: zonePanel
                    visible: root.selectedZone !== null
                    spacing: 8
                    Layout.fillWidth: true
                    Layout.topMargin: 12

                    readonly property var zone: root.selectedZone || ({})

                    Label {
                        text: qsTr("Zone %1").arg(root.selected + 1)
                        font.bold: true
                        font.pixelSize: 18
                    }

                    CheckBox {
                        text: qsTr("Bon endroit")
                        checked: zonePanel.zone.correct === true
                        Accessible.name: text
                        onToggled: root.setZoneValue("correct", checked)
                    }

                    Label {
                        text: qsTr("Forme")
                    }
                    RowLayout {
                        spacing: 16
                        RadioButton {
                            text: qsTr("Rectangle")
                            checked: zonePanel.zone.shape !== "polygon"
                            Accessible.name: text
                            onToggled: root.setShape("rect")
                        }
                        RadioButton {
                            text: qsTr("Polygone")
                            checked: zonePanel.zone.shape === "polygon"
                            Accessible.name: text
                            onToggled: root.setShape("polygon")
                        }
                    }

                    Label {
                        text: qsTr("Nom de l'endroit")
                    }
                    TextField {
                        objectName: "hotspotZoneLabel"
                        Layout.fillWidth: true
                        text: zonePanel.zone.label || ""
                        maximumLength: 120
                        placeholderText: qsTr("Par exemple « le bouton Envoyer »")
                        Accessible.name: qsTr("Nom de l'endroit")
                        Accessible.description: hint.text
                        onTextEdited: root.setZoneValue("label", text)
                    }
                    Label {
                        id: hint
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        opacity: 0.75
                        text: qsTr("Lu par les lecteurs d'écran : décrivez l'endroit sans dire si c'est la bonne réponse.")
                    }

                    Label {
                        text: qsTr("Commentaire")
                    }
                    TextArea {
                        Layout.fillWidth: true
                        Layout.minimumHeight: 80
                        wrapMode: TextEdit.Wrap
                        text: zonePanel.zone.feedback || ""
                        placeholderText: qsTr("Ce que la personne lit après avoir choisi cet endroit")
                        Accessible.name: qsTr("Commentaire")
                        // Tab leaves the field, as everywhere else in the form.
                        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                        // Framed like the text fields, so that it reads as a place to write.
                        background: Rectangle {
                            color: root.palette.base
                            radius: 2
                            border.width: parent.activeFocus ? 2 : 1
                            border.color: parent.activeFocus ? root.palette.highlight : root.palette.mid
                        }
                        onTextChanged: {
                            if (root.selectedZone && text !== (root.selectedZone.feedback || ""))
                                root.setZoneValue("feedback", text)
                        }
                    }

                    Label {
                        text: qsTr("Coordonnées (en % de l'image)")
                    }
                    TextField {
                        Layout.fillWidth: true
                        text: zonePanel.zone.points || ""
                        Accessible.name: qsTr("Coordonnées")
                        onTextEdited: root.setZoneValue("points", text)
                    }

                    RowLayout {
                        spacing: 8
                        Layout.topMargin: 4
                        Button {
                            text: qsTr("Ajouter un coin")
                            visible: zonePanel.zone.shape === "polygon"
                            Accessible.name: text
                            onClicked: root.addCorner()
                        }
                        Button {
                            text: qsTr("Supprimer la zone")
                            Accessible.name: text
                            onClicked: root.removeZone(root.selected)
                        }
                    }
                }
            }
        }

        // Extra height, when the editor is given more than it needs, goes below.
        Item {
            Layout.fillHeight: true
        }
    }
}
