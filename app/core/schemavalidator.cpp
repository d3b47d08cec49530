#include "schemavalidator.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

#include "xmlparser.h"

#include <QFile>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include <cstring>
#include <deque>
#include <string>
#include <vector>

namespace Relais {

namespace {

// Every schema document libxml2 may load, by file name: the format's own
// files and the payload schemas of exercise types. Entries are never removed,
// so the bytes handed to libxml2 stay valid.
QMutex servedMutex;
QHash<QString, QByteArray> &served()
{
    static QHash<QString, QByteArray> files = [] {
        QHash<QString, QByteArray> h;
        for (const char *name : {"relais.xsd", "common.xsd", "curriculum.xsd", "pathway.xsd", "module.xsd",
                                 "manifest.xsd"}) {
            QFile f(QStringLiteral(":/relais/schemas/") + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                h.insert(QLatin1String(name), f.readAll());
        }
        return h;
    }();
    return files;
}

QString serve(const QByteArray &xsd)
{
    QMutexLocker lock(&servedMutex);
    const QString name = QStringLiteral("payload-%1.xsd").arg(QString::fromLatin1(QCryptographicHash::hash(xsd, QCryptographicHash::Sha1).toHex()));
    served().insert(name, xsd);
    return name;
}

// The only resources libxml2 may load are those schema documents, served from
// memory. Everything else (http, file, DTDs) is refused.
xmlParserInputPtr entityLoader(const char *url, const char *, xmlParserCtxtPtr ctxt)
{
    const QString name = QFileInfo(QString::fromUtf8(url ? url : "")).fileName();
    QMutexLocker lock(&servedMutex);
    const auto &files = served();
    const auto it = files.constFind(name);
    if (it == files.constEnd())
        return nullptr;
    return xmlNewStringInputStream(ctxt, reinterpret_cast<const xmlChar *>(it->constData()));
}

struct Collector
{
    QString file;
    Diagnostics *diags;
};

void collect(void *userData, xmlErrorPtr error)
{
    auto *c = static_cast<Collector *>(userData);
    if (!error || error->level < XML_ERR_ERROR)
        return;
    QString message = QString::fromUtf8(error->message ? error->message : "").trimmed();
    // libxml2 writes names as {namespace}name: the core namespace is implied.
    message.replace(QStringLiteral("{urn:relais:curriculum:1}"), QString());
    c->diags->append(Diagnostic::make(QStringLiteral("schema.invalid"), {c->file, error->line, 0}, {}, {message}));
}

void *compile(const QByteArray &document, const QString &url, QString &error)
{
    static const bool initialised = [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(entityLoader);
        return true;
    }();
    Q_UNUSED(initialised);
    xmlDocPtr doc = xmlReadMemory(document.constData(), int(document.size()), url.toUtf8().constData(), nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        error = QStringLiteral("the schema is not well-formed XML");
        return nullptr;
    }
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewDocParserCtxt(doc);
    Diagnostics diags;
    Collector collector{url, &diags};
    xmlSchemaSetParserStructuredErrors(parser, collect, &collector);
    void *schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    xmlFreeDoc(doc);
    if (!schema)
        error = diags.isEmpty() ? QStringLiteral("the schema could not be compiled") : diags.first().args.value(0);
    return schema;
}

} // namespace

const SchemaValidator &SchemaValidator::core()
{
    static const SchemaValidator validator;
    return validator;
}

QString SchemaValidator::compileError(const QByteArray &xsd)
{
    QString error;
    if (void *schema = compile(xsd, QStringLiteral("relais-schemas/") + serve(xsd), error))
        xmlSchemaFree(static_cast<xmlSchemaPtr>(schema));
    return error;
}

SchemaValidator::SchemaValidator(const QList<QPair<QString, QByteArray>> &payloadSchemas)
{
    QByteArray driver = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                        "targetNamespace=\"urn:relais:curriculum:1\" elementFormDefault=\"qualified\">\n";
    for (const auto &p : payloadSchemas) {
        driver += "  <xs:import namespace=\"" + p.first.toHtmlEscaped().toUtf8() + "\" schemaLocation=\""
                + serve(p.second).toUtf8() + "\"/>\n";
    }
    driver += "  <xs:include schemaLocation=\"relais.xsd\"/>\n</xs:schema>\n";
    m_schema = compile(driver, QStringLiteral("relais-schemas/driver.xsd"), m_error);
}

SchemaValidator::~SchemaValidator()
{
    if (m_schema)
        xmlSchemaFree(static_cast<xmlSchemaPtr>(m_schema));
}

namespace {

// Feeds a pugixml tree to libxml2's SAX validation layer: namespaces resolved,
// attributes split into (local name, prefix, URI, value), text as characters.
class Replay
{
public:
    Replay(const ParsedXml &xml, xmlSAXHandlerPtr sax, void *userData) : m_xml(xml), m_sax(sax), m_user(userData) {}

