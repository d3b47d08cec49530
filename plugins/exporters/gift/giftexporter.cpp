#include "giftexporter.h"

#include <fillblankstext.h>
#include <questionbank.h>

#include <QSet>

using namespace Relais;

namespace {

// GIFT's escapes, as Moodle's importer reads them (escapedchar_pre): a
// backslash before ~ = # { } : and before itself. A line break would end the
// question at a blank line, so none is left.
QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': case '~': case '=': case '#': case '{': case '}': case ':':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '\n': case '\r': case '\t':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A piece of HTML where Moodle reads an answer, a feedback or the left side
// of a pair: there a leading "[html]" would be taken for a text format, and a
// leading "%50%" for a grade, so a leading "[" or "%" is an entity.
QString html(const QString &text)
{
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('%')))
        return escape(QStringLiteral("&#%1;").arg(text.at(0).unicode()) + text.mid(1));
    return escape(text);
}

class Writer
{
public:
    Writer(const QuestionBank &bank, ExportReport &report) : m_bank(bank), m_report(report) {}

    QByteArray finish() const { return m_out.toUtf8(); }

    // The category of the questions that follow; written before the first of
    // them, so that a module without questions has none.
    void category(const BankCategory &category) { m_category = category.path(); }

    void activity(const BankItem &item)
    {
        m_item = &item;
        m_imagesAsText.clear();
        const QString type = item.activity->type;
        if (type == QLatin1String("mcq"))
            mcq();
        else if (type == QLatin1String("truefalse"))
            trueFalse();
        else if (type == QLatin1String("matching"))
            matching();
        else if (type == QLatin1String("fillblanks"))
            fillBlanks();
        else if (type == QLatin1String("ordering"))
            skip(m_bank.t("GIFT n'a pas de question « remettre dans l'ordre » (le format Moodle XML en a une)",
                          "GIFT has no “put in order” question (the Moodle XML format has one)"));
        else
            skip(m_bank.t("GIFT n'a pas de question pour ce type d'exercice", "GIFT has no question for this exercise type"));
        if (m_imagesAsText.size() == 1)
            skip(m_bank.t("GIFT ne contient pas d'images : l'image est remplacée par sa description entre crochets",
                          "GIFT holds no pictures: the picture is replaced by its description between brackets"));
        else if (m_imagesAsText.size() > 1)
            skip(m_bank.t("GIFT ne contient pas d'images : les %1 images sont remplacées par leur description entre crochets",
                          "GIFT holds no pictures: the %1 pictures are replaced by their description between brackets")
                     .arg(m_imagesAsText.size()));
    }

private:
    void skip(const QString &why) { m_bank.skip(m_report, *m_item->module, *m_item->activity, why); }

    QString media(const MediaAsset &m)
    {
        m_imagesAsText.insert(&m);
        return QuestionBank::textHtml(m_bank.mediaLabel(m));
    }

    QString intro()
    {
        return m_bank.introHtml(*m_item->activity, [this](const MediaAsset &m) { return media(m); });
    }

    // "::name::[html]text", after the category line when it is the first
    // question of its category.
    void start(const QString &name, const QString &text)
    {
        if (!m_category.isEmpty()) {
            // Moodle reads the category line as it is, without GIFT escapes.
            m_out += QStringLiteral("$CATEGORY: %1\n\n").arg(m_category.simplified());
            m_category.clear();
        }
        m_out += QStringLiteral("::%1::[html]%2").arg(escape(QuestionBank::name(name)), escape(text));
    }

    void end() { m_out += QStringLiteral("}\n\n"); }

    static QString feedback(const QString &text)
    {
        return text.trimmed().isEmpty() ? QString() : QLatin1Char('#') + html(QuestionBank::textHtml(text));
    }

