#include "xmlnode.h"

namespace Relais {

QString XmlNode::attribute(const QString &attrName) const
{
    for (const auto &a : attributes)
        if (a.first == attrName)
            return a.second;
    return {};
}

void XmlNode::setAttribute(const QString &attrName, const QString &value)
{
    for (auto &a : attributes) {
        if (a.first == attrName) {
            a.second = value;
            return;
        }
    }
    attributes.append({attrName, value});
}

QString XmlNode::plainText() const
{
    if (kind == Text)
        return name;
    QString out;
    for (const XmlNode &c : children)
        out += c.plainText();
    return out;
}

const XmlNode *XmlNode::firstChild(const QString &childName) const
{
    for (const XmlNode &c : children)
        if (c.kind == Element && c.name == childName)
            return &c;
    return nullptr;
}

QString XmlNode::localName() const
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.mid(colon + 1);
}

QString XmlNode::prefix() const
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : name.left(colon);
}

bool XmlNode::operator==(const XmlNode &other) const
{
    return kind == other.kind && name == other.name && attributes == other.attributes
        && children == other.children;
}

QString richTextPlain(const RichText &text)
{
    QStringList blocks;
    for (const XmlNode &block : text)
        blocks << block.plainText().simplified();
    return blocks.join(QLatin1Char('\n'));
}

RichText richTextFromPlain(const QString &plain)
{
    RichText rt;
    if (plain.trimmed().isEmpty())
        return rt;
    XmlNode p = XmlNode::element(QStringLiteral("p"));
    p.children.push_back(XmlNode::text(plain));
    rt.push_back(std::move(p));
    return rt;
}

} // namespace Relais
