#include "fillblankstype.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Relais;

namespace {

const QLatin1String gapOpen("[[");
const QLatin1String gapClose("]]");

QString around(const QString &text, qsizetype at)
{
    const qsizetype from = qMax<qsizetype>(0, at - 25);
    return (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from + 27).simplified()
         + (at + 27 < text.size() ? QStringLiteral("…") : QString());
}

// A text cut into plain parts and gaps. The player (player.js) cuts it the
// same way: what is not a well-formed gap stays text.
struct Part
{
    QString text;         // plain text, when not a gap
    QStringList answers;  // a gap: the answer first, then its variants, trimmed
    bool gap = false;
};

struct Parsed
{
    QList<Part> parts;
    int gaps = 0;
    QStringList unbalanced;  // a few words around each stray "[[" or "]]"
};

Parsed parse(const QString &text)
{
    Parsed out;
    const auto plain = [&out](const QString &s) {
        if (s.isEmpty())
            return;
        if (!out.parts.isEmpty() && !out.parts.last().gap)
            out.parts.last().text += s;
        else
            out.parts.append({s, {}, false});
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(gapOpen, pos);
        const qsizetype stray = text.indexOf(gapClose, pos);
        if (stray >= 0 && (start < 0 || stray < start)) {
            out.unbalanced << around(text, stray);
            plain(text.mid(pos, stray + 2 - pos));
            pos = stray + 2;
            continue;
        }
        if (start < 0) {
            plain(text.mid(pos));
            break;
        }
        plain(text.mid(pos, start - pos));
        const qsizetype end = text.indexOf(gapClose, start + 2);
        const qsizetype next = text.indexOf(gapOpen, start + 2);
        if (end < 0 || (next >= 0 && next < end)) {
            out.unbalanced << around(text, start);
            plain(gapOpen);
            pos = start + 2;
            continue;
        }
        QStringList answers = text.mid(start + 2, end - start - 2).split(QLatin1Char('|'));
        for (QString &a : answers)
            a = a.simplified();
        out.parts.append({QString(), answers, true});
        ++out.gaps;
        pos = end + 2;
    }
    return out;
}

// Words as the player compares typed answers: no case, accents or surrounding spaces.
QString normalized(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toCaseFolded()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0153))
            out += QStringLiteral("oe");
        else if (c == QChar(0x00E6))
            out += QStringLiteral("ae");
        else if (c == QChar(0x2019) || c == QChar(0x2018))
            out += QLatin1Char('\'');
        else
            out += c;
    }
    return out.simplified();
}

bool choiceMode(const QVariantMap &payload)
{
    return payload.value(QStringLiteral("mode"), QStringLiteral("choice")).toString() != QLatin1String("typed");
}

QStringList distractors(const QVariantMap &payload)
{
    QStringList out;
    for (const QVariant &d : payload.value(QStringLiteral("distractors")).toList())
        if (!d.toString().trimmed().isEmpty())
            out << d.toString().trimmed();
    return out;
}

// What a choice-mode list offers: each gap's answer once, then the extra words.
QStringList options(const Parsed &parsed, const QStringList &extra)
{
    QStringList out;
    for (const Part &p : parsed.parts)
        if (p.gap && !p.answers.first().isEmpty() && !out.contains(p.answers.first()))
            out << p.answers.first();
    for (const QString &d : extra)
        if (!out.contains(d))
            out << d;
    return out;
}

} // namespace

FillBlanksType::FillBlanksType() : ExerciseTypeBase(QStringLiteral("fillblanks")) {}

