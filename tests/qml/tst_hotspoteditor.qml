import QtQuick
import QtTest

// The hotspot type's own editor, loaded as the Studio loads it, driven with
// the mouse and the keyboard on a real activity of the shipped curriculum.
// Every gesture must change the payload as expected and be exactly one undo
// step.
Item {
    id: top
    width: 1280
    height: 900

    Loader {
        id: loader
        anchors.fill: parent
    }

    TestCase {
        name: "HotspotEditor"
        when: windowShown

        property var doc: null
        property int moduleIndex: -1
        property int activityIndex: -1
        property var editor: null
        property var canvas: null

        function payload() {
            return doc.payload(moduleIndex, activityIndex)
        }

        function snapshot() {
            return JSON.stringify(payload())
        }

        function zones() {
            return payload().zones
        }

        function pointsOf(zone) {
            return zone.points.trim().split(/\s+/).map(pair => {
                const xy = pair.split(",").map(Number)
                return { x: xy[0], y: xy[1] }
            })
        }

        function boundsOf(zone) {
            const p = pointsOf(zone)
            return {
                left: Math.min(...p.map(q => q.x)), right: Math.max(...p.map(q => q.x)),
                top: Math.min(...p.map(q => q.y)), bottom: Math.max(...p.map(q => q.y))
            }
        }

        function centerOf(zone) {
            const b = boundsOf(zone)
            return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 }
        }

        // Percent of the picture to pixels of the canvas.
        function px(percent) {
            return percent * canvas.width / 100
        }

        function py(percent) {
            return percent * canvas.height / 100
        }

        function drag(fromX, fromY, toX, toY) {
            mousePress(canvas, px(fromX), py(fromY))
            for (let step = 1; step <= 5; ++step)
                mouseMove(canvas, px(fromX + (toX - fromX) * step / 5), py(fromY + (toY - fromY) * step / 5),
                          -1, Qt.LeftButton)
            mouseRelease(canvas, px(toX), py(toY))
        }

        // A size x size square of the picture that touches no zone.
        function freeSquare(size) {
            for (let y = 2; y + size <= 98; y += 2)
                for (let x = 2; x + size <= 98; x += 2)
                    if (zones().every(z => {
                        const b = boundsOf(z)
                        return x + size < b.left || x > b.right || y + size < b.top || y > b.bottom
                    }))
                        return { x: x, y: y }
            return null
        }

        // A zone whose centre no later zone covers, so that a click there is its own.
        function reachableZone() {
            const list = zones()
            for (let i = 0; i < list.length; ++i) {
                const c = centerOf(list[i])
                if (list.slice(i + 1).every(z => {
                    const b = boundsOf(z)
                    return c.x < b.left || c.x > b.right || c.y < b.top || c.y > b.bottom
                }))
                    return i
            }
            return -1
        }

        // Moves away from the nearer edges, so that no clamping is involved.
        function awayFromEdges(zone, distance) {
            const c = centerOf(zone)
            return { x: c.x < 50 ? distance : -distance, y: c.y < 50 ? distance : -distance }
        }

        function compareNear(actual, expected, message) {
            verify(Math.abs(actual - expected) <= 0.3, message + ": " + actual + " instead of about " + expected)
        }

        function checkOneUndoRestores(before) {
            verify(snapshot() !== before, "the gesture changed the payload")
            doc.undo()
            compare(snapshot(), before, "one undo restores the payload as it was")
        }

        function init() {
            doc = fixture.openCopy()
            verify(doc, "the curriculum opens")
            moduleIndex = -1
            for (let m = 0; m < doc.moduleCount && moduleIndex < 0; ++m) {
                const activities = doc.moduleData(m).activities
                for (let a = 0; a < activities.length; ++a)
                    if (activities[a].type === "hotspot") {
                        moduleIndex = m
                        activityIndex = a
                        break
                    }
            }
            verify(moduleIndex >= 0, "the curriculum has a hotspot activity")
            const url = doc.exerciseType("hotspot").editor
            compare(url, fixture.editorUrl("hotspot"))
            verify(url !== "", "the hotspot type names its editor")
            loader.setSource(url, { doc: doc, moduleIndex: moduleIndex, activityIndex: activityIndex })
            compare(loader.status, Loader.Ready)
            editor = loader.item
            compare(editor.objectName, "hotspotEditor")
            canvas = findChild(editor, "hotspotCanvas")
            verify(canvas)
            tryVerify(() => canvas.width > 200 && canvas.height > 200, 5000, "the picture is laid out")
            verify(waitForRendering(editor))
        }

        function cleanup() {
            loader.source = ""
            editor = null
            canvas = null
            doc = null
            fixture.cleanup()
        }

        function test_showsThePicture() {
            const picture = payload()
            verify(picture.image !== "")
            verify(zones().length >= 2)
            // The canvas keeps the picture's proportions, so that percent
            // coordinates mean the same thing here and in the player.
            const image = grabImage(canvas)
            verify(image.width > 200)
            const i = reachableZone()
            mouseClick(canvas, px(centerOf(zones()[i]).x), py(centerOf(zones()[i]).y))
            compare(editor.selected, i)
            verify(waitForRendering(editor))
            grabImage(editor).save(fixture.artifactPath("hotspot-editor.png"))
        }

        function test_drawZone() {
            const before = snapshot()
            const count = zones().length
            const free = freeSquare(12)
            verify(free, "some of the picture is free")
            drag(free.x, free.y, free.x + 12, free.y + 8)
            compare(zones().length, count + 1)
            const zone = zones()[count]
            compare(zone.shape, "rect")
            compare(zone.correct, false)
            compare(zone.label, "")
            const b = boundsOf(zone)
            for (const v of [b.left, b.right, b.top, b.bottom])
                verify(v >= 0 && v <= 100, "inside the picture: " + zone.points)
            compareNear(b.left, free.x, "left")
            compareNear(b.top, free.y, "top")
            compareNear(b.right, free.x + 12, "right")
            compareNear(b.bottom, free.y + 8, "bottom")
            verify(/^\d+(\.\d)?,\d+(\.\d)? \d+(\.\d)?,\d+(\.\d)?$/.test(zone.points), "one decimal at most: " + zone.points)
            compare(editor.selected, count, "the new zone is selected")
            compare(doc.undoText, "Ajouter une zone")
            checkOneUndoRestores(before)
        }

        function test_chooseAnotherPicture() {
            const chooser = findChild(editor, "hotspotImageChooser")
            verify(chooser)
            const images = doc.mediaList("image")
            const current = images.findIndex(m => m.id === payload().image)
            compare(chooser.currentIndex, current)
            const before = snapshot()
            chooser.forceActiveFocus(Qt.TabFocusReason)
            keyClick(current + 1 < images.length ? Qt.Key_Down : Qt.Key_Up)
            const next = current + 1 < images.length ? current + 1 : current - 1
            compare(payload().image, images[next].id)
            compare(chooser.currentIndex, next)
            tryVerify(() => findChild(editor, "hotspotCanvas").height > 100, 5000, "the new picture is shown")
            checkOneUndoRestores(before)
            compare(chooser.currentIndex, current)
        }

        function test_clickOnEmptyPictureAddsNothing() {
            const before = snapshot()
            const free = freeSquare(6)
            mouseClick(canvas, px(free.x + 3), py(free.y + 3))
            compare(snapshot(), before)
            compare(editor.selected, -1)
            verify(!doc.canUndo)
        }

        function test_moveZoneByDragging() {
            const i = reachableZone()
            verify(i >= 0)
            const before = snapshot()
            const start = boundsOf(zones()[i])
            const c = centerOf(zones()[i])
            const d = awayFromEdges(zones()[i], 6)
            drag(c.x, c.y, c.x + d.x, c.y + d.y)
            compare(editor.selected, i)
            const moved = boundsOf(zones()[i])
            compareNear(moved.left - start.left, d.x, "moved across")
            compareNear(moved.top - start.top, d.y, "moved down")
            compareNear(moved.right - moved.left, start.right - start.left, "same width")
            compareNear(moved.bottom - moved.top, start.bottom - start.top, "same height")
            compare(doc.undoText, "Déplacer la zone")
            checkOneUndoRestores(before)
        }

        function test_dragStaysOnThePicture() {
            const i = reachableZone()
            const c = centerOf(zones()[i])
            drag(c.x, c.y, c.x + 150, c.y + 150)
            const b = boundsOf(zones()[i])
            compare(b.right, 100)
            compare(b.bottom, 100)
        }

        function test_resizeByCorner() {
            const i = reachableZone()
            const c = centerOf(zones()[i])
            mouseClick(canvas, px(c.x), py(c.y))
            compare(editor.selected, i)
            const before = snapshot()
            const start = boundsOf(zones()[i])
            const d = awayFromEdges(zones()[i], 4)
            // The corner on the side of the picture's centre, dragged outwards.
            const cornerX = d.x > 0 ? start.right : start.left
            const cornerY = d.y > 0 ? start.bottom : start.top
            drag(cornerX, cornerY, cornerX + d.x, cornerY + d.y)
            const resized = boundsOf(zones()[i])
            compareNear((resized.right - resized.left) - (start.right - start.left), 4, "wider")
            compareNear((resized.bottom - resized.top) - (start.bottom - start.top), 4, "taller")
            compare(d.x > 0 ? resized.left : resized.right, d.x > 0 ? start.left : start.right, "the opposite corner stays")
            compare(doc.undoText, "Redimensionner la zone")
            checkOneUndoRestores(before)
        }

        function test_movePolygonPoint() {
            const i = reachableZone()
            const c = centerOf(zones()[i])
            mouseClick(canvas, px(c.x), py(c.y))
            compare(editor.selected, i)
            editor.setShape("polygon")
            compare(zones()[i].shape, "polygon")
            compare(pointsOf(zones()[i]).length, 4)
            const before = snapshot()
            const first = pointsOf(zones()[i])[0]
            const d = awayFromEdges(zones()[i], 3)
            drag(first.x, first.y, first.x - d.x, first.y - d.y)
            const after = pointsOf(zones()[i])
            compareNear(after[0].x, first.x - d.x, "the point moved across")
            compareNear(after[0].y, first.y - d.y, "the point moved down")
            compare(JSON.stringify(after.slice(1)), JSON.stringify(pointsOf(JSON.parse(before).zones[i]).slice(1)),
                    "the other points stay")
            checkOneUndoRestores(before)
        }

        function test_moveZoneWithArrowKeys() {
            const i = reachableZone()
            const c = centerOf(zones()[i])
            mouseClick(canvas, px(c.x), py(c.y))
            compare(editor.selected, i)
            verify(canvas.activeFocus, "the picture takes the keyboard")
            const before = snapshot()
            const start = boundsOf(zones()[i])
            const d = awayFromEdges(zones()[i], 1)
            const across = d.x > 0 ? Qt.Key_Right : Qt.Key_Left
            const down = d.y > 0 ? Qt.Key_Down : Qt.Key_Up
            keyClick(across)
            keyClick(across)
            keyClick(down, Qt.ShiftModifier)
            const moved = boundsOf(zones()[i])
            compareNear(moved.left - start.left, 2 * d.x, "two steps of 1 %")
            compareNear(moved.top - start.top, 5 * d.y, "one step of 5 % with Shift")
            // Several presses in a row are one change, as typing is.
            checkOneUndoRestores(before)
        }

        function test_keyboardFromTheZoneList() {
            const row = findChild(editor, "hotspotZone1")
            verify(row)
            row.forceActiveFocus(Qt.TabFocusReason)
            compare(editor.selected, 1, "focusing a zone in the list selects it")
            const before = snapshot()
            const start = boundsOf(zones()[1])
            const d = awayFromEdges(zones()[1], 1)
            keyClick(d.x > 0 ? Qt.Key_Right : Qt.Key_Left)
            compareNear(boundsOf(zones()[1]).left - start.left, d.x, "moved by 1 %")
            checkOneUndoRestores(before)
        }

        function test_deleteZone() {
            const i = reachableZone()
            const c = centerOf(zones()[i])
            mouseClick(canvas, px(c.x), py(c.y))
            compare(editor.selected, i)
            const before = snapshot()
            const list = zones()
            keyClick(Qt.Key_Delete)
            compare(zones().length, list.length - 1)
            compare(JSON.stringify(zones()), JSON.stringify(list.filter((z, k) => k !== i)))
            compare(editor.selected, -1)
            verify(canvas.activeFocus, "the keyboard stays on the picture")
            compare(doc.undoText, "Supprimer la zone")
            checkOneUndoRestores(before)
        }

        function test_typeZoneName() {
            const i = reachableZone()
            const c = centerOf(zones()[i])
            mouseClick(canvas, px(c.x), py(c.y))
            const field = findChild(editor, "hotspotZoneLabel")
            verify(field && field.visible)
            const before = snapshot()
            field.forceActiveFocus(Qt.TabFocusReason)
            field.selectAll()
            for (const key of "Le bouton")
                keyClick(key)
            compare(zones()[i].label, "Le bouton")
            compare(field.text, "Le bouton")
            checkOneUndoRestores(before)
            compare(field.text, JSON.parse(before).zones[i].label, "the field follows the undo")
        }
    }
}
