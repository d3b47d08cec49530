#include "curriculummerge.h"

#include "curriculumwriter.h"
#include "field.h"
#include "fileset.h"
#include "validator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <tuple>

namespace Relais {

namespace {

// Nothing changed between two versions of an entity: its fields, and the
// ids and content of its steps or activities.
template<typename T>
bool unchanged(const T &a, const T &b)
{
    const QList<ModelField<T>> &fields = modelFields<T>();
    if (!std::all_of(fields.cbegin(), fields.cend(), [&](const ModelField<T> &f) { return f.equal(a, b); }))
        return false;
    if constexpr (!std::is_void_v<typename Entity<T>::Child>) {
        using Child = typename Entity<T>::Child;
        const auto &ca = Entity<Child>::in(a);
        const auto &cb = Entity<Child>::in(b);
        return std::equal(ca.cbegin(), ca.cend(), cb.cbegin(), cb.cend(),
                          [](const Child &x, const Child &y) { return x.id == y.id && unchanged(x, y); });
    }
    return true;
}

// "activities" in "module:courriel/activities/order".
QString listName(EntityKind kind)
{
    return kind == EntityKind::Activity ? QStringLiteral("activities")
           : kind == EntityKind::Media  ? QStringLiteral("media")
                                        : kindName(kind) + QLatin1Char('s');
}

enum class Side { Local, Upstream };

// The three-way rule for one value: a change on one side only wins, the same
// change on both is kept; nullopt: a conflict.
std::optional<Side> agree(bool localIsBase, bool upstreamIsBase, bool sidesAgree)
{
    if (localIsBase)
        return Side::Upstream;
    if (upstreamIsBase || sidesAgree)
        return Side::Local;
    return std::nullopt;
}

// What a conflict is about: an entity and the path its conflicts' ids start with.
struct Subject
{
    EntityKind kind;
    QString id;
    QString title;
    QString path;
};

// One kind of entity in the three versions, and which is which.
template<typename T>
struct Sides
{
    explicit Sides(const Curriculum &b, const Curriculum &l, const Curriculum &u)
        : base(b), local(l), upstream(u), baseLocal(base, local), baseUpstream(base, upstream), localUpstream(local, upstream)
    {
    }
    EntityList<T> base, local, upstream;
    Matching<T> baseLocal, baseUpstream, localUpstream;
};

// The merged entities of one kind, each with its parent.
template<typename T>
struct Merged
{
    QList<std::pair<T, QString>> items;
    QSet<QString> ids;

    void add(const T &item, const QString &parent)
    {
        items.append({item, parent});
        ids.insert(item.id);
    }
};

// One run of the merge with a set of choices: it lists the conflicts and
// builds the result, taking the local side of a conflict not yet resolved.
class Merger
{
public:
    Merger(const Curriculum &b, const Curriculum &l, const Curriculum &u, QHash<QString, MergeConflict::Choice> choices)
        : m_b(b), m_l(l), m_u(u), m_choices(std::move(choices)), m_lang(l.lang), m_pathways(b, l, u), m_steps(b, l, u),
          m_modules(b, l, u), m_activities(b, l, u), m_media(b, l, u)
    {
    }

    Curriculum run()
    {
        Curriculum out = mergeFields<Curriculum>(&m_b, m_l, m_u, {EntityKind::Curriculum, m_l.id, m_l.title, kindName(EntityKind::Curriculum)});
        // Parents first: their steps and activities follow them.
        mergeKind<Pathway>();
        mergeKind<Module>();
        mergeKind<MediaAsset>();
        mergeKind<Step>();
        mergeKind<Activity>();
        out.pathways = assemble<Pathway>().value(QString());
        const QHash<QString, QList<Step>> steps = assemble<Step>();
        for (Pathway &p : out.pathways)
            p.steps = steps.value(p.id);
        out.modules = assemble<Module>().value(QString());
        const QHash<QString, QList<Activity>> activities = assemble<Activity>();
        for (Module &m : out.modules)
            m.activities = activities.value(m.id);
        out.media = assemble<MediaAsset>().value(QString());
        out.version = version(m_l, m_u);
        out.changelog = changelog(out.version);
        std::sort(conflicts.begin(), conflicts.end(), [](const MergeConflict &a, const MergeConflict &b) { return a.id < b.id; });
        return out;
    }

