#include "orderingtype.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Relais;

namespace {

QStringList stepTexts(const QVariantMap &payload)
{
    QStringList texts;
    for (const QVariant &s : payload.value(QStringLiteral("steps")).toList())
        texts << s.toMap().value(QStringLiteral("text")).toString();
    return texts;
}

// The order a paper sheet shows the steps in (indexes into the right order):
// the same for the same steps, never the right order itself.
QList<int> shuffled(const QStringList &texts)
{
    QList<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    // FNV-1a over the texts seeds a small linear congruential generator: no
    // process-seeded hash, so the same steps always print in the same order.
    quint32 seed = 2166136261u;
    for (const QString &t : texts)
        for (const QChar c : t)
            seed = (seed ^ c.unicode()) * 16777619u;
    for (qsizetype i = order.size() - 1; i > 0; --i) {
        seed = seed * 1664525u + 1013904223u;
        std::swap(order[i], order[qsizetype((seed >> 8) % quint32(i + 1))]);
    }
    bool identity = true;
    for (qsizetype i = 0; i < order.size(); ++i)
        identity = identity && order[i] == i;
    if (identity && order.size() > 1)
        std::rotate(order.begin(), order.begin() + 1, order.end());
    return order;
}

} // namespace

OrderingType::OrderingType() : ExerciseTypeBase(QStringLiteral("ordering")) {}

Diagnostics OrderingType::validate(const PayloadContext &context) const
{
    Diagnostics diags;
    const QStringList texts = stepTexts(context.payload);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString key = texts[i].simplified().toCaseFolded();
        if (key.isEmpty())
            continue;
        // Two steps that read the same cannot be told apart, so no order of
        // them is more right than the other.
        if (seen.contains(key))
            diags << problem(context, Severity::Error, QStringLiteral("duplicate-step"),
                             QStringLiteral("steps/%1/text").arg(i),
                             QStringLiteral("Les étapes %1 et %2 ont le même texte « %3 » : la personne ne peut pas les distinguer. Reformulez l'une des deux."),
                             QStringLiteral("Steps %1 and %2 have the same text “%3”: the learner cannot tell them apart. Reword one of them."),
                             {QString::number(seen.value(key) + 1), QString::number(i + 1), texts[i]});
        else
            seen.insert(key, i);
    }
    return diags;
}

int OrderingType::maxScore(const QVariantMap &payload) const
{
    return int(payload.value(QStringLiteral("steps")).toList().size());
}

QString OrderingType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const QVariantList steps = payload.value(QStringLiteral("steps")).toList();
    QString html = QStringLiteral("<p class=\"question\">%1</p>\n<p class=\"hint\">%2</p>\n<ul class=\"steps\">\n")
                       .arg(escape(payload.value(QStringLiteral("prompt")).toString()),
                            en ? QStringLiteral("Write in each box the number of the step: 1 for the first, 2 for the second…")
                               : QStringLiteral("Écrivez dans chaque case le numéro de l'étape : 1 pour la première, 2 pour la deuxième…"));
    for (const int i : shuffled(stepTexts(payload))) {
        const QVariantMap step = steps.value(i).toMap();
        html += QStringLiteral("<li><span class=\"box number\">%1</span> %2%3</li>\n")
                    .arg(answerKey ? QString::number(i + 1) : QStringLiteral("&#160;&#160;&#160;"),
                         escape(step.value(QStringLiteral("text")).toString()),
                         printImage(step.value(QStringLiteral("image")).toString(), context));
    }
    html += QStringLiteral("</ul>\n");
    if (answerKey) {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n<ol class=\"answer\">\n")
                    .arg(en ? QStringLiteral("The right order:") : QStringLiteral("Le bon ordre :"));
        for (const QVariant &s : steps)
            html += QStringLiteral("<li>%1</li>\n").arg(escape(s.toMap().value(QStringLiteral("text")).toString()));
        html += QStringLiteral("</ol>\n");
    }
    return html;
}
