#include "modelfields.h"

#include "field.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace Relais {

namespace {

// Equality as people see it: locations (where a value was read) do not count.
template<typename V>
bool same(const V &a, const V &b)
{
    return a == b;
}
bool same(const Author &a, const Author &b)
{
    return std::tie(a.name, a.role) == std::tie(b.name, b.role);
}
bool same(const Competency &a, const Competency &b)
{
    return std::tie(a.code, a.text) == std::tie(b.code, b.text);
}
bool same(const EquipmentItem &a, const EquipmentItem &b)
{
    return std::tie(a.kind, a.quantity, a.text) == std::tie(b.kind, b.quantity, b.text);
}
bool same(const Segment &a, const Segment &b)
{
    return std::tie(a.duration, a.activity, a.title, a.description)
        == std::tie(b.duration, b.activity, b.title, b.description);
}
template<typename V>
bool same(const QList<V> &a, const QList<V> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const V &x, const V &y) { return same(x, y); });
}

// Values as plain text for people.
QString plain(const QString &s) { return s; }
QString plain(const RichText &r) { return richTextPlain(r); }
QString plain(const QStringList &l) { return l.join(QStringLiteral("; ")); }
QString plain(const std::optional<int> &v) { return v ? QString::number(*v) : QString(); }
template<typename V, typename F>
QString joined(const QList<V> &list, F one)
{
    QStringList out;
    for (const V &v : list)
        out << one(v);
    return out.join(QStringLiteral("; "));
}
QString plain(const QList<Author> &l)
{
    return joined(l, [](const Author &a) { return a.role.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.role); });
}
QString plain(const QList<Competency> &l)
{
    return joined(l, [](const Competency &c) { return (c.code.isEmpty() ? QString() : c.code + QLatin1Char(' ')) + c.text; });
}
QString plain(const QList<EquipmentItem> &l)
{
    return joined(l, [](const EquipmentItem &e) {
        return e.quantity > 0 ? QStringLiteral("%1 (×%2)").arg(e.text, QString::number(e.quantity)) : e.text;
    });
}
QString minutes(const int &m, const QString &) { return QStringLiteral("%1 min").arg(m); }
QString optionalMinutes(const std::optional<int> &m, const QString &lang) { return m ? minutes(*m, lang) : QString(); }
QString plain(const QList<Segment> &l)
{
    return joined(l, [](const Segment &s) { return QStringLiteral("%1 min %2").arg(s.duration).arg(s.title); });
}

template<typename T>
using TextFn = std::function<QString(const T &, const QString &)>;

// A field reached by `get`, which gives a reference to one member or a tuple
// of references to several (std::tie): equality and copy follow from it.
template<typename T, typename Get>
ModelField<T> field(const char *name, const char *fr, const char *en, Bump bump, Get get, TextFn<T> text)
{
    return {QString::fromUtf8(name), QString::fromUtf8(fr), QString::fromUtf8(en), bump, std::move(text),
            [get](const T &a, const T &b) { return same(get(a), get(b)); },
            [get](T &to, const T &from) { get(to) = get(from); },
            {}};
}

template<typename T, typename M>
ModelField<T> member(M T::*p, const char *name, const char *fr, const char *en, Bump bump,
                     QString (*text)(const M &, const QString &) = nullptr)
{
    return field<T>(name, fr, en, bump, [p](auto &t) -> auto & { return t.*p; },
                    text ? TextFn<T>([p, text](const T &t, const QString &lang) { return text(t.*p, lang); })
                         : TextFn<T>([p](const T &t, const QString &) { return plain(t.*p); }));
}

// An exercise's payload belongs to its plugin: it is compared element by
// element, and each part that differs is named by its path
// ("choices/choice[2]/text"). Texts are patches; attributes (a correct
// answer, a zone's points) and elements added or removed are minor.
class PayloadParts
{
public:
    explicit PayloadParts(QList<FieldChange> &out) : m_out(out) {}

