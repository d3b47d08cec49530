#include "guideexporter.h"

#include <paperrenderer.h>
#include <printbook.h>
#include <printmedia.h>

#include <QMap>

using namespace Relais;

namespace {

// A reference document read at a table: ordinary print sizes, headings that
// stand out, tables with black rules.
QString styleSheet(int pt)
{
    const auto px = [pt](qreal factor) { return PrintBook::cssPixels(pt * factor); };
    return QStringLiteral(
               "p, li { line-height: 130%; }\n"
               "h1 { font-size: %1pt; font-weight: bold; margin-top: 0; margin-bottom: %4px; }\n"
               "h2 { font-size: %2pt; font-weight: bold; margin-top: %5px; margin-bottom: %6px; }\n"
               "h3 { font-size: %3pt; font-weight: bold; margin-top: %5px; margin-bottom: %6px; }\n"
               "p { margin-top: %6px; margin-bottom: %6px; }\n"
               "ul, ol { margin-top: %6px; margin-bottom: %6px; }\n"
               "ul.choices, ul.statements, ul.steps, ul.zones { list-style-type: none; }\n"
               "table.grid { border-collapse: collapse; border-color: #000000; border-style: solid; }\n"
               "th { font-weight: bold; text-align: left; }\n"
               ".meta { font-style: italic; }\n"
               ".answer-key { font-weight: bold; margin-top: %4px; }\n"
               ".question { font-weight: bold; }\n"
               ".gap, .word { font-weight: bold; }\n"
               ".picture { line-height: 100%; margin-top: %6px; margin-bottom: %6px; }\n"
               ".kicker { font-size: %3pt; margin-bottom: %4px; }\n"
               ".cover { font-size: %7pt; }\n")
        .arg(qRound(pt * 1.8))
        .arg(qRound(pt * 1.35))
        .arg(qRound(pt * 1.15))
        .arg(px(1), px(1.5), px(0.4))
        .arg(qRound(pt * 2.4));
}

class Guide
{
public:
    Guide(const ExportRequest &request, PaperRenderer &paper, PrintBook &book)
        : m_request(request), m_c(*request.curriculum), m_paper(paper), m_book(book)
    {
    }

    // Adds the chapters of the scope; false when cancelled.
    bool build(ExportProgress &progress);
    // Writes the page numbers of the contents and the sessions from the last layout.
    void number();

private:
    struct Entry
    {
        int level;  // 0: a pathway, 1: a session or a module, 2: a session's module
        QString title;
        int chapter;
    };

    QString t(const char *fr, const char *en) const { return m_paper.t(fr, en); }
    static QString e(const QString &text) { return PaperRenderer::escape(text); }
    QString facts(const QList<std::pair<QString, QString>> &rows) const;
    QString list(const QStringList &items) const;
    QString moduleHtml(const Module &module);
    QString runningOrderHtml(const Module &module) const;
    QString pathwayHtml(const Pathway &pathway, bool cover) const;
    QString stepHtml(const Pathway &pathway, const Step &step, bool laidOut) const;
    QString curriculumCoverHtml() const;
    QString contentsHtml(bool laidOut) const;
    bool addModule(const Module &module, int level, ExportProgress &progress);
    bool addPathway(const Pathway &pathway, bool cover, ExportProgress &progress);
    int stepMinutes(const Step &step) const;

    const ExportRequest &m_request;
    const Curriculum &m_c;
    PaperRenderer &m_paper;
    PrintBook &m_book;
    int m_contents = -1;
    QList<Entry> m_entries;
    QMap<const Module *, int> m_chapterOf;
    struct Session
    {
        int chapter;
        const Pathway *pathway;
        const Step *step;
    };
    QList<Session> m_sessions;  // their pages list their modules' pages
};

QString Guide::facts(const QList<std::pair<QString, QString>> &rows) const
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto &[label, value] : rows)
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(e(label), value);
    return html + QStringLiteral("</table>\n");
}

QString Guide::list(const QStringList &items) const
{
    QString html = QStringLiteral("<ul>\n");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>\n").arg(e(item));
    return html + QStringLiteral("</ul>\n");
}

