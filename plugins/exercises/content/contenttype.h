#pragma once

#include <exercisetypebase.h>

// A page to read: rich text and captioned figures. Not scored; the learner
// says "I have read it" and the page counts as done.
class ContentType : public Relais::ExerciseTypeBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE "content.json")

public:
    ContentType();

    Relais::Diagnostics validate(const Relais::PayloadContext &context) const override;
    int maxScore(const QVariantMap &payload) const override;
    QString printHtml(const QVariantMap &payload, const Relais::RenderContext &context, bool answerKey) const override;
};
