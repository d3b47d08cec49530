#include "paperrenderer.h"

#include "printmedia.h"

#include <exercisetype.h>
#include <exporter.h>
#include <htmlrenderer.h>
#include <payloadcodec.h>
#include <pluginregistry.h>

#include <array>

namespace Relais {

PaperRenderer::PaperRenderer(const ExportRequest &request, ExportReport &report, PrintMedia &media)
    : m_request(request), m_report(report), m_media(media), m_english(request.lang.startsWith(QLatin1String("en")))
{
}

QString PaperRenderer::t(const char *fr, const char *en) const
{
    return QString::fromUtf8(m_english ? en : fr);
}

PrintBook::Style PaperRenderer::bookStyle(int pt, const QString &css) const
{
    PrintBook::Style style;
    style.bodyPt = pt;
    style.css = css;
    style.pageLabel = t("page %1 / %2", "page %1 / %2");
    return style;
}

QString PaperRenderer::escape(const QString &text)
{
    return HtmlRenderer::escape(text);
}

QString PaperRenderer::richText(const RichText &text)
{
    return HtmlRenderer::richTextHtml(text);
}

void PaperRenderer::skip(const QString &sentence)
{
    if (!m_report.skipped.contains(sentence))
        m_report.skipped << sentence;
}

QString PaperRenderer::duration(int minutes) const
{
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    const int rest = minutes % 60;
    if (rest == 0)
        return QStringLiteral("%1 h").arg(minutes / 60);
    return m_english ? QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(rest)
                     : QStringLiteral("%1 h %2").arg(minutes / 60).arg(rest, 2, 10, QLatin1Char('0'));
}

QString PaperRenderer::clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString PaperRenderer::modality(const QString &value) const
{
    if (value == QLatin1String("collectif"))
        return t("En groupe", "In a group");
    if (value == QLatin1String("individuel"))
        return t("En individuel", "One to one");
    if (value == QLatin1String("mixte"))
        return t("En groupe et en individuel", "In a group and one to one");
    return value;
}

QString PaperRenderer::level(const QString &value) const
{
    if (value == QLatin1String("debutant"))
        return t("Débutant", "Beginner");
    if (value == QLatin1String("intermediaire"))
        return t("Intermédiaire", "Intermediate");
    if (value == QLatin1String("confirme"))
        return t("Confirmé", "Advanced");
    return value;
}

QString PaperRenderer::equipment(const QString &kind) const
{
    static const QList<std::array<const char *, 3>> names{
        {"ordinateur", "Ordinateur", "Computer"},       {"smartphone", "Smartphone", "Smartphone"},
        {"tablette", "Tablette", "Tablet"},             {"videoprojecteur", "Vidéoprojecteur", "Projector"},
        {"imprimante", "Imprimante", "Printer"},        {"connexion", "Connexion internet", "Internet connection"},
        {"casque", "Casque audio", "Headphones"},       {"papier", "Papier", "Paper"},
        {"autre", "Autre", "Other"}};
    for (const auto &n : names)
        if (kind == QLatin1String(n[0]))
            return t(n[1], n[2]);
    return kind;
}

QString PaperRenderer::audiences(const QStringList &slugs)
{
    QStringList out;
    for (QString slug : slugs)
        out << slug.replace(QLatin1Char('-'), QLatin1Char(' '));
    return out.join(QStringLiteral(", "));
}

QString PaperRenderer::typeName(const Activity &activity) const
{
    const PluginInfo *type = m_request.plugins ? m_request.plugins->exerciseType(activity.type) : nullptr;
    return type ? type->name.text(m_request.lang) : activity.type;
}

void PaperRenderer::reportTimeBased(const Module &module, const Activity &activity, const MediaAsset &asset)
{
    const bool sound = asset.type.startsWith(QLatin1String("audio/"));
    const bool transcript = !asset.transcript.empty();
    if (m_english) {
        skip(QStringLiteral("“%1” (module “%2”): the %3 “%4” cannot be printed; %5.")
                 .arg(activity.title, module.title, sound ? QStringLiteral("sound") : QStringLiteral("video"), asset.id,
                      transcript ? QStringLiteral("its transcript is printed instead")
                                 : QStringLiteral("it has no transcript and is left out")));
        return;
    }
    skip(QStringLiteral("« %1 » (module « %2 ») : %3 « %4 » ne peut pas être imprimé%5 ; %6.")
             .arg(activity.title, module.title, sound ? QStringLiteral("le son") : QStringLiteral("la vidéo"), asset.id,
                  sound ? QString() : QStringLiteral("e"),
                  transcript ? QStringLiteral("sa transcription est imprimée à la place")
                             : QStringLiteral("sans transcription, %1 est omis%2").arg(sound ? QStringLiteral("il") : QStringLiteral("elle"), sound ? QString() : QStringLiteral("e"))));
}

QString PaperRenderer::timeBasedHtml(const Module &module, const Activity &activity, const MediaAsset &asset)
{
    reportTimeBased(module, activity, asset);
    if (asset.transcript.empty())
        return {};
    const bool sound = asset.type.startsWith(QLatin1String("audio/"));
    return QStringLiteral("<div class=\"figure\"><p class=\"hint\" style=\"-qt-user-state: 1\">%1</p>\n<div class=\"transcript\">%2</div></div>\n")
        .arg(sound ? t("Son, transcription :", "Sound, transcript:") : t("Vidéo, transcription :", "Video, transcript:"),
             richText(asset.transcript));
}

QString PaperRenderer::activityHtml(const Module &module, const Activity &activity, bool answerKey, const QString &answerKeyTitle)
{
    QString html;
    if (!activity.instructions.empty())
        // The instructions stay on the page of the exercise they introduce.
        html += QStringLiteral("<div class=\"instructions\">%1</div>\n")
                    .arg(richText(activity.instructions).replace(QLatin1String("<p>"), QLatin1String("<p style=\"-qt-user-state: 1\">")));
    const Curriculum &curriculum = *m_request.curriculum;
    for (const QString &ref : activity.media) {
        const MediaAsset *asset = curriculum.asset(ref);
        if (!asset)
            continue;
        if (asset->isImage()) {
            html += m_media.figure(*asset);
        } else if (asset->isTimeBased()) {
            html += timeBasedHtml(module, activity, *asset);
        } else {
            skip(m_english ? QStringLiteral("“%1” (module “%2”): the file “%3” is not printed; hand it out separately.")
                                 .arg(activity.title, module.title, asset->href)
                           : QStringLiteral("« %1 » (module « %2 ») : le fichier « %3 » n'est pas imprimé ; distribuez-le à part.")
                                 .arg(activity.title, module.title, asset->href));
            html += QStringLiteral("<p class=\"hint\">%1 %2</p>\n").arg(t("Document à part :", "Separate document:"), escape(asset->href.section(QLatin1Char('/'), 1)));
        }
    }

    const PluginInfo *type = m_request.plugins ? m_request.plugins->exerciseType(activity.type) : nullptr;
    if (!type || !type->exercise || !activity.payload || activity.payloadNamespace != type->ns) {
        skip(m_english ? QStringLiteral("“%1” (module “%2”) is of type “%3”, which this installation of Relais cannot print: only its title and instructions are printed.")
                             .arg(activity.title, module.title, activity.type)
                       : QStringLiteral("« %1 » (module « %2 ») est du type « %3 », que cette installation de Relais ne sait pas imprimer : seuls son titre et sa consigne sont imprimés.")
                             .arg(activity.title, module.title, activity.type));
        return html;
    }
    // Paper cannot play a sound or a video; the exercise types print their
    // transcript, and the report says so.
    for (const QString &ref : HtmlRenderer::payloadMedia(*activity.payload)) {
        const MediaAsset *asset = curriculum.asset(ref);
        if (asset && asset->isTimeBased())
            reportTimeBased(module, activity, *asset);
    }
    RenderContext context;
    context.lang = m_request.lang;
    context.curriculum = &curriculum;
    const QVariantMap payload = PayloadCodec::read(*activity.payload, type->fields);
    QString exercise = m_media.printable(type->exercise->printHtml(payload, context, answerKey));
    // A box to write a number in is a border on the web; paper text draws the box.
    exercise.replace(QLatin1String("<span class=\"box number\">&#160;&#160;&#160;</span>"), QStringLiteral("<span class=\"box number\">\u2610</span>"));
    // A question or a hint stays on the page of the answers it introduces.
    exercise.replace(QLatin1String("<p class=\"question\">"), QLatin1String("<p class=\"question\" style=\"-qt-user-state: 1\">"));
    exercise.replace(QLatin1String("<p class=\"hint\">"), QLatin1String("<p class=\"hint\" style=\"-qt-user-state: 1\">"));
    if (answerKey && !answerKeyTitle.isEmpty() && type->category != QLatin1String("lesson"))
        html += QStringLiteral("<p class=\"answer-key\" style=\"-qt-user-state: 1\">%1</p>\n").arg(escape(answerKeyTitle));
    return html + QStringLiteral("<div class=\"exercise\">%1</div>\n").arg(exercise);
}

} // namespace Relais
