#pragma once

#include "exporter.h"
#include "field.h"

namespace Relais {

struct PluginInfo;

// Runs an exporter the same way for the command line and the Studio: the
// curriculum is validated first (errors refuse the export, with their list),
// the exporter writes into a staging folder beside the target, and the result
// is renamed into place only when it is complete. A folder is only ever
// replaced when it is empty or an earlier Relais export.
class ExportRunner
{
public:
    struct Job
    {
        QString format;
        QString output;  // the file or folder the user chose
        QString pathway;  // at most one of pathway and module
        QString module;
        QVariantMap options;  // typed values; missing ones take their default
        QString lang = QStringLiteral("fr");
    };
    struct Result
    {
        enum class Status { Done, Refused, Failed, Cancelled };
        Status status = Status::Failed;
        QString output;  // absolute path of what was written
        ExportReport report;
        bool ok() const { return status == Status::Done; }
    };

    static Result run(const FileSet &files, const Job &job, ExportMonitor &monitor, const PluginRegistry &plugins);
    // A folder or a pack (unpacked into a temporary folder first).
    static Result run(const QString &source, const Job &job, ExportMonitor &monitor, const PluginRegistry &plugins);

    // Options typed as text (--option key=value): checked against the
    // exporter's fields and converted; false with a sentence on error.
    static bool parseOptions(const PluginInfo &exporter, const QMap<QString, QString> &text, QVariantMap &options,
                             QString &error, const QString &lang);
    // The options with every missing value set to its default, each checked.
    static bool completeOptions(const PluginInfo &exporter, const QVariantMap &given, QVariantMap &options,
                                QString &error, const QString &lang);

    // The file written in every folder export, so that a later export may replace it.
    static const QString folderMarker;
};

} // namespace Relais
