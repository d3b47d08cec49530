#include "validator.h"

#include "curriculumloader.h"
#include "curriculumwriter.h"
#include "exercisetype.h"
#include "payloadcodec.h"
#include "pluginregistry.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

namespace Relais {

namespace {

QString elem(const char *kind, const QString &id)
{
    return QString::fromLatin1(kind) + QLatin1Char(':') + id;
}

Location fieldLocation(const FieldLocations &fields, const QString &name, const Location &fallback)
{
    return fields.value(name, fallback);
}

// Lookups every rule needs, built once and shared (read-only) by the tasks
// that check modules in parallel.
struct Tables
{
    explicit Tables(const Curriculum &c)
    {
        for (const MediaAsset &m : c.media)
            assets.insert(m.id, &m);
        for (const Module &m : c.modules)
            modules.insert(m.id, &m);
    }
    QHash<QString, const MediaAsset *> assets;
    QHash<QString, const Module *> modules;
};

class Rules
{
public:
    Rules(const Curriculum &c, const FileSet &files, const PluginRegistry &plugins, const Tables &tables,
          Diagnostics &diags)
        : c(c), files(files), plugins(plugins), assets(tables.assets), modules(tables.modules), diags(diags)
    {
    }

    static void run(const Curriculum &c, const FileSet &files, const PluginRegistry &plugins, Diagnostics &diags)
    {
        const Tables tables(c);
        Rules main(c, files, plugins, tables, diags);
        main.curriculum();
        main.media();
        for (const Pathway &p : c.pathways)
            main.pathway(p);
        // Modules are independent of each other: checked on every core.
        struct Result
        {
            Diagnostics diags;
            QSet<QString> used;
        };
        const QList<Result> results = QtConcurrent::blockingMapped(c.modules, [&](const Module &m) {
            Result r;
            Rules rules(c, files, plugins, tables, r.diags);
            rules.module(m);
            r.used = std::move(rules.used);
            return r;
        });
        for (const Result &r : results) {
            diags << r.diags;
            main.used.unite(r.used);
        }
        main.unusedMedia();
    }

private:
    void add(const QString &code, const Location &loc, const QString &element, const QStringList &args = {})
    {
        diags << Diagnostic::make(code, loc, element, args);
    }

    void title(const QString &value, const FieldLocations *fields, const Location &fallback, const QString &element)
    {
        if (value.trimmed().isEmpty())
            add(QStringLiteral("title.empty"),
                fields ? fieldLocation(*fields, QStringLiteral("title"), fallback) : fallback,
                element + QStringLiteral("/title"));
    }

    void rich(const RichText &text, const QString &element, const Location &fallback)
    {
        Validator::checkRichText(text, element, fallback, diags);
    }

    template<typename T>
    void unique(const QList<T> &items, const char *kind, const QString &scope)
    {
        QHash<QString, const T *> seen;
        for (const T &item : items) {
            if (item.id.isEmpty())
                continue;
            if (const T *first = seen.value(item.id)) {
                add(QStringLiteral("id.duplicate"), item.location, scope + elem(kind, item.id),
                    {item.id, QStringLiteral("%1:%2").arg(first->location.file).arg(first->location.line)});
            } else {
                seen.insert(item.id, &item);
            }
        }
    }

    void useMedia(const QString &ref, const Location &loc, const QString &element)
    {
        if (!assets.contains(ref))
            add(QStringLiteral("ref.media"), loc, element, {element, ref});
        used.insert(ref);
    }

    void curriculum()
    {
        const QString e = QStringLiteral("curriculum");
        title(c.title, &c.fields, c.location, e);
        rich(c.summary, e + QStringLiteral("/summary"), fieldLocation(c.fields, QStringLiteral("summary"), c.location));
        unique(c.pathways, "pathway", QString());
        unique(c.modules, "module", QString());
        unique(c.media, "media", QString());
        bool described = false;
        for (const Release &r : c.changelog)
            described = described || r.version == c.version;
        if (!described && !c.version.isEmpty())
            add(QStringLiteral("changelog.version"), fieldLocation(c.fields, QStringLiteral("changelog"), c.location),
                e + QStringLiteral("/changelog"), {c.version});
    }

