#include "truefalsetype.h"

#include <QSet>

using namespace Relais;

namespace {

bool isTrue(const QVariantMap &statement)
{
    return statement.value(QStringLiteral("answer")).toString() == QLatin1String("true");
}

} // namespace

TrueFalseType::TrueFalseType() : ExerciseTypeBase(QStringLiteral("truefalse")) {}

Diagnostics TrueFalseType::validate(const PayloadContext &context) const
{
    Diagnostics diags;
    const QVariantList statements = context.payload.value(QStringLiteral("statements")).toList();
    QSet<QString> texts;
    int trueCount = 0;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QVariantMap statement = statements[i].toMap();
        trueCount += isTrue(statement) ? 1 : 0;
        const QString text = statement.value(QStringLiteral("text")).toString();
        const QString key = text.simplified().toCaseFolded();
        if (!key.isEmpty() && texts.contains(key))
            diags << problem(context, Severity::Warning, QStringLiteral("duplicate-statement"),
                             QStringLiteral("statements/%1/text").arg(i),
                             QStringLiteral("La phrase « %1 » est posée deux fois : changez-la ou supprimez-la."),
                             QStringLiteral("The statement “%1” is asked twice: change or remove it."), {text});
        texts.insert(key);
    }
    // With three or more statements that all have the same answer, a learner
    // who clicks the same button everywhere gets everything right.
    if (statements.size() >= 3 && (trueCount == 0 || trueCount == statements.size()))
        diags << problem(context, Severity::Warning, QStringLiteral("same-answer"), QStringLiteral("statements"),
                         trueCount ? QStringLiteral("Toutes les phrases sont vraies : en répondant « Vrai » partout, on a tout juste. Ajoutez au moins une phrase fausse.")
                                   : QStringLiteral("Toutes les phrases sont fausses : en répondant « Faux » partout, on a tout juste. Ajoutez au moins une phrase vraie."),
                         trueCount ? QStringLiteral("Every statement is true: answering “True” everywhere gets everything right. Add at least one false statement.")
                                   : QStringLiteral("Every statement is false: answering “False” everywhere gets everything right. Add at least one true statement."));
    return diags;
}

int TrueFalseType::maxScore(const QVariantMap &payload) const
{
    return int(payload.value(QStringLiteral("statements")).toList().size());
}

QString TrueFalseType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const QString yes = en ? QStringLiteral("True") : QStringLiteral("Vrai");
    const QString no = en ? QStringLiteral("False") : QStringLiteral("Faux");
    QString html = QStringLiteral("<p class=\"hint\">%1</p>\n<ol class=\"statements\">\n")
                       .arg(en ? QStringLiteral("For each sentence, tick “True” or “False”.")
                               : QStringLiteral("Pour chaque phrase, cochez « Vrai » ou « Faux »."));
    for (const QVariant &s : payload.value(QStringLiteral("statements")).toList()) {
        const QVariantMap statement = s.toMap();
        const bool right = isTrue(statement);
        const auto box = [answerKey](bool ticked) { return answerKey && ticked ? QStringLiteral("☑") : QStringLiteral("☐"); };
        html += QStringLiteral("<li><p class=\"statement\">%1</p>\n<p class=\"answers\"><span class=\"box\">%2</span> %3"
                               " &#160;&#160;&#160; <span class=\"box\">%4</span> %5</p>\n")
                    .arg(escape(statement.value(QStringLiteral("text")).toString()), box(right), yes, box(!right), no);
        const QString explanation = statement.value(QStringLiteral("explanation")).toString();
        if (answerKey && !explanation.isEmpty())
            html += QStringLiteral("<p class=\"explanation\"><em>%1</em></p>\n").arg(escape(explanation));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ol>\n");
}
