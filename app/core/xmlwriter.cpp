#include "xmlwriter.h"

namespace Relais {

// Characters XML 1.0 cannot hold, raw or as references (control characters
// pasted into a field, U+FFFE, U+FFFF): written, they would make the file
// unreadable to every XML reader, this one included. They are left out.
bool notXml(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF;
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (notXml(c))
            continue;
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '\r': out += QLatin1String("&#13;"); break;
        default: out += c;
        }
    }
    return out;
}

QString escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (notXml(c))
            continue;
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\n': out += QLatin1String("&#10;"); break;
        case '\r': out += QLatin1String("&#13;"); break;
        case '\t': out += QLatin1String("&#9;"); break;
        default: out += c;
        }
    }
    return out;
}

QString inlineXml(const XmlNode &node)
{
    XmlWriter w;
    const qsizetype header = w.m_out.size();
    w.inlineNode(node);
    return w.m_out.mid(header);
}

XmlWriter::XmlWriter()
{
    m_out.reserve(4096);
    m_out += QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

void XmlWriter::indent()
{
    m_out += QString(m_open.size() * 2, QLatin1Char(' '));
}

void XmlWriter::openTag(const QString &name, const Attributes &attributes)
{
    m_out += QLatin1Char('<');
    m_out += name;
    for (const auto &a : attributes) {
        m_out += QLatin1Char(' ');
        m_out += a.first;
        m_out += QLatin1String("=\"");
        m_out += escapeAttribute(a.second);
        m_out += QLatin1Char('"');
    }
}

void XmlWriter::start(const QString &name, const Attributes &attributes)
{
    indent();
    openTag(name, attributes);
    m_out += QLatin1String(">\n");
    m_open.append(name);
    m_emptyUntil = m_out.size();
}

void XmlWriter::end()
{
    const QString name = m_open.takeLast();
    if (m_out.size() == m_emptyUntil) {
        // Nothing was written inside: <name/>.
        m_out.chop(2);
        m_out += QLatin1String("/>\n");
        m_emptyUntil = -1;
        return;
    }
    indent();
    m_out += QLatin1String("</") + name + QLatin1String(">\n");
}

void XmlWriter::emptyElement(const QString &name, const Attributes &attributes)
{
    indent();
    openTag(name, attributes);
    m_out += QLatin1String("/>\n");
}

void XmlWriter::textElement(const QString &name, const QString &text, const Attributes &attributes)
{
    if (text.isEmpty()) {
        emptyElement(name, attributes);
        return;
    }
    indent();
    openTag(name, attributes);
    m_out += QLatin1Char('>');
    m_out += escapeText(text);
    m_out += QLatin1String("</") + name + QLatin1String(">\n");
}

void XmlWriter::inlineNode(const XmlNode &n)
{
    if (n.kind == XmlNode::Text) {
        m_out += escapeText(n.name);
        return;
    }
    openTag(n.name, n.attributes);
    if (n.children.empty()) {
        m_out += QLatin1String("/>");
        return;
    }
    m_out += QLatin1Char('>');
    for (const XmlNode &c : n.children)
        inlineNode(c);
    m_out += QLatin1String("</") + n.name + QLatin1Char('>');
}

void XmlWriter::node(const XmlNode &n)
{
    if (n.kind == XmlNode::Text) {
        // Loose text between elements (invalid, but kept): on its own line.
        indent();
        m_out += escapeText(n.name.trimmed());
        m_out += QLatin1Char('\n');
        return;
    }
    // Rich-text blocks and inline elements hold mixed content even when their
    // only text is a space between two elements.
    static const QStringList inlineContainers{QStringLiteral("p"), QStringLiteral("li"), QStringLiteral("em"),
                                              QStringLiteral("strong"), QStringLiteral("a")};
    bool hasElements = false;
    bool hasText = inlineContainers.contains(n.name);
    for (const XmlNode &c : n.children) {
        if (c.kind == XmlNode::Element)
            hasElements = true;
        else if (!c.name.trimmed().isEmpty())
            hasText = true;
    }
    if (!hasElements || hasText) {
        // Text only, or mixed content: whitespace is meaningful, write it as is.
        indent();
        inlineNode(n);
        m_out += QLatin1Char('\n');
        return;
    }
    start(n.name, n.attributes);
    for (const XmlNode &c : n.children)
        if (c.kind == XmlNode::Element)
            node(c);
    end();
}

void XmlWriter::richText(const QString &name, const RichText &text)
{
    if (text.empty())
        return;
    start(name);
    for (const XmlNode &block : text)
        node(block);
    end();
}

QByteArray XmlWriter::data() const
{
    return m_out.toUtf8();
}

} // namespace Relais
