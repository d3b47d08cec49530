#include "exportcontroller.h"

#include "document.h"

#include <curriculumwriter.h>
#include <pluginregistry.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtConcurrent>

namespace Relais {

ExportController::ExportController(QObject *parent) : QObject(parent)
{
    // Its own pool: validation inside the export uses the global one.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<ExportRunner::Result>::finished, this, &ExportController::finished);
}

ExportController::~ExportController()
{
    if (m_monitor)
        m_monitor->cancel();
    m_watcher.waitForFinished();
}

void ExportController::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::langChanged, this, &ExportController::documentChanged);
    emit documentChanged();
}

QVariantList ExportController::formats() const
{
    const QString lang = m_document ? m_document->lang() : QStringLiteral("fr");
    QVariantList out;
    for (const PluginInfo &p : PluginRegistry::instance().plugins()) {
        if (p.kind != PluginInfo::Kind::Exporter || p.status != PluginInfo::Status::Loaded)
            continue;
        QVariantList options;
        for (const Field &f : p.fields) {
            QVariantList choices;
            for (const Field::Option &o : f.options)
                choices << QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label.text(lang)}};
            options << QVariantMap{{QStringLiteral("key"), f.key},
                                   {QStringLiteral("kind"), Field::kindName(f.kind)},
                                   {QStringLiteral("label"), f.label.text(lang)},
                                   {QStringLiteral("help"), f.help.text(lang)},
                                   {QStringLiteral("defaultValue"), f.defaultValue},
                                   {QStringLiteral("min"), f.min},
                                   {QStringLiteral("max"), f.max},
                                   {QStringLiteral("choices"), choices}};
        }
        out << QVariantMap{{QStringLiteral("id"), p.id},
                           {QStringLiteral("name"), p.name.text(lang)},
                           {QStringLiteral("description"), p.description.text(lang)},
                           {QStringLiteral("folder"), p.metadata.value(QStringLiteral("output")).toString() == QLatin1String("folder")},
                           {QStringLiteral("extension"), p.metadata.value(QStringLiteral("extension")).toString()},
                           {QStringLiteral("options"), options}};
    }
    // By name, so that related formats (the two SCORM versions, the two banks) sit together.
    std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
        return QString::localeAwareCompare(a.toMap().value(QStringLiteral("name")).toString(),
                                           b.toMap().value(QStringLiteral("name")).toString()) < 0;
    });
    return out;
}

QVariantList ExportController::scopes() const
{
    QVariantList out;
    if (!m_document || !m_document->isOpen())
        return out;
    const Curriculum &c = m_document->curriculum();
    const auto add = [&out](const QString &kind, const QString &id, const QString &title) {
        out << QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}, {QStringLiteral("title"), title}};
    };
    add(QStringLiteral("curriculum"), {}, c.title);
    for (const Pathway &p : c.pathways)
        add(QStringLiteral("pathway"), p.id, p.title);
    for (const Module &m : c.modules)
        add(QStringLiteral("module"), m.id, m.title);
    return out;
}

int ExportController::selectedScope() const
{
    if (!m_document || !m_document->isOpen())
        return 0;
    const Selection &sel = m_document->selection();
    const int pathways = int(m_document->curriculum().pathways.size());
    if ((sel.kind == QLatin1String("module") || sel.kind == QLatin1String("activity")) && sel.module >= 0)
        return 1 + pathways + sel.module;
    if ((sel.kind == QLatin1String("pathway") || sel.kind == QLatin1String("step")) && sel.pathway >= 0)
        return 1 + sel.pathway;
    return 0;
}

