#include "pluginregistry.h"

#include "exercisetype.h"
#include "exporter.h"
#include "schemavalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>

namespace Relais {

PluginRegistry::PluginRegistry() = default;
PluginRegistry::~PluginRegistry() = default;

PluginRegistry &PluginRegistry::instance()
{
    static PluginRegistry registry;
    static const bool scanned = [] {
        registry.scan(defaultFolders());
        return true;
    }();
    Q_UNUSED(scanned);
    return registry;
}

QStringList PluginRegistry::defaultFolders()
{
    QStringList folders;
    // The plugins installed with the program come first: a plugin from
    // RELAIS_PLUGIN_PATH with the same id is reported as a duplicate, it never
    // silently replaces a built-in type.
    if (QCoreApplication::instance())
        folders << QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/relais/plugins");
    for (const QString &f : qEnvironmentVariable("RELAIS_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << f;
    return folders;
}

void PluginRegistry::scan(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        QStringList found;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QLibrary::isLibrary(path))
                found << QFileInfo(path).canonicalFilePath();
        }
        found.sort();
        for (const QString &f : std::as_const(found))
            if (!files.contains(f))
                files << f;
    }
    for (const QString &f : std::as_const(files))
        consider(f);
    m_schema.reset();
}

void PluginRegistry::consider(const QString &path)
{
    PluginInfo info;
    info.path = path;
    const QString file = QFileInfo(path).fileName();
    const auto skip = [&](const QString &code, const QStringList &args) {
        info.status = PluginInfo::Status::Skipped;
        info.problem = Diagnostic::make(code, {path, 0, 0}, {}, args);
        m_plugins.append(info);
    };

    QPluginLoader loader(path);
    const QJsonObject meta = loader.metaData();  // read from the file, nothing loaded yet
    if (meta.isEmpty())
        return skip(QStringLiteral("plugin.not-plugin"), {file});
    const QString iid = meta.value(QStringLiteral("IID")).toString();
    if (iid == QLatin1String(RelaisExerciseType_iid))
        info.kind = PluginInfo::Kind::Exercise;
    else if (iid == QLatin1String(RelaisExporter_iid))
        info.kind = PluginInfo::Kind::Exporter;
    else
        return skip(QStringLiteral("plugin.wrong-iid"), {file, iid});

    info.metadata = meta.value(QStringLiteral("MetaData")).toObject();
    const QJsonObject &m = info.metadata;
    info.id = m.value(QStringLiteral("id")).toString();
    info.version = m.value(QStringLiteral("version")).toString();
    info.apiVersion = m.value(QStringLiteral("apiVersion")).toInt();
    info.name = LocalizedText::fromJson(m.value(QStringLiteral("name")));
    info.description = LocalizedText::fromJson(m.value(QStringLiteral("description")));
    info.category = m.value(QStringLiteral("category")).toString();
    info.icon = m.value(QStringLiteral("icon")).toString();
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!slug.match(info.id).hasMatch())
        return skip(QStringLiteral("plugin.metadata"), {file, QStringLiteral("id")});
    const int supported = info.kind == PluginInfo::Kind::Exercise ? exerciseTypeApiVersion : exporterApiVersion;
    if (info.apiVersion != supported)
        return skip(QStringLiteral("plugin.api-version"),
                    {info.id, QString::number(info.apiVersion), QString::number(supported)});
    if (info.name.fr.isEmpty())
        return skip(QStringLiteral("plugin.metadata"), {info.id, QStringLiteral("name")});

    if (info.kind == PluginInfo::Kind::Exercise) {
        info.ns = m.value(QStringLiteral("namespace")).toString();
        info.root = m.value(QStringLiteral("root")).toString();
        info.scored = m.value(QStringLiteral("scored")).toBool();
        static const QRegularExpression ns(QStringLiteral("^urn:relais:exercise:([a-z0-9-]+):[0-9]+$"));
        const QRegularExpressionMatch match = ns.match(info.ns);
        if (!match.hasMatch() || match.captured(1) != info.id)
            return skip(QStringLiteral("plugin.metadata"), {info.id, QStringLiteral("namespace")});
        if (info.root.isEmpty())
            return skip(QStringLiteral("plugin.metadata"), {info.id, QStringLiteral("root")});
        QString error;
        if (!Field::listFromJson(m.value(QStringLiteral("fields")), info.fields, error))
            return skip(QStringLiteral("plugin.metadata"), {info.id, error});
    } else {
        const QString output = m.value(QStringLiteral("output")).toString();
        if (output != QLatin1String("file") && output != QLatin1String("folder"))
            return skip(QStringLiteral("plugin.metadata"), {info.id, QStringLiteral("output")});
        QString error;
        if (m.contains(QStringLiteral("options")) && !Field::listFromJson(m.value(QStringLiteral("options")), info.fields, error))
            return skip(QStringLiteral("plugin.metadata"), {info.id, error});
    }

    for (const PluginInfo &other : std::as_const(m_plugins)) {
        if (other.status == PluginInfo::Status::Loaded && other.kind == info.kind && other.id == info.id)
            return skip(QStringLiteral("plugin.duplicate"), {info.id, path, other.path});
    }

    QObject *instance = loader.instance();
    if (!instance)
        return skip(QStringLiteral("plugin.load-failed"), {info.id, loader.errorString()});
    if (info.kind == PluginInfo::Kind::Exercise) {
        info.exercise = qobject_cast<ExerciseType *>(instance);
        if (!info.exercise)
            return skip(QStringLiteral("plugin.wrong-iid"), {file, iid});
        const QString schemaError = SchemaValidator::compileError(info.exercise->schema());
        if (!schemaError.isEmpty())
            return skip(QStringLiteral("plugin.schema"), {info.id, schemaError});
    } else {
        info.exporter = qobject_cast<Exporter *>(instance);
        if (!info.exporter)
            return skip(QStringLiteral("plugin.wrong-iid"), {file, iid});
    }
    info.status = PluginInfo::Status::Loaded;
    m_plugins.append(info);
}

const PluginInfo *PluginRegistry::exerciseType(const QString &id) const
{
    for (const PluginInfo &p : m_plugins)
        if (p.status == PluginInfo::Status::Loaded && p.kind == PluginInfo::Kind::Exercise && p.id == id)
            return &p;
    return nullptr;
}

QStringList PluginRegistry::exerciseTypeIds() const
{
    QStringList ids;
    for (const PluginInfo &p : m_plugins)
        if (p.status == PluginInfo::Status::Loaded && p.kind == PluginInfo::Kind::Exercise)
            ids << p.id;
    return ids;
}

const PluginInfo *PluginRegistry::exporter(const QString &id) const
{
    for (const PluginInfo &p : m_plugins)
        if (p.status == PluginInfo::Status::Loaded && p.kind == PluginInfo::Kind::Exporter && p.id == id)
            return &p;
    return nullptr;
}

Diagnostics PluginRegistry::problems() const
{
    Diagnostics out;
    for (const PluginInfo &p : m_plugins)
        if (p.status == PluginInfo::Status::Skipped)
            out << p.problem;
    return out;
}

const SchemaValidator &PluginRegistry::schema() const
{
    QMutexLocker lock(&m_schemaMutex);
    if (!m_schema) {
        QList<QPair<QString, QByteArray>> payloads;
        for (const PluginInfo &p : m_plugins)
            if (p.status == PluginInfo::Status::Loaded && p.kind == PluginInfo::Kind::Exercise)
                payloads.append({p.ns, p.exercise->schema()});
        m_schema = std::make_unique<SchemaValidator>(payloads);
    }
    return *m_schema;
}

} // namespace Relais
