#include "fuzzsupport.h"

#include <curriculumloader.h>
#include <htmlrenderer.h>
#include <pluginregistry.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>

#include <cstdio>
#include <cstdlib>

using namespace Relais;

namespace RelaisFuzz {

void initialize(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    app = new QCoreApplication(*argc, *argv);
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    // Without them every payload would only be "of an unknown type".
    if (PluginRegistry::instance().exerciseTypeIds().isEmpty()) {
        std::fprintf(stderr, "No exercise plugin found in %s: build them (the targets depend on them).\n",
                     qPrintable(PluginRegistry::defaultFolders().join(QStringLiteral(", "))));
        std::exit(2);
    }
}

void finding(const char *what, const QString &evidence)
{
    std::fprintf(stderr, "\n== Relais fuzz finding: %s\n%s\n", what, qPrintable(evidence));
    std::fflush(stderr);
    std::abort();
}

void render(const Diagnostics &diags)
{
    for (const Diagnostic &d : diags) {
        if (d.templateFr.isEmpty() && !diagnosticInfo(d.code))
            finding("a diagnostic code missing from the catalogue", d.code);
        const DiagnosticInfo *info = diagnosticInfo(d.code);
        for (const QString &text : {d.templateFr.isEmpty() ? QString::fromUtf8(info->fr) : d.templateFr,
                                    d.templateEn.isEmpty() ? QString::fromUtf8(info ? info->en : "") : d.templateEn}) {
            static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const int n = it.next().captured(1).toInt();
                if (n < 1 || n > d.args.size())
                    finding("a message names an argument it was not given",
                            d.code + QStringLiteral(": ") + text + QStringLiteral(" / args: ") + d.args.join(QStringLiteral(" | ")));
            }
        }
        if (d.message(QStringLiteral("fr")).isEmpty() || d.message(QStringLiteral("en")).isEmpty())
            finding("an empty message", d.code);
    }
}

namespace {

// Attribute values as the browser reads them: entities decoded, and the
// whitespace and control characters it ignores inside a URL's scheme removed.
QString urlAsBrowsed(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        QChar c = value[i];
        if (c == QLatin1Char('&')) {
            const qsizetype semi = value.indexOf(QLatin1Char(';'), i);
            if (semi > i) {
                const QString entity = value.mid(i + 1, semi - i - 1);
                bool ok = false;
                uint code = 0;
                if (entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive))
                    code = entity.mid(2).toUInt(&ok, 16);
                else if (entity.startsWith(QLatin1Char('#')))
                    code = entity.mid(1).toUInt(&ok, 10);
                static const QHash<QString, QChar> named{{QStringLiteral("amp"), QLatin1Char('&')},
                                                         {QStringLiteral("lt"), QLatin1Char('<')},
                                                         {QStringLiteral("gt"), QLatin1Char('>')},
                                                         {QStringLiteral("quot"), QLatin1Char('"')},
                                                         {QStringLiteral("apos"), QLatin1Char('\'')},
                                                         {QStringLiteral("colon"), QLatin1Char(':')},
                                                         {QStringLiteral("tab"), QLatin1Char('\t')},
                                                         {QStringLiteral("newline"), QLatin1Char('\n')}};
                if (ok && code < 0x10000) {
                    c = QChar(char16_t(code));
                    i = semi;
                } else if (named.contains(entity.toLower())) {
                    c = named.value(entity.toLower());
                    i = semi;
                }
            }
        }
        if (c.unicode() > 0x20)
            out += c;
    }
    return out;
}

} // namespace

