#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Relais {

class ParsedXml;

// Checks XML files against the format's XSD (schemas/relais.xsd, compiled into
// the library) with libxml2. The document already parsed by pugixml is
// replayed to libxml2's validator as SAX events, so that no file is parsed
// twice. Never touches the network, never loads a DTD, never expands
// entities. Safe to call from several threads at once.
class SchemaValidator
{
public:
    // The format's schema, with the payload schemas of exercise types
    // (namespace, XSD) imported into it.
    explicit SchemaValidator(const QList<QPair<QString, QByteArray>> &payloadSchemas = {});
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    // The format's schema alone.
    static const SchemaValidator &core();
    // Why an XSD does not compile, or an empty string.
    static QString compileError(const QByteArray &xsd);

    bool isReady() const { return m_schema != nullptr; }
    QString loadError() const { return m_error; }
    Diagnostics validate(const ParsedXml &xml) const;

private:
    void *m_schema = nullptr;  // xmlSchemaPtr
    QString m_error;
};

} // namespace Relais