QString ExportController::suggestedPath(const QString &format, const QString &scopeKind, const QString &scopeId) const
{
    if (!m_document || !m_document->isOpen())
        return {};
    const QFileInfo source(m_document->sourcePath());
    const bool whole = scopeKind == QLatin1String("curriculum") || scopeId.isEmpty();
    const QString base = whole ? (source.isDir() ? source.fileName() : source.completeBaseName()) : scopeId;
    QString name = base + QLatin1Char('-') + format;
    const PluginInfo *info = PluginRegistry::instance().exporter(format);
    const QString extension = info ? info->metadata.value(QStringLiteral("extension")).toString() : QString();
    if (info && info->metadata.value(QStringLiteral("output")).toString() == QLatin1String("file") && !extension.isEmpty())
        name += QLatin1Char('.') + extension;
    return source.absoluteDir().filePath(name);
}

bool ExportController::start(const QString &format, const QString &output, const QString &scopeKind,
                             const QString &scopeId, const QVariantMap &options)
{
    if (!m_document || !m_document->isOpen() || isRunning())
        return false;
    ExportRunner::Job job;
    job.format = format;
    job.output = output;
    job.options = options;
    job.lang = m_document->lang();
    if (scopeKind == QLatin1String("pathway"))
        job.pathway = scopeId;
    else if (scopeKind == QLatin1String("module"))
        job.module = scopeId;
    // What a save would write: the model's XML over the folder's media.
    const QString folder = m_document->folder();
    const QMap<QString, QByteArray> xml = CurriculumWriter::files(m_document->curriculum());

    m_output.clear();
    m_skipped.clear();
    m_problems.clear();
    m_progress = -1;
    m_progressText = tr("Vérification du curriculum…");
    m_state = QStringLiteral("running");
    emit progressChanged();
    emit stateChanged();
    m_monitor = std::make_unique<ProgressMonitor>(this, [this](int done, int total, const QString &what) {
        setProgress(done, total, what);
    });
    ProgressMonitor *monitor = m_monitor.get();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job, folder, xml, monitor] {
        Diagnostics diags;
        FileSet files = FileSet::fromFolder(folder, diags);
        files.replaceXml(xml);
        return ExportRunner::run(files, job, *monitor, PluginRegistry::instance());
    }));
    return true;
}

void ExportController::cancel()
{
    if (m_monitor)
        m_monitor->cancel();
    if (isRunning()) {
        m_progressText = tr("Annulation…");
        emit progressChanged();
    }
}

void ExportController::reset()
{
    if (isRunning())
        return;
    m_state = QStringLiteral("idle");
    m_progress = 0;
    m_progressText.clear();
    emit progressChanged();
    emit stateChanged();
}

void ExportController::setProgress(int done, int total, const QString &what)
{
    if (!isRunning())
        return;
    m_progress = total > 0 ? double(done) / total : -1;
    m_progressText = what;
    emit progressChanged();
}

void ExportController::finished()
{
    const ExportRunner::Result r = m_watcher.result();
    m_monitor.reset();
    const QString lang = m_document ? m_document->lang() : QStringLiteral("fr");
    m_output = r.output;
    m_skipped = r.report.skipped;
    m_problems.clear();
    for (const Diagnostic &d : r.report.diagnostics) {
        if (d.severity != Severity::Error)
            continue;
        QString where = d.location.file;
        if (!where.isEmpty() && d.location.line > 0)
            where += QLatin1Char(':') + QString::number(d.location.line);
        m_problems << (where.isEmpty() ? d.message(lang) : where + QStringLiteral(" — ") + d.message(lang));
    }
    switch (r.status) {
    case ExportRunner::Result::Status::Done: m_state = QStringLiteral("done"); break;
    case ExportRunner::Result::Status::Refused: m_state = QStringLiteral("refused"); break;
    case ExportRunner::Result::Status::Failed: m_state = QStringLiteral("failed"); break;
    case ExportRunner::Result::Status::Cancelled: m_state = QStringLiteral("cancelled"); break;
    }
    m_progress = r.ok() ? 1 : 0;
    m_progressText.clear();
    emit progressChanged();
    emit stateChanged();
}

QString ExportController::outputFolder() const
{
    if (m_output.isEmpty())
        return {};
    const QFileInfo info(m_output);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

bool ExportController::waitForDone(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (isRunning() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isRunning();
}

} // namespace Relais