void checkHtml(const QString &html, const char *where)
{
    static const QSet<QString> active{
        QStringLiteral("script"), QStringLiteral("iframe"),   QStringLiteral("frame"),    QStringLiteral("frameset"),
        QStringLiteral("object"), QStringLiteral("embed"),    QStringLiteral("applet"),   QStringLiteral("style"),
        QStringLiteral("link"),   QStringLiteral("meta"),     QStringLiteral("base"),     QStringLiteral("form"),
        QStringLiteral("math"),   QStringLiteral("template"), QStringLiteral("foreignobject"),
        QStringLiteral("use"),    QStringLiteral("animate"),  QStringLiteral("set")};
    static const QSet<QString> urlAttributes{QStringLiteral("href"),       QStringLiteral("src"),
                                             QStringLiteral("action"),     QStringLiteral("formaction"),
                                             QStringLiteral("xlink:href"), QStringLiteral("poster"),
                                             QStringLiteral("data"),       QStringLiteral("background")};
    static const QRegularExpression unsafeScheme(QStringLiteral("^(javascript|vbscript|data):"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const qsizetype n = html.size();
    const auto fail = [&](const char *what, qsizetype at) {
        finding(what, QStringLiteral("%1, at %2: %3").arg(QString::fromUtf8(where)).arg(at).arg(html.mid(qMax<qsizetype>(0, at - 80), 240)));
    };
    // Escaped text never holds '<': every '<' opens a tag.
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0 && i < n; i = html.indexOf(QLatin1Char('<'), i + 1)) {
        qsizetype p = i + 1;
        if (p < n && html[p] == QLatin1Char('/'))
            ++p;
        const qsizetype nameStart = p;
        while (p < n && (html[p].isLetterOrNumber() || html[p] == QLatin1Char('-') || html[p] == QLatin1Char(':')))
            ++p;
        const QString name = html.mid(nameStart, p - nameStart).toLower();
        if (name.isEmpty())
            continue;
        if (active.contains(name))
            fail("an element that runs or loads code in rendered HTML", i);
        while (p < n && html[p] != QLatin1Char('>')) {
            if (html[p].isSpace() || html[p] == QLatin1Char('/')) {
                ++p;
                continue;
            }
            const qsizetype attrStart = p;
            while (p < n && !html[p].isSpace() && html[p] != QLatin1Char('=') && html[p] != QLatin1Char('>')
                   && html[p] != QLatin1Char('/'))
                ++p;
            const QString attr = html.mid(attrStart, p - attrStart).toLower();
            while (p < n && html[p].isSpace())
                ++p;
            QString value;
            if (p < n && html[p] == QLatin1Char('=')) {
                ++p;
                while (p < n && html[p].isSpace())
                    ++p;
                if (p < n && (html[p] == QLatin1Char('"') || html[p] == QLatin1Char('\''))) {
                    const QChar quote = html[p];
                    const qsizetype end = html.indexOf(quote, p + 1);
                    if (end < 0)
                        fail("an attribute value that is never closed", attrStart);
                    value = html.mid(p + 1, end - p - 1);
                    p = end + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < n && !html[p].isSpace() && html[p] != QLatin1Char('>'))
                        ++p;
                    value = html.mid(valueStart, p - valueStart);
                }
            }
            if (attr.startsWith(QLatin1String("on")))
                fail("an event handler attribute in rendered HTML", attrStart);
            if (urlAttributes.contains(attr) && unsafeScheme.match(urlAsBrowsed(value)).hasMatch())
                fail("a javascript:, vbscript: or data: address in rendered HTML", attrStart);
        }
        i = p;
    }
}

namespace {

struct Base
{
    FileSet files;
    Curriculum curriculum;
};

const Base &base()
{
    static const Base b = [] {
        Base out;
        const QString root = QStringLiteral(RELAIS_SOURCE_DIR "/curricula/parcours-relais");
        Diagnostics diags;
        const FileSet folder = FileSet::fromFolder(root, diags);
        if (hasErrors(diags) || !folder.file(QStringLiteral("curriculum.xml")))
            finding("cannot read the base curriculum", root);
        out.files.origin = FileSet::Origin::Pack;
        out.files.source = root;
        for (auto it = folder.files.cbegin(); it != folder.files.cend(); ++it) {
            if (FileSet::isXml(it.key()) && it.key() != QLatin1String("curriculum.xml"))
                continue;
            FileEntry entry = *it;
            if (!FileSet::isXml(it.key())) {
                QFile f(folder.absolutePath(it.key()));
                if (!f.open(QIODevice::ReadOnly))
                    finding("cannot read the base curriculum", f.fileName());
                entry.data = f.readAll();
            }
            out.files.files.insert(it.key(), entry);
        }
        out.files.computeMissingHashes();
        CurriculumLoader::Result loaded = CurriculumLoader::load(out.files, {false, nullptr});
        if (!loaded.curriculum)
            finding("cannot load the base curriculum", root);
        out.curriculum = std::move(*loaded.curriculum);
        return out;
    }();
    return b;
}

} // namespace

const FileSet &baseFiles()
{
    return base().files;
}

const Curriculum &baseCurriculum()
{
    return base().curriculum;
}

} // namespace RelaisFuzz
