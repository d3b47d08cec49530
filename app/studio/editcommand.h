#pragma once

#include "curriculum.h"
#include "selection.h"

#include <QUndoCommand>

namespace Relais {

class Document;

// Edits are recorded as before/after values. Qt's implicit sharing keeps
// these cheap: a snapshot of a curriculum of a thousand modules shares every
// module it did not change with its neighbours on the stack.
//
// Consecutive edits with the same merge key (the same field, typed letter by
// letter) become one step.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(Document *doc, Curriculum before, Curriculum after, const Selection &selection,
                    const QString &text, const QString &mergeKey);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Curriculum m_before;
    Curriculum m_after;
    Selection m_selection;
    QString m_mergeKey;
};

// The frequent case: one module changes (its fields, its activities, a
// payload). Only that module is kept twice.
class ModuleCommand : public QUndoCommand
{
public:
    ModuleCommand(Document *doc, int index, Module before, Module after, const Selection &selection,
                  const QString &text, const QString &mergeKey);
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    int m_index;
    Module m_before;
    Module m_after;
    Selection m_selection;
    QString m_mergeKey;
};

} // namespace Relais