    // Asked only when there is something to report: the line of the element
    // being replayed.
    static int locator(void *self, const char **file, unsigned long *line)
    {
        auto *replay = static_cast<Replay *>(self);
        *file = nullptr;
        *line = (unsigned long)replay->m_xml.locate(replay->m_current).line;
        return 0;
    }

    void element(const pugi::xml_node &node)
    {
        // Prefix bindings declared on this element, and the element's own name.
        std::vector<const xmlChar *> namespaces;
        std::deque<std::string> prefixes;  // NUL-terminated copies that outlive the call
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            const char *name = a.name();
            if (std::strcmp(name, "xmlns") == 0) {
                namespaces.push_back(nullptr);
                namespaces.push_back(xml(a.value()));
            } else if (std::strncmp(name, "xmlns:", 6) == 0) {
                namespaces.push_back(xml(name + 6));
                namespaces.push_back(xml(a.value()));
            }
        }
        std::vector<const xmlChar *> attributes;
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            const char *name = a.name();
            if (std::strcmp(name, "xmlns") == 0 || std::strncmp(name, "xmlns:", 6) == 0)
                continue;
            const char *colon = std::strchr(name, ':');
            const char *uri = nullptr;
            const char *prefix = nullptr;
            if (colon) {
                prefixes.emplace_back(name, colon);
                prefix = prefixes.back().c_str();
                uri = std::strcmp(prefix, "xml") == 0 ? "http://www.w3.org/XML/1998/namespace"
                                                      : resolve(node, prefix);
            }
            const char *value = a.value();
            attributes.push_back(xml(colon ? colon + 1 : name));
            attributes.push_back(xml(prefix));
            attributes.push_back(xml(uri));
            attributes.push_back(xml(value));
            attributes.push_back(xml(value + std::strlen(value)));
        }
        const char *name = node.name();
        const char *colon = std::strchr(name, ':');
        const char *prefix = nullptr;
        if (colon) {
            prefixes.emplace_back(name, colon);
            prefix = prefixes.back().c_str();
        }
        const char *uri = ParsedXml::namespaceOf(node);
        const xmlChar *local = xml(colon ? colon + 1 : name);
        const xmlChar *nsUri = *uri ? xml(uri) : nullptr;

        m_current = node;
        m_sax->startElementNs(m_user, local, xml(prefix), nsUri, int(namespaces.size() / 2), namespaces.data(),
                              int(attributes.size() / 5), 0, attributes.data());
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            switch (child.type()) {
            case pugi::node_element:
                element(child);
                break;
            case pugi::node_pcdata:
                m_sax->characters(m_user, xml(child.value()), int(std::strlen(child.value())));
                break;
            case pugi::node_cdata:
                m_sax->cdataBlock(m_user, xml(child.value()), int(std::strlen(child.value())));
                break;
            default:
                break;
            }
        }
        // Missing children are reported where the element starts.
        m_current = node;
        m_sax->endElementNs(m_user, local, xml(prefix), nsUri);
    }

private:
    static const xmlChar *xml(const char *s) { return reinterpret_cast<const xmlChar *>(s); }

    static const char *resolve(const pugi::xml_node &node, const char *prefix)
    {
        const std::string decl = std::string("xmlns:") + prefix;
        for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent())
            if (pugi::xml_attribute a = n.attribute(decl.c_str()))
                return a.value();
        return nullptr;
    }

    const ParsedXml &m_xml;
    xmlSAXHandlerPtr m_sax;
    void *m_user;
    pugi::xml_node m_current;
};

} // namespace

Diagnostics SchemaValidator::validate(const ParsedXml &xml) const
{
    Diagnostics diags;
    if (!m_schema || !xml.root())
        return diags;
    Collector collector{xml.file(), &diags};
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(static_cast<xmlSchemaPtr>(m_schema));
    xmlSchemaSetValidStructuredErrors(ctxt, collect, &collector);
    xmlSAXHandlerPtr sax = nullptr;
    void *userData = nullptr;
    xmlSchemaSAXPlugPtr plug = xmlSchemaSAXPlug(ctxt, &sax, &userData);
    if (plug) {
        Replay replay(xml, sax, userData);
        xmlSchemaValidateSetLocator(ctxt, Replay::locator, &replay);
        replay.element(xml.root());
        xmlSchemaSAXUnplug(plug);
    }
    xmlSchemaFreeValidCtxt(ctxt);
    return diags;
}

} // namespace Relais
