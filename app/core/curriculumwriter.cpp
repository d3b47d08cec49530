#include "curriculumwriter.h"

#include "fileset.h"
#include "foldertransaction.h"

#include "xmlparser.h"
#include "xmlwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Relais {

namespace {

const QString core = QString::fromLatin1(coreNamespace);

// Writes, after each known child, the foreign elements that followed it when
// the file was read; what is left (its anchor no longer written) goes last.
class ForeignWriter
{
public:
    ForeignWriter(XmlWriter &w, const Foreign &f) : m_w(w), m_f(f), m_done(f.elements.size(), false)
    {
        after(QString());
    }
    void after(const QString &anchor)
    {
        for (size_t i = 0; i < m_f.elements.size(); ++i) {
            if (!m_done[i] && m_f.elements[i].first == anchor) {
                m_w.node(m_f.elements[i].second);
                m_done[i] = true;
            }
        }
    }
    void rest()
    {
        for (size_t i = 0; i < m_f.elements.size(); ++i)
            if (!m_done[i])
                m_w.node(m_f.elements[i].second);
    }

private:
    XmlWriter &m_w;
    const Foreign &m_f;
    std::vector<bool> m_done;
};

Attributes rootAttributes(Attributes known, const Foreign &foreign)
{
    known.prepend({QStringLiteral("formatVersion"), QStringLiteral("1")});
    known.prepend({QStringLiteral("xmlns"), core});
    return known + foreign.attributes;
}

void optionalAttribute(Attributes &attrs, const char *name, const std::optional<int> &value)
{
    if (value)
        attrs.append({QString::fromLatin1(name), QString::number(*value)});
}

void list(XmlWriter &w, ForeignWriter &fw, const char *container, const char *item, const QStringList &values)
{
    if (values.isEmpty())
        return;
    const QString name = QString::fromLatin1(container);
    w.start(name);
    for (const QString &v : values)
        w.textElement(QString::fromLatin1(item), v);
    w.end();
    fw.after(name);
}

void text(XmlWriter &w, ForeignWriter &fw, const char *name, const QString &value, bool always = false)
{
    if (value.isEmpty() && !always)
        return;
    w.textElement(QString::fromLatin1(name), value);
    fw.after(QString::fromLatin1(name));
}

void rich(XmlWriter &w, ForeignWriter &fw, const char *name, const RichText &value)
{
    if (value.empty())
        return;
    w.richText(QString::fromLatin1(name), value);
    fw.after(QString::fromLatin1(name));
}

void reference(XmlWriter &w, ForeignWriter &fw, const char *name, const QString &ref)
{
    if (ref.isEmpty())
        return;
    w.emptyElement(QString::fromLatin1(name), {{QStringLiteral("ref"), ref}});
    fw.after(QString::fromLatin1(name));
}

void writeAsset(XmlWriter &w, const MediaAsset &m)
{
    const Attributes attrs = Attributes{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("href"), m.href},
                                        {QStringLiteral("type"), m.type},
                                        {QStringLiteral("size"), QString::number(m.size)},
                                        {QStringLiteral("sha256"), m.sha256}}
                             + m.foreign.attributes;
    w.start(QStringLiteral("asset"), attrs);
    ForeignWriter fw(w, m.foreign);
    text(w, fw, "alt", m.alt);
    rich(w, fw, "transcript", m.transcript);
    reference(w, fw, "captions", m.captions);
    text(w, fw, "credit", m.credit);
    text(w, fw, "licence", m.licence);
    fw.rest();
    w.end();
}

void writeActivity(XmlWriter &w, const Activity &a)
{
    w.start(QStringLiteral("activity"),
            Attributes{{QStringLiteral("id"), a.id}, {QStringLiteral("type"), a.type}} + a.foreign.attributes);
    ForeignWriter fw(w, a.foreign);
    text(w, fw, "title", a.title, true);
    rich(w, fw, "instructions", a.instructions);
    for (const QString &ref : a.media)
        w.emptyElement(QStringLiteral("media"), {{QStringLiteral("ref"), ref}});
    if (!a.media.isEmpty())
        fw.after(QStringLiteral("media"));
    if (a.hasScoring) {
        Attributes attrs;
        optionalAttribute(attrs, "weight", a.weight);
        optionalAttribute(attrs, "passingScore", a.passingScore);
        w.emptyElement(QStringLiteral("scoring"), attrs);
        fw.after(QStringLiteral("scoring"));
    }
    if (a.payload) {
        w.start(QStringLiteral("payload"));
        w.node(*a.payload);
        w.end();
        fw.after(QStringLiteral("payload"));
    }
    fw.rest();
    w.end();
}