    void media()
    {
        QSet<QString> declared;
        for (const MediaAsset &m : c.media) {
            const QString e = elem("media", m.id);
            declared.insert(m.href);
            if (!m.href.startsWith(QLatin1String("media/"))) {
                add(QStringLiteral("media.outside"), m.location, e, {m.id, m.href});
                continue;
            }
            const FileEntry *f = files.file(m.href);
            if (!f) {
                add(QStringLiteral("media.file-missing"), m.location, e, {m.href, m.id});
            } else if (f->size != m.size) {
                add(QStringLiteral("media.size-mismatch"), m.location, e,
                    {m.href, QString::number(f->size), QString::number(m.size)});
            } else if (!f->sha256.isEmpty() && f->sha256 != m.sha256) {
                add(QStringLiteral("media.hash-mismatch"), m.location, e, {m.href});
            }
            if (m.isImage() && m.alt.trimmed().isEmpty())
                add(QStringLiteral("media.alt-missing"), m.location, e + QStringLiteral("/alt"), {m.id});
            if (m.isTimeBased() && richTextPlain(m.transcript).trimmed().isEmpty())
                add(QStringLiteral("media.transcript-missing"), m.location, e + QStringLiteral("/transcript"), {m.id});
            rich(m.transcript, e + QStringLiteral("/transcript"), m.location);
            if (!m.captions.isEmpty())
                useMedia(m.captions, m.location, e + QStringLiteral("/captions"));
            if (f && m.type == QLatin1String("image/svg+xml"))
                svg(m, e);
        }
        for (auto it = files.files.cbegin(); it != files.files.cend(); ++it)
            if (it.key().startsWith(QLatin1String("media/")) && !declared.contains(it.key()))
                add(QStringLiteral("media.unlisted"), {QStringLiteral("curriculum.xml"), 0, 0}, it.key(), {it.key()});
    }

