#include "guidedstepstype.h"

using namespace Relais;

namespace {

// One step is one action; past this an instruction usually holds two.
constexpr int longInstruction = 250;

} // namespace

GuidedStepsType::GuidedStepsType() : ExerciseTypeBase(QStringLiteral("guidedsteps")) {}

Diagnostics GuidedStepsType::validate(const PayloadContext &context) const
{
    // No step at all is the core's "payload.list-size"; a recording without a
    // transcript is reported on the asset itself.
    Diagnostics diags;
    const QVariantList steps = context.payload.value(QStringLiteral("steps")).toList();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QVariantMap step = steps[i].toMap();
        const QString number = QString::number(i + 1);
        if (step.value(QStringLiteral("image")).toString().isEmpty())
            diags << problem(context, Severity::Warning, QStringLiteral("no-image"), QStringLiteral("steps/%1/image").arg(i),
                             QStringLiteral("L'étape %1 n'a pas de capture d'écran : montrez l'écran que la personne doit voir, c'est ce qui la guide."),
                             QStringLiteral("Step %1 has no screenshot: show the screen the learner should see, that is what guides them."),
                             {number});
        const QString instruction = step.value(QStringLiteral("instruction")).toString().simplified();
        if (instruction.size() > longInstruction)
            diags << problem(context, Severity::Warning, QStringLiteral("long-instruction"),
                             QStringLiteral("steps/%1/instruction").arg(i),
                             QStringLiteral("La consigne de l'étape %1 est longue (%2 caractères) : une étape, une action. Coupez-la en deux étapes."),
                             QStringLiteral("The instruction of step %1 is long (%2 characters): one step, one action. Split it into two steps."),
                             {number, QString::number(instruction.size())});
    }
    return diags;
}

int GuidedStepsType::maxScore(const QVariantMap &) const
{
    return 0;
}

QString GuidedStepsType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    // On paper each step gets a box to tick once done; the facilitator's copy
    // is the same walk-through without the boxes.
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const QVariantList steps = payload.value(QStringLiteral("steps")).toList();
    QString html = QStringLiteral("<ol class=\"steps\">\n");
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QVariantMap step = steps[i].toMap();
        html += QStringLiteral("<li>\n<p class=\"step\"><strong>%1</strong></p>\n")
                    .arg(en ? QStringLiteral("Step %1 of %2").arg(i + 1).arg(steps.size())
                            : QStringLiteral("Étape %1 sur %2").arg(i + 1).arg(steps.size()));
        html += QStringLiteral("<p class=\"instruction\">%1</p>\n")
                    .arg(escape(step.value(QStringLiteral("instruction")).toString()));
        html += printImage(step.value(QStringLiteral("image")).toString(), context);
        if (!answerKey)
            html += QStringLiteral("<p><span class=\"box\">☐</span> %1</p>\n")
                        .arg(en ? QStringLiteral("Done") : QStringLiteral("C'est fait"));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ol>\n");
}