    void compare(const XmlNode *a, const XmlNode *b, const QString &path)
    {
        if (!a || !b || a->localName() != b->localName()) {
            add(path, text(a), text(b), Bump::Minor);
            return;
        }
        QStringList names;
        for (const auto &list : {a->attributes, b->attributes})
            for (const auto &attr : list)
                if (!names.contains(attr.first))
                    names << attr.first;
        for (const QString &name : std::as_const(names))
            if (a->attribute(name) != b->attribute(name))
                add(path + QStringLiteral("/@") + name, a->attribute(name), b->attribute(name), Bump::Minor);
        if (ownText(*a) != ownText(*b))
            add(path, ownText(*a), ownText(*b), Bump::Patch);

        // Children are paired by name and rank: the second <choice> with the second.
        const auto elements = [](const XmlNode &n) {
            QList<const XmlNode *> out;
            for (const XmlNode &c : n.children)
                if (c.isElement())
                    out << &c;
            return out;
        };
        const QList<const XmlNode *> ea = elements(*a), eb = elements(*b);
        const auto count = [](const QList<const XmlNode *> &list, const QString &name) {
            return std::count_if(list.cbegin(), list.cend(), [&](const XmlNode *n) { return n->localName() == name; });
        };
        const auto nth = [](const QList<const XmlNode *> &list, const QString &name, int rank) -> const XmlNode * {
            for (const XmlNode *n : list)
                if (n->localName() == name && rank-- == 0)
                    return n;
            return nullptr;
        };
        QList<std::pair<QString, int>> keys;
        for (const auto *list : {&ea, &eb}) {
            QHash<QString, int> rank;
            for (const XmlNode *n : *list) {
                const std::pair<QString, int> key{n->localName(), rank[n->localName()]++};
                if (!keys.contains(key))
                    keys << key;
            }
        }
        for (const auto &[name, rank] : std::as_const(keys)) {
            const bool several = count(ea, name) > 1 || count(eb, name) > 1;
            const QString child = path + QLatin1Char('/') + name
                                  + (several ? QStringLiteral("[%1]").arg(rank + 1) : QString());
            compare(nth(ea, name, rank), nth(eb, name, rank), child);
        }
    }

private:
    static QString text(const XmlNode *n) { return n ? n->plainText().simplified() : QString(); }
    static QString ownText(const XmlNode &n)
    {
        QString out;
        for (const XmlNode &c : n.children)
            if (!c.isElement())
                out += c.name;
        return out.simplified();
    }
    void add(const QString &path, const QString &before, const QString &after, Bump bump)
    {
        const QString part = path.section(QLatin1Char('/'), 1);
        const auto label = [&](const char *what) {
            const QString w = QString::fromUtf8(what);
            return part.isEmpty() ? w : QStringLiteral("%1 (%2)").arg(w, part);
        };
        m_out.append({path, label("l'exercice"), label("the exercise"), before, after, bump});
    }

    QList<FieldChange> &m_out;
};

QList<FieldChange> payloadParts(const Activity &a, const Activity &b, const QString &)
{
    QList<FieldChange> out;
    if (a.payload != b.payload || a.payloadNamespace != b.payloadNamespace)
        PayloadParts(out).compare(a.payload ? &*a.payload : nullptr, b.payload ? &*b.payload : nullptr,
                                  QStringLiteral("payload"));
    return out;
}

} // namespace

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Curriculum: return QStringLiteral("curriculum");
    case EntityKind::Pathway: return QStringLiteral("pathway");
    case EntityKind::Step: return QStringLiteral("step");
    case EntityKind::Module: return QStringLiteral("module");
    case EntityKind::Activity: return QStringLiteral("activity");
    case EntityKind::Media: return QStringLiteral("media");
    }
    return {};
}

QString kindNoun(EntityKind kind, const QString &lang, bool plural)
{
    // The words of the CCAS: an "atelier" is a module, a "séance" a pathway's step.
    // In the order of EntityKind: French singular and plural, then English.
    static const std::array<std::array<const char *, 4>, 6> nouns{{
        {"curriculum", "curriculums", "curriculum", "curricula"},
        {"parcours", "parcours", "pathway", "pathways"},
        {"séance", "séances", "session", "sessions"},
        {"atelier", "ateliers", "module", "modules"},
        {"activité", "activités", "activity", "activities"},
        {"média", "médias", "media file", "media files"},
    }};
    return QString::fromUtf8(nouns[size_t(kind)][(lang.startsWith(QLatin1String("en")) ? 2 : 0) + (plural ? 1 : 0)]);
}

QString quoted(const QString &text, const QString &lang)
{
    return LocalizedText::pick(lang, "« %1 »", "“%1”").arg(text);
}

bool kindIsFeminine(EntityKind kind)
{
    return kind == EntityKind::Step || kind == EntityKind::Activity;
}