    static QString version(const Curriculum &local, const Curriculum &upstream)
    {
        const std::optional<Version> l = Version::parse(local.version), u = Version::parse(upstream.version);
        if (!l || !u || !l->isLocal())
            return upstream.version;
        Version v = u->nextLocal(l->relay());
        if (!(*l < v))  // upstream brought no new version: the local numbering goes on
            v = l->nextLocal(l->relay());
        return v.toString();
    }

    QList<MergeConflict> conflicts;

private:
    template<typename T>
    const Sides<T> &sides() const
    {
        if constexpr (std::is_same_v<T, Pathway>)
            return m_pathways;
        else if constexpr (std::is_same_v<T, Step>)
            return m_steps;
        else if constexpr (std::is_same_v<T, Module>)
            return m_modules;
        else if constexpr (std::is_same_v<T, Activity>)
            return m_activities;
        else
            return m_media;
    }
    template<typename T>
    Merged<T> &merged() { return std::get<Merged<T>>(m_merged); }

    Side conflict(MergeConflict c)
    {
        c.choice = m_choices.value(c.id, MergeConflict::Choice::Unresolved);
        conflicts.append(c);
        return c.choice == MergeConflict::Choice::Upstream ? Side::Upstream : Side::Local;
    }

    MergeConflict conflictAbout(const Subject &s, MergeConflict::Kind kind, const QString &id) const
    {
        MergeConflict c;
        c.id = id;
        c.kind = kind;
        c.entity = s.kind;
        c.entityId = s.id;
        c.title = s.title;
        return c;
    }

    template<typename T>
    T mergeFields(const T *b, const T &l, const T &u, const Subject &s)
    {
        T out = l;
        for (const ModelField<T> &f : modelFields<T>()) {
            std::optional<Side> side = agree(b && f.equal(l, *b), b && f.equal(u, *b), f.equal(l, u));
            if (!side) {
                MergeConflict c = conflictAbout(s, MergeConflict::Kind::Field, s.path + QLatin1Char('/') + f.name);
                c.field = f.name;
                c.labelFr = f.labelFr;
                c.labelEn = f.labelEn;
                c.base = b ? f.text(*b, m_lang) : QString();
                c.local = f.text(l, m_lang);
                c.upstream = f.text(u, m_lang);
                side = conflict(c);
            }
            if (*side == Side::Upstream)
                f.take(out, u);
        }
        return out;
    }

    template<typename T>
    QString parentTitle(const QString &parent, const Curriculum &c)
    {
        if constexpr (isTopLevel<T>) {
            return c.title;
        } else {
            using Parent = typename Entity<T>::Parent;
            const Sides<Parent> &s = sides<Parent>();
            const Placed<Parent> *p = (&c == &m_b ? s.base : &c == &m_l ? s.local : s.upstream).find(QString(), parent);
            return p ? Entity<Parent>::title(*p->item) : QString();
        }
    }

    template<typename T>
    QString parentPath(const QString &parent) const
    {
        if constexpr (isTopLevel<T>)
            return kindName(EntityKind::Curriculum);
        else
            return entityPath(Entity<typename Entity<T>::Parent>::kind, parent);
    }

