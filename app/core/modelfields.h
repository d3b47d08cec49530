#pragma once

#include "curriculum.h"
#include "version.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <type_traits>

// The one description of the model that the diff and the merge share: what
// entities a curriculum holds and where they sit (Entity, EntityList), which
// entity of one version is which of another (Matching), and the fields of
// each kind (ModelField), with their labels for people, their value as plain
// text, equality, how to copy one from another version and the version bump
// a change of it calls for.

namespace Relais {

enum class EntityKind { Curriculum, Pathway, Step, Module, Activity, Media };

QString kindName(EntityKind kind);  // stable: "curriculum", "pathway", "step", "module", "activity", "media"
// "atelier" / "module", "séances" / "sessions"…
QString kindNoun(EntityKind kind, const QString &lang, bool plural = false);
bool kindIsFeminine(EntityKind kind);  // French agreement: une séance, une activité
// A name or a value inside a sentence: « Le courriel », “Email”.
QString quoted(const QString &text, const QString &lang);

// One field of an entity that differs between two versions.
struct FieldChange
{
    QString field;    // stable name, e.g. "title", "duration", "payload/choices/choice[2]"
    QString labelFr;  // "le titre", "la durée"…
    QString labelEn;
    QString before;   // plain text (rich text flattened), empty when absent
    QString after;
    Bump bump = Bump::Patch;  // what this change calls for

    QString label(const QString &lang) const { return lang.startsWith(QLatin1String("en")) ? labelEn : labelFr; }
};

// One field of the entities of type T (Curriculum, Pathway, Step, Module,
// Activity, MediaAsset). Ids, children (steps, activities), a curriculum's
// version and changelog are not fields: the diff and the merge treat them apart.
template<typename T>
struct ModelField
{
    QString name;     // stable: "title", "duration", "payload"
    QString labelFr;  // with its article: "le titre", "la durée", "les objectifs"
    QString labelEn;  // "the title"…
    Bump bump = Bump::Patch;
    // Plain text for people; lang is the curriculum's language (a few values
    // are worded: "au moins 4 séances", "poids 1").
    std::function<QString(const T &, const QString &lang)> text;
    std::function<bool(const T &, const T &)> equal;
    std::function<void(T &to, const T &from)> take;  // to gets from's value of this field
    // Set for a field compared by parts (an activity's payload, by element
    // path): the parts that differ, each with its own bump.
    std::function<QList<FieldChange>(const T &, const T &, const QString &lang)> parts;

    QString label(const QString &lang) const { return lang.startsWith(QLatin1String("en")) ? labelEn : labelFr; }
};

template<typename T> const QList<ModelField<T>> &modelFields();
template<> const QList<ModelField<Curriculum>> &modelFields();
template<> const QList<ModelField<Pathway>> &modelFields();
template<> const QList<ModelField<Step>> &modelFields();
template<> const QList<ModelField<Module>> &modelFields();
template<> const QList<ModelField<Activity>> &modelFields();
template<> const QList<ModelField<MediaAsset>> &modelFields();

// The fields that differ between two versions of one entity, in table order;
// a field compared by parts gives its parts.
template<typename T>
QList<FieldChange> fieldChanges(const T &before, const T &after, const QString &lang)
{
    QList<FieldChange> out;
    for (const ModelField<T> &f : modelFields<T>()) {
        if (f.parts)
            out += f.parts(before, after, lang);
        else if (!f.equal(before, after))
            out.append({f.name, f.labelFr, f.labelEn, f.text(before, lang), f.text(after, lang), f.bump});
    }
    return out;
}

// Where each kind of entity lives: Parent is the curriculum for pathways,
// modules and media, a pathway for steps, a module for activities; `in`
// gives the list of the parent that holds them; Child is the kind they hold
// (void: none).
template<typename T> struct Entity;
template<> struct Entity<Curriculum>
{
    static constexpr EntityKind kind = EntityKind::Curriculum;
    static QString title(const Curriculum &c) { return c.title; }
};
template<> struct Entity<Pathway>
{
    static constexpr EntityKind kind = EntityKind::Pathway;
    using Parent = Curriculum;
    using Child = Step;
    static auto &in(auto &curriculum) { return curriculum.pathways; }
    static QString title(const Pathway &p) { return p.title; }
};
template<> struct Entity<Step>
{
    static constexpr EntityKind kind = EntityKind::Step;
    using Parent = Pathway;
    using Child = void;
    static auto &in(auto &pathway) { return pathway.steps; }
    static QString title(const Step &s) { return s.title; }
};
template<> struct Entity<Module>
{
    static constexpr EntityKind kind = EntityKind::Module;
    using Parent = Curriculum;
    using Child = Activity;
    static auto &in(auto &curriculum) { return curriculum.modules; }
    static QString title(const Module &m) { return m.title; }
};
template<> struct Entity<Activity>
{
    static constexpr EntityKind kind = EntityKind::Activity;
    using Parent = Module;
    using Child = void;
    static auto &in(auto &module) { return module.activities; }
    static QString title(const Activity &a) { return a.title; }
};
template<> struct Entity<MediaAsset>
{
    static constexpr EntityKind kind = EntityKind::Media;
    using Parent = Curriculum;
    using Child = void;
    static auto &in(auto &curriculum) { return curriculum.media; }
    // Media have no title: people know them by their file name.
    static QString title(const MediaAsset &m) { return m.href.section(QLatin1Char('/'), -1); }
};

template<typename T>
constexpr bool isTopLevel = std::is_same_v<typename Entity<T>::Parent, Curriculum>;

// One entity where it sits: its parent's id (empty for pathways, modules and
// media) and its position among its siblings (from 0).
template<typename T>
struct Placed
{
    const T *item = nullptr;
    QString parent;
    int position = 0;
};

// Every entity of one kind in a curriculum, in document order. It points
// into the curriculum, which must outlive it.
template<typename T>
class EntityList
{
public:
    explicit EntityList(const Curriculum &curriculum)
    {
        if constexpr (isTopLevel<T>) {
            add(Entity<T>::in(curriculum), QString());
        } else {
            for (const auto &parent : Entity<typename Entity<T>::Parent>::in(curriculum))
                add(Entity<T>::in(parent), parent.id);
        }
    }

