#include "schemavalidator.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Relais {

namespace {

const QHash<QString, QByteArray> &schemaFiles()
{
    static const QHash<QString, QByteArray> files = [] {
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

// The only resources libxml2 may load are the format's own schema files,
// served from memory. Everything else (http, file, DTDs) is refused.
xmlParserInputPtr entityLoader(const char *url, const char *, xmlParserCtxtPtr ctxt)
{
    const QString name = QFileInfo(QString::fromUtf8(url ? url : "")).fileName();
    const auto &files = schemaFiles();
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

void silent(void *, xmlErrorPtr) {}

} // namespace

SchemaValidator &SchemaValidator::instance()
{
    static SchemaValidator validator;
    return validator;
}

SchemaValidator::SchemaValidator()
{
    xmlInitParser();
    xmlSetExternalEntityLoader(entityLoader);
    const QByteArray main = schemaFiles().value(QStringLiteral("relais.xsd"));
    if (main.isEmpty()) {
        m_error = QStringLiteral("schemas/relais.xsd is missing from the library's resources");
        return;
    }
    xmlDocPtr doc = xmlReadMemory(main.constData(), int(main.size()), "relais-schemas/relais.xsd", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        m_error = QStringLiteral("schemas/relais.xsd is not well-formed");
        return;
    }
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewDocParserCtxt(doc);
    QString error;
    Diagnostics diags;
    Collector collector{QStringLiteral("schemas/relais.xsd"), &diags};
    xmlSchemaSetParserStructuredErrors(parser, collect, &collector);
    m_schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    xmlFreeDoc(doc);
    if (!m_schema)
        m_error = diags.isEmpty() ? QStringLiteral("the schema could not be compiled") : diags.first().args.value(0);
}

SchemaValidator::~SchemaValidator()
{
    if (m_schema)
        xmlSchemaFree(static_cast<xmlSchemaPtr>(m_schema));
}

Diagnostics SchemaValidator::validate(const QByteArray &data, const QString &file) const
{
    Diagnostics diags;
    if (!m_schema)
        return diags;
    Collector collector{file, &diags};
    // Parser errors are reported by pugixml first; keep libxml2 from printing them.
    xmlSetStructuredErrorFunc(nullptr, silent);
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(static_cast<xmlSchemaPtr>(m_schema));
    xmlSchemaSetValidStructuredErrors(ctxt, collect, &collector);
    xmlParserInputBufferPtr input =
        xmlParserInputBufferCreateMem(data.constData(), int(data.size()), XML_CHAR_ENCODING_NONE);
    xmlSchemaValidateStream(ctxt, input, XML_CHAR_ENCODING_NONE, nullptr, nullptr);
    xmlSchemaFreeValidCtxt(ctxt);
    return diags;
}

} // namespace Relais
