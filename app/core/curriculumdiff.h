#pragma once

#include "curriculum.h"
#include "modelfields.h"
#include "version.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Relais {

// One thing that changed between two versions of a curriculum.
struct DiffEntry
{
    using Kind = EntityKind;
    enum class Change { Added, Removed, Moved, Renamed, Changed };

    Kind kind = Kind::Module;
    Change change = Change::Changed;
    QString id;         // id in the newer version (in the older one when removed)
    QString oldId;      // when an id changed
    QString parent;     // module of an activity, pathway of a step (newer side)
    QString oldParent;  // where it was before a move
    QString title;      // its title, newer side when there is one
    QString oldTitle;
    QString parentTitle;
    QString oldParentTitle;
    int oldPosition = 0;  // 1-based, for a change of order among its siblings
    int position = 0;
    QList<FieldChange> fields;  // a rename's new id is the field "id"
    Bump bump = Bump::Patch;    // what this change alone calls for

    // One plain sentence: « Atelier « Courriel » : la durée a changé (« 90 min » → « 120 min »). »
    QString sentence(const QString &lang) const;
    QJsonObject toJson(const QString &lang) const;
};

QString changeName(DiffEntry::Change change);  // added, removed, moved, renamed, changed

// The semantic difference between two versions of a curriculum.
//
// Entities are matched by id, steps and activities whatever their parent
// (an activity found in another module has moved). A pathway or module that
// is gone while one with another id appears, with the same title or the same
// steps or activities, has been renamed; a media file with the same content
// (sha256) under another id has been renamed. A change of title is reported
// as a renaming too. Children of an added or removed pathway or module are
// not listed on their own.
//
// What each change calls for (DiffEntry::bump; the diff suggests the largest):
// - major: a pathway or module removed or its id changed (a pathway of
//   another pack may reference it by id); the curriculum's id or language;
// - minor: anything added (pathway, module, step, activity, media); a step,
//   activity or media removed; a step or activity moved (to another parent
//   or within its own); a structural field (duration, modality, level,
//   audiences, equipment, running order, a session's modules, exercise type,
//   media of an activity, scoring, completion rule, licence, an exercise's
//   answers: attributes and elements of its payload);
// - patch: text only (titles, summaries, instructions, objectives, notes,
//   alt texts, the text of an exercise), the order of the lists of
//   curriculum.xml, a media file's name, id or content replaced.
// The field table in modelfields.cpp says it for each field.
class CurriculumDiff
{
public:
    static CurriculumDiff compare(const Curriculum &before, const Curriculum &after);

    QString versionBefore;
    QString versionAfter;
    // Curriculum, then pathways, steps, modules, activities, media; in each
    // kind the newer version's order, then what was removed.
    QList<DiffEntry> entries;

    bool isEmpty() const { return entries.isEmpty(); }
    // The largest bump any change calls for (None when nothing changed).
    Bump suggestedBump() const;
    // versionBefore bumped as suggested; nullopt when nothing changed or the
    // version cannot be read.
    std::optional<Version> suggestedVersion() const;
    // Why: « un atelier ajouté, 2 activités déplacées », the changes that
    // call for the suggested bump.
    QString reason(const QString &lang) const;
    // Several lines of plain French or English, grouped by kind, ending with
    // the suggested version.
    QString text(const QString &lang) const;
    QJsonObject toJson(const QString &lang) const;
};

} // namespace Relais
