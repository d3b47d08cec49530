#include "handoutexporter.h"

#include <paperrenderer.h>
#include <printbook.h>
#include <printmedia.h>

#include <QMap>

using namespace Relais;

namespace {

// Large print for people who read with difficulty: one sans-serif size for
// the text (at least 14 pt), bigger bold headings, wide line spacing, black
// on white, tick boxes large enough to mark with a shaky hand.
QString styleSheet(int pt)
{
    const auto px = [pt](qreal factor) { return PrintBook::cssPixels(pt * factor); };
    return QStringLiteral(
               "p, li { line-height: 150%; }\n"
               "h1 { font-size: %1pt; font-weight: bold; margin-top: 0; margin-bottom: %4px; }\n"
               "h2 { font-size: %2pt; font-weight: bold; margin-top: %5px; margin-bottom: %6px; }\n"
               "p { margin-top: %6px; margin-bottom: %6px; }\n"
               "li { margin-top: %7px; margin-bottom: %7px; }\n"
               "ul, ol { margin-top: %6px; margin-bottom: %6px; }\n"
               ".question { font-weight: bold; }\n"
               // The exercises' own boxes mark these lists' lines.
               "ul.choices, ul.statements, ul.steps, ul.zones { list-style-type: none; }\n"
               ".box { font-size: %3pt; }\n"
               ".number { font-size: %1pt; }\n"
               ".word { font-weight: bold; }\n"
               ".picture { line-height: 100%; margin-top: %4px; margin-bottom: %7px; }\n"
               ".caption { font-size: %8pt; margin-bottom: %4px; }\n"
               ".missing { font-weight: bold; }\n"
               ".group { font-weight: bold; margin-top: %4px; margin-bottom: 0; }\n"
               ".kicker { font-size: %2pt; margin-bottom: %4px; }\n"
               "td { padding-top: %7px; padding-bottom: %7px; }\n")
        .arg(qRound(pt * 1.75))
        .arg(qRound(pt * 1.35))
        .arg(qRound(pt * 1.5))
        .arg(px(1), px(2), px(0.5), px(0.25))
        .arg(qMax(14, pt - 2));
}

QString moduleHtml(PaperRenderer &paper, const Module &module)
{
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(PaperRenderer::escape(module.title));
    if (!module.objectives.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(paper.t("Ce que vous allez apprendre", "What you will learn"));
        for (const QString &objective : module.objectives)
            html += QStringLiteral("<li>%1</li>\n").arg(PaperRenderer::escape(objective));
        html += QStringLiteral("</ul>\n");
    }
    int number = 0;
    for (const Activity &activity : module.activities) {
        html += QStringLiteral("<h2>%1. %2</h2>\n").arg(++number).arg(PaperRenderer::escape(activity.title));
        html += paper.activityHtml(module, activity, false);
    }
    return html;
}

struct Group
{
    QString title;
    QList<const Module *> modules;
};

// The contents as a learner meets them: a pathway's sessions, or each pathway of the curriculum.
QList<Group> groups(const ExportRequest &request, const PaperRenderer &paper)
{
    const Curriculum &c = *request.curriculum;
    QList<Group> out;
    for (const ExportUnit &unit : request.scope.units) {
        if (request.scope.kind == ExportScope::Kind::Pathway && unit.pathway) {
            const Pathway &p = *unit.pathway;
            if (const Module *m = c.module(p.entryDiagnostic))
                out.append({paper.t("Pour commencer", "To begin"), {m}});
            for (const Step &step : p.steps) {
                Group group{step.title, {}};
                for (const QString &id : step.modules)
                    if (const Module *m = c.module(id))
                        group.modules << m;
                out.append(group);
            }
            if (const Module *m = c.module(p.exitAssessment))
                out.append({paper.t("Pour finir", "To finish"), {m}});
        } else {
            out.append({unit.pathway ? unit.pathway->title : paper.t("Autres modules", "Other modules"), unit.modules});
        }
    }
    return out;
}

QString contentsHtml(const ExportRequest &request, const PaperRenderer &paper, const PrintBook &book,
                     const QMap<const Module *, int> &chapterOf, bool laidOut)
{
    const Curriculum &c = *request.curriculum;
    const Pathway *pathway = request.scope.kind == ExportScope::Kind::Pathway ? request.scope.units.first().pathway : nullptr;
    QString html;
    if (pathway) {
        html += QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n").arg(PaperRenderer::escape(c.title), PaperRenderer::escape(pathway->title));
        html += PaperRenderer::richText(pathway->summary);
    } else {
        html += QStringLiteral("<h1>%1</h1>\n").arg(PaperRenderer::escape(c.title));
        if (!c.subtitle.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(PaperRenderer::escape(c.subtitle));
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(paper.t("Sommaire", "Contents"));
    for (const Group &group : groups(request, paper)) {
        html += QStringLiteral("<p class=\"group\" style=\"-qt-user-state: 1\">%1</p>\n<table width=\"100%\" cellspacing=\"0\">\n")
                    .arg(PaperRenderer::escape(group.title));
        for (const Module *m : group.modules) {
            // Before the first layout the numbers are not known; "00" holds their room.
            const QString page = laidOut ? QString::number(book.firstPage(chapterOf.value(m))) : QStringLiteral("00");
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\" width=\"20%\">%2 %3</td></tr>\n")
                        .arg(PaperRenderer::escape(m->title), paper.t("page", "page"), page);
        }
        html += QStringLiteral("</table>\n");
    }
    return html;
}

} // namespace

bool HandoutExporter::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    const Curriculum &c = *request.curriculum;
    const int pt = request.options.value(QStringLiteral("fontSize")).toInt();
    const QList<const Module *> modules = request.scope.modules();
    const bool withContents = request.scope.kind != ExportScope::Kind::Module;
    const int chapters = int(modules.size()) + (withContents ? 1 : 0);
    // Building each module's text, laying out and painting each chapter.
    ExportProgress progress(monitor, int(modules.size()) + 2 * chapters);

    // Pictures as wide as the text inside a list (the steps of a walk-through)
    // allows, and short enough to leave room for their caption and the
    // exercise's first lines on the page.
    PrintMedia media(request, report, QSizeF(155, 115));
    PaperRenderer paper(request, report, media);
    PrintBook::Style style = paper.bookStyle(pt, styleSheet(pt));
    style.headerPt = 14;
    if (request.options.value(QStringLiteral("notes")).toBool())
        style.notesTitle = paper.t("Mes notes", "My notes");
    PrintBook book(style, media);

    const int contents = withContents ? book.addChapter({}, {}) : -1;
    QMap<const Module *, int> chapterOf;
    for (const Module *m : modules) {
        chapterOf.insert(m, book.addChapter(m->title, moduleHtml(paper, *m), true));
        if (!progress.step(m->title))
            return false;
    }
    if (withContents) {
        book.setChapterHtml(contents, contentsHtml(request, paper, book, chapterOf, false));
        const auto number = [&] { book.setChapterHtml(contents, contentsHtml(request, paper, book, chapterOf, true)); };
        if (!book.layout(number, progress))
            return false;
    }
    return book.write(request.output, request.scope.title(c), request.timestamp(), progress, report.diagnostics);
}
