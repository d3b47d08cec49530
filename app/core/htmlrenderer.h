#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "fileset.h"

#include <QJsonObject>
#include <QMap>

namespace Relais {

class PluginRegistry;

// Renders modules as learner pages: one <section> per activity, the player
// of its exercise type mounted on it by relais-runtime.js. The Studio preview,
// `relais preview` and the exporters all go through this class, so that a
// learner sees the same thing everywhere. Every text is escaped; the payload
// reaches the player as JSON that cannot close its <script> element.
class HtmlRenderer
{
public:
    HtmlRenderer(const PluginRegistry &plugins, const Curriculum &curriculum, const QString &lang = QStringLiteral("fr"));

    static QString escape(const QString &text);
    // The inverse of escape(), for a value read back from HTML it wrote.
    static QString unescape(QString html);
    // Escaped author text for a heading or a line: in French, the space before
    // "» : ; ! ?" and after "«" becomes a non-breaking one, so that "Séance 1 :"
    // never leaves its colon alone at the start of the next line. The same rule
    // as keepTogether() in relais-runtime.js.
    static QString escapeText(const QString &plain, const QString &lang);
    // "45 min", "2 h", "1 h 05", with non-breaking spaces; empty for no duration.
    static QString duration(int minutes);
    static bool isSafeLink(const QString &href);
    static QString richTextHtml(const RichText &text);
    // JSON safe to embed in an HTML <script type="application/json"> element.
    static QByteArray scriptJson(const QJsonObject &object);

    // Where a page sits in what is written, and what an exporter adds to it.
    struct PageOptions
    {
        QString root;  // the path from the page to the output's root: "" or "../"…; assets/ and media/ are there
        // Scripts (paths from the root) run after the players and before the
        // page starts: a SCORM bridge, offline progress. They may call
        // Relais.restore() and Relais.onChange().
        QStringList scripts;
        QString header;  // HTML put first in <body>, already escaped (navigation)
        QString footer;  // HTML put last in <main>
        QStringList styles;  // stylesheets (paths from the root) after the page's own
    };

    QString activityHtml(const Module &module, const Activity &activity, const QString &root = {}) const;
    QString modulePage(const Module &module) const { return modulePage(module, PageOptions()); }
    QString modulePage(const Module &module, const PageOptions &options) const;
    // The scripts and styles a page needs, by path under assets/: the runtime
    // and the players of the types the module uses.
    QMap<QString, QByteArray> assets(const QList<const Module *> &modules) const;
    // The media files a module uses (activity media, payload media, captions).
    QStringList mediaFiles(const Module &module) const;
    // The media ids an exercise's payload refers to ("media" attributes), in document order.
    static QStringList payloadMedia(const XmlNode &payload);

    // Writes index.html, assets/ and media/ for one module into folder,
    // replacing what was there, through a staging folder beside it.
    bool writeModulePreview(const Module &module, const FileSet &files, const QString &folder, Diagnostics &diags) const;

    static QMap<QString, QByteArray> runtimeAssets();

private:
    QStringList typesUsed(const QList<const Module *> &modules) const;
    QString t(const char *fr, const char *en) const;

    const PluginRegistry &m_plugins;
    const Curriculum &m_curriculum;
    QString m_lang;
};

} // namespace Relais
