#include "curriculumreader.h"

#include "xmlparser.h"

#include <cstring>

namespace Relais {

namespace {

bool is(const char *a, const char *b)
{
    return std::strcmp(a, b) == 0;
}

class Reader
{
public:
    explicit Reader(const ParsedXml &xml) : m_xml(xml) {}

    Location loc(const pugi::xml_node &n) const { return m_xml.locate(n); }

    static QString text(const pugi::xml_node &n)
    {
        QString out;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
                out += QString::fromUtf8(c.value());
        return out;
    }

    static QString attr(const pugi::xml_node &n, const char *name)
    {
        return QString::fromUtf8(n.attribute(name).value());
    }

    static std::optional<int> intAttr(const pugi::xml_node &n, const char *name)
    {
        const pugi::xml_attribute a = n.attribute(name);
        if (!a)
            return std::nullopt;
        bool ok = false;
        const int v = QString::fromUtf8(a.value()).trimmed().toInt(&ok);
        return ok ? std::optional<int>(v) : std::optional<int>(0);
    }

    static std::optional<bool> boolAttr(const pugi::xml_node &n, const char *name)
    {
        const pugi::xml_attribute a = n.attribute(name);
        if (!a)
            return std::nullopt;
        const QString v = QString::fromUtf8(a.value()).trimmed();
        return v == QLatin1String("true") || v == QLatin1String("1");
    }

    XmlNode node(const pugi::xml_node &n) const { return m_xml.toNode(n); }

    // A foreign element keeps its namespace even when moved under a root that
    // declares different defaults: its prefix is declared on itself unless the
    // document root (whose declarations are always kept) already does.
    XmlNode foreignNode(const pugi::xml_node &n) const
    {
        XmlNode out = node(n);
        const QString prefix = out.prefix();
        const QByteArray declName = prefix.isEmpty() ? QByteArray("xmlns") : "xmlns:" + prefix.toUtf8();
        pugi::xml_node declaring = n;
        while (declaring && declaring.type() == pugi::node_element && !declaring.attribute(declName.constData()))
            declaring = declaring.parent();
        const bool onItself = declaring == n;
        const bool onRoot = declaring && declaring.parent() == n.root() && !prefix.isEmpty();
        if (!onItself && !onRoot)
            out.attributes.prepend({QString::fromUtf8(declName), QString::fromUtf8(ParsedXml::namespaceOf(n))});
        return out;
    }

    RichText rich(const pugi::xml_node &n) const
    {
        RichText out;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
            if (c.type() == pugi::node_element) {
                out.push_back(node(c));
            } else if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
                       && !QString::fromUtf8(c.value()).trimmed().isEmpty()) {
                out.push_back(node(c));  // text outside a paragraph: kept, flagged by the schema
            }
        }
        return out;
    }

