#include "moodlexmlexporter.h"

#include <fileset.h>
#include <fillblankstext.h>
#include <questionbank.h>

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>

using namespace Relais;

namespace {

// An HTML field of a question and the media files its text refers to, which
// Moodle's importer reads from <file> elements beside the <text>.
struct Html
{
    QString text;
    QList<const MediaAsset *> files;
};

// Cloze (qtype_multianswer) reads "{1:SHORTANSWER:…}" anywhere in the
// question text: author text may hold no brace that Moodle could take for one.
QString clozeSafe(const QString &html)
{
    QString out = html;
    return out.replace(QLatin1Char('{'), QLatin1String("&#123;")).replace(QLatin1Char('}'), QLatin1String("&#125;"));
}

// One answer inside a Cloze gap. Moodle cuts the gap at "~", "#" and "}",
// reads "=" and "%…%" before an answer as its grade, then
// html_entity_decode()s the answer: each of those characters is written as a
// numeric entity, and so are "&" (an answer must not end on the "&" the
// cutting looks at) and the characters that would be markup in the question.
QString clozeAnswer(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': case '{': case '}': case '#': case '~': case '\\': case '=': case '%': case '<': case '>': case '"':
            out += QStringLiteral("&#%1;").arg(c.unicode());
            break;
        default:
            out += c;
        }
    }
    return out;
}

class Writer
{
public:
    Writer(const QuestionBank &bank, const ExportRequest &request, ExportReport &report, QIODevice *device)
        : m_bank(bank), m_request(request), m_report(report), m_xml(device)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("quiz"));
    }

    bool finish()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return !m_xml.hasError() && !m_failed;
    }

    // The category of the questions that follow; written with the first of
    // them, so that a module without questions has none.
    void category(const BankCategory &category) { m_category = category.path(); }

    void activity(const BankItem &item)
    {
        m_item = &item;
        m_missing.clear();
        m_imagesAsText = 0;
        const QString type = item.activity->type;
        if (type == QLatin1String("mcq"))
            mcq();
        else if (type == QLatin1String("truefalse"))
            trueFalse();
        else if (type == QLatin1String("matching"))
            matching();
        else if (type == QLatin1String("ordering") && m_request.options.value(QStringLiteral("ordering")) == QLatin1String("matching"))
            orderingAsMatching();
        else if (type == QLatin1String("ordering"))
            ordering();
        else if (type == QLatin1String("fillblanks"))
            fillBlanks();
        else
            skip(m_bank.t("Moodle XML n'a pas de question pour ce type d'exercice",
                          "Moodle XML has no question for this exercise type"));
        for (const QString &name : std::as_const(m_missing))
            skip(m_bank.t("le fichier « %1 » est introuvable : la question est exportée sans lui",
                          "the file “%1” cannot be read: the question is exported without it").arg(name));
        if (m_imagesAsText == 1)
            skip(m_bank.t("Moodle n'accepte que du texte dans les réponses d'une association : l'image de droite est "
                          "remplacée par sa description entre crochets",
                          "Moodle takes only text in the answers of a matching question: the right-hand picture is "
                          "replaced by its description between brackets"));
        else if (m_imagesAsText > 1)
            skip(m_bank.t("Moodle n'accepte que du texte dans les réponses d'une association : les %1 images de droite "
                          "sont remplacées par leur description entre crochets",
                          "Moodle takes only text in the answers of a matching question: the %1 right-hand pictures "
                          "are replaced by their description between brackets").arg(m_imagesAsText));
    }