void writeStep(XmlWriter &w, const Step &s)
{
    w.start(QStringLiteral("step"), Attributes{{QStringLiteral("id"), s.id}} + s.foreign.attributes);
    ForeignWriter fw(w, s.foreign);
    text(w, fw, "title", s.title, true);
    rich(w, fw, "goal", s.goal);
    for (const QString &ref : s.modules)
        w.emptyElement(QStringLiteral("module"), {{QStringLiteral("ref"), ref}});
    if (!s.modules.isEmpty())
        fw.after(QStringLiteral("module"));
    rich(w, fw, "notes", s.notes);
    fw.rest();
    w.end();
}

} // namespace

QString modulePath(const QString &id)
{
    return QStringLiteral("modules/") + id + QStringLiteral(".xml");
}

QString pathwayPath(const QString &id)
{
    return QStringLiteral("pathways/") + id + QStringLiteral(".xml");
}

QByteArray CurriculumWriter::curriculumXml(const Curriculum &c)
{
    XmlWriter w;
    w.start(QStringLiteral("curriculum"),
            rootAttributes({{QStringLiteral("id"), c.id},
                            {QStringLiteral("version"), c.version},
                            {QStringLiteral("lang"), c.lang}},
                           c.foreign));
    ForeignWriter fw(w, c.foreign);
    text(w, fw, "title", c.title, true);
    text(w, fw, "subtitle", c.subtitle);
    rich(w, fw, "summary", c.summary);
    Attributes publisherAttrs;
    if (!c.publisherUrl.isEmpty())
        publisherAttrs.append({QStringLiteral("url"), c.publisherUrl});
    w.textElement(QStringLiteral("publisher"), c.publisher, publisherAttrs);
    fw.after(QStringLiteral("publisher"));
    if (!c.authors.isEmpty()) {
        w.start(QStringLiteral("authors"));
        for (const Author &a : c.authors) {
            Attributes attrs;
            if (!a.role.isEmpty())
                attrs.append({QStringLiteral("role"), a.role});
            w.textElement(QStringLiteral("author"), a.name, attrs);
        }
        w.end();
        fw.after(QStringLiteral("authors"));
    }
    text(w, fw, "licence", c.licence, true);
    list(w, fw, "audiences", "audience", c.audiences);
    if (!c.changelog.isEmpty()) {
        w.start(QStringLiteral("changelog"));
        for (const Release &r : c.changelog) {
            w.start(QStringLiteral("release"), {{QStringLiteral("version"), r.version}, {QStringLiteral("date"), r.date}});
            for (const Change &ch : r.changes) {
                Attributes attrs;
                if (!ch.kind.isEmpty())
                    attrs.append({QStringLiteral("kind"), ch.kind});
                w.textElement(QStringLiteral("change"), ch.text, attrs);
            }
            w.end();
        }
        w.end();
        fw.after(QStringLiteral("changelog"));
    }
    if (!c.pathways.isEmpty()) {
        w.start(QStringLiteral("pathways"));
        for (const Pathway &p : c.pathways)
            w.emptyElement(QStringLiteral("pathway"), {{QStringLiteral("ref"), p.id}});
        w.end();
        fw.after(QStringLiteral("pathways"));
    }
    if (!c.modules.isEmpty()) {
        w.start(QStringLiteral("modules"));
        for (const Module &m : c.modules)
            w.emptyElement(QStringLiteral("module"), {{QStringLiteral("ref"), m.id}});
        w.end();
        fw.after(QStringLiteral("modules"));
    }
    if (!c.media.isEmpty()) {
        w.start(QStringLiteral("media"));
        for (const MediaAsset &m : c.media)
            writeAsset(w, m);
        w.end();
        fw.after(QStringLiteral("media"));
    }
    fw.rest();
    w.end();
    return w.data();
}