    template<typename T>
    void mergeKind()
    {
        // The same entity in the three versions: through the base when it
        // was there, else what each side added.
        const Sides<T> &s = sides<T>();
        struct Triple
        {
            const Placed<T> *b, *l, *u;
        };
        QList<Triple> triples;
        QSet<const Placed<T> *> seen;
        for (const Placed<T> &l : s.local.items()) {
            const Placed<T> *b = s.baseLocal.inA(l);
            const Placed<T> *u = b ? s.baseUpstream.inB(*b) : s.localUpstream.inB(l);
            triples.append({b, &l, u});
            seen.insert(u);
        }
        for (const Placed<T> &u : s.upstream.items())
            if (!seen.contains(&u))
                triples.append({s.baseUpstream.inA(u), nullptr, &u});

        for (const auto &[b, l, u] : std::as_const(triples)) {
            const Placed<T> &any = b ? *b : l ? *l : *u;
            const QString id = any.item->id;
            const Subject subject{Entity<T>::kind, id, Entity<T>::title(*(l ? l : u)->item),
                                  isTopLevel<T> ? entityPath(Entity<T>::kind, id)
                                                : parentPath<T>(any.parent) + QLatin1Char('/') + entityPath(Entity<T>::kind, id)};
            if (l && u) {
                QString parent = l->parent;
                if (const std::optional<Side> side = agree(b && l->parent == b->parent, b && u->parent == b->parent, l->parent == u->parent); side) {
                    parent = *side == Side::Upstream ? u->parent : l->parent;
                } else {
                    MergeConflict c = conflictAbout(subject, MergeConflict::Kind::Moved, subject.path + QStringLiteral("/moved"));
                    c.base = b ? parentTitle<T>(b->parent, m_b) : QString();
                    c.local = parentTitle<T>(l->parent, m_l);
                    c.upstream = parentTitle<T>(u->parent, m_u);
                    parent = conflict(c) == Side::Upstream ? u->parent : l->parent;
                }
                merged<T>().add(mergeFields(b ? b->item : nullptr, *l->item, *u->item, subject), parent);
                continue;
            }
            // On one side only: added there, or removed on the other.
            const Placed<T> &present = l ? *l : *u;
            bool keep = !b;
            if constexpr (!isTopLevel<T>) {
                using Parent = typename Entity<T>::Parent;
                const EntityList<Parent> &other = l ? sides<Parent>().upstream : sides<Parent>().local;
                if (b && !other.find(QString(), b->parent)) {  // gone with its parent: it follows it
                    if (merged<Parent>().ids.contains(present.parent))
                        merged<T>().add(*present.item, present.parent);
                    continue;
                }
            }
            if (b && (present.parent != b->parent || !unchanged(*b->item, *present.item))) {
                MergeConflict c = conflictAbout(subject, MergeConflict::Kind::Removed, subject.path);
                c.removedLocally = !l;
                c.base = Entity<T>::title(*b->item);
                (l ? c.local : c.upstream) = Entity<T>::title(*present.item);
                c.changes = changesTo(l ? Side::Local : Side::Upstream, Entity<T>::kind, id);
                keep = conflict(c) == (l ? Side::Local : Side::Upstream);
            }
            if (keep)
                merged<T>().add(*present.item, present.parent);
        }
    }

    // Each parent's merged children, in the merged order.
    template<typename T>
    QHash<QString, QList<T>> assemble()
    {
        const Sides<T> &s = sides<T>();
        QHash<QString, QHash<QString, const T *>> members;  // parent → id → entity
        for (const auto &[item, parent] : std::as_const(merged<T>().items))
            members[parent].insert(item.id, &item);
        QHash<QString, QList<T>> out;
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            const QString &parent = it.key();
            const QStringList order = mergeOrder<T>(parent, s.base.childrenOf(parent), s.local.childrenOf(parent),
                                                    s.upstream.childrenOf(parent), it.value());
            QList<T> &list = out[parent];
            for (const QString &id : order)
                list.append(*it->value(id));
        }
        return out;
    }

