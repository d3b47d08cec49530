#include "curriculumdiff.h"

#include "field.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Relais {

namespace {

bool english(const QString &lang)
{
    return lang.startsWith(QLatin1String("en"));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A pathway or module under a new id is the same one when its title or its
// content (the ids of its steps or activities) did not change.
template<typename T>
bool sameContent(const T &a, const T &b)
{
    QStringList ca, cb;
    for (const auto &child : Entity<typename Entity<T>::Child>::in(a))
        ca << child.id;
    for (const auto &child : Entity<typename Entity<T>::Child>::in(b))
        cb << child.id;
    return a.title == b.title || (!ca.isEmpty() && ca == cb);
}
bool similar(const Pathway &a, const Pathway &b) { return sameContent(a, b); }
bool similar(const Module &a, const Module &b) { return sameContent(a, b); }
bool similar(const MediaAsset &a, const MediaAsset &b) { return !a.sha256.isEmpty() && a.sha256 == b.sha256; }

// The ids of a that keep their relative order in b (a longest common
// subsequence); the others have moved.
QSet<QString> keptInOrder(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> len(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            len[i][j] = a[i] == b[j] ? len[i + 1][j + 1] + 1 : std::max(len[i + 1][j], len[i][j + 1]);
    QSet<QString> kept;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            kept.insert(a[i]);
            ++i, ++j;
        } else if (len[i + 1][j] >= len[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

template<typename T>
QString titleOf(const Placed<T> *p)
{
    return p ? Entity<T>::title(*p->item) : QString();
}

// One kind of entity compared between the two versions. Pathways and modules
// come before their steps and activities, whose parents may have been renamed.
class Comparison
{
public:
    Comparison(const Curriculum &before, const Curriculum &after) : m_before(before), m_after(after) {}

    template<typename T>
    void compare()
    {
        using Parent = typename Entity<T>::Parent;
        const EntityList<T> before(m_before), after(m_after);
        // Parents: an activity has moved only if its module is another one
        // (a renamed module is the same one), and the children of an added or
        // removed module go with it.
        const QHash<QString, QString> &parentRenamed = m_renamed[int(Entity<Parent>::kind)];  // new id → old id
        QHash<QString, QString> parentRenamedBack;
        for (auto it = parentRenamed.cbegin(); it != parentRenamed.cend(); ++it)
            parentRenamedBack.insert(it.value(), it.key());
        const auto oldParent = [&](const QString &parent) { return parentRenamed.value(parent, parent); };
        std::optional<EntityList<Parent>> parentsBefore, parentsAfter;
        if constexpr (!isTopLevel<T>) {
            parentsBefore.emplace(m_before);
            parentsAfter.emplace(m_after);
        }
        const auto parent = [&](const Curriculum &c, const QString &id) -> const Placed<Parent> * {
            if constexpr (isTopLevel<T>)
                return nullptr;
            else
                return (&c == &m_before ? *parentsBefore : *parentsAfter).find(QString(), id);
        };
        const auto parentTitle = [&](const Curriculum &c, const QString &id) { return titleOf(parent(c, id)); };
        const auto parentIn = [&](const Curriculum &c, const QString &id) { return isTopLevel<T> || parent(c, id); };

        Matching<T> matching(before, after, parentRenamed);
        if constexpr (isTopLevel<T>) {
            // Under another id with the same title or content: renamed.
            for (const Placed<T> &a : after.items()) {
                if (matching.inA(a))
                    continue;
                for (const Placed<T> &b : before.items()) {
                    if (!matching.inB(b) && similar(*b.item, *a.item)) {
                        matching.pair(b, a);
                        m_renamed[int(Entity<T>::kind)].insert(a.item->id, b.item->id);
                        break;
                    }
                }
            }
        }

        // Order among the siblings that stayed under the same parent.
        QHash<QString, std::pair<QStringList, QList<std::pair<int, QString>>>> siblings;
        for (const Placed<T> &a : after.items()) {
            const Placed<T> *b = matching.inA(a);
            if (b && b->parent == oldParent(a.parent)) {
                siblings[a.parent].first << b->item->id;
                siblings[a.parent].second.append({b->position, b->item->id});
            }
        }
        QHash<QString, QSet<QString>> kept;  // by parent
        for (auto it = siblings.begin(); it != siblings.end(); ++it) {
            auto &[afterOrder, beforePlaces] = *it;
            std::sort(beforePlaces.begin(), beforePlaces.end());
            QStringList beforeOrder;
            for (const auto &place : std::as_const(beforePlaces))
                beforeOrder << place.second;
            kept.insert(it.key(), keptInOrder(beforeOrder, afterOrder));
        }

        const QString lang = m_after.lang;
        for (const Placed<T> &a : after.items()) {
            const Placed<T> *b = matching.inA(a);
            DiffEntry e = entry<T>(a);
            e.parentTitle = parentTitle(m_after, a.parent);
            if (!b) {
                if (!parentIn(m_before, oldParent(a.parent)))
                    continue;
                e.change = DiffEntry::Change::Added;
                e.bump = Bump::Minor;
                m_entries.append(e);
                continue;
            }
            e.fields = fieldChanges(*b->item, *a.item, lang);
            if (b->item->id != a.item->id) {
                e.oldId = b->item->id;
                e.fields.prepend({QStringLiteral("id"), QStringLiteral("l'identifiant"), QStringLiteral("the id"), e.oldId,
                                  e.id, std::is_same_v<T, MediaAsset> ? Bump::Patch : Bump::Major});
            }
            const bool otherParent = b->parent != oldParent(a.parent);
            const bool reordered = !otherParent && !kept.value(a.parent).contains(b->item->id);
            if (e.fields.isEmpty() && !otherParent && !reordered)
                continue;
            if (Entity<T>::title(*b->item) != e.title)
                e.oldTitle = Entity<T>::title(*b->item);
            for (const FieldChange &f : std::as_const(e.fields))
                e.bump = std::max(e.bump, f.bump);
            if (otherParent || reordered) {
                e.change = DiffEntry::Change::Moved;
                e.bump = std::max(e.bump, isTopLevel<T> ? Bump::Patch : Bump::Minor);
            } else {
                e.change = e.oldId.isEmpty() && e.oldTitle.isEmpty() ? DiffEntry::Change::Changed : DiffEntry::Change::Renamed;
            }
            if (otherParent) {
                e.oldParent = b->parent;
                e.oldParentTitle = parentTitle(m_before, b->parent);
            } else if (reordered) {
                e.oldPosition = b->position + 1;
                e.position = a.position + 1;
            }
            m_entries.append(e);
        }
        for (const Placed<T> &b : before.items()) {
            if (matching.inB(b) || !parentIn(m_after, parentRenamedBack.value(b.parent, b.parent)))
                continue;
            DiffEntry e = entry<T>(b);
            e.change = DiffEntry::Change::Removed;
            e.bump = std::is_same_v<T, Pathway> || std::is_same_v<T, Module> ? Bump::Major : Bump::Minor;
            e.parentTitle = parentTitle(m_before, b.parent);
            m_entries.append(e);
        }
    }

    void compareCurriculum()
    {
        DiffEntry e;
        e.kind = EntityKind::Curriculum;
        e.id = m_after.id;
        e.title = m_after.title;
        e.fields = fieldChanges(m_before, m_after, m_after.lang);
        if (e.fields.isEmpty())
            return;
        if (m_before.title != m_after.title)
            e.oldTitle = m_before.title;
        if (m_before.id != m_after.id)
            e.oldId = m_before.id;
        for (const FieldChange &f : std::as_const(e.fields))
            e.bump = std::max(e.bump, f.bump);
        m_entries.append(e);
    }

    QList<DiffEntry> entries() const { return m_entries; }

private:
    template<typename T>
    static DiffEntry entry(const Placed<T> &p)
    {
        DiffEntry e;
        e.kind = Entity<T>::kind;
        e.id = p.item->id;
        e.parent = p.parent;
        e.title = Entity<T>::title(*p.item);
        return e;
    }

    const Curriculum &m_before;
    const Curriculum &m_after;
    QHash<QString, QString> m_renamed[6];  // by EntityKind: new id → old id
    QList<DiffEntry> m_entries;
};

// Long texts are shown around what changed: « …un courriel à Julie… ».
std::pair<QString, QString> excerpts(QString before, QString after)
{
    before.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    after.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    constexpr qsizetype shortText = 80, context = 25;
    if (before.size() <= shortText && after.size() <= shortText)
        return {before, after};
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    qsizetype start = std::max<qsizetype>(0, prefix - context);
    if (start > 0)
        start = std::max<qsizetype>(0, before.lastIndexOf(QLatin1Char(' '), start) + 1);
    const auto cut = [&](const QString &text) {
        qsizetype end = std::min(text.size(), text.size() - suffix + context);
        if (end < text.size()) {
            const qsizetype space = text.indexOf(QLatin1Char(' '), end);
            end = space < 0 ? text.size() : space;
        }
        return (start > 0 ? QStringLiteral("…") : QString()) + text.mid(start, end - start)
               + (end < text.size() ? QStringLiteral("…") : QString());
    };
    return {cut(before), cut(after)};
}

QString fieldPhrase(const FieldChange &f, const QString &lang)
{
    const auto [before, after] = excerpts(f.before, f.after);
    const auto value = [&](const QString &v) {
        return v.isEmpty() ? LocalizedText::pick(lang, "rien", "nothing") : quoted(v, lang);
    };
    const QString values = QStringLiteral("(%1 → %2)").arg(value(before), value(after));
    if (english(lang))
        return f.labelEn + QStringLiteral(" changed ") + values;
    const bool plural = f.labelFr.startsWith(QLatin1String("les "));
    return f.labelFr + (plural ? QStringLiteral(" ont changé ") : QStringLiteral(" a changé ")) + values;
}

EntityKind parentKind(EntityKind kind)
{
    return kind == EntityKind::Step ? EntityKind::Pathway : EntityKind::Module;
}

enum class Preposition { To, From, Towards, In };

// "à l'atelier « A »", "du parcours « P »", "to module “A”"…
QString parentPhrase(EntityKind kind, const QString &title, Preposition preposition, const QString &lang)
{
    const EntityKind parent = parentKind(kind);
    const QString named = kindNoun(parent, lang) + QLatin1Char(' ') + quoted(title, lang);
    if (english(lang)) {
        static const char *const words[] = {"to", "from", "to", "in"};
        return QString::fromLatin1(words[int(preposition)]) + QLatin1Char(' ') + named;
    }
    const bool pathway = parent == EntityKind::Pathway;  // le parcours, l'atelier
    switch (preposition) {
    case Preposition::To: return (pathway ? QStringLiteral("au ") : QStringLiteral("à l'")) + named;
    case Preposition::From: return (pathway ? QStringLiteral("du ") : QStringLiteral("de l'")) + named;
    case Preposition::Towards: return (pathway ? QStringLiteral("vers le ") : QStringLiteral("vers l'")) + named;
    case Preposition::In: return (pathway ? QStringLiteral("dans le ") : QStringLiteral("dans l'")) + named;
    }
    return named;
}

// What happened, in French (to agree with the noun) and English, by DiffEntry::Change.
const char *const changeWords[][2] = {
    {"ajouté", "added"}, {"supprimé", "removed"}, {"déplacé", "moved"}, {"renommé", "renamed"}, {"modifié", "changed"},
};

// "ajouté", "ajoutée", "ajoutés"…, "added".
QString participle(DiffEntry::Change change, EntityKind kind, bool plural, const QString &lang)
{
    const auto &words = changeWords[int(change)];
    if (english(lang))
        return QString::fromLatin1(words[1]);
    return QString::fromUtf8(words[0]) + (kindIsFeminine(kind) ? QStringLiteral("e") : QString())
           + (plural ? QStringLiteral("s") : QString());
}

QString bumpWords(Bump bump, const QString &lang)
{
    switch (bump) {
    case Bump::Major: return LocalizedText::pick(lang, "changement majeur", "major change");
    case Bump::Minor: return LocalizedText::pick(lang, "changement mineur", "minor change");
    case Bump::Patch: return LocalizedText::pick(lang, "correctif", "patch");
    case Bump::None: break;
    }
    return {};
}

} // namespace

QString changeName(DiffEntry::Change change)
{
    return QString::fromLatin1(changeWords[int(change)][1]);
}

QString DiffEntry::sentence(const QString &lang) const
{
    const bool hasParent = kind == Kind::Step || kind == Kind::Activity;
    const QString noun = capitalized(kindNoun(kind, lang));
    const auto named = [&](const QString &t) {
        return kind == Kind::Curriculum ? noun : noun + QLatin1Char(' ') + quoted(t.isEmpty() ? id : t, lang);
    };
    const auto did = [&](Change c) { return participle(c, kind, false, lang); };

    QList<FieldChange> shown = fields;
    QString text;
    switch (change) {
    case Change::Added:
        text = named(title) + QLatin1Char(' ') + did(change);
        if (hasParent)
            text += QLatin1Char(' ') + parentPhrase(kind, parentTitle, Preposition::To, lang);
        break;
    case Change::Removed:
        text = named(title) + QLatin1Char(' ') + did(change);
        if (hasParent)
            text += QLatin1Char(' ') + parentPhrase(kind, parentTitle, Preposition::From, lang);
        break;
    case Change::Moved:
        text = named(title) + QLatin1Char(' ') + did(change) + QLatin1Char(' ');
        if (!oldParent.isEmpty()) {
            text += parentPhrase(kind, oldParentTitle, Preposition::From, lang) + QLatin1Char(' ')
                    + parentPhrase(kind, parentTitle, Preposition::Towards, lang);
        } else {
            text += LocalizedText::pick(lang, "de la position %1 à la position %2", "from position %1 to position %2")
                        .arg(oldPosition)
                        .arg(position);
            if (hasParent)
                text += QLatin1Char(' ') + parentPhrase(kind, parentTitle, Preposition::In, lang);
        }
        break;
    case Change::Renamed:
    case Change::Changed:
        if (!oldTitle.isEmpty() && kind != Kind::Curriculum) {
            text = named(oldTitle) + QLatin1Char(' ') + did(Change::Renamed) + QLatin1Char(' ') + quoted(title, lang);
            shown.removeIf([](const FieldChange &f) { return f.field == QLatin1String("title"); });
        }
        break;
    }
    QStringList phrases;
    for (const FieldChange &f : std::as_const(shown))
        phrases << fieldPhrase(f, lang);
    const QString separator = LocalizedText::pick(lang, " ; ", "; ");
    if (text.isEmpty())  // the fields are the whole news: « Atelier « A » : la durée a changé (…) »
        text = named(title) + LocalizedText::pick(lang, " : ", ": ") + phrases.join(separator);
    else if (!phrases.isEmpty())
        text += separator + phrases.join(separator);
    return text + QLatin1Char('.');
}

QJsonObject DiffEntry::toJson(const QString &lang) const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("change"), changeName(change)},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("bump"), bumpName(bump)},
                  {QStringLiteral("sentence"), sentence(lang)}};
    const auto optional = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("oldId", oldId);
    optional("parent", parent);
    optional("oldParent", oldParent);
    optional("oldTitle", oldTitle);
    if (position > 0) {
        o.insert(QStringLiteral("oldPosition"), oldPosition);
        o.insert(QStringLiteral("position"), position);
    }
    QJsonArray list;
    for (const FieldChange &f : fields)
        list.append(QJsonObject{{QStringLiteral("field"), f.field},
                                {QStringLiteral("label"), f.label(lang)},
                                {QStringLiteral("before"), f.before},
                                {QStringLiteral("after"), f.after},
                                {QStringLiteral("bump"), bumpName(f.bump)}});
    o.insert(QStringLiteral("fields"), list);
    return o;
}

