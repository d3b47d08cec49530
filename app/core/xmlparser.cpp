#include "xmlparser.h"

#include <algorithm>
#include <cstring>

namespace Relais {

bool ParsedXml::parse(const QByteArray &data, const QString &file, Diagnostics &diags,
                      const XmlLimits &limits)
{
    m_file = file;
    m_data = data;
    m_lineStarts.clear();
    m_lineStarts.push_back(0);
    const char *begin = m_data.constData();
    const char *end = begin + m_data.size();
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        m_lineStarts.push_back(p - begin + 1);

    if (data.size() > limits.maxBytes) {
        diags << Diagnostic::make(QStringLiteral("xml.too-large"), {file, 0, 0}, {},
                                  {QString::number(limits.maxBytes / (1024 * 1024))});
        return false;
    }

    // Whitespace-only text is kept because it is significant in mixed content
    // (rich text); comments and processing instructions are not part of the format.
    const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    // Parsed in place in a private copy: node offsets stay those of the file
    // (pugixml only shortens text within a token), and no second copy is made.
    m_buffer = data;
    m_buffer.detach();
    const pugi::xml_parse_result result =
        m_doc.load_buffer_inplace(m_buffer.data(), size_t(m_buffer.size()), flags, pugi::encoding_utf8);
    if (!result) {
        Location loc = locateOffset(result.offset);
        diags << Diagnostic::make(QStringLiteral("xml.malformed"), loc, {},
                                  {QString::fromUtf8(result.description())});
        return false;
    }

    // Walk the tree without recursion: depth, DOCTYPE and attribute length.
    struct Item { pugi::xml_node node; int depth; };
    std::vector<Item> stack;
    for (pugi::xml_node child = m_doc.first_child(); child; child = child.next_sibling())
        stack.push_back({child, 1});
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const pugi::xml_node node = item.node;
        if (node.type() == pugi::node_doctype) {
            diags << Diagnostic::make(QStringLiteral("xml.doctype"), locate(node));
            return false;
        }
        if (node.type() != pugi::node_element)
            continue;
        if (item.depth > limits.maxDepth) {
            diags << Diagnostic::make(QStringLiteral("xml.too-deep"), locate(node), {},
                                      {QString::number(limits.maxDepth)});
            return false;
        }
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            if (std::strlen(a.value()) > size_t(limits.maxAttributeLength)) {
                diags << Diagnostic::make(QStringLiteral("xml.attribute-too-long"), locate(node), {},
                                          {QString::fromUtf8(a.name()),
                                           QString::number(limits.maxAttributeLength)});
                return false;
            }
        }
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
            stack.push_back({child, item.depth + 1});
    }
    return true;
}

Location ParsedXml::locateOffset(std::ptrdiff_t offset) const
{
    if (offset < 0 || m_lineStarts.empty())
        return {m_file, 0, 0};
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), qsizetype(offset));
    const qsizetype line = it - m_lineStarts.begin();  // 1-based
    const qsizetype start = m_lineStarts[size_t(line - 1)];
    int column = 1;
    for (qsizetype i = start; i < offset && i < m_data.size(); ++i)
        if ((uchar(m_data.at(i)) & 0xC0) != 0x80)
            ++column;
    return {m_file, int(line), column};
}

Location ParsedXml::locate(const pugi::xml_node &node) const
{
    std::ptrdiff_t offset = node.offset_debug();
    // pugixml points at the name; the element starts at its '<'.
    if (node.type() == pugi::node_element && offset > 0)
        --offset;
    return locateOffset(offset);
}

XmlNode ParsedXml::toNode(const pugi::xml_node &n) const
{
    XmlNode out;
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        out.kind = XmlNode::Text;
        out.name = QString::fromUtf8(n.value());
        return out;
    }
    out.name = QString::fromUtf8(n.name());
    out.location = locate(n);
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute())
        out.attributes.append({QString::fromUtf8(a.name()), QString::fromUtf8(a.value())});
    size_t count = 0;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        count += c.type() == pugi::node_element || c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata;
    out.children.reserve(count);
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element || c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
            out.children.push_back(toNode(c));
    }
    return out;
}

const char *ParsedXml::localName(const char *qualifiedName)
{
    const char *colon = std::strchr(qualifiedName, ':');
    return colon ? colon + 1 : qualifiedName;
}

const char *ParsedXml::namespaceOf(const pugi::xml_node &element)
{
    const char *name = element.name();
    const char *colon = std::strchr(name, ':');
    char attrName[128] = "xmlns";
    if (colon) {
        const size_t prefixLength = size_t(colon - name);
        if (prefixLength + 7 > sizeof attrName)
            return "";
        std::memcpy(attrName + 5, ":", 1);
        std::memcpy(attrName + 6, name, prefixLength);
        attrName[6 + prefixLength] = '\0';
    }
    for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent()) {
        if (pugi::xml_attribute a = n.attribute(attrName))
            return a.value();
    }
    return "";
}

bool ParsedXml::isCore(const pugi::xml_node &element)
{
    return std::strcmp(namespaceOf(element), coreNamespace) == 0;
}

} // namespace Relais
