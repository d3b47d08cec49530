#include "exportrunner.h"

#include "curriculumloader.h"
#include "pluginregistry.h"
#include "validator.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Relais {

const QString ExportRunner::folderMarker = QStringLiteral(".relais-export");

namespace {

QString tr(const QString &lang, const char *fr, const char *en)
{
    return LocalizedText::pick(lang, fr, en);
}

ExportRunner::Result refuse(const Diagnostic &d)
{
    ExportRunner::Result r;
    r.status = ExportRunner::Result::Status::Refused;
    r.report.diagnostics << d;
    return r;
}

// A folder the export may replace: absent, empty, or written by an earlier export.
bool replaceable(const QFileInfo &target)
{
    if (!target.exists())
        return true;
    if (!target.isDir())
        return false;
    const QDir dir(target.absoluteFilePath());
    return dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
        || QFileInfo(dir.filePath(ExportRunner::folderMarker)).isFile();
}

} // namespace

bool ExportRunner::completeOptions(const PluginInfo &exporter, const QVariantMap &given, QVariantMap &options,
                                   QString &error, const QString &lang)
{
    options.clear();
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const bool known = std::any_of(exporter.fields.cbegin(), exporter.fields.cend(),
                                       [&](const Field &f) { return f.key == it.key(); });
        if (!known) {
            QStringList keys;
            for (const Field &f : exporter.fields)
                keys << f.key;
            error = tr(lang, "l'export « %1 » n'a pas d'option « %2 » (options : %3)",
                       "exporter “%1” has no option “%2” (options: %3)")
                        .arg(exporter.id, it.key(), keys.isEmpty() ? tr(lang, "aucune", "none") : keys.join(QStringLiteral(", ")));
            return false;
        }
    }
    for (const Field &f : exporter.fields) {
        QVariant v = given.value(f.key, f.defaultValue);
        const QString name = f.label.text(lang);
        switch (f.kind) {
        case Field::Kind::Integer: {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || (f.min && n < f.min) || (f.max && n > f.max) || (!f.min && n < 0)) {
                error = tr(lang, "l'option « %1 » (%2) attend un nombre entier entre %3 et %4",
                           "option “%1” (%2) takes a whole number between %3 and %4")
                            .arg(f.key, name, QString::number(f.min), f.max ? QString::number(f.max) : QStringLiteral("∞"));
                return false;
            }
            v = n;
            break;
        }
        case Field::Kind::Boolean:
            v = v.toBool();
            break;
        case Field::Kind::Choice: {
            const QString s = v.toString();
            QStringList values;
            for (const Field::Option &o : f.options)
                values << o.value;
            if (!values.contains(s)) {
                error = tr(lang, "l'option « %1 » (%2) attend une de ces valeurs : %3",
                           "option “%1” (%2) takes one of: %3")
                            .arg(f.key, name, values.join(QStringLiteral(", ")));
                return false;
            }
            v = s;
            break;
        }
        default:
            v = v.toString();
            if (f.required && v.toString().trimmed().isEmpty()) {
                error = tr(lang, "l'option « %1 » (%2) est obligatoire", "option “%1” (%2) is required").arg(f.key, name);
                return false;
            }
        }
        options.insert(f.key, v);
    }
    return true;
}

bool ExportRunner::parseOptions(const PluginInfo &exporter, const QMap<QString, QString> &text, QVariantMap &options,
                                QString &error, const QString &lang)
{
    QVariantMap given;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        QVariant v = it.value();
        for (const Field &f : exporter.fields) {
            if (f.key != it.key() || f.kind != Field::Kind::Boolean)
                continue;
            const QString s = it.value().trimmed().toLower();
            static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("oui"), QStringLiteral("yes")};
            static const QStringList no{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("non"), QStringLiteral("no")};
            if (!yes.contains(s) && !no.contains(s)) {
                error = tr(lang, "l'option « %1 » attend oui ou non", "option “%1” takes yes or no").arg(f.key);
                return false;
            }
            v = yes.contains(s);
        }
        given.insert(it.key(), v);
    }
    return completeOptions(exporter, given, options, error, lang);
}

