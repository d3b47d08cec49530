#include "xmlparser.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace Relais {

namespace {

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// pugixml takes any byte and decodes any character reference: a character
// XML forbids (a control character, raw or written &#27;) or bytes that are
// not UTF-8 would reach the model, the terminal and every export. The offset
// of the first one, -1 if none; character is it, or -1 for broken UTF-8.
qsizetype firstForbidden(const QByteArray &data, qint64 &character)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c == '&' && i + 2 < n && p[i + 1] == '#') {
            const bool hex = p[i + 2] == 'x';
            qint64 value = 0;
            qsizetype j = i + (hex ? 3 : 2);
            for (; j < n && j < i + 16 && std::isxdigit(p[j]) && (hex || std::isdigit(p[j])); ++j)
                value = value * (hex ? 16 : 10) + (std::isdigit(p[j]) ? p[j] - '0' : (p[j] | 0x20) - 'a' + 10);
            if (j < n && p[j] == ';' && !isXmlCharacter(char32_t(value))) {
                character = value;
                return i;
            }
        }
        if (c < 0x80) {
            if (!isXmlCharacter(c)) {
                character = c;
                return i;
            }
            ++i;
            continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        char32_t decoded = length > 0 ? c & (0x3F >> (length - 1)) : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            decoded = (decoded << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms and surrogates are not UTF-8.
        ok = ok && !(length == 3 && decoded < 0x800) && !(length == 4 && decoded < 0x10000)
            && !(decoded >= 0xD800 && decoded <= 0xDFFF) && decoded <= 0x10FFFF;
        if (!ok || !isXmlCharacter(decoded)) {
            character = ok ? qint64(decoded) : -1;
            return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

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

    qint64 character = 0;
    if (const qsizetype at = firstForbidden(m_data, character); at >= 0) {
        if (character < 0)
            diags << Diagnostic::make(QStringLiteral("xml.encoding"), locateOffset(at));
        else
            diags << Diagnostic::make(QStringLiteral("xml.control-character"), locateOffset(at), {},
                                      {QStringLiteral("%1").arg(character, 4, 16, QLatin1Char('0')).toUpper()});
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