QByteArray CurriculumWriter::moduleXml(const Module &m)
{
    XmlWriter w;
    w.start(QStringLiteral("module"),
            rootAttributes({{QStringLiteral("id"), m.id},
                            {QStringLiteral("duration"), QString::number(m.duration)},
                            {QStringLiteral("modality"), m.modality},
                            {QStringLiteral("level"), m.level}},
                           m.foreign));
    ForeignWriter fw(w, m.foreign);
    text(w, fw, "title", m.title, true);
    rich(w, fw, "summary", m.summary);
    list(w, fw, "audiences", "audience", m.audiences);
    list(w, fw, "prerequisites", "item", m.prerequisites);
    w.start(QStringLiteral("objectives"));
    for (const QString &o : m.objectives)
        w.textElement(QStringLiteral("objective"), o);
    w.end();
    fw.after(QStringLiteral("objectives"));
    if (!m.competencies.isEmpty()) {
        w.start(QStringLiteral("competencies"));
        for (const Competency &c : m.competencies) {
            Attributes attrs;
            if (!c.code.isEmpty())
                attrs.append({QStringLiteral("code"), c.code});
            w.textElement(QStringLiteral("competency"), c.text, attrs);
        }
        w.end();
        fw.after(QStringLiteral("competencies"));
    }
    w.start(QStringLiteral("equipment"));
    for (const EquipmentItem &e : m.equipment) {
        Attributes attrs{{QStringLiteral("kind"), e.kind}};
        if (e.quantity > 0)
            attrs.append({QStringLiteral("quantity"), QString::number(e.quantity)});
        w.textElement(QStringLiteral("item"), e.text, attrs);
    }
    w.end();
    fw.after(QStringLiteral("equipment"));
    rich(w, fw, "facilitatorNotes", m.facilitatorNotes);
    w.start(QStringLiteral("runningOrder"));
    for (const Segment &s : m.runningOrder) {
        Attributes attrs{{QStringLiteral("duration"), QString::number(s.duration)}};
        if (!s.activity.isEmpty())
            attrs.append({QStringLiteral("activity"), s.activity});
        w.start(QStringLiteral("segment"), attrs);
        w.textElement(QStringLiteral("title"), s.title);
        w.richText(QStringLiteral("description"), s.description);
        w.end();
    }
    w.end();
    fw.after(QStringLiteral("runningOrder"));
    w.start(QStringLiteral("activities"));
    for (const Activity &a : m.activities)
        writeActivity(w, a);
    w.end();
    fw.after(QStringLiteral("activities"));
    fw.rest();
    w.end();
    return w.data();
}

QByteArray CurriculumWriter::pathwayXml(const Pathway &p)
{
    XmlWriter w;
    Attributes attrs{{QStringLiteral("id"), p.id}, {QStringLiteral("modality"), p.modality}};
    optionalAttribute(attrs, "sessions", p.sessions);
    optionalAttribute(attrs, "duration", p.duration);
    w.start(QStringLiteral("pathway"), rootAttributes(attrs, p.foreign));
    ForeignWriter fw(w, p.foreign);
    text(w, fw, "title", p.title, true);
    rich(w, fw, "summary", p.summary);
    list(w, fw, "audiences", "audience", p.audiences);
    list(w, fw, "prerequisites", "item", p.prerequisites);
    reference(w, fw, "entryDiagnostic", p.entryDiagnostic);
    w.start(QStringLiteral("steps"));
    for (const Step &s : p.steps)
        writeStep(w, s);
    w.end();
    fw.after(QStringLiteral("steps"));
    reference(w, fw, "exitAssessment", p.exitAssessment);
    if (p.hasCompletion) {
        Attributes c;
        optionalAttribute(c, "minSessions", p.completionMinSessions);
        if (p.completionExitAssessment)
            c.append({QStringLiteral("exitAssessment"),
                      *p.completionExitAssessment ? QStringLiteral("true") : QStringLiteral("false")});
        if (p.completionDescription.empty()) {
            w.emptyElement(QStringLiteral("completion"), c);
        } else {
            w.start(QStringLiteral("completion"), c);
            w.richText(QStringLiteral("description"), p.completionDescription);
            w.end();
        }
        fw.after(QStringLiteral("completion"));
    }
    fw.rest();
    w.end();
    return w.data();
}

QMap<QString, QByteArray> CurriculumWriter::files(const Curriculum &c)
{
    QMap<QString, QByteArray> out;
    out.insert(QStringLiteral("curriculum.xml"), curriculumXml(c));
    for (const Pathway &p : c.pathways)
        out.insert(pathwayPath(p.id), pathwayXml(p));
    for (const Module &m : c.modules)
        out.insert(modulePath(m.id), moduleXml(m));
    return out;
}

bool CurriculumWriter::save(const Curriculum &c, const QString &folder, Diagnostics &diags)
{
    return save(files(c), folder, diags);
}

bool CurriculumWriter::save(const QMap<QString, QByteArray> &all, const QString &folder, Diagnostics &diags,
                            const QStringList &remove)
{
    FolderTransaction transaction(folder);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (!hasBytes(folder + QLatin1Char('/') + it.key(), it.value()))
            transaction.write(it.key(), it.value());
    for (const QString &path : remove)
        if (QFileInfo::exists(folder + QLatin1Char('/') + path))
            transaction.remove(path);
    return transaction.commit(diags);
}

} // namespace Relais