    // Each side's order restricted to what the three share says who
    // reordered; what one side added goes after its preceding sibling there.
    template<typename T>
    QStringList mergeOrder(const QString &parent, const QStringList &b, const QStringList &l, const QStringList &u,
                           const QHash<QString, const T *> &members)
    {
        const auto shared = [&](const QStringList &list) {
            QStringList out;
            for (const QString &id : list)
                if (b.contains(id) && l.contains(id) && u.contains(id))
                    out << id;
            return out;
        };
        std::optional<Side> side = agree(shared(l) == shared(b), shared(u) == shared(b), shared(l) == shared(u));
        if (!side) {
            const Subject subject{Entity<typename Entity<T>::Parent>::kind, parent, parentTitle<T>(parent, m_l), parentPath<T>(parent)};
            MergeConflict c = conflictAbout(subject, MergeConflict::Kind::Order,
                                            subject.path + QLatin1Char('/') + listName(Entity<T>::kind) + QStringLiteral("/order"));
            c.labelFr = QStringLiteral("l'ordre des ") + kindNoun(Entity<T>::kind, QStringLiteral("fr"), true);
            c.labelEn = QStringLiteral("the order of the ") + kindNoun(Entity<T>::kind, QStringLiteral("en"), true);
            const auto titles = [&parent](const EntityList<T> &list, const QStringList &ids) {
                QStringList out;
                for (const QString &id : ids)
                    out << Entity<T>::title(*list.find(parent, id)->item);
                return out.join(QStringLiteral("; "));
            };
            c.base = titles(sides<T>().base, b);
            c.local = titles(sides<T>().local, l);
            c.upstream = titles(sides<T>().upstream, u);
            side = conflict(c);
        }
        const QStringList &first = *side == Side::Upstream ? u : l;
        const QStringList &second = *side == Side::Upstream ? l : u;
        QStringList order;
        for (const QString &id : first)
            if (members.contains(id))
                order << id;
        for (const QStringList *list : {&second, &first}) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QString &id = list->at(i);
                if (!members.contains(id) || order.contains(id))
                    continue;
                qsizetype at = 0;
                for (qsizetype j = i - 1; j >= 0; --j)
                    if (const qsizetype found = order.indexOf(list->at(j)); found >= 0) {
                        at = found + 1;
                        break;
                    }
                order.insert(at, id);
            }
        }
        return order;
    }

    // What one side changed in an entity since the base, as the diff says it:
    // the entity's own entry and those of its steps or activities.
    QList<DiffEntry> changesTo(Side side, EntityKind kind, const QString &id)
    {
        std::optional<CurriculumDiff> &diff = side == Side::Local ? m_localDiff : m_upstreamDiff;
        if (!diff)
            diff = CurriculumDiff::compare(m_b, side == Side::Local ? m_l : m_u);
        const bool parentKind = kind == EntityKind::Pathway || kind == EntityKind::Module;
        QList<DiffEntry> out;
        for (const DiffEntry &e : std::as_const(diff->entries))
            if ((e.kind == kind && e.id == id) || (parentKind && e.kind != kind && (e.parent == id || e.oldParent == id)))
                out << e;
        return out;
    }

    QList<Release> changelog(const QString &version) const
    {
        QList<Release> out;
        QSet<QString> seen;
        for (const Curriculum *c : {&m_u, &m_l, &m_b})
            for (const Release &r : c->changelog)
                if (!seen.contains(r.version)) {
                    seen.insert(r.version);
                    out << r;
                }
        std::stable_sort(out.begin(), out.end(), [](const Release &a, const Release &b) {
            const std::optional<Version> va = Version::parse(a.version), vb = Version::parse(b.version);
            return va && (!vb || *vb < *va);
        });
        if (!seen.contains(version) && version != m_u.version) {
            const QString text = LocalizedText::pick(m_lang, "Adaptations locales de la version %1 reportées sur la version %2 de l'éditeur.",
                                                     "Local adaptations of version %1 carried over to upstream version %2.");
            out.prepend({version, QDate::currentDate().toString(Qt::ISODate),
                         {{QStringLiteral("changed"), text.arg(m_l.version, m_u.version)}}});
        }
        return out;
    }

    const Curriculum &m_b;
    const Curriculum &m_l;
    const Curriculum &m_u;
    const QHash<QString, MergeConflict::Choice> m_choices;
    const QString m_lang;
    // Built in place: the matchings point into the lists.
    const Sides<Pathway> m_pathways;
    const Sides<Step> m_steps;
    const Sides<Module> m_modules;
    const Sides<Activity> m_activities;
    const Sides<MediaAsset> m_media;
    std::tuple<Merged<Pathway>, Merged<Step>, Merged<Module>, Merged<Activity>, Merged<MediaAsset>> m_merged;
    std::optional<CurriculumDiff> m_localDiff, m_upstreamDiff;
};

} // namespace

