#pragma once

#include "field.h"
#include "location.h"
#include "xmlnode.h"

#include <QHash>
#include <QVariantMap>

namespace Relais {

// Reads and writes an exercise payload from its field description.
//
// Values: text, choice and media (the asset id) are QString; rich text is
// QString holding its blocks as XML (<p>…</p><ul>…</ul>); integer is
// qlonglong; boolean is bool; group is QVariantMap; list is QVariantList of
// its items' values.
class PayloadCodec
{
public:
    // Where each value was read: "question", "choices/1/text", "choices/1/@correct".
    using Locations = QHash<QString, Location>;

    static QVariantMap read(const XmlNode &root, const FieldList &fields, Locations *locations = nullptr);
    static XmlNode write(const QVariantMap &values, const FieldList &fields, const QString &rootName,
                        const QString &ns);
    // The payload a new activity starts with: every default, lists at their minimum length.
    static QVariantMap defaults(const FieldList &fields);
    static QVariant defaultValue(const Field &field);

    // Rich text values to and from the block nodes they stand for.
    static QString richTextToString(const std::vector<XmlNode> &blocks);
    static std::vector<XmlNode> richTextFromString(const QString &xml);
};

} // namespace Relais
