#pragma once

#include <exercisetypebase.h>

// Hotspot: a picture and a question; the learner chooses the right place
// among zones laid over the picture as buttons (mouse, touch or keyboard).
class HotspotType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "hotspot.json")

public:
    HotspotType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    // Zone coordinates as numbers ([[x, y], …], a rectangle as its two
    // corners, top left first), so that the player never parses text.
    QJsonObject playerData(const QVariantMap &payload, const Relais::RenderContext &context) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
