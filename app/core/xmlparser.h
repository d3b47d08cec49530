#pragma once

#include "diagnostic.h"
#include "xmlnode.h"

#include <pugixml.hpp>

#include <QByteArray>

#include <vector>

namespace Relais {

inline constexpr char coreNamespace[] = "urn:relais:curriculum:1";

// Limits that keep a hostile XML file from exhausting memory or time.
struct XmlLimits
{
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxDepth = 64;
    int maxAttributeLength = 64 * 1024;
};

// A pugixml document parsed under the format's safety rules (no DOCTYPE, so no
// entities; bounded size, depth and attribute length), with what is needed to
// turn node offsets into line and column.
class ParsedXml
{
public:
    bool parse(const QByteArray &data, const QString &file, Diagnostics &diags,
               const XmlLimits &limits = {});

    const pugi::xml_document &document() const { return m_doc; }
    pugi::xml_node root() const { return m_doc.document_element(); }
    const QString &file() const { return m_file; }
    Location locate(const pugi::xml_node &node) const;
    Location locateOffset(std::ptrdiff_t offset) const;
    // A copy of node and its descendants (elements and text), with locations.
    XmlNode toNode(const pugi::xml_node &node) const;

    // The namespace URI of an element (prefix resolved against its ancestors).
    static const char *namespaceOf(const pugi::xml_node &element);
    static const char *localName(const char *qualifiedName);
    static bool isCore(const pugi::xml_node &element);

private:
    pugi::xml_document m_doc;
    QByteArray m_data;    // the file as read: line and column are counted on it
    QByteArray m_buffer;  // the copy pugixml parses in place
    std::vector<qsizetype> m_lineStarts;
    QString m_file;
};

} // namespace Relais
