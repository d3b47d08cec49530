#include "curriculumloader.h"

#include "curriculumreader.h"
#include "pluginregistry.h"
#include "schemavalidator.h"
#include "xmlparser.h"

#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace Relais {

namespace {

struct Parsed
{
    QString path;
    Diagnostics diags;
    std::optional<Curriculum> curriculum;
    std::optional<Module> module;
    std::optional<Pathway> pathway;
    CurriculumReader::Lists lists;
};

} // namespace

std::optional<FileSet> CurriculumLoader::open(const QString &path, Diagnostics &diags, const PackLimits &limits)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        FileSet set = FileSet::fromFolder(path, diags);
        if (!set.file(QStringLiteral("curriculum.xml"))) {
            diags << Diagnostic::make(QStringLiteral("io.curriculum-missing"), {QStringLiteral("curriculum.xml"), 0, 0});
            return std::nullopt;
        }
        return set;
    }
    if (Pack::looksLikePack(path))
        return Pack::read(path, diags, limits);
    diags << Diagnostic::make(QStringLiteral("io.not-curriculum"), {}, {}, {path});
    return std::nullopt;
}

CurriculumLoader::Result CurriculumLoader::load(const FileSet &files, const Options &options)
{
    Result result;
    QList<Parsed> parsed;
    for (auto it = files.files.cbegin(); it != files.files.cend(); ++it)
        if (FileSet::isXml(it.key()))
            parsed.append({it.key(), {}, {}, {}, {}, {}});

    const SchemaValidator *schema = !options.schema ? nullptr
                                  : options.plugins ? &options.plugins->schema()
                                                    : &SchemaValidator::core();
    QtConcurrent::blockingMap(parsed, [&files, schema](Parsed &p) {
        const QByteArray &data = files.file(p.path)->data;
        ParsedXml xml;
        if (!xml.parse(data, p.path, p.diags))
            return;
        if (schema)
            p.diags << schema->validate(xml);
        if (p.path == QLatin1String("curriculum.xml")) {
            p.curriculum = CurriculumReader::readCurriculum(xml, p.diags);
            if (p.curriculum)
                p.lists = CurriculumReader::readLists(xml);
        } else if (p.path.startsWith(QLatin1String("modules/"))) {
            p.module = CurriculumReader::readModule(xml, p.diags);
        } else {
            p.pathway = CurriculumReader::readPathway(xml, p.diags);
        }
    });

    QHash<QString, qsizetype> byPath;
    Parsed *root = nullptr;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        result.diagnostics << parsed[i].diags;
        byPath.insert(parsed[i].path, i);
        if (parsed[i].curriculum)
            root = &parsed[i];
    }
    if (!files.file(QStringLiteral("curriculum.xml")))
        result.diagnostics << Diagnostic::make(QStringLiteral("io.curriculum-missing"), {QStringLiteral("curriculum.xml"), 0, 0});
    if (!root)
        return result;

    Curriculum c = std::move(*root->curriculum);
    QSet<QString> listed;
    const auto take = [&](const CurriculumReader::Reference &ref, const QString &path, const char *missingCode,
                          auto member, auto &target) {
        if (listed.contains(path)) {
            result.diagnostics << Diagnostic::make(QStringLiteral("id.duplicate"), ref.location, {},
                                                   {ref.id, QStringLiteral("curriculum.xml")});
            return;
        }
        listed.insert(path);
        const auto it = byPath.constFind(path);
        if (it == byPath.constEnd()) {
            if (!files.file(path))
                result.diagnostics << Diagnostic::make(QString::fromLatin1(missingCode), ref.location, {}, {ref.id});
            return;
        }
        if (auto &item = parsed[*it].*member)
            target.append(std::move(*item));
    };
    for (const auto &ref : root->lists.pathways)
        take(ref, QStringLiteral("pathways/") + ref.id + QStringLiteral(".xml"), "ref.pathway-file", &Parsed::pathway,
             c.pathways);
    for (const auto &ref : root->lists.modules)
        take(ref, QStringLiteral("modules/") + ref.id + QStringLiteral(".xml"), "ref.module-file", &Parsed::module,
             c.modules);
    for (const Parsed &p : parsed)
        if (p.path != QLatin1String("curriculum.xml") && !listed.contains(p.path))
            result.diagnostics << Diagnostic::make(QStringLiteral("file.unlisted"), {p.path, 1, 1}, {}, {p.path});
    result.curriculum = std::move(c);
    return result;
}

} // namespace Relais
