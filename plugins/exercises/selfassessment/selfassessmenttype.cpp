#include "selfassessmenttype.h"

#include <QRegularExpression>
#include <QSet>

using namespace Relais;

namespace {

// "Je …", "J'…" or "J’…": the learner must recognise themself in the sentence.
bool firstPerson(const QString &text)
{
    static const QRegularExpression je(QStringLiteral("^j(e\\s|['’])"), QRegularExpression::CaseInsensitiveOption);
    return je.match(text).hasMatch();
}

// Two statements that differ only in case, spacing, apostrophes or final
// punctuation are the same statement.
QString normalized(const QString &text)
{
    static const QRegularExpression trailing(QStringLiteral("[\\s.!…]+$"));
    return text.simplified().toLower().replace(QChar(0x2019), QLatin1Char('\'')).remove(trailing);
}

} // namespace

SelfAssessmentType::SelfAssessmentType() : ExerciseTypeBase(QStringLiteral("selfassessment")) {}

Diagnostics SelfAssessmentType::validate(const PayloadContext &context) const
{
    // No statement at all is the core's "payload.list-size", an empty one its
    // "payload.required".
    Diagnostics diags;
    const QVariantList statements = context.payload.value(QStringLiteral("statements")).toList();
    QSet<QString> seen;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString text = statements[i].toMap().value(QStringLiteral("text")).toString().trimmed();
        if (text.isEmpty())
            continue;
        const QString path = QStringLiteral("statements/%1/text").arg(i);
        if (!firstPerson(text))
            diags << problem(context, Severity::Warning, QStringLiteral("not-first-person"), path,
                             QStringLiteral("« %1 » n'est pas à la première personne : commencez par « Je … » (« Je sais envoyer un courriel ») pour que la personne s'y reconnaisse."),
                             QStringLiteral("“%1” is not in the first person: start with “Je …” (“Je sais envoyer un courriel”) so that the learner recognises themself."),
                             {text});
        const QString key = normalized(text);
        if (seen.contains(key))
            diags << problem(context, Severity::Warning, QStringLiteral("duplicate-statement"), path,
                             QStringLiteral("La phrase « %1 » est posée deux fois : gardez-en une seule."),
                             QStringLiteral("Statement “%1” is asked twice: keep only one."), {text});
        seen.insert(key);
    }
    return diags;
}

int SelfAssessmentType::maxScore(const QVariantMap &) const
{
    return 0;
}

QString SelfAssessmentType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const QString known = en ? QStringLiteral("I can do it") : QStringLiteral("Je sais faire");
    const QString notYet = en ? QStringLiteral("Not yet") : QStringLiteral("Pas encore");
    QString html = QStringLiteral("<p class=\"hint\">%1</p>\n<ul class=\"statements\">\n")
                       .arg(answerKey ? (en ? QStringLiteral("No right or wrong answer: each learner ticks what is true for them. Go over the “Not yet” answers together.")
                                            : QStringLiteral("Pas de bonne ou de mauvaise réponse : chaque personne coche ce qui est vrai pour elle. Reprenez ensemble les « Pas encore »."))
                                      : (en ? QStringLiteral("For each sentence, tick one box.")
                                            : QStringLiteral("Pour chaque phrase, cochez une case.")));
    for (const QVariant &s : payload.value(QStringLiteral("statements")).toList())
        html += QStringLiteral("<li><p>%1</p><p><span class=\"box\">☐</span> %2 &#160; &#160; <span class=\"box\">☐</span> %3</p></li>\n")
                    .arg(escape(s.toMap().value(QStringLiteral("text")).toString()), known, notYet);
    return html + QStringLiteral("</ul>\n");
}
