#pragma once

#include "curriculum.h"
#include "curriculumdiff.h"
#include "diagnostic.h"
#include "modelfields.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Relais {

// Something the two sides changed in ways that cannot both be kept: the
// person merging chooses the local or the upstream version.
struct MergeConflict
{
    enum class Kind {
        Field,    // one field changed differently on each side (or added on both, differently)
        Removed,  // removed on one side, changed on the other
        Moved,    // a step or activity moved to a different parent on each side
        Order,    // the same list reordered differently on each side
    };
    enum class Choice { Unresolved, Local, Upstream };

    // Stable, to name it on the command line (--take <id>=local):
    //   Field    module:courriel/activity:quiz-1/title, curriculum/licence
    //   Removed  module:arnaques-reperer, pathway:seniors/step:seance-2
    //   Moved    module:courriel/activity:quiz-1/moved
    //   Order    module:courriel/activities/order, curriculum/modules/order
    QString id;
    Kind kind = Kind::Field;
    EntityKind entity = EntityKind::Module;  // what it concerns (the parent, for Order)
    QString entityId;
    QString title;  // that entity's title (local side when it has one), to name it
    QString field;  // Field: the field's stable name
    QString labelFr;  // Field: "la durée"; Order: "l'ordre des activités"
    QString labelEn;
    // Each version as plain text; empty when that side has no such thing
    // (absent, or removed). Moved: the parent's title; Order: the titles in order.
    QString base;
    QString local;
    QString upstream;
    // Removed: what the side that kept it changed since the base, as the
    // diff says it (its fields, its steps or activities).
    QList<DiffEntry> changes;
    bool removedLocally = false;  // Removed: which side removed it
    Choice choice = Choice::Unresolved;

    QString label(const QString &lang) const { return lang.startsWith(QLatin1String("en")) ? labelEn : labelFr; }
    // « Atelier « Le courriel » : la durée a changé différemment des deux côtés. »
    QString sentence(const QString &lang) const;
    QJsonObject toJson(const QString &lang) const;
};

QString conflictKindName(MergeConflict::Kind kind);  // field, removed, moved, order
QString choiceName(MergeConflict::Choice choice);    // unresolved, local, upstream
std::optional<MergeConflict::Choice> choiceFromName(const QString &name);  // local, upstream

// Three-way merge of a local adaptation with an upstream update, both made
// from a common base, at the level of pathways, steps, modules, activities,
// media and their fields (the field table of modelfields.h):
// - a change on one side only is kept; the same change on both sides once;
// - an entity added on one side is kept, after its preceding sibling;
// - removed on one side and untouched on the other: removed; removed on one
//   side and changed on the other (its fields, or its steps or activities):
//   a Removed conflict. The steps or activities of a pathway or module that
//   one side removed follow their parent;
// - a step or activity moved to another parent on one side goes there; moved
//   to different parents on both sides: a Moved conflict;
// - a list reordered on one side only takes that order; reordered on both,
//   differently: an Order conflict;
// - a field changed differently on both sides: a Field conflict.
// The changelog is the union of the releases (newest first). The version is
// upstream's, with the local relay suffix restarted when the local version
// had one (local 1.2.0+leers.2, upstream 1.3.0: 1.3.0+leers.1), and that
// version gets a release saying so.
//
// A UI lists conflicts(), sets choices one by one (setChoice), and once
// unresolvedCount() is 0 takes result() or write()s it. The result is the
// same whatever order the choices are made in.
class CurriculumMerge
{
public:
    CurriculumMerge(const Curriculum &base, const Curriculum &local, const Curriculum &upstream);

    const QList<MergeConflict> &conflicts() const { return m_conflicts; }
    const MergeConflict *conflict(const QString &id) const;
    int unresolvedCount() const;
    // False when there is no conflict with that id.
    bool setChoice(const QString &conflictId, MergeConflict::Choice choice);
    // Every conflict still unresolved takes that side (--prefer).
    void resolveAll(MergeConflict::Choice choice);

    // The merged curriculum; nullopt while a conflict is unresolved.
    std::optional<Curriculum> result() const;
    QString resultVersion() const;

    // Writes the result into target, which must not exist or be an empty
    // folder: the XML files and the media files, each copied from the side
    // its content comes from (localFolder, upstreamFolder: the sides'
    // curriculum folders). Everything is written into a staging folder beside
    // target, validated, and renamed into place only when valid; on failure
    // nothing is left and diags says why (merge.unresolved, merge.invalid
    // followed by the validator's findings, merge.media-missing,
    // pack.target-exists, pack.write-failed).
    bool write(const QString &target, const QString &localFolder, const QString &upstreamFolder, Diagnostics &diags) const;

private:
    Curriculum m_base;
    Curriculum m_local;
    Curriculum m_upstream;
    QList<MergeConflict> m_conflicts;
};

} // namespace Relais