CurriculumDiff CurriculumDiff::compare(const Curriculum &before, const Curriculum &after)
{
    Comparison c(before, after);
    c.compareCurriculum();
    c.compare<Pathway>();
    c.compare<Step>();
    c.compare<Module>();
    c.compare<Activity>();
    c.compare<MediaAsset>();
    CurriculumDiff diff;
    diff.versionBefore = before.version;
    diff.versionAfter = after.version;
    diff.entries = c.entries();
    return diff;
}

Bump CurriculumDiff::suggestedBump() const
{
    Bump bump = Bump::None;
    for (const DiffEntry &e : entries)
        bump = std::max(bump, e.bump);
    return bump;
}

std::optional<Version> CurriculumDiff::suggestedVersion() const
{
    const std::optional<Version> from = Version::parse(versionBefore);
    if (!from || isEmpty())
        return std::nullopt;
    return from->bumped(suggestedBump());
}

QString CurriculumDiff::reason(const QString &lang) const
{
    // The changes that call for the bump, counted by kind, change and the
    // fields concerned: « 2 ateliers modifiés (la durée) ».
    struct Group
    {
        EntityKind kind;
        DiffEntry::Change change;
        QString fields;
        int count;
    };
    const Bump bump = suggestedBump();
    QList<Group> groups;
    for (const DiffEntry &e : entries) {
        if (e.bump != bump)
            continue;
        QStringList labels;
        if (e.change == DiffEntry::Change::Changed || e.change == DiffEntry::Change::Renamed)
            for (const FieldChange &f : e.fields)
                if (f.bump == bump && !labels.contains(f.label(lang)))
                    labels << f.label(lang);
        const QString fields = labels.join(QStringLiteral(", "));
        const auto same = [&](const Group &g) { return g.kind == e.kind && g.change == e.change && g.fields == fields; };
        if (const auto it = std::find_if(groups.begin(), groups.end(), same); it != groups.end())
            ++it->count;
        else
            groups.append({e.kind, e.change, fields, 1});
    }
    QStringList phrases;
    for (const Group &g : std::as_const(groups)) {
        const QString noun = kindNoun(g.kind, lang, g.count > 1);
        QString number;
        if (g.kind == EntityKind::Curriculum)
            number = LocalizedText::pick(lang, "le", "the");
        else if (g.count > 1)
            number = QString::number(g.count);
        else if (english(lang))
            number = QStringLiteral("aeiou").contains(noun[0]) ? QStringLiteral("an") : QStringLiteral("a");
        else
            number = kindIsFeminine(g.kind) ? QStringLiteral("une") : QStringLiteral("un");
        QString phrase = number + QLatin1Char(' ') + noun + QLatin1Char(' ') + participle(g.change, g.kind, g.count > 1, lang);
        if (!g.fields.isEmpty())
            phrase += QStringLiteral(" (%1)").arg(g.fields);
        phrases << phrase;
    }
    return phrases.join(QStringLiteral(", "));
}