QString entityPath(EntityKind kind, const QString &id, EntityKind parentKind, const QString &parentId)
{
    if (kind == EntityKind::Curriculum)
        return kindName(kind);
    const QString own = kindName(kind) + QLatin1Char(':') + id;
    return parentId.isEmpty() ? own : entityPath(parentKind, parentId) + QLatin1Char('/') + own;
}

template<>
const QList<ModelField<Curriculum>> &modelFields()
{
    using C = Curriculum;
    static const QList<ModelField<C>> fields{
        member(&C::id, "id", "l'identifiant", "the id", Bump::Major),
        member(&C::lang, "lang", "la langue", "the language", Bump::Major),
        member(&C::title, "title", "le titre", "the title", Bump::Patch),
        member(&C::subtitle, "subtitle", "le sous-titre", "the subtitle", Bump::Patch),
        member(&C::summary, "summary", "le résumé", "the summary", Bump::Patch),
        member(&C::publisher, "publisher", "l'éditeur", "the publisher", Bump::Patch),
        member(&C::publisherUrl, "publisherUrl", "le site de l'éditeur", "the publisher's website", Bump::Patch),
        member(&C::authors, "authors", "les auteurs", "the authors", Bump::Patch),
        member(&C::licence, "licence", "la licence", "the licence", Bump::Minor),
        member(&C::audiences, "audiences", "les publics", "the audiences", Bump::Minor),
    };
    return fields;
}

template<>
const QList<ModelField<Pathway>> &modelFields()
{
    using P = Pathway;
    static const QList<ModelField<P>> fields{
        member(&P::title, "title", "le titre", "the title", Bump::Patch),
        member(&P::summary, "summary", "le résumé", "the summary", Bump::Patch),
        member(&P::modality, "modality", "la modalité", "the modality", Bump::Minor),
        member(&P::sessions, "sessions", "le nombre de séances annoncé", "the announced number of sessions", Bump::Minor),
        member(&P::duration, "duration", "la durée annoncée", "the announced duration", Bump::Minor, optionalMinutes),
        member(&P::audiences, "audiences", "les publics", "the audiences", Bump::Minor),
        member(&P::prerequisites, "prerequisites", "les prérequis", "the prerequisites", Bump::Patch),
        member(&P::entryDiagnostic, "entryDiagnostic", "le diagnostic d'entrée", "the entry diagnostic", Bump::Minor),
        member(&P::exitAssessment, "exitAssessment", "le bilan de sortie", "the exit assessment", Bump::Minor),
        field<P>("completion", "la règle de fin de parcours", "the completion rule", Bump::Minor,
                 [](auto &p) { return std::tie(p.hasCompletion, p.completionMinSessions, p.completionExitAssessment); },
                 [](const P &p, const QString &lang) {
                     QStringList rule;
                     if (p.hasCompletion && p.completionMinSessions)
                         rule << LocalizedText::pick(lang, "au moins %1 séances", "at least %1 sessions")
                                     .arg(*p.completionMinSessions);
                     if (p.hasCompletion && p.completionExitAssessment.value_or(false))
                         rule << LocalizedText::pick(lang, "bilan de sortie exigé", "exit assessment required");
                     return rule.join(QStringLiteral(", "));
                 }),
        member(&P::completionDescription, "completionDescription", "la description de la fin de parcours",
               "the completion description", Bump::Patch),
    };
    return fields;
}

template<>
const QList<ModelField<Step>> &modelFields()
{
    static const QList<ModelField<Step>> fields{
        member(&Step::title, "title", "le titre", "the title", Bump::Patch),
        member(&Step::goal, "goal", "l'objectif", "the goal", Bump::Patch),
        member(&Step::modules, "modules", "les ateliers de la séance", "the session's modules", Bump::Minor),
        member(&Step::notes, "notes", "les notes", "the notes", Bump::Patch),
    };
    return fields;
}

