#pragma once

#include <exercisetypebase.h>

// A step-by-step tutorial: one screenshot and one instruction at a time, the
// instruction optionally read aloud. Not scored; done when the learner has
// gone through to the last step.
class GuidedStepsType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "guidedsteps.json")

public:
    GuidedStepsType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