QString CurriculumDiff::text(const QString &lang) const
{
    QString out = LocalizedText::pick(lang, "Versions comparées : %1 → %2\n", "Versions compared: %1 → %2\n")
                      .arg(versionBefore, versionAfter);
    if (isEmpty())
        return out + LocalizedText::pick(lang, "Aucune différence : les deux versions ont le même contenu.\n",
                                         "No differences: both versions have the same content.\n");
    const struct
    {
        QList<EntityKind> kinds;
        const char *fr;
        const char *en;
    } groups[] = {
        {{EntityKind::Curriculum}, "Le curriculum :", "The curriculum:"},
        {{EntityKind::Pathway, EntityKind::Step}, "Les parcours et leurs séances :", "Pathways and their sessions:"},
        {{EntityKind::Module, EntityKind::Activity}, "Les ateliers et leurs activités :", "Modules and their activities:"},
        {{EntityKind::Media}, "Les médias :", "Media files:"},
    };
    for (const auto &group : groups) {
        QString lines;
        for (const DiffEntry &e : entries)
            if (group.kinds.contains(e.kind))
                lines += QStringLiteral("  - ") + e.sentence(lang) + QLatin1Char('\n');
        if (!lines.isEmpty())
            out += QLatin1Char('\n') + LocalizedText::pick(lang, group.fr, group.en) + QLatin1Char('\n') + lines;
    }
    const QString why = bumpWords(suggestedBump(), lang) + LocalizedText::pick(lang, " : ", ": ") + reason(lang);
    out += QLatin1Char('\n');
    if (const std::optional<Version> next = suggestedVersion())
        out += LocalizedText::pick(lang, "Version suggérée : %1 (%2)\n", "Suggested version: %1 (%2)\n")
                   .arg(next->toString(), why);
    else
        out += LocalizedText::pick(lang, "Montée de version suggérée : %1\n", "Suggested bump: %1\n").arg(why);
    return out;
}

QJsonObject CurriculumDiff::toJson(const QString &lang) const
{
    QJsonArray list;
    for (const DiffEntry &e : entries)
        list.append(e.toJson(lang));
    QJsonObject o{{QStringLiteral("versionBefore"), versionBefore},
                  {QStringLiteral("versionAfter"), versionAfter},
                  {QStringLiteral("identical"), isEmpty()},
                  {QStringLiteral("suggestedBump"), bumpName(suggestedBump())},
                  {QStringLiteral("entries"), list}};
    if (const std::optional<Version> next = suggestedVersion())
        o.insert(QStringLiteral("suggestedVersion"), next->toString());
    if (!isEmpty())
        o.insert(QStringLiteral("reason"), reason(lang));
    return o;
}

} // namespace Relais