    const QList<Placed<T>> &items() const { return m_items; }
    // By id under its parent: steps and activities have ids unique per
    // parent only (parent: empty for pathways, modules and media).
    const Placed<T> *find(const QString &parent, const QString &id) const
    {
        const auto it = m_index.constFind({parent, id});
        return it == m_index.cend() ? nullptr : &m_items[*it];
    }
    // The ids of one parent's children, in order.
    QStringList childrenOf(const QString &parent) const { return m_children.value(parent); }

private:
    void add(const QList<T> &list, const QString &parent)
    {
        QStringList &children = m_children[parent];
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_index.insert({parent, list[i].id}, m_items.size());
            m_items.append({&list[i], parent, int(i)});
            children << list[i].id;
        }
    }

    QList<Placed<T>> m_items;
    QHash<std::pair<QString, QString>, qsizetype> m_index;
    QHash<QString, QStringList> m_children;
};

// Which entity of one version (a) is which of another (b): the same id under
// the same parent (a parent renamed in b is found through renamedParents, new
// id → old id); then, for steps and activities, the same id left over once
// on each side, under another parent: it has moved.
template<typename T>
class Matching
{
public:
    Matching(const EntityList<T> &a, const EntityList<T> &b, const QHash<QString, QString> &renamedParents = {})
    {
        for (const Placed<T> &y : b.items())
            if (const Placed<T> *x = a.find(renamedParents.value(y.parent, y.parent), y.item->id))
                pair(*x, y);
        if constexpr (!isTopLevel<T>) {
            QHash<QString, QList<const Placed<T> *>> left, right;
            for (const Placed<T> &x : a.items())
                if (!m_ab.contains(&x))
                    left[x.item->id] << &x;
            for (const Placed<T> &y : b.items())
                if (!m_ba.contains(&y))
                    right[y.item->id] << &y;
            for (auto it = left.cbegin(); it != left.cend(); ++it)
                if (it->size() == 1 && right.value(it.key()).size() == 1)
                    pair(*it->first(), *right.value(it.key()).first());
        }
    }

    const Placed<T> *inB(const Placed<T> &x) const { return m_ab.value(&x); }
    const Placed<T> *inA(const Placed<T> &y) const { return m_ba.value(&y); }
    void pair(const Placed<T> &x, const Placed<T> &y)
    {
        m_ab.insert(&x, &y);
        m_ba.insert(&y, &x);
    }

private:
    QHash<const Placed<T> *, const Placed<T> *> m_ab, m_ba;
};

// A stable path for an entity, as diagnostics write it: "module:courriel",
// "module:courriel/activity:quiz-1", "curriculum".
QString entityPath(EntityKind kind, const QString &id, EntityKind parentKind = EntityKind::Curriculum,
                   const QString &parentId = {});

} // namespace Relais
