import QtQuick
import QtQuick.Controls
import QtTest
import Relais.Studio

// The Studio's own components on a real curriculum: fields that send what is
// typed without the text jumping under the cursor, forms built from an
// exercise type's fields, the running order's total, the navigator's keys.
Item {
    id: top
    width: 1200
    height: 900

    Component { id: areaRow; AreaRow { width: 500 } }
    Component { id: fieldEditor; FieldEditor { width: 900 } }
    Component { id: moduleEditor; ModuleEditor { width: 1000; height: 880 } }
    Component { id: navigatorPane; NavigatorPane { width: 400; height: 880 } }

    TestCase {
        name: "StudioComponents"
        when: windowShown

        function cleanup() { fixture.cleanup() }

        function find(item, pred) {
            if (pred(item))
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = find(kids[i], pred)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const found = find(item.contentItem, pred)
                if (found)
                    return found
            }
            return null
        }
        function findByKey(item, key) {
            return find(item, i => i.fieldKey === key && i.forceActiveFocus !== undefined && i.text !== undefined)
        }
        function activityOfType(doc, type) {
            for (let m = 0; m < doc.moduleCount; ++m) {
                const acts = doc.moduleData(m).activities
                for (let a = 0; a < acts.length; ++a)
                    if (acts[a].type === type)
                        return { m: m, a: a }
            }
            return null
        }

        function test_areaRowKeepsWhatIsBeingTyped() {
            const row = createTemporaryObject(areaRow, top, { label: "Notes", fieldKey: "notes", value: "Bonjour" })
            let sent = []
            row.edited.connect(t => { sent.push(t); row.value = Markup.normalize(t) })
            const area = findByKey(row, "notes")
            verify(area)
            area.forceActiveFocus()
            area.cursorPosition = area.length
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Return)
            // The normal form of "Bonjour\n\n" is "Bonjour": the text must not be put back.
            compare(area.text, "Bonjour\n\n")
            compare(area.cursorPosition, 9)
            keyClick(Qt.Key_Minus)
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_A)
            compare(area.text, "Bonjour\n\n- a")
            compare(row.value, "Bonjour\n\n- a")
            verify(sent.length >= 1)
            // A value coming from elsewhere (undo) replaces the text.
            row.value = "Autre chose"
            compare(area.text, "Autre chose")
        }

        function test_listFieldAddsTypesAndUndoes() {
            const doc = fixture.openCopy()
            verify(doc)
            const where = activityOfType(doc, "mcq")
            verify(where)
            doc.select("activity", where.m, where.a)
            const type = doc.exerciseType("mcq")
            const choices = type.fields.find(f => f.kind === "list")
            verify(choices)
            const editor = createTemporaryObject(fieldEditor, top, {
                doc: doc, moduleIndex: where.m, activityIndex: where.a, field: choices, path: [choices.key]
            })
            editor.value = Qt.binding(() => doc.revision >= 0 ? doc.payload(where.m, where.a)[choices.key] : [])
            const before = JSON.stringify(doc.payload(where.m, where.a))
            const count = doc.payload(where.m, where.a)[choices.key].length
            const add = find(editor, i => i.text !== undefined && String(i.text).startsWith("Ajouter") && i.clicked !== undefined)
            verify(add)
            mouseClick(add)
            compare(doc.payload(where.m, where.a)[choices.key].length, count + 1)
            // The new item's text field is in the form: type into it.
            const itemField = choices.fields[0].kind === "group"
                ? choices.fields[0].fields.find(f => f.kind === "text").key : null
            const key = "payload/" + choices.key + "/" + count + (itemField ? "/" + itemField : "")
            let input = null
            tryVerify(() => (input = findByKey(editor, key)) !== null, 3000, "field " + key)
            mouseClick(input)
            keyClick(Qt.Key_O)
            keyClick(Qt.Key_K)
            const added = doc.payload(where.m, where.a)[choices.key][count]
            compare(itemField ? added[itemField] : added, "ok")
            doc.undo()  // the typing, as one step
            doc.undo()  // the new item
            compare(JSON.stringify(doc.payload(where.m, where.a)), before)
        }

        function test_runningOrderTotalWarns() {
            const doc = fixture.openCopy()
            let m = -1
            for (let i = 0; i < doc.moduleCount && m < 0; ++i)
                if (doc.moduleData(i).runningOrder.length > 0)
                    m = i
            verify(m >= 0)
            doc.select("module", m)
            const page = createTemporaryObject(moduleEditor, top, { doc: doc })
            const total = find(page, i => i.objectName === "runningTotal")
            verify(total)
            verify(!total.differs)
            const d = doc.moduleData(m)
            doc.setModuleItemField(m, "runningOrder", 0, "duration", d.runningOrder[0].duration + 5)
            tryVerify(() => total.differs)
            verify(total.text.indexOf(String(d.duration + 5)) >= 0)
            doc.undo()
            tryVerify(() => !total.differs)
        }

        // A finding shows under its field's label, and focusField() puts the cursor in that field.
        function test_fieldShowsItsProblem() {
            const doc = fixture.openCopy()
            doc.select("module", 1)
            const page = createTemporaryObject(moduleEditor, top, { doc: doc })
            const row = find(page, i => i.problemKey === "title")
            verify(row)
            compare(row.problem, "")
            doc.setModuleField(1, "title", "")
            doc.validateNow()
            tryVerify(() => row.problem.length > 0)
            verify(row.problem.indexOf("titre") >= 0, row.problem)
            verify(page.focusField("title"))
            const input = findByKey(page, "title")
            verify(input.activeFocus)
            doc.undo()
            doc.validateNow()
            tryCompare(row, "problem", "")
        }

        function rowOf(doc, kind, index) {
            const nav = doc.navigator
            for (let i = 0; i < nav.rowCount(); ++i) {
                const d = nav.rowData(i)
                if (d.kind === kind && (kind === "module" ? d.module === index : d.activity === index))
                    return i
            }
            return -1
        }
        function dragRow(pane, from, to) {
            const list = pane.list
            list.positionViewAtIndex(from, ListView.Beginning)
            tryVerify(() => list.itemAtIndex(from) !== null && list.itemAtIndex(to) !== null, 2000)
            const a = list.itemAtIndex(from), b = list.itemAtIndex(to)
            verify(a && b, "rows " + from + " and " + to + " on screen")
            const p = a.mapToItem(top, 100, a.height / 2)
            const q = b.mapToItem(top, 100, b.height / 2)
            mousePress(top, p.x, p.y)
            for (let s = 1; s <= 10; ++s)
                mouseMove(top, p.x, p.y + (q.y - p.y) * s / 10, 20)
            mouseRelease(top, q.x, q.y)
        }

        function test_navigatorDragAndDrop() {
            const doc = fixture.openCopy()
            const pane = createTemporaryObject(navigatorPane, top, { doc: doc })
            // A module dropped on another takes its place.
            const first = doc.moduleData(0).id
            dragRow(pane, rowOf(doc, "module", 0), rowOf(doc, "module", 2))
            compare(doc.moduleData(2).id, first)
            compare(doc.undoText.length > 0, true)
            doc.undo()
            compare(doc.moduleData(0).id, first)
            // An activity dropped on another module moves there, as its last activity.
            doc.select("activity", 1, 0)
            const moved = doc.moduleData(1).activities[0].title
            const count = doc.moduleData(2).activities.length
            dragRow(pane, rowOf(doc, "activity", 0), rowOf(doc, "module", 2))
            compare(doc.moduleData(2).activities.length, count + 1)
            compare(doc.moduleData(2).activities[count].title, moved)
            doc.undo()
            compare(doc.moduleData(2).activities.length, count)
            compare(doc.moduleData(1).activities[0].title, moved)
        }

        function test_navigatorKeys() {
            const doc = fixture.openCopy()
            const pane = createTemporaryObject(navigatorPane, top, { doc: doc })
            const first = doc.moduleData(0).id
            const second = doc.moduleData(1).id
            doc.select("module", 0)
            pane.list.forceActiveFocus()
            keyClick(Qt.Key_Down, Qt.AltModifier)
            compare(doc.moduleData(1).id, first)
            compare(doc.moduleData(0).id, second)
            compare(doc.moduleIndex, 1)
            compare(doc.undoText.length > 0, true)
            keyClick(Qt.Key_Up)
            compare(doc.moduleIndex, 0)
            // Right opens a module, showing its activities under it.
            const rows = pane.list.count
            keyClick(Qt.Key_Right)
            compare(pane.list.count, rows + doc.moduleData(0).activities.length)
            keyClick(Qt.Key_Down)
            compare(doc.selectionKind, "activity")
            doc.undo()
            compare(doc.moduleData(0).id, first)
        }
    }
}
