#include "exercisetypebase.h"

#include "htmlrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Relais {

namespace {

QJsonValue valueJson(const Field &f, const QVariant &value, const RenderContext &context)
{
    switch (f.kind) {
    case Field::Kind::Media:
        return mediaJson(value.toString(), context);
    case Field::Kind::RichText:
        return richTextJson(value.toString());
    case Field::Kind::Boolean:
        return value.toBool();
    case Field::Kind::Integer:
        return value.toLongLong();
    case Field::Kind::Group: {
        QJsonObject o;
        const QVariantMap map = value.toMap();
        for (const Field &child : f.fields)
            o.insert(child.key, valueJson(child, map.value(child.key, PayloadCodec::defaultValue(child)), context));
        return o;
    }
    case Field::Kind::List: {
        QJsonArray a;
        for (const QVariant &item : value.toList())
            a.append(valueJson(f.fields.first(), item, context));
        return a;
    }
    default:
        return value.toString();
    }
}

} // namespace

ExerciseTypeBase::ExerciseTypeBase(const QString &id, QObject *parent) : QObject(parent), m_id(id)
{
    const QJsonObject meta = QJsonDocument::fromJson(resource(id + QStringLiteral(".json"))).object();
    QString error;
    Field::listFromJson(meta.value(QStringLiteral("fields")), m_fields, error);
}

QByteArray ExerciseTypeBase::resource(const QString &name) const
{
    QFile f(QStringLiteral(":/relais/exercises/%1/%2").arg(m_id, name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray ExerciseTypeBase::schema() const
{
    return resource(m_id + QStringLiteral(".xsd"));
}

QByteArray ExerciseTypeBase::playerScript() const
{
    return resource(QStringLiteral("player.js"));
}

QByteArray ExerciseTypeBase::playerStyle() const
{
    return resource(QStringLiteral("player.css"));
}

QJsonObject ExerciseTypeBase::playerData(const QVariantMap &payload, const RenderContext &context) const
{
    QJsonObject o;
    for (const Field &f : m_fields)
        o.insert(f.key, valueJson(f, payload.value(f.key, PayloadCodec::defaultValue(f)), context));
    o.insert(QStringLiteral("maxScore"), maxScore(payload));
    return o;
}

Diagnostic ExerciseTypeBase::problem(const PayloadContext &context, Severity severity, const QString &code,
                                     const QString &path, const QString &fr, const QString &en,
                                     const QStringList &args) const
{
    return Diagnostic::custom(severity, m_id + QLatin1Char('.') + code, context.locate(path),
                              path.isEmpty() ? context.element : context.element + QLatin1Char('/') + path, fr, en,
                              args);
}

QString ExerciseTypeBase::escape(const QString &text)
{
    return HtmlRenderer::escape(text);
}

QString ExerciseTypeBase::printImage(const QString &assetId, const RenderContext &context)
{
    const MediaAsset *m = context.curriculum ? context.curriculum->asset(assetId) : nullptr;
    if (!m || !m->isImage())
        return {};
    return QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"/></figure>")
        .arg(escape(context.mediaPrefix + m->href.section(QLatin1Char('/'), 1)), escape(m->alt));
}

QString ExerciseTypeBase::printRichText(const QString &richText)
{
    return HtmlRenderer::richTextHtml(PayloadCodec::richTextFromString(richText));
}

QJsonValue mediaJson(const QString &assetId, const RenderContext &context)
{
    const MediaAsset *m = context.curriculum && !assetId.isEmpty() ? context.curriculum->asset(assetId) : nullptr;
    if (!m)
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("id"), m->id},
                  {QStringLiteral("src"), context.mediaPrefix + m->href.section(QLatin1Char('/'), 1)},
                  {QStringLiteral("type"), m->type},
                  {QStringLiteral("alt"), m->alt}};
    if (!m->transcript.empty())
        o.insert(QStringLiteral("transcript"), richTextJson(PayloadCodec::richTextToString(m->transcript)));
    if (const MediaAsset *captions = m->captions.isEmpty() ? nullptr : context.curriculum->asset(m->captions))
        o.insert(QStringLiteral("captions"), context.mediaPrefix + captions->href.section(QLatin1Char('/'), 1));
    return o;
}

namespace {

QJsonValue nodeJson(const XmlNode &node)
{
    if (node.kind == XmlNode::Text)
        return node.name;
    static const QStringList allowed{QStringLiteral("p"),  QStringLiteral("ul"),     QStringLiteral("ol"),
                                     QStringLiteral("li"), QStringLiteral("em"),     QStringLiteral("strong"),
                                     QStringLiteral("br"), QStringLiteral("a")};
    const QString tag = node.localName();
    QJsonArray children;
    for (const XmlNode &c : node.children)
        children.append(nodeJson(c));
    if (!allowed.contains(tag))
        return QJsonObject{{QStringLiteral("tag"), QStringLiteral("span")}, {QStringLiteral("children"), children}};
    QJsonObject o{{QStringLiteral("tag"), tag}, {QStringLiteral("children"), children}};
    if (tag == QLatin1String("a") && HtmlRenderer::isSafeLink(node.attribute(QStringLiteral("href"))))
        o.insert(QStringLiteral("href"), node.attribute(QStringLiteral("href")));
    return o;
}

} // namespace

QJsonArray richTextJson(const QString &richText)
{
    QJsonArray out;
    for (const XmlNode &block : PayloadCodec::richTextFromString(richText))
        out.append(nodeJson(block));
    return out;
}

} // namespace Relais
