#pragma once

#include "diagnostic.h"
#include "field.h"

#include <QJsonObject>
#include <QMutex>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Relais {

class ExerciseType;
class Exporter;
class SchemaValidator;

// What the registry knows of one plugin file, whether it loaded or not.
struct PluginInfo
{
    enum class Kind { Exercise, Exporter, Unknown };
    enum class Status { Loaded, Skipped };

    QString path;
    Kind kind = Kind::Unknown;
    Status status = Status::Skipped;
    Diagnostic problem;  // when skipped

    QString id;
    QString version;
    int apiVersion = 0;
    LocalizedText name;
    LocalizedText description;
    QString category;
    QString icon;
    QJsonObject metadata;  // the plugin's JSON, as written

    // Exercise types
    QString ns;    // urn:relais:exercise:<id>:<major>
    QString root;  // the payload's root element
    bool scored = false;
    // Exercise types: the payload's fields; exporters: their options.
    FieldList fields;

    ExerciseType *exercise = nullptr;
    Exporter *exporter = nullptr;
};

// Finds plugins in lib/relais/plugins beside the programs (the same relative
// place in the build tree and once installed) and in the folders of
// RELAIS_PLUGIN_PATH; reads each one's metadata before loading it, and
// reports, rather than crashes on, whatever is wrong.
class PluginRegistry
{
public:
    PluginRegistry();  // empty: no plugins
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry &) = delete;
    PluginRegistry &operator=(const PluginRegistry &) = delete;

    // The registry of the running program, scanned on first use.
    static PluginRegistry &instance();
    static QStringList defaultFolders();

    void scan(const QStringList &folders);

    const QList<PluginInfo> &plugins() const { return m_plugins; }
    const PluginInfo *exerciseType(const QString &id) const;
    QStringList exerciseTypeIds() const;
    const PluginInfo *exporter(const QString &id) const;
    Diagnostics problems() const;

    // The format's schema with the payload schemas of the loaded exercise types.
    const SchemaValidator &schema() const;

private:
    void consider(const QString &path);
    QList<PluginInfo> m_plugins;
    mutable QMutex m_schemaMutex;
    mutable std::unique_ptr<SchemaValidator> m_schema;
};

} // namespace Relais