    static QStringList items(const pugi::xml_node &n, const char *childName)
    {
        QStringList out;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element && is(ParsedXml::localName(c.name()), childName))
                out << text(c);
        return out;
    }

    // Attributes the core does not model (other namespaces, unknown names) are
    // kept; the default namespace declaration of core elements is rewritten.
    static void foreignAttributes(const pugi::xml_node &n, std::initializer_list<const char *> known,
                                  Foreign &foreign)
    {
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
            const char *name = a.name();
            bool isKnown = is(name, "xmlns") && is(a.value(), coreNamespace);
            for (const char *k : known)
                isKnown = isKnown || is(name, k);
            if (!isKnown)
                foreign.attributes.append({QString::fromUtf8(name), QString::fromUtf8(a.value())});
        }
    }

    // Visits the element children of n; those the handler does not take (other
    // namespaces, unknown names) go to foreign, after the last known child.
    template<typename Handler>
    void children(const pugi::xml_node &n, Foreign &foreign, FieldLocations *fields, Handler &&handler) const
    {
        QString anchor;
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) {
                if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
                    && !QString::fromUtf8(c.value()).trimmed().isEmpty())
                    foreign.elements.push_back({anchor, node(c)});
                continue;
            }
            const char *local = ParsedXml::localName(c.name());
            if (ParsedXml::isCore(c) && handler(local, c)) {
                anchor = QString::fromUtf8(local);
                if (fields && !fields->contains(anchor))
                    fields->insert(anchor, loc(c));
            } else {
                foreign.elements.push_back({anchor, foreignNode(c)});
            }
        }
    }

    static void attributeLocations(const pugi::xml_node &n, const Location &where, FieldLocations &fields)
    {
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute())
            fields.insert(QLatin1Char('@') + QString::fromUtf8(a.name()), where);
    }

    MediaAsset asset(const pugi::xml_node &n) const
    {
        MediaAsset m;
        m.location = loc(n);
        m.id = attr(n, "id");
        m.href = attr(n, "href");
        m.type = attr(n, "type");
        m.size = QString::fromUtf8(n.attribute("size").value()).toLongLong();
        m.sha256 = attr(n, "sha256");
        foreignAttributes(n, {"id", "href", "type", "size", "sha256"}, m.foreign);
        children(n, m.foreign, nullptr, [&](const char *name, const pugi::xml_node &c) {
            if (is(name, "alt"))
                m.alt = text(c);
            else if (is(name, "transcript"))
                m.transcript = rich(c);
            else if (is(name, "captions"))
                m.captions = attr(c, "ref");
            else if (is(name, "credit"))
                m.credit = text(c);
            else if (is(name, "licence"))
                m.licence = text(c);
            else
                return false;
            return true;
        });
        return m;
    }

    Segment segment(const pugi::xml_node &n) const
    {
        Segment s;
        s.location = loc(n);
        s.duration = intAttr(n, "duration").value_or(0);
        s.activity = attr(n, "activity");
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element)
                continue;
            const char *name = ParsedXml::localName(c.name());
            if (is(name, "title"))
                s.title = text(c);
            else if (is(name, "description"))
                s.description = rich(c);
        }
        return s;
    }

    Activity activity(const pugi::xml_node &n) const
    {
        Activity a;
        a.location = loc(n);
        attributeLocations(n, a.location, a.fields);
        a.id = attr(n, "id");
        a.type = attr(n, "type");
        foreignAttributes(n, {"id", "type"}, a.foreign);
        children(n, a.foreign, &a.fields, [&](const char *name, const pugi::xml_node &c) {
            if (is(name, "title")) {
                a.title = text(c);
            } else if (is(name, "instructions")) {
                a.instructions = rich(c);
            } else if (is(name, "media")) {
                a.media << attr(c, "ref");
            } else if (is(name, "scoring")) {
                a.hasScoring = true;
                a.weight = intAttr(c, "weight");
                a.passingScore = intAttr(c, "passingScore");
            } else if (is(name, "payload")) {
                for (pugi::xml_node p = c.first_child(); p; p = p.next_sibling()) {
                    if (p.type() == pugi::node_element) {
                        a.payload = foreignNode(p);
                        a.payloadNamespace = QString::fromUtf8(ParsedXml::namespaceOf(p));
                        break;
                    }
                }
            } else {
                return false;
            }
            return true;
        });
        return a;
    }

    Step step(const pugi::xml_node &n) const
    {
        Step s;
        s.location = loc(n);
        s.id = attr(n, "id");
        foreignAttributes(n, {"id"}, s.foreign);
        children(n, s.foreign, nullptr, [&](const char *name, const pugi::xml_node &c) {
            if (is(name, "title")) {
                s.title = text(c);
            } else if (is(name, "goal")) {
                s.goal = rich(c);
            } else if (is(name, "module")) {
                s.modules << attr(c, "ref");
                s.moduleLocations << loc(c);
            } else if (is(name, "notes")) {
                s.notes = rich(c);
            } else {
                return false;
            }
            return true;
        });
        return s;
    }

private:
    const ParsedXml &m_xml;
};

