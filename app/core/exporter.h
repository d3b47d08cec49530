#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "fileset.h"

#include <QVariantMap>
#include <QtPlugin>

namespace Relais {

class PluginRegistry;

// Progress and cancellation, given by the caller (a terminal bar, a dialog).
class ExportMonitor
{
public:
    virtual ~ExportMonitor() = default;
    virtual void progress(int done, int total, const QString &what) = 0;
    virtual bool isCancelled() const = 0;
};

struct ExportRequest
{
    const Curriculum *curriculum = nullptr;  // validated, read-only
    const FileSet *files = nullptr;
    const PluginRegistry *plugins = nullptr;
    QString output;  // a temporary path the caller renames when the export succeeds
    QVariantMap options;
    QString lang = QStringLiteral("fr");
};

struct ExportReport
{
    QStringList skipped;  // what could not be exported, and why, one sentence each
    Diagnostics diagnostics;
};

// An exporter plugin: its id, names and options live in its JSON metadata.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual bool run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report) = 0;
};

inline constexpr int exporterApiVersion = 1;

} // namespace Relais

#define RelaisExporter_iid "org.emmaus-connect.relais.Exporter/1"
Q_DECLARE_INTERFACE(Relais::Exporter, RelaisExporter_iid)
