#pragma once

#include <exercisetypebase.h>

// Matching: each left-hand item is linked to its right-hand partner, chosen
// from the shuffled right-hand items (a select per line, no dragging).
class MatchingType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "matching.json")

public:
    MatchingType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
