#include "mcqtype.h"

#include <QSet>

using namespace Relais;

McqType::McqType() : ExerciseTypeBase(QStringLiteral("mcq")) {}

Diagnostics McqType::validate(const PayloadContext &context) const
{
    Diagnostics diags;
    const QVariantList choices = context.payload.value(QStringLiteral("choices")).toList();
    const bool multiple = context.payload.value(QStringLiteral("multiple")).toBool();
    int right = 0;
    QSet<QString> texts;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QVariantMap choice = choices[i].toMap();
        right += choice.value(QStringLiteral("correct")).toBool() ? 1 : 0;
        const QString text = choice.value(QStringLiteral("text")).toString().simplified().toLower();
        if (!text.isEmpty() && texts.contains(text))
            diags << problem(context, Severity::Warning, QStringLiteral("duplicate-choice"),
                             QStringLiteral("choices/%1/text").arg(i),
                             QStringLiteral("La réponse « %1 » est proposée deux fois."),
                             QStringLiteral("The answer “%1” is proposed twice."),
                             {choice.value(QStringLiteral("text")).toString()});
        texts.insert(text);
    }
    if (!choices.isEmpty() && right == 0)
        diags << problem(context, Severity::Error, QStringLiteral("no-right-answer"), QStringLiteral("choices"),
                         QStringLiteral("Aucune réponse n'est marquée comme juste : cochez « Bonne réponse » sur au moins une."),
                         QStringLiteral("No answer is marked as right: tick “Right answer” on at least one."));
    if (!multiple && right > 1)
        diags << problem(context, Severity::Error, QStringLiteral("several-right-answers"), QStringLiteral("choices"),
                         QStringLiteral("%1 réponses sont justes alors qu'une seule peut être choisie : cochez « Plusieurs bonnes réponses » ou n'en gardez qu'une."),
                         QStringLiteral("%1 answers are right while only one can be chosen: tick “Several right answers” or keep only one."),
                         {QString::number(right)});
    if (multiple && right == choices.size() && !choices.isEmpty())
        diags << problem(context, Severity::Warning, QStringLiteral("all-right"), QStringLiteral("choices"),
                         QStringLiteral("Toutes les réponses sont justes : ajoutez au moins une réponse fausse."),
                         QStringLiteral("Every answer is right: add at least one wrong answer."));
    return diags;
}

int McqType::maxScore(const QVariantMap &payload) const
{
    if (!payload.value(QStringLiteral("multiple")).toBool())
        return 1;
    // Several right answers: one point per right answer found; a wrong answer chosen takes one back.
    int right = 0;
    for (const QVariant &c : payload.value(QStringLiteral("choices")).toList())
        right += c.toMap().value(QStringLiteral("correct")).toBool() ? 1 : 0;
    return qMax(1, right);
}

QString McqType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const bool multiple = payload.value(QStringLiteral("multiple")).toBool();
    QString html = QStringLiteral("<p class=\"question\">%1</p>\n").arg(escape(payload.value(QStringLiteral("question")).toString()));
    html += printImage(payload.value(QStringLiteral("image")).toString(), context);
    html += QStringLiteral("<p class=\"hint\">%1</p>\n<ul class=\"choices\">\n")
                .arg(multiple ? (en ? QStringLiteral("Tick every right answer.") : QStringLiteral("Cochez toutes les bonnes réponses."))
                              : (en ? QStringLiteral("Tick one answer.") : QStringLiteral("Cochez une seule réponse.")));
    for (const QVariant &c : payload.value(QStringLiteral("choices")).toList()) {
        const QVariantMap choice = c.toMap();
        const bool right = choice.value(QStringLiteral("correct")).toBool();
        html += QStringLiteral("<li><span class=\"box\">%1</span> %2")
                    .arg(answerKey && right ? QStringLiteral("☑") : QStringLiteral("☐"),
                         escape(choice.value(QStringLiteral("text")).toString()));
        const QString feedback = choice.value(QStringLiteral("feedback")).toString();
        if (answerKey && !feedback.isEmpty())
            html += QStringLiteral("<br><em>%1</em>").arg(escape(feedback));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}
