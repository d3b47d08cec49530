#include "matchingtype.h"

#include <QHash>

using namespace Relais;

namespace {

QString sideText(const QVariantMap &side)
{
    return side.value(QStringLiteral("text")).toString().simplified();
}

QString sideImage(const QVariantMap &side)
{
    return side.value(QStringLiteral("image")).toString();
}

// The order the right-hand items are printed in: shuffled so that the sheet
// does not give the answers away, the same on every print (seeded from the
// texts) and with no item facing its own line.
QList<int> shuffledOrder(const QVariantList &pairs)
{
    const int n = int(pairs.size());
    QList<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    if (n < 2)
        return order;
    quint32 seed = 2166136261u;  // FNV-1a over the right-hand texts
    for (const QVariant &p : pairs)
        for (const QChar c : sideText(p.toMap().value(QStringLiteral("right")).toMap()))
            seed = (seed ^ c.unicode()) * 16777619u;
    for (int attempt = 0; attempt < 20; ++attempt) {
        for (int i = n - 1; i > 0; --i) {
            seed = seed * 1664525u + 1013904223u;
            order.swapItemsAt(i, int((seed >> 8) % quint32(i + 1)));
        }
        bool deranged = true;
        for (int i = 0; i < n; ++i)
            deranged = deranged && order[i] != i;
        if (deranged)
            return order;
    }
    for (int i = 0; i < n; ++i)
        order[i] = (i + 1) % n;
    return order;
}

QString letter(int index)
{
    return QString(QChar(u'A' + index));
}

} // namespace

MatchingType::MatchingType() : ExerciseTypeBase(QStringLiteral("matching")) {}

Diagnostics MatchingType::validate(const PayloadContext &context) const
{
    Diagnostics diags;
    const QVariantList pairs = context.payload.value(QStringLiteral("pairs")).toList();
    // What tells two sides apart for the learner: their text, or their
    // picture when there is no text.
    QHash<QString, int> seen[2];
    const QString sides[2] = {QStringLiteral("left"), QStringLiteral("right")};
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QVariantMap pair = pairs[i].toMap();
        for (int s = 0; s < 2; ++s) {
            const QVariantMap side = pair.value(sides[s]).toMap();
            const QString text = sideText(side);
            const QString image = sideImage(side);
            const QString path = QStringLiteral("pairs/%1/%2").arg(i).arg(sides[s]);
            if (text.isEmpty() && image.isEmpty()) {
                diags << (s == 0
                    ? problem(context, Severity::Error, QStringLiteral("empty-side"), path,
                              QStringLiteral("La paire n° %1 n'a rien à gauche : écrivez un texte ou choisissez une image."),
                              QStringLiteral("Pair %1 has nothing on the left: write a text or choose a picture."),
                              {QString::number(i + 1)})
                    : problem(context, Severity::Error, QStringLiteral("empty-side"), path,
                              QStringLiteral("La paire n° %1 n'a rien à droite : écrivez un texte ou choisissez une image."),
                              QStringLiteral("Pair %1 has nothing on the right: write a text or choose a picture."),
                              {QString::number(i + 1)}));
                continue;
            }
            if (s == 1 && text.isEmpty())
                diags << problem(context, Severity::Warning, QStringLiteral("right-image-without-text"), path,
                                 QStringLiteral("La réponse de droite de la paire n° %1 n'est qu'une image : la liste de choix ne peut pas montrer d'image, la personne y lira sa description. Ajoutez un texte court."),
                                 QStringLiteral("The right-hand answer of pair %1 is only a picture: the choice list cannot show pictures, so the learner reads its description there. Add a short text."),
                                 {QString::number(i + 1)});
            const QString key = text.isEmpty() ? QStringLiteral("image:") + image : text.toLower();
            const auto it = seen[s].constFind(key);
            if (it == seen[s].constEnd()) {
                seen[s].insert(key, int(i));
                continue;
            }
            const QString shown = text.isEmpty() ? image : text;
            const QStringList args{shown, QString::number(*it + 1), QString::number(i + 1)};
            diags << (s == 0
                ? problem(context, Severity::Error, QStringLiteral("duplicate-left"), path,
                          QStringLiteral("« %1 » est à gauche dans les paires n° %2 et n° %3 : la personne ne peut pas savoir laquelle va avec quoi. Rendez les deux différentes."),
                          QStringLiteral("“%1” is on the left in pairs %2 and %3: the learner cannot tell which goes with what. Make them different."),
                          args)
                : problem(context, Severity::Error, QStringLiteral("duplicate-right"), path,
                          QStringLiteral("« %1 » est à droite dans les paires n° %2 et n° %3 : les deux réponses se confondent dans la liste de choix. Rendez-les différentes."),
                          QStringLiteral("“%1” is on the right in pairs %2 and %3: the two answers cannot be told apart in the choice list. Make them different."),
                          args));
        }
    }
    return diags;
}

int MatchingType::maxScore(const QVariantMap &payload) const
{
    // One point per pair linked right.
    return int(payload.value(QStringLiteral("pairs")).toList().size());
}

QString MatchingType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const QVariantList pairs = payload.value(QStringLiteral("pairs")).toList();
    const QList<int> order = shuffledOrder(pairs);
    QList<int> letterOf(pairs.size());
    for (int k = 0; k < order.size(); ++k)
        letterOf[order[k]] = k;

    const auto side = [&context](const QVariantMap &s) {
        return escape(s.value(QStringLiteral("text")).toString()) + printImage(sideImage(s), context);
    };

    QString html = QStringLiteral("<p class=\"question\">%1</p>\n").arg(escape(payload.value(QStringLiteral("prompt")).toString()));
    html += QStringLiteral("<p class=\"hint\">%1</p>\n<ol class=\"matching-items\">\n")
                .arg(en ? QStringLiteral("For each line, write the letter of the right answer in the box.")
                        : QStringLiteral("Pour chaque ligne, écrivez dans la case la lettre de la bonne réponse."));
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QVariantMap pair = pairs[i].toMap();
        html += QStringLiteral("<li>%1 <span class=\"box\">%2</span>")
                    .arg(side(pair.value(QStringLiteral("left")).toMap()),
                         answerKey ? letter(letterOf[i]) : QStringLiteral("____"));
        if (answerKey)
            html += QStringLiteral(" <em>%1</em>").arg(escape(sideText(pair.value(QStringLiteral("right")).toMap())));
        html += QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ol>\n<p class=\"hint\">%1</p>\n<ul class=\"matching-answers\">\n")
                .arg(en ? QStringLiteral("Answers:") : QStringLiteral("Réponses :"));
    for (int k = 0; k < order.size(); ++k)
        html += QStringLiteral("<li><strong>%1.</strong> %2</li>\n")
                    .arg(letter(k), side(pairs[order[k]].toMap().value(QStringLiteral("right")).toMap()));
    return html + QStringLiteral("</ul>\n");
}