private:
    void skip(const QString &why) { m_bank.skip(m_report, *m_item->module, *m_item->activity, why); }

    // A picture (or a link to another media file) whose file goes with the field.
    QString media(const MediaAsset &m, Html &field)
    {
        if (!readable(m))
            return {};
        if (!field.files.contains(&m))
            field.files << &m;
        const QString src = QStringLiteral("@@PLUGINFILE@@/")
                          + QString::fromLatin1(QUrl::toPercentEncoding(QuestionBank::mediaFileName(m)));
        if (m.isImage())
            return QStringLiteral("<img src=\"%1\" alt=\"%2\" class=\"img-fluid\">")
                .arg(QuestionBank::attribute(src), QuestionBank::attribute(m.alt.simplified()));
        const QString label = m.alt.simplified().isEmpty() ? QuestionBank::mediaFileName(m) : m.alt.simplified();
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(QuestionBank::attribute(src), QuestionBank::textHtml(label));
    }

    bool readable(const MediaAsset &m)
    {
        if (m_readable.contains(m.href))
            return true;
        QFile file(m_bank.mediaPath(m));
        if (!file.open(QIODevice::ReadOnly)) {
            if (!m_missing.contains(m.href))
                m_missing << m.href;
            return false;
        }
        m_readable.insert(m.href);
        return true;
    }

    Html intro()
    {
        Html html;
        html.text = m_bank.introHtml(*m_item->activity, [this, &html](const MediaAsset &m) { return media(m, html); });
        return html;
    }

    void text(const QString &element, const QString &value)
    {
        m_xml.writeStartElement(element);
        m_xml.writeTextElement(QStringLiteral("text"), value);
        m_xml.writeEndElement();
    }

    void files(const Html &html)
    {
        for (const MediaAsset *m : html.files) {
            m_xml.writeStartElement(QStringLiteral("file"));
            m_xml.writeAttribute(QStringLiteral("name"), QuestionBank::mediaFileName(*m));
            m_xml.writeAttribute(QStringLiteral("path"), QStringLiteral("/"));
            m_xml.writeAttribute(QStringLiteral("encoding"), QStringLiteral("base64"));
            // The media are most of the bytes (a thousand modules embed
            // hundreds of megabytes): read again for each question that shows
            // them, a chunk at a time, and written straight to the device once
            // the writer, which writes through, has closed the start tag.
            // Base64 needs no XML escape; chunks of a multiple of 3 bytes
            // encode to base64 that joins up.
            m_xml.writeCharacters(QString());
            QFile file(m_bank.mediaPath(*m));
            if (file.open(QIODevice::ReadOnly)) {
                while (!file.atEnd()) {
                    const QByteArray base64 = file.read(3 * 256 * 1024).toBase64();
                    if (m_xml.device()->write(base64) != base64.size())
                        m_failed = true;
                }
            }
            m_xml.writeEndElement();
        }
    }

    // <element format="html" …><text>…</text><file …/>…</element>, left open
    // for what a field holds besides (an answer's feedback).
    void startHtml(const QString &element, const Html &html, const QXmlStreamAttributes &attributes = {})
    {
        m_xml.writeStartElement(element);
        m_xml.writeAttributes(attributes);
        m_xml.writeAttribute(QStringLiteral("format"), QStringLiteral("html"));
        m_xml.writeTextElement(QStringLiteral("text"), html.text);
        files(html);
    }

    void htmlField(const QString &element, const Html &html)
    {
        startHtml(element, html);
        m_xml.writeEndElement();
    }

    void start(const QString &type, const QString &name, const Html &questionText, int grade, const QString &penalty)
    {
        if (!m_category.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("question"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("category"));
            text(QStringLiteral("category"), m_category);
            m_xml.writeEndElement();
            m_category.clear();
        }
        m_xml.writeStartElement(QStringLiteral("question"));
        m_xml.writeAttribute(QStringLiteral("type"), type);
        text(QStringLiteral("name"), QuestionBank::name(name));
        htmlField(QStringLiteral("questiontext"), questionText);
        htmlField(QStringLiteral("generalfeedback"), {});
        if (grade > 0)
            m_xml.writeTextElement(QStringLiteral("defaultgrade"), QString::number(grade));
        m_xml.writeTextElement(QStringLiteral("penalty"), penalty);
        m_xml.writeTextElement(QStringLiteral("hidden"), QStringLiteral("0"));
    }

    // Relais has no overall feedback: the fields Moodle reads stay empty.
    void combinedFeedback()
    {
        for (const char *field : {"correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"})
            htmlField(QLatin1String(field), {});
        m_xml.writeEmptyElement(QStringLiteral("shownumcorrect"));
    }

    void answer(const QString &fraction, const Html &text, const QString &feedback)
    {
        QXmlStreamAttributes attributes;
        attributes.append(QStringLiteral("fraction"), fraction);
        startHtml(QStringLiteral("answer"), text, attributes);
        if (!feedback.trimmed().isEmpty())
            htmlField(QStringLiteral("feedback"), {QuestionBank::textHtml(feedback), {}});
        m_xml.writeEndElement();
    }

    void mcq()
    {
        const QVariantMap &p = m_item->payload;
        const QVariantList choices = p.value(QStringLiteral("choices")).toList();
        int right = 0;
        for (const QVariant &c : choices)
            right += c.toMap().value(QStringLiteral("correct")).toBool() ? 1 : 0;
        const bool multiple = p.value(QStringLiteral("multiple")).toBool();
        // Several right answers share the grade; a wrong one ticked takes back
        // as much as a right one gives, as the player counts.
        const QString rightFraction = multiple ? QuestionBank::share(right) : QStringLiteral("100");
        if (rightFraction.isEmpty()) {
            skip(m_bank.t("Moodle ne sait pas partager la note entre %1 bonnes réponses", "Moodle cannot share the grade between %1 right answers")
                     .arg(right));
            return;
        }
        const QString wrongFraction = multiple ? QLatin1Char('-') + rightFraction : QStringLiteral("0");

        Html question = intro();
        question.text += QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(p.value(QStringLiteral("question")).toString()));
        if (const MediaAsset *image = m_bank.asset(p.value(QStringLiteral("image")).toString())) {
            const QString html = media(*image, question);
            if (!html.isEmpty())
                question.text += QStringLiteral("<p>%1</p>").arg(html);
        }
        start(QStringLiteral("multichoice"), m_item->activity->title, question, m_item->maxScore, QStringLiteral("0.3333333"));
        m_xml.writeTextElement(QStringLiteral("single"), multiple ? QStringLiteral("false") : QStringLiteral("true"));
        m_xml.writeTextElement(QStringLiteral("shuffleanswers"),
                               m_request.options.value(QStringLiteral("shuffle")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        m_xml.writeTextElement(QStringLiteral("answernumbering"), m_request.options.value(QStringLiteral("numbering"), QStringLiteral("none")).toString());
        m_xml.writeTextElement(QStringLiteral("showstandardinstruction"), QStringLiteral("0"));
        combinedFeedback();
        for (const QVariant &v : choices) {
            const QVariantMap c = v.toMap();
            answer(c.value(QStringLiteral("correct")).toBool() ? rightFraction : wrongFraction,
                   {QuestionBank::textHtml(c.value(QStringLiteral("text")).toString()), {}},
                   c.value(QStringLiteral("feedback")).toString());
        }
        m_xml.writeEndElement();
    }

    // Moodle's true/false question holds one statement: each statement of the
    // activity becomes one question.
    void trueFalse()
    {
        const QVariantList statements = m_item->payload.value(QStringLiteral("statements")).toList();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const QVariantMap s = statements[i].toMap();
            Html question = intro();
            question.text += QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(s.value(QStringLiteral("text")).toString()));
            const QString name = statements.size() > 1
                                   ? QStringLiteral("%1 (%2/%3)").arg(m_item->activity->title).arg(i + 1).arg(statements.size())
                                   : m_item->activity->title;
            start(QStringLiteral("truefalse"), name, question, 1, QStringLiteral("1"));
            const bool isTrue = s.value(QStringLiteral("answer")).toString() != QLatin1String("false");
            // The explanation says why, whichever answer was given.
            const QString explanation = s.value(QStringLiteral("explanation")).toString();
            for (const bool value : {true, false}) {
                m_xml.writeStartElement(QStringLiteral("answer"));
                m_xml.writeAttribute(QStringLiteral("fraction"), value == isTrue ? QStringLiteral("100") : QStringLiteral("0"));
                m_xml.writeAttribute(QStringLiteral("format"), QStringLiteral("moodle_auto_format"));
                m_xml.writeTextElement(QStringLiteral("text"), value ? QStringLiteral("true") : QStringLiteral("false"));
                htmlField(QStringLiteral("feedback"), {QuestionBank::textHtml(explanation), {}});
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
    }

    // Moodle's own rule (qtype_match_edit_form): two questions and three answers at least.
    bool enoughPairs(qsizetype count)
    {
        if (count >= 3)
            return true;
        skip(m_bank.t("une association Moodle demande au moins trois paires, celle-ci en a %1",
                      "a Moodle matching question needs at least three pairs, this one has %1").arg(count));
        return false;
    }

    // The left side is HTML with its picture; the right side is plain text
    // for Moodle, so a picture there is named by its description.
    void subquestion(const QString &leftText, const QString &leftImage, const QString &rightText, const QString &rightImage)
    {
        Html left{QuestionBank::textHtml(leftText), {}};
        if (const MediaAsset *image = m_bank.asset(leftImage)) {
            const QString html = media(*image, left);
            if (!html.isEmpty())
                left.text += (left.text.isEmpty() ? QString() : QStringLiteral("<br>")) + html;
        }
        QString right = rightText.simplified();
        if (const MediaAsset *image = m_bank.asset(rightImage)) {
            right += (right.isEmpty() ? QString() : QStringLiteral(" ")) + m_bank.mediaLabel(*image);
            ++m_imagesAsText;
        }
        startHtml(QStringLiteral("subquestion"), left);
        text(QStringLiteral("answer"), right);
        m_xml.writeEndElement();
    }

    void matching()
    {
        const QVariantList pairs = m_item->payload.value(QStringLiteral("pairs")).toList();
        if (!enoughPairs(pairs.size()))
            return;
        Html question = intro();
        question.text += QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(m_item->payload.value(QStringLiteral("prompt")).toString()));
        start(QStringLiteral("matching"), m_item->activity->title, question, m_item->maxScore, QStringLiteral("0.3333333"));
        // The lines keep the author's order; Moodle always shuffles the answers.
        m_xml.writeTextElement(QStringLiteral("shuffleanswers"), QStringLiteral("false"));
        combinedFeedback();
        for (const QVariant &v : pairs) {
            const QVariantMap left = v.toMap().value(QStringLiteral("left")).toMap();
            const QVariantMap right = v.toMap().value(QStringLiteral("right")).toMap();
            subquestion(left.value(QStringLiteral("text")).toString(), left.value(QStringLiteral("image")).toString(),
                        right.value(QStringLiteral("text")).toString(), right.value(QStringLiteral("image")).toString());
        }
        m_xml.writeEndElement();
    }

    Html step(const QVariantMap &s)
    {
        Html html{QuestionBank::textHtml(s.value(QStringLiteral("text")).toString()), {}};
        if (const MediaAsset *image = m_bank.asset(s.value(QStringLiteral("image")).toString())) {
            const QString picture = media(*image, html);
            if (!picture.isEmpty())
                html.text += QStringLiteral("<br>") + picture;
        }
        return html;
    }

    // qtype_ordering (standard from Moodle 4.4): the answers in the right
    // order; one point per step at its place, as the player counts.
    void ordering()
    {
        const QVariantList steps = m_item->payload.value(QStringLiteral("steps")).toList();
        Html question = intro();
        question.text += QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(m_item->payload.value(QStringLiteral("prompt")).toString()));
        start(QStringLiteral("ordering"), m_item->activity->title, question, m_item->maxScore, QStringLiteral("0.3333333"));
        m_xml.writeTextElement(QStringLiteral("layouttype"), QStringLiteral("VERTICAL"));
        m_xml.writeTextElement(QStringLiteral("selecttype"), QStringLiteral("ALL"));
        m_xml.writeTextElement(QStringLiteral("selectcount"), QString::number(steps.size()));
        m_xml.writeTextElement(QStringLiteral("gradingtype"), QStringLiteral("ABSOLUTE_POSITION"));
        m_xml.writeTextElement(QStringLiteral("showgrading"), QStringLiteral("SHOW"));
        m_xml.writeTextElement(QStringLiteral("numberingstyle"), QStringLiteral("none"));
        combinedFeedback();
        for (qsizetype i = 0; i < steps.size(); ++i)
            answer(QString::number(i + 1), step(steps[i].toMap()), {});
        m_xml.writeEndElement();
    }

    // For a Moodle older than 4.4: each step matched with its rank.
    void orderingAsMatching()
    {
        const QVariantList steps = m_item->payload.value(QStringLiteral("steps")).toList();
        if (!enoughPairs(steps.size()))
            return;
        Html question = intro();
        question.text += QStringLiteral("<p>%1</p>").arg(QuestionBank::textHtml(m_item->payload.value(QStringLiteral("prompt")).toString()));
        start(QStringLiteral("matching"), m_item->activity->title, question, m_item->maxScore, QStringLiteral("0.3333333"));
        m_xml.writeTextElement(QStringLiteral("shuffleanswers"), QStringLiteral("true"));
        combinedFeedback();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Html s = step(steps[i].toMap());
            startHtml(QStringLiteral("subquestion"), s);
            text(QStringLiteral("answer"), QString::number(i + 1));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    // A Cloze question: each gap a drop-down list of the offered words (choice
    // mode) or a box to type in, one point each.
    void fillBlanks()
    {
        const FillBlanksText parsed(m_item->payload);
        const QStringList offered = parsed.offered();
        Html question = intro();
        question.text = clozeSafe(question.text);
        QString body;
        int number = 0;
        for (const FillBlanksText::Part &part : parsed.parts()) {
            if (!part.gap) {
                body += clozeSafe(QuestionBank::textHtml(part.text));
                continue;
            }
            ++number;
            QStringList alternatives;
            if (parsed.choiceMode() && offered.size() >= 2) {
                // Moodle html_entity_decode()s the answer into the HTML of the list.
                for (const QString &word : offered)
                    alternatives << (FillBlanksText::accepts(part, word) ? QStringLiteral("=") : QString())
                                        + clozeAnswer(QuestionBank::textHtml(word));
                body += QStringLiteral("{1:MULTICHOICE:%1}").arg(alternatives.join(QLatin1Char('~')));
            } else {
                // A typed answer is compared as plain text, where "*" is Moodle's wildcard.
                for (const QString &a : FillBlanksText::typedAnswers(part))
                    alternatives << QStringLiteral("=") + clozeAnswer(QString(a).replace(QLatin1Char('*'), QLatin1String("\\*")));
                body += QStringLiteral("{1:SHORTANSWER:%1}").arg(alternatives.join(QLatin1Char('~')));
            }
        }
        question.text += QStringLiteral("<p>%1</p>").arg(body);
        start(QStringLiteral("cloze"), m_item->activity->title, question, 0, QStringLiteral("0.3333333"));
        m_xml.writeEndElement();
    }

    const QuestionBank &m_bank;
    const ExportRequest &m_request;
    ExportReport &m_report;
    QXmlStreamWriter m_xml;
    QSet<QString> m_readable;  // hrefs
    bool m_failed = false;
    QString m_category;
    const BankItem *m_item = nullptr;
    QStringList m_missing;
    int m_imagesAsText = 0;
};

} // namespace

bool MoodleXmlExporter::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    const QuestionBank bank(request);
    // Written in memory, then to disk in one piece.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Writer writer(bank, request, report, &buffer);
    if (!bank.walk(monitor, report, [&](const BankCategory &c) { writer.category(c); }, [&](const BankItem &item) { writer.activity(item); }))
        return false;
    return writer.finish() && writeFileAtomically(request.output, buffer.data(), report.diagnostics);
}