    void mcq()
    {
        const QVariantMap &p = m_item->payload;
        const QVariantList choices = p.value(QStringLiteral("choices")).toList();
        int right = 0;
        for (const QVariant &c : choices)
            right += c.toMap().value(QStringLiteral("correct")).toBool() ? 1 : 0;
        // Several right answers share the grade, a wrong one takes back as much
        // as a right one gives (as the player counts). Moodle reads a grade of
        // two digits at most: one right answer among check boxes is "=".
        const bool shared = p.value(QStringLiteral("multiple")).toBool() && right > 1;
        const QString share = QuestionBank::share(right);
        if (shared && share.isEmpty()) {
            skip(m_bank.t("Moodle ne sait pas partager la note entre %1 bonnes réponses", "Moodle cannot share the grade between %1 right answers")
                     .arg(right));
            return;
        }
        QString text = intro() + QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(p.value(QStringLiteral("question")).toString()));
        if (const MediaAsset *image = m_bank.asset(p.value(QStringLiteral("image")).toString()))
            text += QStringLiteral("<p>%1</p>").arg(media(*image));
        start(m_item->activity->title, text);
        m_out += QStringLiteral("{\n");
        for (const QVariant &v : choices) {
            const QVariantMap c = v.toMap();
            const bool correct = c.value(QStringLiteral("correct")).toBool();
            const QString mark = !shared ? (correct ? QStringLiteral("=") : QStringLiteral("~"))
                                         : (correct ? QStringLiteral("~%%1%").arg(share) : QStringLiteral("~%-%1%").arg(share));
            m_out += QStringLiteral("\t%1%2%3\n").arg(mark, html(QuestionBank::textHtml(c.value(QStringLiteral("text")).toString())),
                                                      feedback(c.value(QStringLiteral("feedback")).toString()));
        }
        end();
    }

    // A true/false question holds one statement: each statement of the
    // activity becomes one question, its explanation shown whatever the answer.
    void trueFalse()
    {
        const QVariantList statements = m_item->payload.value(QStringLiteral("statements")).toList();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const QVariantMap s = statements[i].toMap();
            const QString name = statements.size() > 1
                                   ? QStringLiteral("%1 (%2/%3)").arg(m_item->activity->title).arg(i + 1).arg(statements.size())
                                   : m_item->activity->title;
            start(name, intro() + QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(s.value(QStringLiteral("text")).toString())));
            const QString explanation = feedback(s.value(QStringLiteral("explanation")).toString());
            m_out += s.value(QStringLiteral("answer")).toString() == QLatin1String("false") ? QStringLiteral("{FALSE") : QStringLiteral("{TRUE");
            // The wrong answer's feedback, then the right answer's.
            if (!explanation.isEmpty())
                m_out += explanation + explanation;
            end();
        }
    }

    // Left: HTML with a picture named by its description; right: plain text,
    // where Moodle takes what follows the first "->".
    void matching()
    {
        const QVariantList pairs = m_item->payload.value(QStringLiteral("pairs")).toList();
        if (pairs.size() < 3) {
            skip(m_bank.t("une association GIFT demande au moins trois paires, celle-ci en a %1",
                          "a GIFT matching question needs at least three pairs, this one has %1").arg(pairs.size()));
            return;
        }
        start(m_item->activity->title,
              intro() + QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(m_item->payload.value(QStringLiteral("prompt")).toString())));
        m_out += QStringLiteral("{\n");
        for (const QVariant &v : pairs) {
            const QVariantMap left = v.toMap().value(QStringLiteral("left")).toMap();
            const QVariantMap right = v.toMap().value(QStringLiteral("right")).toMap();
            QString leftHtml = QuestionBank::textHtml(left.value(QStringLiteral("text")).toString());
            if (const MediaAsset *image = m_bank.asset(left.value(QStringLiteral("image")).toString()))
                leftHtml += (leftHtml.isEmpty() ? QString() : QStringLiteral(" ")) + media(*image);
            QString rightText = right.value(QStringLiteral("text")).toString().simplified();
            if (const MediaAsset *image = m_bank.asset(right.value(QStringLiteral("image")).toString())) {
                m_imagesAsText.insert(image);
                rightText += (rightText.isEmpty() ? QString() : QStringLiteral(" ")) + m_bank.mediaLabel(*image);
            }
            m_out += QStringLiteral("\t=%1 -> %2\n").arg(html(leftHtml), escape(rightText));
        }
        end();
    }

    // A typed answer is plain text to Moodle: it cannot hold "->" (read as a
    // pair) nor start with "%" (a grade) or "[" (a text format).
    static bool writable(const QString &answer)
    {
        return !answer.contains(QLatin1String("->")) && !answer.startsWith(QLatin1Char('%')) && !answer.startsWith(QLatin1Char('['));
    }

    // GIFT's missing-word question has one gap: a text with several becomes
    // one question per gap, the other gaps shown filled.
    void fillBlanks()
    {
        const FillBlanksText parsed(m_item->payload);
        const QStringList offered = parsed.offered();
        const bool choice = parsed.choiceMode() && offered.size() >= 2;
        for (const FillBlanksText::Part &part : parsed.parts()) {
            if (!part.gap || choice)
                continue;
            for (const QString &a : FillBlanksText::typedAnswers(part)) {
                if (!writable(a)) {
                    skip(m_bank.t("la réponse « %1 » ne peut pas s'écrire en GIFT", "the answer “%1” cannot be written in GIFT").arg(a));
                    return;
                }
            }
        }
        const QString introHtml = intro();
        for (int question = 0; question < parsed.gaps(); ++question) {
            QString before, after, answers;
            int gap = 0;
            for (const FillBlanksText::Part &part : parsed.parts()) {
                QString &side = gap > question ? after : before;
                if (!part.gap) {
                    side += QuestionBank::textHtml(part.text);
                    continue;
                }
                if (gap++ != question) {
                    side += QuestionBank::textHtml(part.answers.first());
                    continue;
                }
                if (choice) {
                    for (const QString &word : offered)
                        answers += (FillBlanksText::accepts(part, word) ? QStringLiteral("\t=") : QStringLiteral("\t~"))
                                 + html(QuestionBank::textHtml(word)) + QLatin1Char('\n');
                } else {
                    // A typed answer is compared as plain text, where "*" is Moodle's wildcard.
                    for (const QString &a : FillBlanksText::typedAnswers(part))
                        answers += QStringLiteral("\t=%1\n").arg(escape(QString(a).replace(QLatin1Char('*'), QLatin1String("\\*"))));
                }
            }
            const QString name = parsed.gaps() > 1
                                   ? QStringLiteral("%1 (%2/%3)").arg(m_item->activity->title).arg(question + 1).arg(parsed.gaps())
                                   : m_item->activity->title;
            start(name, introHtml + QStringLiteral("<p>") + before);
            m_out += QStringLiteral("{\n") + answers + QStringLiteral("}") + escape(after) + QStringLiteral("</p>\n\n");
        }
        if (parsed.gaps() > 1)
            skip(m_bank.t("GIFT n'a qu'un trou par question : le texte à %1 trous devient %1 questions d'un trou chacune",
                          "GIFT has one gap per question: the text with %1 gaps becomes %1 questions of one gap each")
                     .arg(parsed.gaps()));
    }

    const QuestionBank &m_bank;
    ExportReport &m_report;
    QString m_out;
    QString m_category;
    const BankItem *m_item = nullptr;
    QSet<const MediaAsset *> m_imagesAsText;
};

} // namespace

bool GiftExporter::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    const QuestionBank bank(request);
    Writer writer(bank, report);
    if (!bank.walk(monitor, report, [&](const BankCategory &c) { writer.category(c); }, [&](const BankItem &item) { writer.activity(item); }))
        return false;
    return writeFileAtomically(request.output, writer.finish(), report.diagnostics);
}
