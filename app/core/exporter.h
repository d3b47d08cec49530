#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "fileset.h"

#include <QDateTime>
#include <QVariantMap>
#include <QtPlugin>

namespace Relais {

class PluginRegistry;

// What an export covers, in the order a learner meets it. A pathway's
// modules are its entry diagnostic, the modules of its steps, then its exit
// assessment, each once.
struct ExportUnit
{
    const Pathway *pathway = nullptr;  // null: one module asked alone, or the modules no pathway uses
    QList<const Module *> modules;
};

struct ExportScope
{
    enum class Kind { Curriculum, Pathway, Module };
    Kind kind = Kind::Curriculum;
    // The whole curriculum: one unit per pathway, then one for the modules
    // that no pathway uses (if any).
    QList<ExportUnit> units;

    // Every module of the scope once, in order of first appearance.
    QList<const Module *> modules() const;
    // The title of what is exported: the module's, the pathway's or the curriculum's.
    QString title(const Curriculum &curriculum) const;

    static QList<const Module *> pathwayModules(const Curriculum &curriculum, const Pathway &pathway);
    // At most one of pathwayId and moduleId; false when the id does not exist.
    static bool make(const Curriculum &curriculum, const QString &pathwayId, const QString &moduleId, ExportScope &scope);
};

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
    ExportScope scope;
    // A path that does not exist yet, in a staging folder beside the target,
    // whose file name is the target's: the exporter creates a file or a folder
    // there, and the caller renames it when the export succeeds.
    QString output;
    QVariantMap options;  // every option of the exporter's metadata, defaults filled in
    QString lang = QStringLiteral("fr");

    // The date written wherever a format wants one: the release date of the
    // curriculum's version, so that the same input gives the same bytes.
    QDateTime timestamp() const;
};

struct ExportReport
{
    QStringList skipped;  // what could not be exported, and why, one sentence each
    Diagnostics diagnostics;
};

// An exporter plugin. Its id, names and options live in its JSON metadata:
//   "output": "file" or "folder", "extension": the file's (without the dot),
//   "options": fields as exercise types describe theirs (integer, boolean,
//   choice, text), shown as a form in the Studio and given as --option
//   key=value on the command line.
// run() receives a validated, read-only curriculum whose media files are in a
// folder (files->absolutePath()), reports progress often, returns false at
// once when the monitor is cancelled, and puts in the report what it skipped.
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
