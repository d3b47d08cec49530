#include "field.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Relais {

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("fr")).toString(), o.value(QStringLiteral("en")).toString()};
}

QString Field::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text: return QStringLiteral("text");
    case Kind::RichText: return QStringLiteral("richtext");
    case Kind::Integer: return QStringLiteral("integer");
    case Kind::Boolean: return QStringLiteral("boolean");
    case Kind::Choice: return QStringLiteral("choice");
    case Kind::Media: return QStringLiteral("media");
    case Kind::List: return QStringLiteral("list");
    case Kind::Group: return QStringLiteral("group");
    }
    return {};
}

namespace {

bool fieldFromJson(const QJsonObject &o, Field &f, QString &error)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9]*$"));
    f.key = o.value(QStringLiteral("key")).toString();
    if (!keyPattern.match(f.key).hasMatch()) {
        error = QStringLiteral("field key \"%1\" is not an XML-friendly name").arg(f.key);
        return false;
    }
    const QString kind = o.value(QStringLiteral("kind")).toString();
    static const QList<Field::Kind> kinds{Field::Kind::Text, Field::Kind::RichText, Field::Kind::Integer,
                                          Field::Kind::Boolean, Field::Kind::Choice, Field::Kind::Media,
                                          Field::Kind::List, Field::Kind::Group};
    bool known = false;
    for (Field::Kind k : kinds) {
        if (Field::kindName(k) == kind) {
            f.kind = k;
            known = true;
        }
    }
    if (!known) {
        error = QStringLiteral("field \"%1\" has unknown kind \"%2\"").arg(f.key, kind);
        return false;
    }
    f.label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
    f.help = LocalizedText::fromJson(o.value(QStringLiteral("help")));
    f.required = o.value(QStringLiteral("required")).toBool();
    f.defaultValue = o.value(QStringLiteral("default")).toVariant();
    f.maxLength = o.value(QStringLiteral("maxLength")).toInt();
    f.min = o.value(QStringLiteral("min")).toInteger();
    f.max = o.value(QStringLiteral("max")).toInteger();
    f.mediaKind = o.value(QStringLiteral("media")).toString();
    f.attribute = o.value(QStringLiteral("attribute")).toBool();
    if (f.attribute && f.kind != Field::Kind::Text && f.kind != Field::Kind::Media) {
        error = QStringLiteral("field \"%1\" is an attribute but neither text nor media").arg(f.key);
        return false;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("options")).toArray()) {
        const QJsonObject opt = v.toObject();
        f.options.append({opt.value(QStringLiteral("value")).toString(), LocalizedText::fromJson(opt.value(QStringLiteral("label")))});
    }
    if (f.kind == Field::Kind::Choice && f.options.isEmpty()) {
        error = QStringLiteral("choice field \"%1\" has no options").arg(f.key);
        return false;
    }
    if (f.kind == Field::Kind::Group && !Field::listFromJson(o.value(QStringLiteral("fields")), f.fields, error))
        return false;
    if (f.kind == Field::Kind::List) {
        Field item;
        if (!fieldFromJson(o.value(QStringLiteral("item")).toObject(), item, error))
            return false;
        if (item.isScalar()) {
            error = QStringLiteral("list \"%1\" holds scalar items: use text or group items").arg(f.key);
            return false;
        }
        f.fields = {item};
    }
    return true;
}

} // namespace

bool Field::listFromJson(const QJsonValue &value, QList<Field> &out, QString &error)
{
    out.clear();
    for (const QJsonValue &v : value.toArray()) {
        Field f;
        if (!fieldFromJson(v.toObject(), f, error))
            return false;
        out.append(f);
    }
    return true;
}

} // namespace Relais