QString conflictKindName(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::Field: return QStringLiteral("field");
    case MergeConflict::Kind::Removed: return QStringLiteral("removed");
    case MergeConflict::Kind::Moved: return QStringLiteral("moved");
    case MergeConflict::Kind::Order: return QStringLiteral("order");
    }
    return {};
}

QString choiceName(MergeConflict::Choice choice)
{
    switch (choice) {
    case MergeConflict::Choice::Unresolved: return QStringLiteral("unresolved");
    case MergeConflict::Choice::Local: return QStringLiteral("local");
    case MergeConflict::Choice::Upstream: return QStringLiteral("upstream");
    }
    return {};
}

std::optional<MergeConflict::Choice> choiceFromName(const QString &name)
{
    if (name == QLatin1String("local"))
        return MergeConflict::Choice::Local;
    if (name == QLatin1String("upstream"))
        return MergeConflict::Choice::Upstream;
    return std::nullopt;
}

QString MergeConflict::sentence(const QString &lang) const
{
    QString noun = kindNoun(entity, lang);
    noun[0] = noun[0].toUpper();
    const QString subject = entity == EntityKind::Curriculum
                                ? noun
                                : noun + QLatin1Char(' ') + quoted(title.isEmpty() ? entityId : title, lang);
    if (lang.startsWith(QLatin1String("en"))) {
        switch (kind) {
        case Kind::Field:
        case Kind::Order: return subject + QStringLiteral(": ") + labelEn + QStringLiteral(" changed differently on each side.");
        case Kind::Removed:
            return subject + (removedLocally ? QStringLiteral(": removed locally, changed upstream.")
                                             : QStringLiteral(": removed upstream, changed locally."));
        case Kind::Moved: return subject + QStringLiteral(": moved to a different place on each side.");
        }
        return {};
    }
    // French agreement: with the label's number, with the entity's gender.
    const QString e = kindIsFeminine(entity) ? QStringLiteral("e") : QString();
    switch (kind) {
    case Kind::Field:
    case Kind::Order:
        return subject + QStringLiteral(" : ") + labelFr
               + (labelFr.startsWith(QLatin1String("les ")) ? QStringLiteral(" ont") : QStringLiteral(" a"))
               + QStringLiteral(" changé différemment des deux côtés.");
    case Kind::Removed:
        return subject
               + (removedLocally ? QStringLiteral(" : supprimé%1 localement, modifié%1 par l'éditeur.")
                                 : QStringLiteral(" : supprimé%1 par l'éditeur, modifié%1 localement."))
                     .arg(e);
    case Kind::Moved: return subject + QStringLiteral(" : déplacé%1 à des endroits différents des deux côtés.").arg(e);
    }
    return {};
}

QJsonObject MergeConflict::toJson(const QString &lang) const
{
    QJsonArray changeList;
    for (const DiffEntry &e : changes)
        changeList.append(e.sentence(lang));
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), conflictKindName(kind)},
                  {QStringLiteral("entity"), kindName(entity)},
                  {QStringLiteral("entityId"), entityId},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("sentence"), sentence(lang)},
                  {QStringLiteral("base"), base},
                  {QStringLiteral("local"), local},
                  {QStringLiteral("upstream"), upstream},
                  {QStringLiteral("choice"), choiceName(choice)}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    if (!label(lang).isEmpty())
        o.insert(QStringLiteral("label"), label(lang));
    if (kind == Kind::Removed) {
        o.insert(QStringLiteral("removedBy"), removedLocally ? QStringLiteral("local") : QStringLiteral("upstream"));
        o.insert(QStringLiteral("changes"), changeList);
    }
    return o;
}

CurriculumMerge::CurriculumMerge(const Curriculum &base, const Curriculum &local, const Curriculum &upstream)
    : m_base(base), m_local(local), m_upstream(upstream)
{
    Merger merger(m_base, m_local, m_upstream, {});
    merger.run();
    m_conflicts = merger.conflicts;
}