Diagnostics FillBlanksType::validate(const PayloadContext &context) const
{
    Diagnostics diags;
    const QString text = context.payload.value(QStringLiteral("text")).toString();
    const Parsed parsed = parse(text);
    const QString textPath = QStringLiteral("text");
    for (const QString &where : parsed.unbalanced)
        diags << problem(context, Severity::Error, QStringLiteral("unbalanced"), textPath,
                         QStringLiteral("Un trou est mal fermé près de « %1 » : chaque trou s'écrit avec deux crochets de chaque côté, par exemple [[Envoyer]]."),
                         QStringLiteral("A gap is not closed properly near “%1”: each gap is written with two brackets on each side, for example [[Send]]."),
                         {where});
    // A stray bracket already says what is wrong with a gap the trainer meant to write.
    if (parsed.gaps == 0 && parsed.unbalanced.isEmpty() && !text.trimmed().isEmpty())
        diags << problem(context, Severity::Error, QStringLiteral("no-gap"), textPath,
                         QStringLiteral("Le texte n'a aucun trou : mettez chaque mot à trouver entre doubles crochets, par exemple « Je clique sur [[Envoyer]] »."),
                         QStringLiteral("The text has no gap: put each word to find between double brackets, for example “I click [[Send]]”."));
    int number = 0;
    QSet<QString> answers;
    for (const Part &p : parsed.parts) {
        if (!p.gap)
            continue;
        ++number;
        for (const QString &a : p.answers)
            answers.insert(normalized(a));
        if (p.answers.join(QString()).isEmpty())
            diags << problem(context, Severity::Error, QStringLiteral("empty-gap"), textPath,
                             QStringLiteral("Le trou n° %1 est vide : écrivez le mot à trouver entre les crochets, par exemple [[Envoyer]]."),
                             QStringLiteral("Gap %1 is empty: write the word to find between the brackets, for example [[Send]]."),
                             {QString::number(number)});
        else if (p.answers.contains(QString()))
            // An empty answer would count a gap left blank as right.
            diags << problem(context, Severity::Error, QStringLiteral("empty-answer"), textPath,
                             QStringLiteral("Le trou n° %1 « [[%2]] » contient une réponse vide : enlevez la barre « | » en trop."),
                             QStringLiteral("Gap %1 “[[%2]]” holds an empty answer: remove the extra bar “|”."),
                             {QString::number(number), p.answers.join(QLatin1Char('|'))});
    }

    const QStringList extra = distractors(context.payload);
    if (!choiceMode(context.payload)) {
        if (!extra.isEmpty())
            diags << problem(context, Severity::Warning, QStringLiteral("unused-distractors"), QStringLiteral("distractors"),
                             QStringLiteral("Les mots en trop ne sont montrés que si l'on choisit les mots dans une liste ; ici la personne écrit les mots. Changez « Comment répondre » ou enlevez les mots en trop."),
                             QStringLiteral("Extra words are only shown when words are chosen from a list; here the learner types them. Change “How to answer” or remove the extra words."));
        return diags;
    }
    const QVariantList rawExtra = context.payload.value(QStringLiteral("distractors")).toList();
    for (qsizetype i = 0; i < rawExtra.size(); ++i) {
        const QString word = rawExtra[i].toString().trimmed();
        if (!word.isEmpty() && answers.contains(normalized(word)))
            diags << problem(context, Severity::Warning, QStringLiteral("distractor-is-answer"),
                             QStringLiteral("distractors/%1").arg(i),
                             QStringLiteral("Le mot en trop « %1 » est aussi une bonne réponse : choisissez un mot qui ne va dans aucun trou."),
                             QStringLiteral("The extra word “%1” is also a right answer: choose a word that fits no gap."), {word});
    }
    const QStringList offered = options(parsed, extra);
    if (parsed.gaps > 0 && offered.size() < 2)
        diags << problem(context, Severity::Warning, QStringLiteral("few-options"), QStringLiteral("distractors"),
                         QStringLiteral("La liste ne propose qu'un seul mot (« %1 ») : il n'y a rien à choisir. Ajoutez au moins un mot en trop."),
                         QStringLiteral("The list offers a single word (“%1”): there is nothing to choose. Add at least one extra word."),
                         {offered.value(0)});
    return diags;
}

int FillBlanksType::maxScore(const QVariantMap &payload) const
{
    // A text still without gaps is worth one point rather than none: the type
    // is scored, and the missing gaps are reported by validate().
    return qMax(1, parse(payload.value(QStringLiteral("text")).toString()).gaps);
}

QString FillBlanksType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const bool choice = choiceMode(payload);
    const Parsed parsed = parse(payload.value(QStringLiteral("text")).toString());
    QString html = QStringLiteral("<p class=\"hint\">%1</p>\n")
                       .arg(choice ? (en ? QStringLiteral("Write in each gap a word from the list.")
                                         : QStringLiteral("Écrivez dans chaque trou un mot de la liste."))
                                   : (en ? QStringLiteral("Write the missing word in each gap.")
                                         : QStringLiteral("Écrivez le mot qui manque dans chaque trou.")));
    if (choice) {
        QStringList words = options(parsed, distractors(payload));
        // Alphabetical on paper: no order to give the answers away.
        std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
            return normalized(a) < normalized(b);
        });
        QStringList escaped;
        for (const QString &w : words)
            escaped << QStringLiteral("<span class=\"word\">%1</span>").arg(escape(w));
        html += QStringLiteral("<p class=\"words\">%1 %2</p>\n")
                    .arg(en ? QStringLiteral("Words:") : QStringLiteral("Mots :"), escaped.join(QStringLiteral(" · ")));
    }
    QString body;
    int number = 0;
    for (const Part &p : parsed.parts) {
        if (!p.gap) {
            body += escape(p.text);
            continue;
        }
        ++number;
        if (answerKey) {
            QString variants;
            if (p.answers.size() > 1)
                variants = QStringLiteral(" <span class=\"variants\">(%1 %2)</span>")
                               .arg(en ? QStringLiteral("or") : QStringLiteral("ou"),
                                    escape(p.answers.mid(1).join(QStringLiteral(", "))));
            body += QStringLiteral("<strong class=\"gap\">(%1) %2</strong>%3").arg(QString::number(number), escape(p.answers.first()), variants);
        } else {
            // Room to write by hand, at least ten characters, so a short line gives no short answer away.
            const qsizetype width = qMax<qsizetype>(10, p.answers.first().size() + 4);
            body += QStringLiteral("<span class=\"gap\">(%1) %2</span>").arg(QString::number(number), QString(width, QLatin1Char('_')));
        }
    }
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    const QStringList paragraphs = body.split(blankLine);
    for (const QString &para : paragraphs)
        if (!para.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"text\">%1</p>\n").arg(para.trimmed());
    return html;
}