template<>
const QList<ModelField<Module>> &modelFields()
{
    using M = Module;
    static const QList<ModelField<M>> fields = [] {
        QList<ModelField<M>> f{
            member(&M::title, "title", "le titre", "the title", Bump::Patch),
            member(&M::summary, "summary", "le résumé", "the summary", Bump::Patch),
            member(&M::duration, "duration", "la durée", "the duration", Bump::Minor, minutes),
            member(&M::modality, "modality", "la modalité", "the modality", Bump::Minor),
            member(&M::level, "level", "le niveau", "the level", Bump::Minor),
            member(&M::audiences, "audiences", "les publics", "the audiences", Bump::Minor),
            member(&M::prerequisites, "prerequisites", "les prérequis", "the prerequisites", Bump::Patch),
            member(&M::objectives, "objectives", "les objectifs", "the objectives", Bump::Patch),
            member(&M::competencies, "competencies", "les compétences", "the competencies", Bump::Patch),
            member(&M::equipment, "equipment", "le matériel", "the equipment", Bump::Minor),
            member(&M::facilitatorNotes, "facilitatorNotes", "les notes d'animation", "the facilitator notes", Bump::Patch),
            member(&M::runningOrder, "runningOrder", "le déroulé", "the running order", Bump::Minor),
        };
        // New timings or steps change the session (minor); reworded steps are a patch.
        ModelField<M> &order = f.last();
        order.parts = [order](const M &a, const M &b, const QString &lang) -> QList<FieldChange> {
            if (order.equal(a, b))
                return {};
            const auto timing = [](const M &m) {
                QList<std::pair<int, QString>> t;
                for (const Segment &s : m.runningOrder)
                    t.append({s.duration, s.activity});
                return t;
            };
            return {{order.name, order.labelFr, order.labelEn, order.text(a, lang), order.text(b, lang),
                     timing(a) == timing(b) ? Bump::Patch : Bump::Minor}};
        };
        return f;
    }();
    return fields;
}

template<>
const QList<ModelField<Activity>> &modelFields()
{
    using A = Activity;
    static const QList<ModelField<A>> fields = [] {
        QList<ModelField<A>> f{
            member(&A::type, "type", "le type d'exercice", "the exercise type", Bump::Minor),
            member(&A::title, "title", "le titre", "the title", Bump::Patch),
            member(&A::instructions, "instructions", "la consigne", "the instructions", Bump::Patch),
            member(&A::media, "media", "les médias", "the media", Bump::Minor),
            field<A>("scoring", "la notation", "the scoring", Bump::Minor,
                     [](auto &a) { return std::tie(a.hasScoring, a.weight, a.passingScore); },
                     [](const A &a, const QString &lang) {
                         if (!a.hasScoring)
                             return QString();
                         QStringList s;
                         if (a.weight)
                             s << LocalizedText::pick(lang, "poids %1", "weight %1").arg(*a.weight);
                         if (a.passingScore)
                             s << LocalizedText::pick(lang, "réussite à %1 %", "pass mark %1 %").arg(*a.passingScore);
                         return s.isEmpty() ? LocalizedText::pick(lang, "notée", "scored") : s.join(QStringLiteral(", "));
                     }),
            field<A>("payload", "le contenu de l'exercice", "the exercise's content", Bump::Patch,
                     [](auto &a) { return std::tie(a.payload, a.payloadNamespace); },
                     [](const A &a, const QString &) { return a.payload ? a.payload->plainText().simplified() : QString(); }),
        };
        f.last().parts = payloadParts;
        f.last().equal = [](const A &a, const A &b) { return payloadParts(a, b, {}).isEmpty(); };
        return f;
    }();
    return fields;
}

template<>
const QList<ModelField<MediaAsset>> &modelFields()
{
    using M = MediaAsset;
    static const QList<ModelField<M>> fields{
        member(&M::href, "href", "le fichier", "the file", Bump::Patch),
        field<M>("content", "le contenu du fichier", "the file's content", Bump::Patch,
                 [](auto &m) { return std::tie(m.sha256, m.size, m.type); },
                 [](const M &m, const QString &lang) {
                     return QStringLiteral("%1, %2 %3, %4 %5")
                         .arg(m.type, QString::number(m.size), LocalizedText::pick(lang, "octets", "bytes"),
                              LocalizedText::pick(lang, "empreinte", "hash"), m.sha256.left(8));
                 }),
        member(&M::alt, "alt", "le texte alternatif", "the alternative text", Bump::Patch),
        member(&M::transcript, "transcript", "la transcription", "the transcript", Bump::Patch),
        member(&M::captions, "captions", "les sous-titres", "the captions", Bump::Patch),
        member(&M::credit, "credit", "le crédit", "the credit", Bump::Patch),
        member(&M::licence, "licence", "la licence", "the licence", Bump::Patch),
    };
    return fields;
}

} // namespace Relais
