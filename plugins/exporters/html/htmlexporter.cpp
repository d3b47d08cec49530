#include "htmlexporter.h"

#include <field.h>
#include <htmlrenderer.h>
#include <outputtree.h>
#include <pluginregistry.h>

#include <QFile>
#include <QLocale>

using namespace Relais;

namespace {

const QString modulesFolder = QStringLiteral("ateliers/");

QByteArray resource(const char *name)
{
    QFile f(QStringLiteral(":/relais/exporters/html/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pick(const QString &lang, const char *fr, const char *en)
{
    return LocalizedText::pick(lang, fr, en);
}

class Kit
{
public:
    explicit Kit(const ExportRequest &request)
        : m_request(request),
          m_curriculum(*request.curriculum),
          m_lang(m_curriculum.lang.isEmpty() ? QStringLiteral("fr") : m_curriculum.lang),
          m_renderer(*request.plugins, m_curriculum, m_lang)
    {
        // Namespaced by curriculum and version: two kits on one tablet, or a
        // newer version whose activities changed, never read each other's answers.
        m_storeKey = QStringLiteral("relais-kit:%1:%2").arg(m_curriculum.id, m_curriculum.version);
    }

    const HtmlRenderer &renderer() const { return m_renderer; }
    static QString modulePath(const Module &m) { return modulesFolder + m.id + QStringLiteral(".html"); }
    QString indexPage() const;
    QString modulePage(const Module &m) const;

private:
    QString t(const char *fr, const char *en) const { return pick(m_lang, fr, en); }
    QString text(const QString &plain) const { return HtmlRenderer::escapeText(plain, m_lang); }
    QString moduleCard(const Module &m) const;
    QString pathwaySection(const Pathway &p, const QList<const Module *> &modules) const;
    // Each unit of the scope is a sequence a learner goes through: a
    // pathway's modules, or those no pathway uses. The navigation offers the
    // previous and the next module of each sequence the module is in.
    QString navigation(const Module &m) const;
    QString endOfPage(const Module &m) const;

    const ExportRequest &m_request;
    const Curriculum &m_curriculum;
    QString m_lang;
    HtmlRenderer m_renderer;
    QString m_storeKey;
};

// The whole card is the link, so that a finger anywhere on it opens the
// module; its state is inside, so that a screen reader says it with the name.
QString Kit::moduleCard(const Module &m) const
{
    const int count = int(m.activities.size());
    QStringList meta;
    if (m.duration > 0)
        meta << HtmlRenderer::duration(m.duration);
    meta << (count == 1 ? t("1\u00a0activité", "1 activity")
                        : t("%1\u00a0activités", "%1 activities").arg(count));
    return QStringLiteral("<li class=\"kit-module\" data-module=\"%1\" data-total=\"%2\">\n"
                          "<a class=\"kit-link\" href=\"%3\"><span class=\"kit-title\">%4</span>\n"
                          "<span class=\"kit-meta\">%5</span>\n"
                          "<span class=\"kit-status\" data-state=\"todo\"><span class=\"kit-mark\" aria-hidden=\"true\">○</span> "
                          "<span class=\"kit-state\">%6</span></span></a>\n</li>\n")
        .arg(HtmlRenderer::escape(m.id), QString::number(count), HtmlRenderer::escape(modulePath(m)), text(m.title),
             meta.join(QStringLiteral(" · ")), t("Pas commencé", "Not started"));
}

QString Kit::pathwaySection(const Pathway &p, const QList<const Module *> &modules) const
{
    const QString anchor = QStringLiteral("parcours-") + HtmlRenderer::escape(p.id);
    QString html = QStringLiteral("<section class=\"kit-pathway\" aria-labelledby=\"%1\">\n<h2 id=\"%1\">%2</h2>\n")
                       .arg(anchor, text(p.title));
    QStringList facts;
    const int sessions = p.sessions.value_or(int(p.steps.size()));
    if (sessions > 0)
        facts << (sessions == 1 ? t("1\u00a0séance", "1 session") : t("%1\u00a0séances", "%1 sessions").arg(sessions));
    if (p.duration)
        facts << HtmlRenderer::duration(*p.duration);
    if (p.modality == QLatin1String("collectif"))
        facts << t("en groupe", "in a group");
    else if (p.modality == QLatin1String("individuel"))
        facts << t("seul avec un accompagnant", "one to one");
    if (!facts.isEmpty())
        html += QStringLiteral("<p class=\"kit-facts\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
    if (!p.summary.empty())
        html += QStringLiteral("<details class=\"kit-about\"><summary>%1</summary>\n%2</details>\n")
                    .arg(t("En savoir plus sur ce parcours", "More about this pathway"), HtmlRenderer::richTextHtml(p.summary));

    html += QStringLiteral("<ol class=\"kit-steps\">\n");
    const auto step = [&](const QString &title, const QStringList &ids) {
        QString cards;
        for (const QString &id : ids)
            if (const Module *m = m_curriculum.module(id); m && modules.contains(m))
                cards += moduleCard(*m);
        if (cards.isEmpty())
            return;
        html += QStringLiteral("<li class=\"kit-step\">\n<h3>%1</h3>\n<ul class=\"kit-modules\">\n%2</ul>\n</li>\n")
                    .arg(title, cards);
    };
    step(t("Pour commencer", "To begin"), {p.entryDiagnostic});
    for (const Step &s : p.steps)
        step(text(s.title), s.modules);
    step(t("Pour finir", "To finish"), {p.exitAssessment});
    return html + QStringLiteral("</ol>\n</section>\n");
}

QString Kit::indexPage() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n"
                                  "<link rel=\"stylesheet\" href=\"assets/relais.css\">\n<link rel=\"stylesheet\" href=\"assets/kit.css\">\n"
                                  "</head>\n<body class=\"kit-index\">\n<a class=\"relais-skip\" href=\"#contenu\">%3</a>\n"
                                  "<header class=\"kit-header\">\n")
                       .arg(HtmlRenderer::escape(m_lang), HtmlRenderer::escape(m_request.scope.title(m_curriculum)),
                            t("Aller aux ateliers", "Skip to the modules"));
    if (!m_curriculum.publisher.isEmpty())
        html += QStringLiteral("<p class=\"relais-curriculum\">%1</p>\n").arg(text(m_curriculum.publisher));
    html += QStringLiteral("<h1>%1</h1>\n").arg(text(m_curriculum.title));
    if (!m_curriculum.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"kit-subtitle\">%1</p>\n").arg(text(m_curriculum.subtitle));
    html += QStringLiteral("<p class=\"kit-help\">%1</p>\n"
                           "<button type=\"button\" class=\"relais-large-print relais-secondary\" aria-pressed=\"false\">%2</button>\n"
                           "</header>\n<main id=\"contenu\" data-kit-store=\"%3\">\n")
                .arg(t("Touchez un atelier pour l’ouvrir. Vos réponses restent sur cet appareil.",
                       "Tap a module to open it. Your answers stay on this device."),
                     t("Grands caractères", "Large print"), HtmlRenderer::escape(m_storeKey));

    for (const ExportUnit &s : m_request.scope.units) {
        if (s.pathway) {
            html += pathwaySection(*s.pathway, s.modules);
            continue;
        }
        const bool alone = m_request.scope.units.size() == 1;
        html += QStringLiteral("<section class=\"kit-pathway\" aria-labelledby=\"autres-ateliers\">\n<h2 id=\"autres-ateliers\">%1</h2>\n"
                               "<ul class=\"kit-modules\">\n")
                    .arg(alone ? t("Ateliers", "Modules") : t("Autres ateliers", "Other modules"));
        for (const Module *m : s.modules)
            html += moduleCard(*m);
        html += QStringLiteral("</ul>\n</section>\n");
    }

    html += QStringLiteral("</main>\n<footer class=\"kit-footer\">\n<section class=\"kit-forget\" aria-labelledby=\"mes-reponses\">\n"
                           "<h2 id=\"mes-reponses\">%1</h2>\n<p>%2</p>\n"
                           "<button type=\"button\" class=\"relais-secondary kit-forget-ask\">%3</button>\n"
                           "<div class=\"kit-forget-confirm\" role=\"group\" aria-labelledby=\"kit-forget-question\" hidden>\n"
                           "<p id=\"kit-forget-question\" tabindex=\"-1\">%4</p>\n"
                           "<button type=\"button\" class=\"kit-forget-yes\">%5</button>\n"
                           "<button type=\"button\" class=\"relais-secondary kit-forget-no\">%6</button>\n</div>\n"
                           "<p class=\"kit-forget-done\" role=\"status\"></p>\n</section>\n")
                .arg(t("Mes réponses", "My answers"),
                     t("Vos réponses sont gardées sur cet appareil. Si une autre personne va s’en servir, effacez-les d’abord.",
                       "Your answers are kept on this device. If someone else is going to use it, erase them first."),
                     t("Effacer mes réponses", "Erase my answers"),
                     t("Effacer les réponses de tous les ateliers\u00a0? On ne pourra pas les retrouver.",
                       "Erase the answers of every module? They cannot be brought back."),
                     t("Oui, tout effacer", "Yes, erase everything"), t("Non, garder mes réponses", "No, keep my answers"));
    QStringList credits;
    if (!m_curriculum.version.isEmpty())
        credits << t("Version %1 du %2", "Version %1 of %2")
                       .arg(HtmlRenderer::escape(m_curriculum.version),
                            QLocale(m_lang).toString(m_request.timestamp().date(), t("d MMMM yyyy", "MMMM d, yyyy")));
    if (!m_curriculum.licence.isEmpty())
        credits << t("Licence %1", "Licence %1").arg(HtmlRenderer::escape(m_curriculum.licence));
    if (!credits.isEmpty())
        html += QStringLiteral("<p class=\"kit-credits\">%1</p>\n").arg(credits.join(QStringLiteral(" · ")));
    html += QStringLiteral("</footer>\n<script src=\"assets/relais-runtime.js\"></script>\n<script src=\"assets/kit-index.js\"></script>\n"
                           "<script src=\"assets/relais-start.js\"></script>\n</body>\n</html>\n");
    return html;
}

QString Kit::navigation(const Module &m) const
{
    QString rows;
    for (const ExportUnit &s : m_request.scope.units) {
        const int at = int(s.modules.indexOf(&m));
        if (at < 0 || s.modules.size() < 2)
            continue;
        const QString name = s.pathway ? text(s.pathway->title) : t("Autres ateliers", "Other modules");
        rows += QStringLiteral("<li><span class=\"kit-where\"><span class=\"kit-sequence-name\">%1</span> "
                               "<span class=\"kit-position\">%2</span></span>\n<span class=\"kit-turns\">")
                    .arg(name, t("atelier %1 sur %2", "module %1 of %2").arg(at + 1).arg(s.modules.size()));
        if (at > 0)
            rows += QStringLiteral("<a class=\"kit-turn\" rel=\"prev\" href=\"%1.html\"><span aria-hidden=\"true\">←</span> %2"
                                   "<span class=\"relais-sr-only\">%3%4</span></a>")
                        .arg(HtmlRenderer::escape(s.modules[at - 1]->id), t("Précédent", "Previous"), t("\u00a0: ", ": "),
                             text(s.modules[at - 1]->title));
        if (at + 1 < s.modules.size())
            rows += QStringLiteral("<a class=\"kit-turn\" rel=\"next\" href=\"%1.html\">%2 <span aria-hidden=\"true\">→</span>"
                                   "<span class=\"relais-sr-only\">%3%4</span></a>")
                        .arg(HtmlRenderer::escape(s.modules[at + 1]->id), t("Suivant", "Next"), t("\u00a0: ", ": "),
                             text(s.modules[at + 1]->title));
        rows += QStringLiteral("</span></li>\n");
    }
    QString html = QStringLiteral("<nav class=\"kit-nav\" aria-label=\"%1\" data-kit-store=\"%2\" data-kit-module=\"%3\">\n"
                                  "<div class=\"kit-nav-inner\">\n<a class=\"kit-home\" href=\"../index.html\"><span aria-hidden=\"true\">⌂</span> %4</a>\n")
                       .arg(t("Ateliers", "Modules"), HtmlRenderer::escape(m_storeKey), HtmlRenderer::escape(m.id),
                            t("Sommaire", "Contents"));
    if (!rows.isEmpty())
        html += QStringLiteral("<ul class=\"kit-sequences\">\n%1</ul>\n").arg(rows);
    return html + QStringLiteral("</div>\n</nav>\n");
}

QString Kit::endOfPage(const Module &m) const
{
    QString html = QStringLiteral("<nav class=\"kit-end\" aria-label=\"%1\">\n").arg(t("Après cet atelier", "After this module"));
    QList<const Module *> next;
    for (const ExportUnit &s : m_request.scope.units) {
        const int at = int(s.modules.indexOf(&m));
        if (at >= 0 && at + 1 < s.modules.size() && !next.contains(s.modules[at + 1]))
            next << s.modules[at + 1];
    }
    for (const Module *n : std::as_const(next))
        html += QStringLiteral("<a class=\"kit-button\" href=\"%1.html\">%2 <span aria-hidden=\"true\">→</span></a>\n")
                    .arg(HtmlRenderer::escape(n->id), t("Atelier suivant\u00a0: %1", "Next module: %1").arg(text(n->title)));
    return html + QStringLiteral("<a class=\"kit-button kit-secondary\" href=\"../index.html\">%1</a>\n</nav>\n")
                      .arg(t("Retour au sommaire", "Back to the contents"));
}

QString Kit::modulePage(const Module &m) const
{
    HtmlRenderer::PageOptions page;
    page.root = QStringLiteral("../");
    page.scripts = {QStringLiteral("assets/kit-progress.js")};
    page.styles = {QStringLiteral("assets/kit.css")};
    page.header = navigation(m);
    page.footer = endOfPage(m);
    return m_renderer.modulePage(m, page);
}

} // namespace

bool HtmlExporter::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    const Kit kit(request);
    const QList<const Module *> modules = request.scope.modules();
    const int total = int(modules.size()) + 1;
    OutputTree out;
    QStringList media;

    for (int i = 0; i < modules.size(); ++i) {
        if (monitor.isCancelled())
            return false;
        const Module &m = *modules[i];
        monitor.progress(i, total, m.title);
        out.add(Kit::modulePath(m), kit.modulePage(m).toUtf8());
        for (const Activity &a : m.activities)
            if (!request.plugins->exerciseType(a.type))
                report.skipped << pick(request.lang,
                                       "L’activité « %1 » de l’atelier « %2 » est de type « %3 », qui n’est pas installé : la page dit qu’elle ne peut pas être affichée.",
                                       "Activity “%1” of module “%2” is of type “%3”, which is not installed: the page says it cannot be shown.")
                                      .arg(a.title, m.title, a.type);
        for (const QString &href : kit.renderer().mediaFiles(m))
            if (!media.contains(href))
                media << href;
    }
    if (monitor.isCancelled())
        return false;
    monitor.progress(modules.size(), total, pick(request.lang, "Sommaire", "Contents"));
    out.add(QStringLiteral("index.html"), kit.indexPage().toUtf8());

    const QMap<QString, QByteArray> assets = kit.renderer().assets(modules);
    for (auto it = assets.cbegin(); it != assets.cend(); ++it)
        out.add(QStringLiteral("assets/") + it.key(), it.value());
    for (const char *name : {"kit.css", "kit-progress.js", "kit-index.js"})
        out.add(QStringLiteral("assets/") + QLatin1String(name), resource(name));
    for (const QString &href : std::as_const(media)) {
        if (request.files->file(href))
            out.addFile(href, request.files->absolutePath(href));
        else
            report.skipped << pick(request.lang, "Le fichier « %1 » manque dans le curriculum : les pages qui l’utilisent s’affichent sans lui.",
                                   "File “%1” is missing from the curriculum: the pages that use it are shown without it.")
                                  .arg(href);
    }
    return out.writeFolder(request.output, report.diagnostics, &monitor);
}
