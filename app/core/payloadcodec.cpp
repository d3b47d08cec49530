#include "payloadcodec.h"

#include "xmlparser.h"
#include "xmlwriter.h"

#include <QVariantList>

namespace Relais {

namespace {

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('/') + key;
}

const XmlNode *child(const XmlNode &parent, const QString &key)
{
    for (const XmlNode &c : parent.children)
        if (c.kind == XmlNode::Element && c.localName() == key)
            return &c;
    return nullptr;
}

bool hasAttribute(const XmlNode &node, const QString &name)
{
    for (const auto &a : node.attributes)
        if (a.first == name)
            return true;
    return false;
}

QVariant readField(const XmlNode &parent, const Field &f, const QString &path, PayloadCodec::Locations *locs);

QVariantMap readFields(const XmlNode &element, const FieldList &fields, const QString &path,
                       PayloadCodec::Locations *locs)
{
    QVariantMap out;
    for (const Field &f : fields) {
        const QVariant v = readField(element, f, path, locs);
        if (v.isValid())
            out.insert(f.key, v);
    }
    return out;
}

QVariant readValue(const XmlNode &element, const Field &f, const QString &path, PayloadCodec::Locations *locs)
{
    if (locs)
        locs->insert(path, element.location);
    switch (f.kind) {
    case Field::Kind::Text:
        return element.plainText();
    case Field::Kind::RichText:
        return PayloadCodec::richTextToString(element.children);
    case Field::Kind::Media:
        return element.attribute(QStringLiteral("media"));
    case Field::Kind::Group:
        return readFields(element, f.fields, path, locs);
    case Field::Kind::List: {
        QVariantList items;
        const Field &item = f.fields.first();
        for (const XmlNode &c : element.children) {
            if (c.kind != XmlNode::Element || c.localName() != item.key)
                continue;
            items.append(readValue(c, item, path + QLatin1Char('/') + QString::number(items.size()), locs));
        }
        return items;
    }
    default:
        return {};
    }
}

QVariant readField(const XmlNode &parent, const Field &f, const QString &prefix, PayloadCodec::Locations *locs)
{
    const QString path = join(prefix, f.key);
    if (f.isScalar()) {
        if (!hasAttribute(parent, f.key))
            return {};
        if (locs)
            locs->insert(join(prefix, QLatin1Char('@') + f.key), parent.location);
        const QString raw = parent.attribute(f.key).trimmed();
        if (f.kind == Field::Kind::Boolean)
            return raw == QLatin1String("true") || raw == QLatin1String("1");
        if (f.kind == Field::Kind::Integer) {
            bool ok = false;
            const qlonglong v = raw.toLongLong(&ok);
            return ok ? QVariant(v) : QVariant(raw);  // kept as text for validation to report
        }
        return raw;
    }
    const XmlNode *element = child(parent, f.key);
    if (!element)
        return {};
    return readValue(*element, f, path, locs);
}

void writeFields(XmlNode &element, const QVariantMap &values, const FieldList &fields);

XmlNode writeValue(const QString &name, const QVariant &value, const Field &f)
{
    XmlNode e = XmlNode::element(name);
    switch (f.kind) {
    case Field::Kind::Text: {
        const QString text = value.toString();
        if (!text.isEmpty())
            e.children.push_back(XmlNode::text(text));
        break;
    }
    case Field::Kind::RichText:
        e.children = PayloadCodec::richTextFromString(value.toString());
        break;
    case Field::Kind::Media:
        e.attributes.append({QStringLiteral("media"), value.toString()});
        break;
    case Field::Kind::Group:
        writeFields(e, value.toMap(), f.fields);
        break;
    case Field::Kind::List: {
        const Field &item = f.fields.first();
        for (const QVariant &v : value.toList())
            e.children.push_back(writeValue(item.key, v, item));
        break;
    }
    default:
        break;
    }
    return e;
}

void writeFields(XmlNode &element, const QVariantMap &values, const FieldList &fields)
{
    for (const Field &f : fields) {
        const auto it = values.constFind(f.key);
        if (it == values.constEnd() || !it->isValid())
            continue;
        if (f.isScalar()) {
            QString text;
            if (f.kind == Field::Kind::Boolean)
                text = it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else
                text = it->toString();
            element.attributes.append({f.key, text});
            continue;
        }
        // Empty optional media and text are left out rather than written empty.
        if ((f.kind == Field::Kind::Media || f.kind == Field::Kind::Text || f.kind == Field::Kind::RichText)
            && it->toString().isEmpty() && !f.required)
            continue;
        element.children.push_back(writeValue(f.key, *it, f));
    }
}

} // namespace

QVariantMap PayloadCodec::read(const XmlNode &root, const FieldList &fields, Locations *locations)
{
    if (locations)
        locations->insert(QString(), root.location);
    return readFields(root, fields, QString(), locations);
}

XmlNode PayloadCodec::write(const QVariantMap &values, const FieldList &fields, const QString &rootName, const QString &ns)
{
    XmlNode root = XmlNode::element(rootName);
    root.attributes.append({QStringLiteral("xmlns"), ns});
    writeFields(root, values, fields);
    return root;
}

QVariant PayloadCodec::defaultValue(const Field &f)
{
    if (f.defaultValue.isValid() && !f.defaultValue.isNull())
        return f.defaultValue;
    switch (f.kind) {
    case Field::Kind::Boolean:
        return false;
    case Field::Kind::Integer:
        return qlonglong(f.min);
    case Field::Kind::Choice:
        return f.options.first().value;
    case Field::Kind::Group:
        return defaults(f.fields);
    case Field::Kind::List: {
        QVariantList items;
        for (qint64 i = 0; i < f.min; ++i)
            items.append(defaultValue(f.fields.first()));
        return items;
    }
    default:
        return QString();
    }
}

QVariantMap PayloadCodec::defaults(const FieldList &fields)
{
    QVariantMap out;
    for (const Field &f : fields)
        out.insert(f.key, defaultValue(f));
    return out;
}

QString PayloadCodec::richTextToString(const std::vector<XmlNode> &blocks)
{
    QString out;
    for (const XmlNode &b : blocks) {
        if (b.kind == XmlNode::Text && b.name.trimmed().isEmpty())
            continue;  // indentation between blocks
        out += inlineXml(b);
    }
    return out;
}

std::vector<XmlNode> PayloadCodec::richTextFromString(const QString &xml)
{
    // Parsed under the format's limits (depth, size), like any file.
    ParsedXml parsed;
    Diagnostics ignored;
    if (!parsed.parse("<r>" + xml.toUtf8() + "</r>", QString(), ignored))
        return richTextFromPlain(xml);
    std::vector<XmlNode> out;
    for (pugi::xml_node c = parsed.root().first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_pcdata && QString::fromUtf8(c.value()).trimmed().isEmpty())
            continue;
        if (c.type() == pugi::node_element || c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
            out.push_back(parsed.toNode(c));
    }
    return out;
}

} // namespace Relais
