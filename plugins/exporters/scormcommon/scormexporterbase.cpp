#include "scormexporterbase.h"

#include <exercisetype.h>
#include <field.h>
#include <htmlrenderer.h>
#include <outputtree.h>
#include <payloadcodec.h>
#include <pluginregistry.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamWriter>

namespace Relais {

namespace {

QString say(const QString &lang, const char *fr, const char *en)
{
    return LocalizedText::pick(lang, fr, en);
}

// Identifiers are xsd:ID, so NCNames: slugs and reverse-DNS ids already are,
// once a letter leads; anything else becomes an underscore.
QString ncName(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || !(out.at(0).isLetter() || out.at(0) == QLatin1Char('_')))
        out.prepend(QLatin1Char('_'));
    return out;
}

QByteArray resourceBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

ScormExporterBase::ScormExporterBase(const QString &id, QObject *parent) : QObject(parent), m_id(id)
{
}

void ScormExporterBase::writeClusterExtras(QXmlStreamWriter &xml) const
{
    Q_UNUSED(xml);
}

int ScormExporterBase::titleLimit() const
{
    return 0;
}

bool ScormExporterBase::run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report)
{
    const Curriculum &curriculum = *request.curriculum;
    const QString &lang = request.lang;
    const auto fail = [&](const QString &why) {
        report.diagnostics << Diagnostic::make(QStringLiteral("export.failed"), {}, {}, {m_id, why});
        return false;
    };
    const QList<const Module *> modules = request.scope.modules();
    if (modules.isEmpty())
        return fail(say(lang, "il n'y a aucun atelier à exporter", "there is no module to export"));

    const HtmlRenderer renderer(*request.plugins, curriculum, lang);
    const int mastery = request.options.value(QStringLiteral("masteryScore"), 80).toInt();
    const QString commonScript = QStringLiteral("assets/relais-scorm.js");
    const QString bridgeScript = QStringLiteral("assets/relais-%1.js").arg(m_id);
    HtmlRenderer::PageOptions page;
    page.root = QStringLiteral("../");
    page.scripts = {commonScript, bridgeScript};
    // The mastery score travels with the page too: the bridge uses it when
    // the LMS does not say the one the manifest gave it.
    page.footer = QStringLiteral("<script type=\"application/json\" id=\"relais-scorm-settings\">")
        + QString::fromUtf8(HtmlRenderer::scriptJson({{QStringLiteral("masteryScore"), mastery}}))
        + QStringLiteral("</script>\n");

    OutputTree tree;
    QHash<const Module *, Sco> scos;
    for (int i = 0; i < modules.size(); ++i) {
        if (monitor.isCancelled())
            return false;
        const Module &module = *modules.at(i);
        monitor.progress(i, int(modules.size()), module.title);
        Sco sco;
        sco.module = &module;
        sco.resource = QStringLiteral("SCO-") + module.id;
        sco.page = QStringLiteral("modules/%1.html").arg(module.id);
        int maxScore = 0;
        for (const Activity &a : module.activities) {
            const PluginInfo *type = request.plugins->exerciseType(a.type);
            if (!type) {
                report.skipped << say(lang, "L'activité « %1 » de l'atelier « %2 » est de type « %3 », qui n'est pas installé : "
                                            "elle est dans le paquet mais ne peut pas être jouée.",
                                      "Activity “%1” of module “%2” has type “%3”, which is not installed: "
                                      "it is in the package but cannot be played.")
                                       .arg(a.title, module.title, a.type);
                continue;
            }
            if (a.payload && a.payloadNamespace == type->ns)
                maxScore += type->exercise->maxScore(PayloadCodec::read(*a.payload, type->fields));
        }
        sco.scored = maxScore > 0;
        if (!tree.add(sco.page, renderer.modulePage(module, page).toUtf8()))
            return fail(say(lang, "l'identifiant d'atelier « %1 » ne peut pas servir de nom de fichier",
                            "module id “%1” cannot be used as a file name").arg(module.id));
        sco.files << sco.page;
        for (const QString &href : renderer.mediaFiles(module)) {
            if (!request.files->file(href) || !tree.addFile(href, request.files->absolutePath(href))) {
                report.skipped << say(lang, "Le média « %1 » de l'atelier « %2 » est introuvable : il manque dans le paquet.",
                                      "Media file “%1” of module “%2” cannot be found: it is missing from the package.")
                                       .arg(href, module.title);
                continue;
            }
            sco.files << href;
        }
        scos.insert(&module, sco);
    }

    QStringList assetFiles;
    const QMap<QString, QByteArray> assets = renderer.assets(modules);
    for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
        tree.add(QStringLiteral("assets/") + it.key(), it.value());
        assetFiles << QStringLiteral("assets/") + it.key();
    }
    const QByteArray common = resourceBytes(QStringLiteral(":/relais/exporters/scormcommon/relais-scorm.js"));
    const QByteArray bridge = resourceBytes(QStringLiteral(":/relais/exporters/%1/relais-%1.js").arg(m_id));
    const QString schemaDir = QStringLiteral(":/relais/exporters/%1/schemas").arg(m_id);
    const QStringList schemas = QDir(schemaDir).entryList(QDir::Files, QDir::Name);
    if (common.isEmpty() || bridge.isEmpty() || schemas.isEmpty())
        return fail(say(lang, "les fichiers du module d'export sont incomplets", "the exporter's files are incomplete"));
    tree.add(commonScript, common);
    tree.add(bridgeScript, bridge);
    assetFiles << commonScript << bridgeScript;
    assetFiles.sort();
    // The schemas sit at the root, where the manifest's schemaLocation finds them.
    for (const QString &name : schemas)
        tree.add(name, resourceBytes(schemaDir + QLatin1Char('/') + name));

    const auto fit = [&](const QString &title) {
        const int limit = titleLimit();
        if (!limit || title.size() <= limit)
            return title;
        report.skipped << say(lang, "Le titre « %1 » dépasse %2 caractères, la limite de ce format : il est raccourci dans le manifeste.",
                              "Title “%1” is longer than %2 characters, this format's limit: it is shortened in the manifest.")
                               .arg(title, QString::number(limit));
        int cut = limit - 1;
        if (title.at(cut - 1).isHighSurrogate())
            --cut;
        return title.left(cut) + QStringLiteral("…");
    };

    QByteArray manifest;
    QXmlStreamWriter xml(&manifest);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest"));
    QString identifier = curriculum.id;
    if (request.scope.kind == ExportScope::Kind::Module)
        identifier += QStringLiteral(".module.") + modules.first()->id;
    else if (request.scope.kind == ExportScope::Kind::Pathway && request.scope.units.first().pathway)
        identifier += QStringLiteral(".pathway.") + request.scope.units.first().pathway->id;
    xml.writeAttribute(QStringLiteral("identifier"), ncName(identifier));
    if (!curriculum.version.isEmpty() && curriculum.version.size() <= 20)
        xml.writeAttribute(QStringLiteral("version"), curriculum.version);
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("metadata"));
    xml.writeTextElement(QStringLiteral("schema"), QStringLiteral("ADL SCORM"));
    xml.writeTextElement(QStringLiteral("schemaversion"), schemaVersion());
    xml.writeEndElement();

    const QString organization = QStringLiteral("ORG-") + ncName(curriculum.id);
    xml.writeStartElement(QStringLiteral("organizations"));
    xml.writeAttribute(QStringLiteral("default"), organization);
    xml.writeStartElement(QStringLiteral("organization"));
    xml.writeAttribute(QStringLiteral("identifier"), organization);
    xml.writeTextElement(QStringLiteral("title"), fit(request.scope.title(curriculum)));
    const auto writeItem = [&](const Module *module, const QString &identifier) {
        const Sco &sco = scos[module];
        xml.writeStartElement(QStringLiteral("item"));
        xml.writeAttribute(QStringLiteral("identifier"), identifier);
        xml.writeAttribute(QStringLiteral("identifierref"), sco.resource);
        xml.writeTextElement(QStringLiteral("title"), fit(module->title));
        writeScoItemExtras(xml, sco, mastery);
        xml.writeEndElement();
    };
    for (const ExportUnit &unit : request.scope.units) {
        // A pathway is a cluster of its own only when the whole curriculum is
        // exported; exported alone, it is the organisation.
        const bool cluster = unit.pathway && request.scope.kind == ExportScope::Kind::Curriculum;
        if (cluster && unit.modules.isEmpty()) {
            report.skipped << say(lang, "Le parcours « %1 » n'a aucun atelier : il n'est pas dans le paquet.",
                                  "Pathway “%1” has no module: it is not in the package.")
                                   .arg(unit.pathway->title);
            continue;
        }
        if (cluster) {
            xml.writeStartElement(QStringLiteral("item"));
            xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("PATHWAY-") + unit.pathway->id);
            xml.writeTextElement(QStringLiteral("title"), fit(unit.pathway->title));
        }
        for (const Module *module : unit.modules)
            writeItem(module, cluster ? QStringLiteral("ITEM-%1.%2").arg(unit.pathway->id, module->id)
                                      : QStringLiteral("ITEM-") + module->id);
        if (cluster) {
            writeClusterExtras(xml);
            xml.writeEndElement();
        }
    }
    writeClusterExtras(xml);
    xml.writeEndElement();  // organization
    xml.writeEndElement();  // organizations

    const QString assetsResource = QStringLiteral("ASSETS");
    xml.writeStartElement(QStringLiteral("resources"));
    for (const Module *module : modules) {
        const Sco &sco = scos[module];
        xml.writeStartElement(QStringLiteral("resource"));
        xml.writeAttribute(QStringLiteral("identifier"), sco.resource);
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("webcontent"));
        writeScormType(xml, true);
        xml.writeAttribute(QStringLiteral("href"), sco.page);
        for (const QString &file : sco.files) {
            xml.writeEmptyElement(QStringLiteral("file"));
            xml.writeAttribute(QStringLiteral("href"), file);
        }
        xml.writeEmptyElement(QStringLiteral("dependency"));
        xml.writeAttribute(QStringLiteral("identifierref"), assetsResource);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("resource"));
    xml.writeAttribute(QStringLiteral("identifier"), assetsResource);
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("webcontent"));
    writeScormType(xml, false);
    for (const QString &file : std::as_const(assetFiles)) {
        xml.writeEmptyElement(QStringLiteral("file"));
        xml.writeAttribute(QStringLiteral("href"), file);
    }
    xml.writeEndElement();  // resource
    xml.writeEndElement();  // resources
    xml.writeEndElement();  // manifest
    xml.writeEndDocument();
    tree.add(QStringLiteral("imsmanifest.xml"), manifest);

    if (monitor.isCancelled())
        return false;
    return tree.writeZip(request.output, report.diagnostics, &monitor);
}

} // namespace Relais