bool checkRoot(const ParsedXml &xml, const char *expected, Diagnostics &diags)
{
    const pugi::xml_node root = xml.root();
    if (!root || !ParsedXml::isCore(root) || !is(ParsedXml::localName(root.name()), expected)) {
        diags << Diagnostic::make(QStringLiteral("xml.wrong-root"), xml.locate(root), {},
                                  {QString::fromLatin1(expected),
                                   root ? QString::fromUtf8(root.name()) : QString()});
        return false;
    }
    const char *version = root.attribute("formatVersion").value();
    if (*version && !is(version, "1")) {
        diags << Diagnostic::make(QStringLiteral("xml.format-version"), xml.locate(root), {},
                                  {QString::fromUtf8(version)});
        return false;
    }
    return true;
}

} // namespace

std::optional<Curriculum> CurriculumReader::readCurriculum(const ParsedXml &xml, Diagnostics &diags)
{
    if (!checkRoot(xml, "curriculum", diags))
        return std::nullopt;
    const pugi::xml_node root = xml.root();
    Reader r(xml);
    Curriculum c;
    c.location = r.loc(root);
    Reader::attributeLocations(root, c.location, c.fields);
    c.id = Reader::attr(root, "id");
    c.version = Reader::attr(root, "version");
    c.lang = Reader::attr(root, "lang");
    Reader::foreignAttributes(root, {"formatVersion", "id", "version", "lang"}, c.foreign);
    r.children(root, c.foreign, &c.fields, [&](const char *name, const pugi::xml_node &n) {
        if (is(name, "title")) {
            c.title = Reader::text(n);
        } else if (is(name, "subtitle")) {
            c.subtitle = Reader::text(n);
        } else if (is(name, "summary")) {
            c.summary = r.rich(n);
        } else if (is(name, "publisher")) {
            c.publisher = Reader::text(n);
            c.publisherUrl = Reader::attr(n, "url");
        } else if (is(name, "authors")) {
            for (pugi::xml_node a = n.child("author"); a; a = a.next_sibling("author"))
                c.authors << Author{Reader::text(a), Reader::attr(a, "role")};
        } else if (is(name, "licence")) {
            c.licence = Reader::text(n);
        } else if (is(name, "audiences")) {
            c.audiences = Reader::items(n, "audience");
        } else if (is(name, "changelog")) {
            for (pugi::xml_node rel = n.child("release"); rel; rel = rel.next_sibling("release")) {
                Release release{Reader::attr(rel, "version"), Reader::attr(rel, "date"), {}};
                for (pugi::xml_node ch = rel.child("change"); ch; ch = ch.next_sibling("change"))
                    release.changes << Change{Reader::attr(ch, "kind"), Reader::text(ch)};
                c.changelog << release;
            }
        } else if (is(name, "pathways") || is(name, "modules")) {
            // The lists are read by readLists(); the loader fills pathways and modules.
        } else if (is(name, "media")) {
            for (pugi::xml_node a = n.first_child(); a; a = a.next_sibling())
                if (a.type() == pugi::node_element && is(ParsedXml::localName(a.name()), "asset"))
                    c.media << r.asset(a);
        } else {
            return false;
        }
        return true;
    });
    return c;
}

CurriculumReader::Lists CurriculumReader::readLists(const ParsedXml &xml)
{
    Lists lists;
    const pugi::xml_node root = xml.root();
    for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element || !ParsedXml::isCore(n))
            continue;
        const char *name = ParsedXml::localName(n.name());
        QList<Reference> *target = is(name, "pathways") ? &lists.pathways
                                 : is(name, "modules")  ? &lists.modules
                                                        : nullptr;
        if (!target)
            continue;
        for (pugi::xml_node ref = n.first_child(); ref; ref = ref.next_sibling())
            if (ref.type() == pugi::node_element)
                target->append({QString::fromUtf8(ref.attribute("ref").value()), xml.locate(ref)});
    }
    return lists;
}

