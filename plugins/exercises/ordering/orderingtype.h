#pragma once

#include <exercisetypebase.h>

// Put in order: steps written in the right order, shown shuffled; one point
// per step the learner puts at its place.
class OrderingType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "ordering.json")

public:
    OrderingType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