    // SVG shown by a browser can run script; exported pages must never do so.
    void svg(const MediaAsset &m, const QString &e)
    {
        QByteArray data = files.file(m.href)->data;
        if (data.isEmpty() && files.origin == FileSet::Origin::Folder) {
            QFile f(files.absolutePath(m.href));
            // QIODevice::read allocates what it is asked for: no more than the file.
            if (f.open(QIODevice::ReadOnly))
                data = f.read(qMin<qint64>(f.size(), 8 * 1024 * 1024));
        }
        // Elements count under any prefix (<svg:script>), and a link spelt
        // with character references (jav&#x61;script:) hides its scheme.
        static const QRegularExpression active(
            QStringLiteral("<\\s*([\\w.-]+:)?(script|foreignObject|iframe|embed|object)\\b|\\bhref\\s*=\\s*[\"'][^\"']*&#|\\bon[a-z]+\\s*=|javascript:|<!ENTITY|xlink:href\\s*=\\s*[\"']\\s*(https?:|//|file:)|\\bhref\\s*=\\s*[\"']\\s*(https?:|//|file:)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = active.match(QString::fromUtf8(data));
        if (match.hasMatch())
            add(QStringLiteral("media.active-content"), m.location, e, {m.href, match.captured(0).left(40)});
    }

    void unusedMedia()
    {
        for (const MediaAsset &m : c.media)
            if (!used.contains(m.id))
                add(QStringLiteral("media.unused"), m.location, elem("media", m.id), {m.id});
    }

    void moduleRef(const QString &ref, const Location &loc, const QString &element)
    {
        if (!ref.isEmpty() && !modules.contains(ref))
            add(QStringLiteral("ref.module"), loc, element, {element, ref});
    }

    void pathway(const Pathway &p)
    {
        const QString e = elem("pathway", p.id);
        const QString expected = pathwayPath(p.id);
        if (p.file != expected)
            add(QStringLiteral("id.filename"), fieldLocation(p.fields, QStringLiteral("@id"), p.location), e,
                {p.id, p.file});
        title(p.title, &p.fields, p.location, e);
        rich(p.summary, e + QStringLiteral("/summary"), p.location);
        rich(p.completionDescription, e + QStringLiteral("/completion"), p.location);
        moduleRef(p.entryDiagnostic, fieldLocation(p.fields, QStringLiteral("entryDiagnostic"), p.location),
                  e + QStringLiteral("/entryDiagnostic"));
        moduleRef(p.exitAssessment, fieldLocation(p.fields, QStringLiteral("exitAssessment"), p.location),
                  e + QStringLiteral("/exitAssessment"));
        unique(p.steps, "step", e + QLatin1Char('/'));
        int total = 0;
        bool complete = true;
        for (const Step &s : p.steps) {
            const QString se = e + QLatin1Char('/') + elem("step", s.id);
            title(s.title, nullptr, s.location, se);
            rich(s.goal, se + QStringLiteral("/goal"), s.location);
            rich(s.notes, se + QStringLiteral("/notes"), s.location);
            for (qsizetype i = 0; i < s.modules.size(); ++i) {
                const Location loc = s.moduleLocations.value(i, s.location);
                moduleRef(s.modules[i], loc, se);
                if (const Module *m = modules.value(s.modules[i]))
                    total += m->duration;
                else
                    complete = false;
            }
        }
        const Location attrs = p.location;
        if (p.duration && complete && *p.duration != total)
            add(QStringLiteral("pathway.duration"), attrs, e + QStringLiteral("/@duration"),
                {QString::number(*p.duration), QString::number(total)});
        if (p.sessions && *p.sessions != p.steps.size())
            add(QStringLiteral("pathway.sessions"), attrs, e + QStringLiteral("/@sessions"),
                {QString::number(*p.sessions), QString::number(p.steps.size())});
        const Location completion = fieldLocation(p.fields, QStringLiteral("completion"), p.location);
        if (p.completionMinSessions && *p.completionMinSessions > p.steps.size())
            add(QStringLiteral("pathway.completion-sessions"), completion, e + QStringLiteral("/completion"),
                {QString::number(*p.completionMinSessions), QString::number(p.steps.size())});
        if (p.completionExitAssessment.value_or(false) && p.exitAssessment.isEmpty())
            add(QStringLiteral("pathway.completion-exit"), completion, e + QStringLiteral("/completion"));
    }

    void payloadMedia(const XmlNode &node, const QString &element)
    {
        if (node.kind != XmlNode::Element)
            return;
        const QString ref = node.attribute(QStringLiteral("media"));
        if (!ref.isEmpty())
            useMedia(ref, node.location, element);
        for (const XmlNode &child : node.children)
            payloadMedia(child, element);
    }

    void module(const Module &m)
    {
        const QString e = elem("module", m.id);
        if (m.file != modulePath(m.id))
            add(QStringLiteral("id.filename"), fieldLocation(m.fields, QStringLiteral("@id"), m.location), e,
                {m.id, m.file});
        title(m.title, &m.fields, m.location, e);
        rich(m.summary, e + QStringLiteral("/summary"), m.location);
        rich(m.facilitatorNotes, e + QStringLiteral("/facilitatorNotes"), m.location);
        unique(m.activities, "activity", e + QLatin1Char('/'));
        for (const Segment &s : m.runningOrder) {
            if (s.title.trimmed().isEmpty())
                add(QStringLiteral("title.empty"), s.location, e + QStringLiteral("/runningOrder/title"));
            rich(s.description, e + QStringLiteral("/runningOrder"), s.location);
            if (!s.activity.isEmpty() && !m.activity(s.activity))
                add(QStringLiteral("ref.activity"), s.location, e + QStringLiteral("/runningOrder"), {s.activity});
        }
        if (!m.runningOrder.isEmpty() && m.runningOrderTotal() != m.duration)
            add(QStringLiteral("runningorder.total"),
                fieldLocation(m.fields, QStringLiteral("runningOrder"), m.location), e + QStringLiteral("/runningOrder"),
                {QString::number(m.runningOrderTotal()), QString::number(m.duration)});
        for (const Activity &a : m.activities) {
            const QString ae = e + QLatin1Char('/') + elem("activity", a.id);
            title(a.title, &a.fields, a.location, ae);
            rich(a.instructions, ae + QStringLiteral("/instructions"),
                 fieldLocation(a.fields, QStringLiteral("instructions"), a.location));
            for (const QString &ref : a.media)
                useMedia(ref, fieldLocation(a.fields, QStringLiteral("media"), a.location), ae);
            if (a.payload) {
                payloadMedia(*a.payload, ae + QStringLiteral("/payload"));
                static const QRegularExpression ns(QStringLiteral("^urn:relais:exercise:([a-z0-9-]+):[0-9]+$"));
                const QRegularExpressionMatch match = ns.match(a.payloadNamespace);
                if (!match.hasMatch() || match.captured(1) != a.type)
                    add(QStringLiteral("activity.payload-namespace"),
                        fieldLocation(a.fields, QStringLiteral("payload"), a.location), ae + QStringLiteral("/payload"),
                        {a.type, a.payloadNamespace});
            }
            const PluginInfo *type = plugins.exerciseType(a.type);
            if (!type && !a.type.isEmpty())
                add(QStringLiteral("activity.unknown-type"), fieldLocation(a.fields, QStringLiteral("@type"), a.location),
                    ae + QStringLiteral("/@type"), {a.type});
            if (type && a.payload && a.payloadNamespace == type->ns)
                payload(*type, m, a, ae + QStringLiteral("/payload"));
        }
    }

    // A finding about a payload field, its label in each language.
    void fieldProblem(const QString &code, const Location &loc, const QString &element, const Field &f,
                      const QStringList &more = {})
    {
        Diagnostic d = Diagnostic::make(code, loc, element, QStringList{f.key} + more);
        const DiagnosticInfo *info = diagnosticInfo(code);
        d.templateFr = QString::fromUtf8(info->fr).replace(QLatin1String("%1"), f.label.fr.isEmpty() ? f.key : f.label.fr);
        d.templateEn = QString::fromUtf8(info->en).replace(QLatin1String("%1"), f.label.text(QStringLiteral("en")).isEmpty() ? f.key : f.label.text(QStringLiteral("en")));
        diags << d;
    }

    void fields(const FieldList &list, const QVariantMap &values, const QString &prefix,
                const PayloadCodec::Locations &locs, const Location &fallback, const QString &element)
    {
        for (const Field &f : list)
            field(f, values.value(f.key), prefix.isEmpty() ? f.key : prefix + QLatin1Char('/') + f.key, locs,
                  fallback, element);
    }

    void field(const Field &f, const QVariant &value, const QString &path, const PayloadCodec::Locations &locs,
               const Location &fallback, const QString &element)
    {
        const Location loc = locs.value(path, locs.value(path.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/@") + f.key, fallback));
        const QString text = value.toString();
        // Findings name the value itself ("…/payload/choices/1/text"), as the plugins' own rules do.
        const QString at = element + QLatin1Char('/') + path;
        switch (f.kind) {
        case Field::Kind::Text:
        case Field::Kind::RichText: {
            const QString plain = f.kind == Field::Kind::RichText
                                      ? richTextPlain(PayloadCodec::richTextFromString(text)) : text;
            if (f.required && plain.trimmed().isEmpty())
                fieldProblem(QStringLiteral("payload.required"), loc, at, f);
            const int limit = f.maxLength > 0 ? f.maxLength : 5000;
            // Characters as the schema counts them: an emoji is one, not two UTF-16 units.
            if (plain.toUcs4().size() > limit)
                fieldProblem(QStringLiteral("payload.too-long"), loc, at, f, {QString::number(limit)});
            if (f.kind == Field::Kind::RichText)
                Validator::checkRichText(PayloadCodec::richTextFromString(text), at, loc, diags);
            break;
        }
        case Field::Kind::Integer: {
            if (!value.isValid()) {
                if (f.required)
                    fieldProblem(QStringLiteral("payload.required"), loc, at, f);
                break;
            }
            bool ok = false;
            const qlonglong v = value.toLongLong(&ok);
            if (!ok || v < f.min || (f.max > f.min && v > f.max))
                fieldProblem(QStringLiteral("payload.range"), loc, at, f,
                             {QString::number(f.min), f.max > f.min ? QString::number(f.max) : QStringLiteral("∞")});
            break;
        }
        case Field::Kind::Choice: {
            if (!value.isValid())
                break;
            bool allowed = false;
            for (const Field::Option &o : f.options)
                allowed = allowed || o.value == text;
            if (!allowed)
                fieldProblem(QStringLiteral("payload.choice"), loc, at, f, {text});
            break;
        }
        case Field::Kind::Media: {
            if (text.isEmpty()) {
                if (f.required)
                    fieldProblem(QStringLiteral("payload.required"), loc, at, f);
                break;
            }
            const MediaAsset *m = c.asset(text);
            if (m && !f.mediaKind.isEmpty() && !m->type.startsWith(f.mediaKind + QLatin1Char('/')))
                fieldProblem(QStringLiteral("payload.media-kind"), loc, at, f, {f.mediaKind, text, m->type});
            break;
        }
        case Field::Kind::Group:
            if (!value.isValid() && f.required)
                fieldProblem(QStringLiteral("payload.required"), loc, at, f);
            fields(f.fields, value.toMap(), path, locs, loc, element);
            break;
        case Field::Kind::List: {
            const QVariantList items = value.toList();
            if ((f.required && items.isEmpty()) || items.size() < f.min || (f.max > 0 && items.size() > f.max))
                fieldProblem(QStringLiteral("payload.list-size"), loc, at, f,
                             {QString::number(f.min), f.max > 0 ? QString::number(f.max) : QStringLiteral("∞"),
                              QString::number(items.size())});
            for (qsizetype i = 0; i < items.size(); ++i)
                field(f.fields.first(), items[i], path + QLatin1Char('/') + QString::number(i), locs, loc, element);
            break;
        }
        case Field::Kind::Boolean:
            break;
        }
    }

    void payload(const PluginInfo &type, const Module &m, const Activity &a, const QString &element)
    {
        PayloadContext context;
        context.curriculum = &c;
        context.module = &m;
        context.activity = &a;
        context.element = element;
        context.payload = PayloadCodec::read(*a.payload, type.fields, &context.locations);
        fields(type.fields, context.payload, QString(), context.locations, a.payload->location, element);
        diags << type.exercise->validate(context);
    }

    const Curriculum &c;
    const FileSet &files;
    const PluginRegistry &plugins;
    const QHash<QString, const MediaAsset *> &assets;
    const QHash<QString, const Module *> &modules;
    Diagnostics &diags;
    QSet<QString> used;
};

void checkInline(const XmlNode &node, const QString &element, const Location &fallback, bool inLink,
                 Diagnostics &diags);

// Rich text parsed from a payload value has no file of its own: it is
// reported where its field is.
Location where(const XmlNode &node, const Location &fallback)
{
    return node.location.file.isEmpty() ? fallback : node.location;
}

void reportElement(const XmlNode &node, const QString &element, const Location &fallback, Diagnostics &diags)
{
    diags << Diagnostic::make(QStringLiteral("richtext.element"),
                              where(node, fallback), element, {node.name});
}

void checkAttributes(const XmlNode &node, const QString &element, const Location &fallback, Diagnostics &diags,
                     const QString &allowed = {})
{
    for (const auto &a : node.attributes) {
        if (a.first == allowed || a.first == QLatin1String("xmlns"))
            continue;
        diags << Diagnostic::make(QStringLiteral("richtext.attribute"), where(node, fallback),
                                  element, {a.first, node.name});
    }
}

void checkChildren(const XmlNode &node, const QString &element, const Location &fallback, bool inLink,
                   Diagnostics &diags)
{
    for (const XmlNode &child : node.children)
        checkInline(child, element, fallback, inLink, diags);
}

void checkList(const XmlNode &list, const QString &element, const Location &fallback, Diagnostics &diags)
{
    checkAttributes(list, element, fallback, diags);
    for (const XmlNode &item : list.children) {
        if (item.kind == XmlNode::Text)
            continue;  // whitespace between items; other text is a schema error
        if (item.name != QLatin1String("li")) {
            reportElement(item, element, fallback, diags);
            continue;
        }
        checkAttributes(item, element, fallback, diags);
        for (const XmlNode &child : item.children) {
            if (child.kind == XmlNode::Element
                && (child.name == QLatin1String("ul") || child.name == QLatin1String("ol")))
                checkList(child, element, fallback, diags);
            else
                checkInline(child, element, fallback, false, diags);
        }
    }
}

void checkInline(const XmlNode &node, const QString &element, const Location &fallback, bool inLink,
                 Diagnostics &diags)
{
    if (node.kind == XmlNode::Text)
        return;
    const QString &name = node.name;
    if (name == QLatin1String("em") || name == QLatin1String("strong")) {
        checkAttributes(node, element, fallback, diags);
        checkChildren(node, element, fallback, inLink, diags);
    } else if (name == QLatin1String("br") && !inLink) {
        checkAttributes(node, element, fallback, diags);
        if (!node.children.empty())
            reportElement(node, element, fallback, diags);
    } else if (name == QLatin1String("a") && !inLink) {
        checkAttributes(node, element, fallback, diags, QStringLiteral("href"));
        static const QRegularExpression scheme(QStringLiteral("^(https?://|mailto:|tel:)\\S+$"));
        const QString href = node.attribute(QStringLiteral("href")).trimmed();
        if (!scheme.match(href).hasMatch())
            diags << Diagnostic::make(QStringLiteral("richtext.link"), where(node, fallback),
                                      element, {href.left(80)});
        checkChildren(node, element, fallback, true, diags);
    } else {
        reportElement(node, element, fallback, diags);
    }
}

} // namespace

void Validator::checkRichText(const RichText &text, const QString &element, const Location &fallback,
                              Diagnostics &diags)
{
    for (const XmlNode &block : text) {
        if (block.kind == XmlNode::Text)
            continue;  // stray text: a schema error
        if (block.name == QLatin1String("p")) {
            checkAttributes(block, element, fallback, diags);
            checkChildren(block, element, fallback, false, diags);
        } else if (block.name == QLatin1String("ul") || block.name == QLatin1String("ol")) {
            checkList(block, element, fallback, diags);
        } else {
            reportElement(block, element, fallback, diags);
        }
    }
}

Validator::Validator(const PluginRegistry *plugins) : m_plugins(plugins ? plugins : &PluginRegistry::instance()) {}

Diagnostics Validator::check(const Curriculum &curriculum, const FileSet &files) const
{
    Diagnostics diags;
    Rules::run(curriculum, files, *m_plugins, diags);
    return diags;
}

Validator::Report Validator::validate(const FileSet &files) const
{
    Report report;
    report.usable = true;
    CurriculumLoader::Result loaded = CurriculumLoader::load(files, {true, m_plugins});
    report.diagnostics = loaded.diagnostics;
    if (loaded.curriculum)
        report.diagnostics << check(*loaded.curriculum, files);
    report.curriculum = std::move(loaded.curriculum);
    report.files = files;

    // The rich-text rule says in plain words what the schema also rejects on
    // the same line: keep the plain words.
    QSet<QPair<QString, int>> richLines;
    for (const Diagnostic &d : report.diagnostics)
        if (d.code.startsWith(QLatin1String("richtext.")))
            richLines.insert({d.location.file, d.location.line});
    report.diagnostics.removeIf([&richLines](const Diagnostic &d) {
        return d.code == QLatin1String("schema.invalid") && richLines.contains({d.location.file, d.location.line});
    });
    sortDiagnostics(report.diagnostics);
    return report;
}

Validator::Report Validator::validate(const QString &path, const PackLimits &limits) const
{
    Diagnostics diags;
    std::optional<FileSet> files = CurriculumLoader::open(path, diags, limits);
    Report report;
    if (files)
        report = validate(*files);
    report.diagnostics = diags + report.diagnostics;
    sortDiagnostics(report.diagnostics);
    return report;
}

} // namespace Relais
