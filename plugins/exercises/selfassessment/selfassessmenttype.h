#pragma once

#include <exercisetypebase.h>

// Self-assessment: "Je sais …" statements, each answered "Je sais faire" or
// "Pas encore". Not scored: the answers are the learner's own view, read by
// the facilitator for the entry diagnostic and the exit review.
class SelfAssessmentType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "selfassessment.json")

public:
    SelfAssessmentType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