const MergeConflict *CurriculumMerge::conflict(const QString &id) const
{
    for (const MergeConflict &c : m_conflicts)
        if (c.id == id)
            return &c;
    return nullptr;
}

int CurriculumMerge::unresolvedCount() const
{
    return int(std::count_if(m_conflicts.cbegin(), m_conflicts.cend(),
                             [](const MergeConflict &c) { return c.choice == MergeConflict::Choice::Unresolved; }));
}

bool CurriculumMerge::setChoice(const QString &conflictId, MergeConflict::Choice choice)
{
    for (MergeConflict &c : m_conflicts) {
        if (c.id == conflictId) {
            c.choice = choice;
            return true;
        }
    }
    return false;
}

void CurriculumMerge::resolveAll(MergeConflict::Choice choice)
{
    for (MergeConflict &c : m_conflicts)
        if (c.choice == MergeConflict::Choice::Unresolved)
            c.choice = choice;
}

std::optional<Curriculum> CurriculumMerge::result() const
{
    if (unresolvedCount() > 0)
        return std::nullopt;
    QHash<QString, MergeConflict::Choice> choices;
    for (const MergeConflict &c : m_conflicts)
        choices.insert(c.id, c.choice);
    return Merger(m_base, m_local, m_upstream, choices).run();
}

QString CurriculumMerge::resultVersion() const
{
    return Merger::version(m_local, m_upstream);
}

bool CurriculumMerge::write(const QString &target, const QString &localFolder, const QString &upstreamFolder,
                            Diagnostics &diags) const
{
    const std::optional<Curriculum> merged = result();
    if (!merged) {
        diags << Diagnostic::make(QStringLiteral("merge.unresolved"), {}, {}, {QString::number(unresolvedCount())});
        return false;
    }
    const QFileInfo info(target);
    const QString absTarget = info.absoluteFilePath();
    if (info.isSymLink()
        || (info.exists() && !(info.isDir() && QDir(absTarget).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))) {
        diags << Diagnostic::make(QStringLiteral("pack.target-exists"), {}, {}, {QDir::toNativeSeparators(absTarget)});
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {info.absolutePath(), QStringLiteral("mkdir")});
        return false;
    }
    QTemporaryDir staging(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".merge-XXXXXX"));
    if (!staging.isValid()) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {info.absolutePath(), staging.errorString()});
        return false;
    }
    if (!CurriculumWriter::save(*merged, staging.path(), diags))
        return false;
    // A media file comes from whichever side has its content (same sha256).
    for (const MediaAsset &m : merged->media) {
        QString source;
        for (const auto &[side, folder] : {std::pair{&m_local, localFolder}, std::pair{&m_upstream, upstreamFolder}}) {
            for (const MediaAsset &candidate : side->media)
                if (candidate.sha256 == m.sha256 && QFileInfo::exists(QDir(folder).filePath(candidate.href)))
                    source = QDir(folder).filePath(candidate.href);
            if (!source.isEmpty())
                break;
        }
        const QString to = staging.filePath(m.href);
        if (source.isEmpty()) {
            diags << Diagnostic::make(QStringLiteral("merge.media-missing"), {QStringLiteral("curriculum.xml"), 0, 0},
                                      entityPath(EntityKind::Media, m.id), {m.href, m.id});
            return false;
        }
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(source, to)) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {QDir::toNativeSeparators(to), QStringLiteral("copy")});
            return false;
        }
    }
    const Validator::Report report = Validator().validate(staging.path());
    if (!report.usable || hasErrors(report.diagnostics)) {
        diags << Diagnostic::make(QStringLiteral("merge.invalid"), {}, {},
                                  {QString::number(countSeverity(report.diagnostics, Severity::Error))});
        for (const Diagnostic &d : report.diagnostics)
            if (d.severity == Severity::Error)
                diags << d;
        return false;
    }
    if (info.exists())
        QDir().rmdir(absTarget);
    if (!renameReplacing(staging.path(), absTarget, diags))
        return false;
    staging.setAutoRemove(false);
    QFile::setPermissions(absTarget, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                         | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                         | QFileDevice::ExeOther);
    return true;
}

} // namespace Relais
