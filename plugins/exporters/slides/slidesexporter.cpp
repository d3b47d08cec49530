#include "slidesexporter.h"

#include <exercisetype.h>
#include <field.h>
#include <fileset.h>
#include <htmlrenderer.h>
#include <payloadcodec.h>
#include <pluginregistry.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Relais;

namespace {

// The exercise types write a picture as "<prefix><file name>"; with this
// prefix the deck finds each one and puts the picture itself in its place, as
// a data: URI, so that the file needs nothing beside it.
const QString mediaMark = QStringLiteral("relais-slides-media:");

QByteArray resource(const char *name)
{
    QFile f(QStringLiteral(":/relais/exporters/slides/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pick(const QString &lang, const char *fr, const char *en)
{
    return LocalizedText::pick(lang, fr, en);
}

// A projected link cannot be clicked, and the file must lead nowhere: links of
// the safe rich text become their text, followed by the address when the text
// does not already say it.
QString unlink(const QString &html)
{
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\" rel=\"noopener noreferrer\">(.*?)</a>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString out;
    qsizetype from = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(from, m.capturedStart() - from);
        const QString shown = HtmlRenderer::unescape(QString(m.captured(2)).remove(tags)).trimmed().toLower();
        out += QStringLiteral("<span class=\"link\">%1</span>").arg(m.captured(2));
        if (shown.isEmpty() || !HtmlRenderer::unescape(m.captured(1)).toLower().contains(shown))
            out += QStringLiteral(" <span class=\"url\">(%1)</span>").arg(m.captured(1));
        from = m.capturedEnd();
    }
    return out + html.mid(from);
}

struct Slide
{
    QString kind;     // CSS class: title, step, answers, end
    QString context;  // escaped: the module or deck the slide belongs to, shown in the bar
    QString body;     // HTML, escaped
    QString notes;    // HTML, escaped; empty when there is nothing to say
};

class Deck
{
public:
    Deck(const ExportRequest &request, ExportReport &report)
        : m_request(request),
          m_report(report),
          m_curriculum(*request.curriculum),
          m_lang(m_curriculum.lang.isEmpty() ? QStringLiteral("fr") : m_curriculum.lang),
          m_corrections(request.options.value(QStringLiteral("corrections"), true).toBool())
    {
    }

    void addCurriculum();
    void addPathway(const Pathway &p);
    void addModule(const Module &m, const QString &stepNotes);
    bool write(const QString &path, Diagnostics &diags) const;

private:
    QString t(const char *fr, const char *en) const { return pick(m_lang, fr, en); }
    void skip(const QString &sentence);
    QString text(const QString &plain) const { return HtmlRenderer::escapeText(plain, m_lang); }
    QString rich(const RichText &richText) const { return unlink(HtmlRenderer::richTextHtml(richText)); }
    QString heading(const QString &inner) const;
    QString dataUri(const MediaAsset &asset);
    QString pictures(const QString &html);
    QString exercise(const Module &m, const Activity &a, bool answerKey);
    void addStep(const Module &m, const Activity *a, const Segment *segment);

    const ExportRequest &m_request;
    ExportReport &m_report;
    const Curriculum &m_curriculum;
    QString m_lang;
    bool m_corrections;
    QList<Slide> m_slides;
    // The pictures, each read and encoded only when the file is written: a
    // slide holds a mark (a control character, which XML text cannot hold,
    // and the picture's index) in place of its data: URI, so that a deck of
    // a thousand modules never holds its pictures in memory twice.
    QHash<QString, int> m_pictureIndex;  // href → index in m_pictures
    QList<const MediaAsset *> m_pictures;
    static constexpr QChar pictureMark = QChar(1);
};

void Deck::skip(const QString &sentence)
{
    if (!m_report.skipped.contains(sentence))
        m_report.skipped << sentence;
}

// The deck's first slide carries the page's only h1.
QString Deck::heading(const QString &inner) const
{
    const QString tag = m_slides.isEmpty() ? QStringLiteral("h1") : QStringLiteral("h2");
    return QStringLiteral("<%1>%2</%1>\n").arg(tag, inner);
}

QString Deck::dataUri(const MediaAsset &asset)
{
    const auto mark = [](int index) { return pictureMark + QString::number(index) + pictureMark; };
    if (const auto it = m_pictureIndex.constFind(asset.href); it != m_pictureIndex.cend())
        return *it < 0 ? QStringLiteral("data:,") : mark(*it);
    if (!asset.isImage() || !m_request.files->file(asset.href) || !QFileInfo(m_request.files->absolutePath(asset.href)).isReadable()) {
        skip(pick(m_request.lang, "L’image « %1 » manque dans le curriculum : le diaporama la remplace par un cadre vide.",
                  "Picture “%1” is missing from the curriculum: the slideshow shows an empty frame instead.")
                 .arg(asset.href));
        m_pictureIndex.insert(asset.href, -1);
        return QStringLiteral("data:,");
    }
    m_pictureIndex.insert(asset.href, int(m_pictures.size()));
    m_pictures.append(&asset);
    return mark(int(m_pictures.size()) - 1);
}

// Every picture the exercise types wrote becomes a data: URI.
QString Deck::pictures(const QString &html)
{
    static const QRegularExpression marked(QStringLiteral("src=\"") + QRegularExpression::escape(mediaMark) + QStringLiteral("([^\"]*)\""));
    QString out;
    qsizetype from = 0;
    for (auto it = marked.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(from, m.capturedStart() - from);
        const QString href = QStringLiteral("media/") + HtmlRenderer::unescape(m.captured(1));
        const MediaAsset *asset = nullptr;
        for (const MediaAsset &a : m_curriculum.media)
            if (a.href == href)
                asset = &a;
        out += QStringLiteral("src=\"%1\"").arg(asset ? dataUri(*asset) : QStringLiteral("data:,"));
        from = m.capturedEnd();
    }
    return out + html.mid(from);
}

QString Deck::exercise(const Module &m, const Activity &a, bool answerKey)
{
    const PluginInfo *type = m_request.plugins->exerciseType(a.type);
    if (!type || !a.payload || a.payloadNamespace != type->ns) {
        skip(pick(m_request.lang, "L’activité « %1 » de l’atelier « %2 » est de type « %3 », qui n’est pas installé : sa diapositive ne montre que la consigne.",
                  "Activity “%1” of module “%2” is of type “%3”, which is not installed: its slide shows the instructions only.")
                 .arg(a.title, m.title, a.type));
        return {};
    }
    RenderContext context;
    context.lang = m_lang;
    context.curriculum = &m_curriculum;
    context.mediaPrefix = mediaMark;
    const QString html = type->exercise->printHtml(PayloadCodec::read(*a.payload, type->fields), context, answerKey);
    return QStringLiteral("<div class=\"exercise exercise-%1\">\n%2</div>\n").arg(HtmlRenderer::escape(a.type), pictures(unlink(html)));
}

void Deck::addCurriculum()
{
    QString body = QStringLiteral("<div class=\"cover\">\n");
    if (!m_curriculum.publisher.isEmpty())
        body += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(text(m_curriculum.publisher));
    body += heading(text(m_curriculum.title));
    if (!m_curriculum.subtitle.isEmpty())
        body += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(text(m_curriculum.subtitle));
    if (!m_curriculum.pathways.isEmpty()) {
        body += QStringLiteral("<ul class=\"list\">\n");
        for (const Pathway &p : m_curriculum.pathways)
            body += QStringLiteral("<li>%1</li>\n").arg(text(p.title));
        body += QStringLiteral("</ul>\n");
    }
    m_slides.append({QStringLiteral("title"), text(m_curriculum.title), body + QStringLiteral("</div>\n"), rich(m_curriculum.summary)});
}

void Deck::addPathway(const Pathway &p)
{
    QString body = QStringLiteral("<div class=\"cover\">\n<p class=\"kicker\">%1</p>\n").arg(t("Parcours", "Pathway")) + heading(text(p.title));
    QStringList facts;
    const int sessions = p.sessions.value_or(int(p.steps.size()));
    if (sessions > 0)
        facts << (sessions == 1 ? t("1\u00a0séance", "1 session") : t("%1\u00a0séances", "%1 sessions").arg(sessions));
    if (p.duration)
        facts << HtmlRenderer::duration(*p.duration);
    if (!facts.isEmpty())
        body += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
    if (!p.steps.isEmpty()) {
        body += QStringLiteral("<ul class=\"list\">\n");
        for (const Step &s : p.steps)
            body += QStringLiteral("<li>%1</li>\n").arg(text(s.title));
        body += QStringLiteral("</ul>\n");
    }
    QString notes = rich(p.summary);
    if (!p.completionDescription.empty())
        notes += QStringLiteral("<h3>%1</h3>\n%2").arg(t("Parcours validé", "Completed pathway"), rich(p.completionDescription));
    m_slides.append({QStringLiteral("title"), text(p.title), body + QStringLiteral("</div>\n"), notes});
}

void Deck::addStep(const Module &m, const Activity *a, const Segment *segment)
{
    const QString title = segment && !segment->title.isEmpty() ? segment->title : a ? a->title : QString();
    QString body = QStringLiteral("<header class=\"slide-head\">\n") + heading(text(title));
    if (segment && segment->duration > 0)
        body += QStringLiteral("<p class=\"time\"><span class=\"sr-only\">%1</span>%2</p>\n")
                    .arg(t("Durée\u00a0: ", "Duration: "), HtmlRenderer::duration(segment->duration));
    body += QStringLiteral("</header>\n");
    QString notes = segment ? rich(segment->description) : QString();
    if (!a) {
        m_slides.append({QStringLiteral("prompt"), text(m.title), body, notes});
        return;
    }
    body += QStringLiteral("<div class=\"slide-body\">\n");
    if (a->title != title)
        body += QStringLiteral("<h3>%1</h3>\n").arg(text(a->title));
    if (!a->instructions.empty())
        body += QStringLiteral("<div class=\"instructions\">%1</div>\n").arg(rich(a->instructions));
    for (const QString &ref : a->media) {
        const MediaAsset *asset = m_curriculum.asset(ref);
        if (asset && asset->isImage()) {
            body += QStringLiteral("<figure class=\"media\"><img src=\"%1\" alt=\"%2\"></figure>\n")
                        .arg(dataUri(*asset), HtmlRenderer::escape(asset->alt));
        } else if (asset) {
            skip(pick(m_request.lang, "Le fichier « %1 » de l’activité « %2 » (atelier « %3 ») n’est pas une image : le diaporama ne le montre pas, sa transcription est dans les notes.",
                      "File “%1” of activity “%2” (module “%3”) is not a picture: the slideshow does not show it, its transcript is in the notes.")
                     .arg(asset->href, a->title, m.title));
            if (!asset->transcript.empty())
                notes += QStringLiteral("<h3>%1</h3>\n%2").arg(t("Transcription", "Transcript"), rich(asset->transcript));
        }
    }
    body += exercise(m, *a, false) + QStringLiteral("</div>\n");
    m_slides.append({QStringLiteral("step"), text(m.title), body, notes});

    const PluginInfo *type = m_request.plugins->exerciseType(a->type);
    if (!m_corrections || !type || !type->scored || !a->payload)
        return;
    const QString answers = QStringLiteral("<header class=\"slide-head\">\n") + heading(t("Correction\u00a0: %1", "Answers: %1").arg(text(title)))
                          + QStringLiteral("</header>\n<div class=\"slide-body\">\n") + exercise(m, *a, true) + QStringLiteral("</div>\n");
    m_slides.append({QStringLiteral("answers"), text(m.title), answers, {}});
}

void Deck::addModule(const Module &m, const QString &stepNotes)
{
    QString body = QStringLiteral("<div class=\"cover\">\n<p class=\"kicker\">%1</p>\n").arg(t("Atelier", "Module")) + heading(text(m.title));
    if (m.duration > 0)
        body += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(t("Durée\u00a0: %1", "Duration: %1").arg(HtmlRenderer::duration(m.duration)));
    if (!m.objectives.isEmpty()) {
        body += QStringLiteral("<h3>%1</h3>\n<ul class=\"list\">\n").arg(t("Objectifs", "Objectives"));
        for (const QString &o : m.objectives)
            body += QStringLiteral("<li>%1</li>\n").arg(text(o));
        body += QStringLiteral("</ul>\n");
    }
    QString notes = stepNotes + rich(m.facilitatorNotes);
    if (!m.equipment.isEmpty()) {
        notes += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(t("Matériel", "Equipment"));
        for (const EquipmentItem &e : m.equipment)
            notes += QStringLiteral("<li>%1</li>\n").arg(text(e.text.isEmpty() ? e.kind : e.text));
        notes += QStringLiteral("</ul>\n");
    }
    if (!m.runningOrder.isEmpty()) {
        notes += QStringLiteral("<h3>%1</h3>\n<ol>\n").arg(t("Déroulé", "Running order"));
        for (const Segment &s : m.runningOrder)
            notes += QStringLiteral("<li>%1%2</li>\n").arg(s.duration > 0 ? HtmlRenderer::duration(s.duration) + QStringLiteral(" — ") : QString(), text(s.title));
        notes += QStringLiteral("</ol>\n");
    }
    m_slides.append({QStringLiteral("title"), text(m.title), body + QStringLiteral("</div>\n"), notes});

    // The running order first; activities it does not name follow, so that
    // none is left out of the deck.
    QStringList shown;
    for (const Segment &s : m.runningOrder) {
        const Activity *a = s.activity.isEmpty() ? nullptr : m.activity(s.activity);
        if (a)
            shown << a->id;
        addStep(m, a, &s);
    }
    for (const Activity &a : m.activities)
        if (!shown.contains(a.id))
            addStep(m, &a, nullptr);

    QString end = QStringLiteral("<div class=\"cover\">\n<p class=\"kicker\">%1</p>\n").arg(t("Fin de l’atelier", "End of the module"))
                + heading(text(m.title));
    if (!m.objectives.isEmpty()) {
        end += QStringLiteral("<h3>%1</h3>\n<ul class=\"list\">\n").arg(t("Ce que nous avons vu", "What we covered"));
        for (const QString &o : m.objectives)
            end += QStringLiteral("<li>%1</li>\n").arg(text(o));
        end += QStringLiteral("</ul>\n");
    }
    end += QStringLiteral("<p class=\"thanks\">%1</p>\n</div>\n").arg(t("Merci\u00a0! Avez-vous des questions\u00a0?", "Thank you! Any questions?"));
    m_slides.append({QStringLiteral("end"), text(m.title), end, {}});
}

bool Deck::write(const QString &path, Diagnostics &diags) const
{
    QSaveFile file(path);
    bool ok = openSaveFile(file);
    // Text as UTF-8, each picture mark as the picture's data: URI.
    const auto put = [&](const QString &text) {
        const QStringList parts = text.split(pictureMark);
        for (qsizetype i = 0; ok && i < parts.size(); ++i) {
            if (i % 2 == 0) {
                ok = writeAll(file, parts[i].toUtf8());
                continue;
            }
            const MediaAsset *asset = m_pictures.value(parts[i].toInt());
            QFile picture(m_request.files->absolutePath(asset->href));
            ok = picture.open(QIODevice::ReadOnly)
              && writeAll(file, "data:" + asset->type.toLatin1() + ";base64,")
              && writeAll(file, picture.readAll().toBase64());
        }
    };
    const QString title = m_request.scope.title(m_curriculum);
    const int count = int(m_slides.size());
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n<style>\n")
                       .arg(HtmlRenderer::escape(m_lang), HtmlRenderer::escape(title))
                 + QString::fromUtf8(resource("slides.css"))
                 + QStringLiteral("</style>\n</head>\n<body>\n<main class=\"deck\">\n");
    for (int i = 0; i < count; ++i) {
        const Slide &s = m_slides[i];
        put(html);
        html = QStringLiteral("<section class=\"slide slide-%1\" id=\"diapo-%2\" aria-roledescription=\"%3\" aria-label=\"%4\" data-context=\"%5\">\n")
                    .arg(s.kind, QString::number(i + 1), t("diapositive", "slide"),
                         t("%1 sur %2", "%1 of %2").arg(i + 1).arg(count), s.context);
        html += s.body;
        if (!s.notes.isEmpty())
            html += QStringLiteral("<template class=\"slide-notes\">\n%1</template>\n").arg(s.notes);
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main>\n<aside class=\"notes\" id=\"notes\" aria-labelledby=\"notes-title\" hidden>\n"
                           "<h2 id=\"notes-title\">%1</h2>\n<div class=\"notes-body\"></div>\n</aside>\n"
                           "<nav class=\"bar\" aria-label=\"%2\">\n<span class=\"bar-title\">%3</span>\n"
                           "<button type=\"button\" class=\"prev\" aria-label=\"%4\"><span aria-hidden=\"true\">←</span></button>\n"
                           "<span class=\"counter\" aria-live=\"polite\">1 / %5</span>\n"
                           "<button type=\"button\" class=\"next\" aria-label=\"%6\"><span aria-hidden=\"true\">→</span></button>\n"
                           "<button type=\"button\" class=\"toggle-notes\" aria-controls=\"notes\" aria-pressed=\"false\" aria-keyshortcuts=\"N\">%7</button>\n"
                           "<button type=\"button\" class=\"fullscreen\" aria-keyshortcuts=\"F\">%8</button>\n</nav>\n"
                           "<template class=\"no-notes\"><p>%9</p></template>\n<script>\n")
                .arg(t("Notes de l’animateur", "Facilitator’s notes"), t("Diaporama", "Slideshow"), HtmlRenderer::escape(title),
                     t("Diapositive précédente", "Previous slide"), QString::number(count), t("Diapositive suivante", "Next slide"),
                     t("Notes (N)", "Notes (N)"), t("Plein écran (F)", "Full screen (F)"),
                     t("Pas de note pour cette diapositive.", "No notes for this slide."));
    html += QString::fromUtf8(resource("slides.js")) + QStringLiteral("</script>\n</body>\n</html>\n");
    put(html);
    if (ok && file.commit())
        return true;
    diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {path, file.errorString()});
    return false;
}

} // namespace

bool SlidesExporter::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    Deck deck(request, report);
    if (request.scope.kind == ExportScope::Kind::Curriculum)
        deck.addCurriculum();
    const int total = int(request.scope.modules().size());
    QSet<const Module *> shown;
    for (const ExportUnit &unit : request.scope.units) {
        if (unit.pathway)
            deck.addPathway(*unit.pathway);
        for (const Module *m : unit.modules) {
            if (monitor.isCancelled())
                return false;
            // A module shared by two pathways is shown once, in the first.
            if (shown.contains(m))
                continue;
            monitor.progress(int(shown.size()), total, m->title);
            shown.insert(m);
            QString stepNotes;
            if (unit.pathway) {
                for (const Step &s : unit.pathway->steps)
                    if (s.modules.contains(m->id) && !s.notes.empty())
                        stepNotes += QStringLiteral("<h3>%1</h3>\n%2").arg(HtmlRenderer::escape(s.title), unlink(HtmlRenderer::richTextHtml(s.notes)));
            }
            deck.addModule(*m, stepNotes);
        }
    }
    if (monitor.isCancelled())
        return false;
    return deck.write(request.output, report.diagnostics);
}
