#pragma once

#include <exercisetypebase.h>

// True or false: statements the learner judges one by one, one point each.
class TrueFalseType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "truefalse.json")

public:
    TrueFalseType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
