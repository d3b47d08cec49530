#pragma once

#include "diagnostic.h"

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
    static SchemaValidator &instance();

    bool isReady() const { return m_schema != nullptr; }
    QString loadError() const { return m_error; }
    Diagnostics validate(const ParsedXml &xml) const;

private:
    SchemaValidator();
    ~SchemaValidator();
    void *m_schema = nullptr;  // xmlSchemaPtr
    QString m_error;
};

} // namespace Relais
