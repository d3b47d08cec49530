#include "htmlrenderer.h"

#include "exercisetype.h"
#include "payloadcodec.h"
#include "pluginregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>


namespace Relais {

namespace {

QString inlineHtml(const XmlNode &node)
{
    if (node.kind == XmlNode::Text)
        return HtmlRenderer::escape(node.name);
    QString inner;
    for (const XmlNode &c : node.children)
        inner += inlineHtml(c);
    const QString tag = node.localName();
    static const QStringList allowed{QStringLiteral("p"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
                                     QStringLiteral("em"), QStringLiteral("strong")};
    if (tag == QLatin1String("br"))
        return QStringLiteral("<br>");
    if (tag == QLatin1String("a")) {
        const QString href = node.attribute(QStringLiteral("href")).trimmed();
        if (!HtmlRenderer::isSafeLink(href))
            return inner;
        return QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>").arg(HtmlRenderer::escape(href), inner);
    }
    // Anything outside the subset keeps its text and loses its markup.
    if (!allowed.contains(tag))
        return inner;
    return QStringLiteral("<%1>%2</%1>").arg(tag, inner);
}

} // namespace

HtmlRenderer::HtmlRenderer(const PluginRegistry &plugins, const Curriculum &curriculum, const QString &lang)
    : m_plugins(plugins), m_curriculum(curriculum), m_lang(lang)
{
}

QString HtmlRenderer::t(const char *fr, const char *en) const
{
    return LocalizedText::pick(m_lang, fr, en);
}

QString HtmlRenderer::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString HtmlRenderer::unescape(QString html)
{
    // "&amp;" last, so that "&amp;lt;" gives back "&lt;".
    return html.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QString HtmlRenderer::escapeText(const QString &plain, const QString &lang)
{
    QString out = escape(plain);
    if (!lang.startsWith(QLatin1String("fr")))
        return out;
    out.replace(QStringLiteral("« "), QStringLiteral("«\u00a0"));
    for (const QChar c : {QChar(u'»'), QChar(u':'), QChar(u';'), QChar(u'!'), QChar(u'?')})
        out.replace(QLatin1Char(' ') + QString(c), QChar(0xa0) + QString(c));
    return out;
}

QString HtmlRenderer::duration(int minutes)
{
    if (minutes <= 0)
        return {};
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (!h)
        return QStringLiteral("%1\u00a0min").arg(m);
    if (!m)
        return QStringLiteral("%1\u00a0h").arg(h);
    return QStringLiteral("%1\u00a0h\u00a0%2").arg(h).arg(m, 2, 10, QLatin1Char('0'));
}

bool HtmlRenderer::isSafeLink(const QString &href)
{
    static const QRegularExpression safe(QStringLiteral("^(https?://|mailto:|tel:)\\S+$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return safe.match(href.trimmed()).hasMatch();
}

QString HtmlRenderer::richTextHtml(const RichText &text)
{
    QString out;
    for (const XmlNode &block : text) {
        if (block.kind == XmlNode::Text && block.name.trimmed().isEmpty())
            continue;
        out += inlineHtml(block);
    }
    return out;
}

QByteArray HtmlRenderer::scriptJson(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // '<', '>' and '&' only ever appear inside JSON strings: escaping them
    // there keeps "</script>" and "<!--" out of the element.
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json;
}

QString HtmlRenderer::activityHtml(const Module &module, const Activity &a, const QString &root) const
{
    Q_UNUSED(module);
    const QString anchor = escape(a.id);
    QString html = QStringLiteral("<section class=\"relais-activity\" id=\"activite-%1\" data-activity=\"%1\" data-type=\"%2\" "
                                  "aria-labelledby=\"titre-%1\">\n<h2 id=\"titre-%1\">%3</h2>\n")
                       .arg(anchor, escape(a.type), escape(a.title));
    if (!a.instructions.empty())
        html += QStringLiteral("<div class=\"relais-instructions\">%1</div>\n").arg(richTextHtml(a.instructions));
    RenderContext context;
    context.lang = m_lang;
    context.curriculum = &m_curriculum;
    context.mediaPrefix = root + context.mediaPrefix;
    for (const QString &ref : a.media) {
        const MediaAsset *m = m_curriculum.asset(ref);
        if (!m)
            continue;
        const QString src = escape(context.mediaPrefix + m->href.section(QLatin1Char('/'), 1));
        if (m->isImage()) {
            html += QStringLiteral("<figure class=\"relais-media\"><img src=\"%1\" alt=\"%2\"></figure>\n").arg(src, escape(m->alt));
        } else if (m->isTimeBased()) {
            // A sound or a video with what makes it accessible: its captions and its transcript.
            const QString tag = m->type.startsWith(QLatin1String("video/")) ? QStringLiteral("video") : QStringLiteral("audio");
            html += QStringLiteral("<figure class=\"relais-media\"><%1 src=\"%2\" controls preload=\"metadata\">").arg(tag, src);
            if (const MediaAsset *captions = m->captions.isEmpty() ? nullptr : m_curriculum.asset(m->captions))
                html += QStringLiteral("<track kind=\"captions\" src=\"%1\" srclang=\"%2\" label=\"%3\" default>")
                            .arg(escape(context.mediaPrefix + captions->href.section(QLatin1Char('/'), 1)), escape(m_lang.left(2)),
                                 t("Sous-titres", "Captions"));
            html += QStringLiteral("</%1>").arg(tag);
            if (!m->transcript.empty())
                html += QStringLiteral("<details class=\"relais-transcript\"><summary>%1</summary>%2</details>")
                            .arg(t("Lire la transcription", "Read the transcript"), richTextHtml(m->transcript));
            html += QStringLiteral("</figure>\n");
        }
    }
    QJsonObject data;
    const PluginInfo *type = m_plugins.exerciseType(a.type);
    if (type && a.payload && a.payloadNamespace == type->ns)
        data = type->exercise->playerData(PayloadCodec::read(*a.payload, type->fields), context);
    html += QStringLiteral("<div class=\"relais-player\"></div>\n<script type=\"application/json\" class=\"relais-data\">")
          + QString::fromUtf8(scriptJson(data)) + QStringLiteral("</script>\n</section>\n");
    return html;
}

QStringList HtmlRenderer::typesUsed(const QList<const Module *> &modules) const
{
    QStringList types;
    for (const Module *m : modules)
        for (const Activity &a : m->activities)
            if (m_plugins.exerciseType(a.type) && !types.contains(a.type))
                types << a.type;
    types.sort();
    return types;
}

QString HtmlRenderer::modulePage(const Module &module, const PageOptions &options) const
{
    const QStringList types = typesUsed({&module});
    const QString assets = escape(options.root) + QStringLiteral("assets/");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3relais.css\">\n")
                       .arg(escape(m_lang), escape(module.title), assets);
    for (const QString &type : types)
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1players/%2.css\">\n").arg(assets, type);
    for (const QString &style : options.styles)
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">\n").arg(escape(options.root + style));
    html += QStringLiteral("</head>\n<body>\n") + options.header;
    html += QStringLiteral("<a class=\"relais-skip\" href=\"#contenu\">%1</a>\n<header class=\"relais-header\">\n"
                           "<p class=\"relais-curriculum\">%2</p>\n<h1>%3</h1>\n")
                .arg(t("Aller aux exercices", "Skip to the exercises"), escape(m_curriculum.title), escape(module.title));
    if (!module.summary.empty())
        html += QStringLiteral("<div class=\"relais-summary\">%1</div>\n").arg(richTextHtml(module.summary));
    html += QStringLiteral("<button type=\"button\" class=\"relais-large-print relais-secondary\" aria-pressed=\"false\">%1</button>\n"
                           "</header>\n<main id=\"contenu\">\n")
                .arg(t("Grands caractères", "Large print"));
    for (const Activity &a : module.activities)
        html += activityHtml(module, a, options.root);
    html += options.footer;
    html += QStringLiteral("</main>\n<footer class=\"relais-score\" aria-live=\"polite\"></footer>\n"
                           "<script src=\"%1relais-runtime.js\"></script>\n").arg(assets);
    for (const QString &type : types)
        html += QStringLiteral("<script src=\"%1players/%2.js\"></script>\n").arg(assets, type);
    for (const QString &script : options.scripts)
        html += QStringLiteral("<script src=\"%1\"></script>\n").arg(escape(options.root + script));
    html += QStringLiteral("<script src=\"%1relais-start.js\"></script>\n</body>\n</html>\n").arg(assets);
    return html;
}

QMap<QString, QByteArray> HtmlRenderer::runtimeAssets()
{
    QMap<QString, QByteArray> out;
    for (const char *name : {"relais-runtime.js", "relais-start.js", "relais.css"}) {
        QFile f(QStringLiteral(":/relais/runtime/") + QLatin1String(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(QLatin1String(name), f.readAll());
    }
    return out;
}

QMap<QString, QByteArray> HtmlRenderer::assets(const QList<const Module *> &modules) const
{
    QMap<QString, QByteArray> out = runtimeAssets();
    for (const QString &type : typesUsed(modules)) {
        const ExerciseType *e = m_plugins.exerciseType(type)->exercise;
        out.insert(QStringLiteral("players/%1.js").arg(type), e->playerScript());
        out.insert(QStringLiteral("players/%1.css").arg(type), e->playerStyle());
    }
    return out;
}

QStringList HtmlRenderer::mediaFiles(const Module &module) const
{
    QStringList ids;
    for (const Activity &a : module.activities) {
        ids << a.media;
        if (a.payload)
            ids << payloadMedia(*a.payload);
    }
    QStringList files;
    for (int i = 0; i < ids.size(); ++i) {
        const MediaAsset *m = m_curriculum.asset(ids[i]);
        if (!m || !m->href.startsWith(QLatin1String("media/")) || files.contains(m->href))
            continue;
        files << m->href;
        if (!m->captions.isEmpty())
            ids << m->captions;
    }
    return files;
}

QStringList HtmlRenderer::payloadMedia(const XmlNode &payload)
{
    QStringList ids;
    if (payload.kind != XmlNode::Element)
        return ids;
    const QString ref = payload.attribute(QStringLiteral("media"));
    if (!ref.isEmpty())
        ids << ref;
    for (const XmlNode &c : payload.children)
        ids << payloadMedia(c);
    return ids;
}

bool HtmlRenderer::writeModulePreview(const Module &module, const FileSet &files, const QString &folder,
                                      Diagnostics &diags) const
{
    const QFileInfo target(folder);
    QDir().mkpath(target.absolutePath());
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".preview-XXXXXX"));
    if (!staging.isValid()) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {target.absolutePath(), staging.errorString()});
        return false;
    }
    bool ok = writeFileAtomically(staging.filePath(QStringLiteral("index.html")), modulePage(module).toUtf8(), diags);
    const QMap<QString, QByteArray> all = assets({&module});
    for (auto it = all.cbegin(); ok && it != all.cend(); ++it)
        ok = writeFileAtomically(staging.filePath(QStringLiteral("assets/") + it.key()), it.value(), diags);
    for (const QString &href : mediaFiles(module)) {
        if (!ok || !files.file(href))
            continue;
        const QString out = staging.filePath(href);
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (!QFile::copy(files.absolutePath(href), out)) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {out, QStringLiteral("copy")});
            ok = false;
        }
    }
    if (!ok)
        return false;
    // Replace the previous preview: moved aside, the new one renamed in, the old one removed.
    const QString absolute = target.absoluteFilePath();
    const QString old = absolute + QStringLiteral(".old");
    if (target.exists()) {
        QDir(old).removeRecursively();
        if (!renameReplacing(absolute, old, diags))
            return false;
    }
    if (!renameReplacing(staging.path(), absolute, diags))
        return false;
    staging.setAutoRemove(false);
    QDir(old).removeRecursively();
    return true;
}

} // namespace Relais
