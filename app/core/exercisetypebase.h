#pragma once

#include "exercisetype.h"

#include <QObject>

namespace Relais {

// What most exercise types share: their JSON metadata, XSD, player script and
// style come from the plugin's resources under :/relais/exercises/<id>/
// (<id>.json, <id>.xsd, player.js, player.css), and the player receives the
// payload as JSON with media resolved and rich text as a safe tree.
class ExerciseTypeBase : public QObject, public ExerciseType
{
    Q_OBJECT
    Q_INTERFACES(Relais::ExerciseType)

public:
    explicit ExerciseTypeBase(const QString &id, QObject *parent = nullptr);

    QByteArray schema() const override;
    QByteArray playerScript() const override;
    QByteArray playerStyle() const override;
    QJsonObject playerData(const QVariantMap &payload, const RenderContext &context) const override;

    const QString &id() const { return m_id; }
    const FieldList &fields() const { return m_fields; }

    // Helpers for rules and print rendering.
    Diagnostic problem(const PayloadContext &context, Severity severity, const QString &code, const QString &path,
                       const QString &fr, const QString &en, const QStringList &args = {}) const;
    static QString escape(const QString &text);
    // An image (or nothing) for paper: <figure> with the asset's alt text.
    static QString printImage(const QString &assetId, const RenderContext &context);
    static QString printRichText(const QString &richText);

private:
    QByteArray resource(const QString &name) const;
    QString m_id;
    FieldList m_fields;
};

// The JSON a player receives for a media asset or a rich text.
QJsonValue mediaJson(const QString &assetId, const RenderContext &context);
QJsonArray richTextJson(const QString &richText);

} // namespace Relais