std::optional<Module> CurriculumReader::readModule(const ParsedXml &xml, Diagnostics &diags)
{
    if (!checkRoot(xml, "module", diags))
        return std::nullopt;
    const pugi::xml_node root = xml.root();
    Reader r(xml);
    Module m;
    m.file = xml.file();
    m.location = r.loc(root);
    Reader::attributeLocations(root, m.location, m.fields);
    m.id = Reader::attr(root, "id");
    m.duration = Reader::intAttr(root, "duration").value_or(0);
    m.modality = Reader::attr(root, "modality");
    m.level = Reader::attr(root, "level");
    Reader::foreignAttributes(root, {"formatVersion", "id", "duration", "modality", "level"}, m.foreign);
    r.children(root, m.foreign, &m.fields, [&](const char *name, const pugi::xml_node &n) {
        if (is(name, "title")) {
            m.title = Reader::text(n);
        } else if (is(name, "summary")) {
            m.summary = r.rich(n);
        } else if (is(name, "audiences")) {
            m.audiences = Reader::items(n, "audience");
        } else if (is(name, "prerequisites")) {
            m.prerequisites = Reader::items(n, "item");
        } else if (is(name, "objectives")) {
            m.objectives = Reader::items(n, "objective");
        } else if (is(name, "competencies")) {
            for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_element)
                    m.competencies << Competency{Reader::attr(c, "code"), Reader::text(c)};
        } else if (is(name, "equipment")) {
            for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_element)
                    m.equipment << EquipmentItem{Reader::attr(c, "kind"),
                                                 Reader::intAttr(c, "quantity").value_or(0),
                                                 Reader::text(c)};
        } else if (is(name, "facilitatorNotes")) {
            m.facilitatorNotes = r.rich(n);
        } else if (is(name, "runningOrder")) {
            for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_element)
                    m.runningOrder << r.segment(c);
        } else if (is(name, "activities")) {
            for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_element)
                    m.activities << r.activity(c);
        } else {
            return false;
        }
        return true;
    });
    return m;
}

std::optional<Pathway> CurriculumReader::readPathway(const ParsedXml &xml, Diagnostics &diags)
{
    if (!checkRoot(xml, "pathway", diags))
        return std::nullopt;
    const pugi::xml_node root = xml.root();
    Reader r(xml);
    Pathway p;
    p.file = xml.file();
    p.location = r.loc(root);
    Reader::attributeLocations(root, p.location, p.fields);
    p.id = Reader::attr(root, "id");
    p.modality = Reader::attr(root, "modality");
    p.sessions = Reader::intAttr(root, "sessions");
    p.duration = Reader::intAttr(root, "duration");
    Reader::foreignAttributes(root, {"formatVersion", "id", "modality", "sessions", "duration"}, p.foreign);
    r.children(root, p.foreign, &p.fields, [&](const char *name, const pugi::xml_node &n) {
        if (is(name, "title")) {
            p.title = Reader::text(n);
        } else if (is(name, "summary")) {
            p.summary = r.rich(n);
        } else if (is(name, "audiences")) {
            p.audiences = Reader::items(n, "audience");
        } else if (is(name, "prerequisites")) {
            p.prerequisites = Reader::items(n, "item");
        } else if (is(name, "entryDiagnostic")) {
            p.entryDiagnostic = Reader::attr(n, "ref");
        } else if (is(name, "steps")) {
            for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_element)
                    p.steps << r.step(c);
        } else if (is(name, "exitAssessment")) {
            p.exitAssessment = Reader::attr(n, "ref");
        } else if (is(name, "completion")) {
            p.hasCompletion = true;
            p.completionMinSessions = Reader::intAttr(n, "minSessions");
            p.completionExitAssessment = Reader::boolAttr(n, "exitAssessment");
            if (pugi::xml_node d = n.child("description"))
                p.completionDescription = r.rich(d);
        } else {
            return false;
        }
        return true;
    });
    return p;
}

} // namespace Relais