ExportRunner::Result ExportRunner::run(const FileSet &files, const Job &job, ExportMonitor &monitor,
                                       const PluginRegistry &plugins)
{
    const PluginInfo *info = plugins.exporter(job.format);
    if (!info) {
        QStringList ids;
        for (const PluginInfo &p : plugins.plugins())
            if (p.kind == PluginInfo::Kind::Exporter && p.status == PluginInfo::Status::Loaded)
                ids << p.id;
        return refuse(Diagnostic::make(QStringLiteral("export.unknown-format"), {}, {},
                                       {job.format, ids.isEmpty() ? QStringLiteral("—") : ids.join(QStringLiteral(", "))}));
    }
    QVariantMap options;
    QString optionError;
    if (!completeOptions(*info, job.options, options, optionError, job.lang))
        return refuse(Diagnostic::make(QStringLiteral("export.option"), {}, {}, {optionError}));

    const QFileInfo target(QDir::cleanPath(QDir::current().absoluteFilePath(job.output)));
    const bool folderOutput = info->metadata.value(QStringLiteral("output")).toString() == QLatin1String("folder");
    if (job.output.isEmpty() || (folderOutput ? !replaceable(target) : target.isDir()))
        return refuse(Diagnostic::make(QStringLiteral("export.target"), {}, {}, {QDir::toNativeSeparators(target.absoluteFilePath())}));
    const QString source = QDir::cleanPath(files.source);
    const QString out = target.absoluteFilePath();
    if (out == source || source.startsWith(out + QLatin1Char('/')) || out.startsWith(source + QLatin1Char('/')))
        return refuse(Diagnostic::make(QStringLiteral("export.target-in-source"), {}, {}, {QDir::toNativeSeparators(out)}));

    monitor.progress(0, 0, tr(job.lang, "Vérification du curriculum", "Checking the curriculum"));
    const Validator::Report checked = Validator(&plugins).validate(files);
    Result result;
    if (!checked.curriculum || hasErrors(checked.diagnostics)) {
        result.status = Result::Status::Refused;
        result.report.diagnostics << Diagnostic::make(QStringLiteral("export.invalid"), {}, {},
                                                      {QString::number(countSeverity(checked.diagnostics, Severity::Error))});
        for (const Diagnostic &d : checked.diagnostics)
            if (d.severity == Severity::Error)
                result.report.diagnostics << d;
        return result;
    }
    if (monitor.isCancelled()) {
        result.status = Result::Status::Cancelled;
        return result;
    }

    ExportRequest request;
    request.curriculum = &*checked.curriculum;
    request.files = &files;
    request.plugins = &plugins;
    request.options = options;
    request.lang = job.lang;
    if (!job.pathway.isEmpty() && !job.module.isEmpty())
        return refuse(Diagnostic::make(QStringLiteral("export.option"), {}, {},
                                       {tr(job.lang, "choisissez un parcours ou un atelier, pas les deux",
                                           "choose a pathway or a module, not both")}));
    if (!ExportScope::make(*request.curriculum, job.pathway, job.module, request.scope))
        return refuse(Diagnostic::make(job.module.isEmpty() ? QStringLiteral("export.unknown-pathway") : QStringLiteral("export.unknown-module"),
                                       {}, {}, {job.module.isEmpty() ? job.pathway : job.module}));

    QDir().mkpath(target.absolutePath());
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".export-XXXXXX"));
    if (!staging.isValid()) {
        result.report.diagnostics << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {},
                                                      {QDir::toNativeSeparators(target.absolutePath()), staging.errorString()});
        return result;
    }
    request.output = staging.filePath(target.fileName());

    bool ok = false;
    try {
        ok = info->exporter->run(request, monitor, result.report);
    } catch (const std::exception &e) {
        result.report.diagnostics << Diagnostic::make(QStringLiteral("export.failed"), {}, {}, {info->id, QString::fromLocal8Bit(e.what())});
    }
    if (monitor.isCancelled()) {
        result.status = Result::Status::Cancelled;
        return result;
    }
    const QFileInfo written(request.output);
    if (ok && (!written.exists() || written.isDir() != folderOutput)) {
        result.report.diagnostics << Diagnostic::make(QStringLiteral("export.failed"), {}, {},
                                                      {info->id, tr(job.lang, "rien n'a été écrit", "nothing was written")});
        ok = false;
    }
    if (ok && folderOutput)
        ok = writeFileAtomically(request.output + QLatin1Char('/') + folderMarker, info->id.toUtf8() + '\n', result.report.diagnostics);
    if (!ok) {
        if (!hasErrors(result.report.diagnostics))
            result.report.diagnostics << Diagnostic::make(QStringLiteral("export.failed"), {}, {},
                                                          {info->id, tr(job.lang, "raison inconnue", "unknown reason")});
        return result;
    }

    // Into place: an earlier export is moved aside first, and removed once the
    // new one is there.
    const QString aside = staging.filePath(QStringLiteral("previous"));
    const bool hadPrevious = target.exists();
    if (hadPrevious && folderOutput && !renameReplacing(out, aside, result.report.diagnostics))
        return result;
    if (!renameReplacing(request.output, out, result.report.diagnostics)) {
        if (hadPrevious && folderOutput)
            renameReplacing(aside, out, result.report.diagnostics);
        return result;
    }
    result.status = Result::Status::Done;
    result.output = out;
    monitor.progress(1, 1, tr(job.lang, "Terminé", "Done"));
    return result;
}

ExportRunner::Result ExportRunner::run(const QString &source, const Job &job, ExportMonitor &monitor,
                                       const PluginRegistry &plugins)
{
    Diagnostics diags;
    std::optional<FileSet> files = CurriculumLoader::open(source, diags);
    QTemporaryDir unpacked;
    if (files && files->origin == FileSet::Origin::Pack) {
        monitor.progress(0, 0, tr(job.lang, "Ouverture du paquet", "Opening the pack"));
        files = Pack::unpack(source, unpacked.filePath(QStringLiteral("c")), diags);
    }
    if (!files) {
        Result r;
        r.status = Result::Status::Refused;
        r.report.diagnostics = diags;
        return r;
    }
    return run(*files, job, monitor, plugins);
}

} // namespace Relais