QString Guide::runningOrderHtml(const Module &module) const
{
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n"
                                  "<thead><tr><th width=\"20%\">%1</th><th width=\"13%\">%2</th><th>%3</th></tr></thead>\n")
                       .arg(t("Horaire", "Time"), t("Durée", "Duration"), t("Étape", "Step"));
    int start = 0;
    for (const Segment &segment : module.runningOrder) {
        QString what = QStringLiteral("<b>%1</b>").arg(e(segment.title));
        if (!segment.description.empty())
            what += PaperRenderer::richText(segment.description);
        for (qsizetype i = 0; i < module.activities.size(); ++i)
            if (!segment.activity.isEmpty() && module.activities[i].id == segment.activity)
                what += QStringLiteral("<br>%1 %2 : %3").arg(t("→ Activité", "→ Activity")).arg(i + 1).arg(e(module.activities[i].title));
        html += QStringLiteral("<tr><td>%1 – %2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(PaperRenderer::clock(start), PaperRenderer::clock(start + segment.duration), m_paper.duration(segment.duration), what);
        start += segment.duration;
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b></td><td></td></tr>\n</table>\n")
                .arg(t("Total", "Total"), m_paper.duration(start));
    if (module.duration > 0 && start != module.duration)
        html += QStringLiteral("<p>%1</p>\n").arg(t("Le déroulé dure %1 ; le module annonce %2.", "The running order lasts %1; the module announces %2.")
                                                     .arg(m_paper.duration(start), m_paper.duration(module.duration)));
    return html;
}

QString Guide::moduleHtml(const Module &module)
{
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(e(module.title));
    html += facts({{t("Durée", "Duration"), module.duration > 0 ? m_paper.duration(module.duration) : QString()},
                   {t("Modalité", "Modality"), e(m_paper.modality(module.modality))},
                   {t("Niveau", "Level"), e(m_paper.level(module.level))},
                   {t("Public", "Audience"), e(PaperRenderer::audiences(module.audiences))}});
    html += PaperRenderer::richText(module.summary);
    if (!module.prerequisites.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Prérequis", "Prerequisites")) + list(module.prerequisites);
    if (!module.objectives.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Objectifs", "Objectives")) + list(module.objectives);
    if (!module.competencies.isEmpty()) {
        QStringList items;
        for (const Competency &c : module.competencies)
            items << (c.code.isEmpty() ? c.text : QStringLiteral("%1 — %2").arg(c.code, c.text));
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Compétences", "Competencies")) + list(items);
    }
    if (!module.equipment.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n"
                               "<thead><tr><th width=\"25%\">%2</th><th width=\"17%\">%3</th><th>%4</th></tr></thead>\n")
                    .arg(t("Matériel", "Equipment"), t("Matériel", "Item"), t("Quantité", "Quantity"), t("Précisions", "Details"));
        for (const EquipmentItem &item : module.equipment)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                        .arg(e(m_paper.equipment(item.kind)), item.quantity > 0 ? QString::number(item.quantity) : QStringLiteral("—"), e(item.text));
        html += QStringLiteral("</table>\n");
    }
    if (!module.runningOrder.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Déroulé", "Running order")) + runningOrderHtml(module);
    if (!module.facilitatorNotes.empty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Notes pour l'animateur", "Facilitator notes"))
              + PaperRenderer::richText(module.facilitatorNotes);
    if (!module.activities.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Activités et corrigés", "Activities and answer keys"));
    int number = 0;
    for (const Activity &activity : module.activities) {
        html += QStringLiteral("<h3>%1. %2</h3>\n").arg(++number).arg(e(activity.title));
        QString meta = m_paper.typeName(activity);
        if (activity.passingScore)
            meta += t(" · réussi à partir de %1 %", " · passed from %1%").arg(*activity.passingScore);
        html += QStringLiteral("<p class=\"meta\" style=\"-qt-user-state: 1\">%1</p>\n").arg(e(meta));
        html += m_paper.activityHtml(module, activity, true, t("Corrigé", "Answer key"));
    }
    return html;
}

int Guide::stepMinutes(const Step &step) const
{
    int minutes = 0;
    for (const QString &id : step.modules)
        if (const Module *m = m_c.module(id))
            minutes += m->duration;
    return minutes;
}

QString Guide::pathwayHtml(const Pathway &p, bool cover) const
{
    QString html;
    if (cover)
        html += QStringLiteral("<p class=\"kicker\">%1 · %2</p>\n<h1 class=\"cover\">%3</h1>\n")
                    .arg(t("Guide de l'animateur", "Facilitator guide"), e(m_c.title), e(p.title));
    else
        html += QStringLiteral("<h1>%1</h1>\n").arg(e(p.title));
    int minutes = 0;
    for (const Step &step : p.steps)
        minutes += stepMinutes(step);
    const int sessions = p.sessions.value_or(int(p.steps.size()));
    html += facts({{t("Public", "Audience"), e(PaperRenderer::audiences(p.audiences))},
                   {t("Modalité", "Modality"), e(m_paper.modality(p.modality))},
                   {t("Séances", "Sessions"), QString::number(sessions)},
                   {t("Durée totale", "Total duration"), m_paper.duration(p.duration.value_or(minutes))}});
    html += PaperRenderer::richText(p.summary);
    if (!p.prerequisites.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Prérequis", "Prerequisites")) + list(p.prerequisites);
    QList<std::pair<QString, QString>> ends;
    if (const Module *m = m_c.module(p.entryDiagnostic))
        ends.append({t("Diagnostic d'entrée", "Entry diagnostic"), e(m->title)});
    if (const Module *m = m_c.module(p.exitAssessment))
        ends.append({t("Bilan de sortie", "Exit assessment"), e(m->title)});
    if (!ends.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Entrée et sortie", "Entry and exit")) + facts(ends);
    if (p.hasCompletion) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Parcours validé", "Completed pathway"));
        html += PaperRenderer::richText(p.completionDescription);
        if (p.completionMinSessions)
            html += QStringLiteral("<p>%1</p>\n").arg(t("Séances suivies au moins : %1.", "Sessions attended, at least: %1.").arg(*p.completionMinSessions));
    }
    if (cover) {
        html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(e(t("%1 · version %2 · licence %3", "%1 · version %2 · licence %3").arg(m_c.publisher, m_c.version, m_c.licence)));
    }
    return html;
}

QString Guide::stepHtml(const Pathway &p, const Step &step, bool laidOut) const
{
    QString html = QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n").arg(e(p.title), e(step.title));
    if (!step.goal.empty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Objectif de la séance", "Goal of the session")) + PaperRenderer::richText(step.goal);
    html += QStringLiteral("<h2>%1</h2>\n<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n"
                           "<thead><tr><th>%2</th><th width=\"15%\">%3</th><th width=\"15%\">%4</th></tr></thead>\n")
                .arg(t("Au programme", "Programme"), t("Module", "Module"), t("Durée", "Duration"), t("Page", "Page"));
    for (const QString &id : step.modules) {
        const Module *m = m_c.module(id);
        if (!m)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(e(m->title), m_paper.duration(m->duration),
                         laidOut ? QString::number(m_book.firstPage(m_chapterOf.value(m))) : QStringLiteral("00"));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b></td><td></td></tr>\n</table>\n")
                .arg(t("Total", "Total"), m_paper.duration(stepMinutes(step)));
    if (!step.notes.empty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(t("Notes pour l'animateur", "Facilitator notes")) + PaperRenderer::richText(step.notes);
    return html;
}

QString Guide::curriculumCoverHtml() const
{
    QString html = QStringLiteral("<p class=\"kicker\">%1</p>\n<h1 class=\"cover\">%2</h1>\n")
                       .arg(t("Guide de l'animateur", "Facilitator guide"), e(m_c.title));
    if (!m_c.subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(e(m_c.subtitle));
    html += facts({{t("Public", "Audience"), e(PaperRenderer::audiences(m_c.audiences))},
                   {t("Parcours", "Pathways"), QString::number(m_c.pathways.size())},
                   {t("Modules", "Modules"), QString::number(m_c.modules.size())}});
    html += PaperRenderer::richText(m_c.summary);
    return html + QStringLiteral("<p class=\"meta\">%1</p>\n")
                      .arg(e(t("%1 · version %2 · licence %3", "%1 · version %2 · licence %3").arg(m_c.publisher, m_c.version, m_c.licence)));
}

QString Guide::contentsHtml(bool laidOut) const
{
    QString html = QStringLiteral("<h1>%1</h1>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n").arg(t("Sommaire", "Contents"));
    for (const Entry &entry : m_entries) {
        // Before the first layout the numbers are not known; "00" holds their room.
        const QString page = entry.chapter < 0 ? QString() : laidOut ? QString::number(m_book.firstPage(entry.chapter)) : QStringLiteral("00");
        const QString title = entry.level == 0 ? QStringLiteral("<b>%1</b>").arg(e(entry.title)) : e(entry.title);
        html += QStringLiteral("<tr><td style=\"padding-left: %1px%2\">%3</td><td align=\"right\" width=\"12%\">%4</td></tr>\n")
                    .arg(entry.level * 24)
                    .arg(entry.level == 0 ? QStringLiteral("; padding-top: 12px") : QString())
                    .arg(title, page);
    }
    return html + QStringLiteral("</table>\n");
}

void Guide::number()
{
    if (m_contents >= 0)
        m_book.setChapterHtml(m_contents, contentsHtml(true));
    for (const Session &s : std::as_const(m_sessions))
        m_book.setChapterHtml(s.chapter, stepHtml(*s.pathway, *s.step, true));
}

bool Guide::addModule(const Module &module, int level, ExportProgress &progress)
{
    // A module two sessions share is printed once; the contents send both to it.
    if (!m_chapterOf.contains(&module)) {
        m_chapterOf.insert(&module, m_book.addChapter(module.title, moduleHtml(module)));
        if (!progress.step(module.title))
            return false;
    }
    m_entries.append({level, module.title, m_chapterOf.value(&module)});
    return true;
}

bool Guide::addPathway(const Pathway &p, bool cover, ExportProgress &progress)
{
    if (!cover)
        m_entries.append({0, p.title, m_book.addChapter(p.title, pathwayHtml(p, false))});
    if (const Module *m = m_c.module(p.entryDiagnostic))
        if (!addModule(*m, 1, progress))
            return false;
    for (const Step &step : p.steps) {
        const int chapter = m_book.addChapter(step.title, stepHtml(p, step, false));
        m_sessions.append({chapter, &p, &step});
        m_entries.append({1, step.title, chapter});
        for (const QString &id : step.modules)
            if (const Module *m = m_c.module(id))
                if (!addModule(*m, 2, progress))
                    return false;
    }
    if (const Module *m = m_c.module(p.exitAssessment))
        if (!addModule(*m, 1, progress))
            return false;
    return true;
}

bool Guide::build(ExportProgress &progress)
{
    const ExportScope &scope = m_request.scope;
    if (scope.kind == ExportScope::Kind::Module) {
        for (const Module *m : scope.modules())
            if (!addModule(*m, 1, progress))
                return false;
        return true;
    }
    const Pathway *only = scope.kind == ExportScope::Kind::Pathway ? scope.units.first().pathway : nullptr;
    m_book.addChapter({}, only ? pathwayHtml(*only, true) : curriculumCoverHtml());
    m_contents = m_book.addChapter(t("Sommaire", "Contents"), {});
    for (const ExportUnit &unit : scope.units) {
        if (unit.pathway) {
            if (!addPathway(*unit.pathway, unit.pathway == only, progress))
                return false;
            continue;
        }
        m_entries.append({0, t("Autres modules", "Other modules"), -1});
        for (const Module *m : unit.modules)
            if (!addModule(*m, 1, progress))
                return false;
    }
    m_book.setChapterHtml(m_contents, contentsHtml(false));
    return true;
}

} // namespace

bool GuideExporter::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    const int pt = request.options.value(QStringLiteral("fontSize")).toInt();
    const QList<const Module *> modules = request.scope.modules();
    // Building each module's text, laying out and painting each chapter.
    ExportProgress progress(monitor, 3 * int(modules.size()));
    // Pictures that fit the text inside a list, a third of the page high at most.
    PrintMedia media(request, report, QSizeF(150, 95));
    PaperRenderer paper(request, report, media);
    PrintBook::Style style = paper.bookStyle(pt, styleSheet(pt));
    style.headerPt = qMin(pt, 11);
    style.footer = paper.t("%1 · version %2", "%1 · version %2").arg(request.curriculum->title, request.curriculum->version);
    PrintBook book(style, media);
    Guide guide(request, paper, book);
    if (!guide.build(progress))
        return false;
    progress.addToTotal(2 * book.chapterCount() - 2 * int(modules.size()));
    if (!book.layout([&] { guide.number(); }, progress))
        return false;
    return book.write(request.output, paper.t("%1 — guide de l'animateur", "%1 — facilitator guide").arg(request.scope.title(*request.curriculum)),
                      request.timestamp(), progress, report.diagnostics);
}
