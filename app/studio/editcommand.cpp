#include "editcommand.h"

#include "document.h"

namespace Relais {

SnapshotCommand::SnapshotCommand(Document *doc, Curriculum before, Curriculum after, const Selection &selection,
                                 const QString &text, const QString &mergeKey)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_selection(selection)
    , m_mergeKey(mergeKey)
{
}

bool SnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SnapshotCommand *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || !m_doc->mayMerge())
        return false;
    m_after = o->m_after;
    return true;
}

void SnapshotCommand::undo()
{
    m_doc->restore(m_before, m_selection);
}

void SnapshotCommand::redo()
{
    m_doc->restore(m_after, m_selection);
}

ModuleCommand::ModuleCommand(Document *doc, int index, Module before, Module after, const Selection &selection,
                             const QString &text, const QString &mergeKey)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_selection(selection)
    , m_mergeKey(mergeKey)
{
}

bool ModuleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ModuleCommand *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || o->m_index != m_index || !m_doc->mayMerge())
        return false;
    m_after = o->m_after;
    return true;
}

void ModuleCommand::undo()
{
    m_doc->restoreModule(m_index, m_before, m_selection);
}

void ModuleCommand::redo()
{
    m_doc->restoreModule(m_index, m_after, m_selection);
}

} // namespace Relais
