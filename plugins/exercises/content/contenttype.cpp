#include "contenttype.h"

#include <htmlrenderer.h>
#include <payloadcodec.h>
#include <xmlnode.h>

using namespace Relais;

namespace {

// Beyond this, a page is a wall of text for someone who reads with effort.
constexpr int longBody = 1500;

} // namespace

ContentType::ContentType() : ExerciseTypeBase(QStringLiteral("content")) {}

Diagnostics ContentType::validate(const PayloadContext &context) const
{
    // An empty body is the core's "payload.required"; audio or video without
    // a transcript is reported on the asset itself.
    Diagnostics diags;
    const QString body = richTextPlain(PayloadCodec::richTextFromString(context.payload.value(QStringLiteral("body")).toString()))
                             .simplified();
    if (body.size() > longBody)
        diags << problem(context, Severity::Warning, QStringLiteral("long-body"), QStringLiteral("body"),
                         QStringLiteral("Le texte fait %1 caractères : c'est long pour une personne qui lit difficilement. Gardez l'essentiel ou coupez-le en deux pages."),
                         QStringLiteral("The text is %1 characters long: that is a lot for someone who reads with difficulty. Keep what matters or split it into two pages."),
                         {QString::number(body.size())});
    const QVariantList figures = context.payload.value(QStringLiteral("figures")).toList();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QVariantMap figure = figures[i].toMap();
        if (!figure.value(QStringLiteral("caption")).toString().trimmed().isEmpty())
            continue;
        diags << problem(context, Severity::Warning, QStringLiteral("caption-missing"),
                         QStringLiteral("figures/%1/caption").arg(i),
                         QStringLiteral("L'illustration « %1 » n'a pas de légende : écrivez en une phrase ce qu'elle montre et pourquoi elle est là."),
                         QStringLiteral("Figure “%1” has no caption: say in one sentence what it shows and why it is there."),
                         {figure.value(QStringLiteral("media")).toString()});
    }
    return diags;
}

int ContentType::maxScore(const QVariantMap &) const
{
    return 0;
}

QString ContentType::printHtml(const QVariantMap &payload, const RenderContext &context, bool) const
{
    // The same page for the learner and in the facilitator's guide: there is
    // nothing to answer. Paper cannot play a sound or a video, so their
    // transcript is printed instead.
    const bool en = context.lang.startsWith(QLatin1String("en"));
    QString html = QStringLiteral("<div class=\"body\">%1</div>\n")
                       .arg(printRichText(payload.value(QStringLiteral("body")).toString()));
    for (const QVariant &f : payload.value(QStringLiteral("figures")).toList()) {
        const QVariantMap figure = f.toMap();
        const MediaAsset *m = context.curriculum ? context.curriculum->asset(figure.value(QStringLiteral("media")).toString()) : nullptr;
        QString inner;
        if (m && m->isImage()) {
            inner = QStringLiteral("<img src=\"%1\" alt=\"%2\"/>")
                        .arg(escape(context.mediaPrefix + m->href.section(QLatin1Char('/'), 1)), escape(m->alt));
        } else if (m && m->isTimeBased()) {
            inner = QStringLiteral("<p class=\"hint\">%1</p>\n<div class=\"transcript\">%2</div>")
                        .arg(m->type.startsWith(QLatin1String("audio/"))
                                 ? (en ? QStringLiteral("Sound, transcript:") : QStringLiteral("Son, transcription :"))
                                 : (en ? QStringLiteral("Video, transcript:") : QStringLiteral("Vidéo, transcription :")),
                             HtmlRenderer::richTextHtml(m->transcript));
        }
        const QString caption = figure.value(QStringLiteral("caption")).toString();
        if (inner.isEmpty() && caption.isEmpty())
            continue;
        html += QStringLiteral("<figure>%1").arg(inner);
        if (!caption.isEmpty())
            html += QStringLiteral("<figcaption>%1</figcaption>").arg(escape(caption));
        html += QStringLiteral("</figure>\n");
    }
    return html;
}
