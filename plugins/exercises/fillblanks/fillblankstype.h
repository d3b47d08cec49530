#pragma once

#include <exercisetypebase.h>

// Fill in the blanks: a text whose gaps are written [[answer|variant]], typed
// by the learner or chosen from a list; one point per gap.
class FillBlanksType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "fillblanks.json")

public:
    FillBlanksType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
