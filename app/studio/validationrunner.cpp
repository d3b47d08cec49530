#include "validationrunner.h"

#include "curriculumwriter.h"
#include "fileset.h"
#include "validator.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Relais {

namespace {

// Schema findings carry a file and line but no element: the element is found
// from where the re-read model says each module, activity and pathway starts.
QString elementAt(const Curriculum &c, const Location &loc)
{
    for (const Module &m : c.modules) {
        if (m.file != loc.file)
            continue;
        QString element = QStringLiteral("module:") + m.id;
        for (const Activity &a : m.activities)
            if (a.location.line && a.location.line <= loc.line)
                element = QStringLiteral("module:%1/activity:%2").arg(m.id, a.id);
        return element;
    }
    for (const Pathway &p : c.pathways) {
        if (p.file != loc.file)
            continue;
        QString element = QStringLiteral("pathway:") + p.id;
        for (const Step &s : p.steps)
            if (s.location.line && s.location.line <= loc.line)
                element = QStringLiteral("pathway:%1/step:%2").arg(p.id, s.id);
        return element;
    }
    return {};
}

// Validation runs its own parallel maps on Qt's global pool; were it running
// on that pool too, two documents validating at once would hold both threads
// of a two-core machine while waiting for maps that get no thread. Runs go
// through a pool of their own instead, one at a time.
QThreadPool &runPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

} // namespace

ValidationRunner::ValidationRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &ValidationRunner::start);
    connect(&m_watcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        m_busy = false;
        // A run for a document since closed is dropped, but what was asked
        // meanwhile (another document opened) still runs.
        if (!m_watcher.isCanceled() && m_runGeneration == m_generation)
            emit finished(m_watcher.result());
        if (m_pending)
            start();
    });
}

ValidationRunner::~ValidationRunner()
{
    m_watcher.waitForFinished();
}

void ValidationRunner::schedule()
{
    m_pending = true;
    m_timer.start();
}

void ValidationRunner::runNow()
{
    m_pending = true;
    m_timer.stop();
    start();
}

void ValidationRunner::cancel()
{
    m_timer.stop();
    m_pending = false;
    ++m_generation;
}

void ValidationRunner::waitForIdle()
{
    // Until the result has reached whoever listens, not only until the
    // worker is done: its delivery is an event still to come.
    while (m_pending || m_busy) {
        if (m_pending && !m_busy) {
            m_timer.stop();
            start();
        }
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

void ValidationRunner::start()
{
    if (!m_pending || m_watcher.isRunning() || !m_input)
        return;
    m_pending = false;
    m_busy = true;
    m_runGeneration = m_generation;
    emit started();
    Input input = m_input();
    m_watcher.setFuture(QtConcurrent::run(&runPool(), &ValidationRunner::validate, std::move(input.curriculum), input.folder));
}

Diagnostics ValidationRunner::validate(const Curriculum &curriculum, const QString &folder)
{
    Diagnostics diags;
    FileSet files = FileSet::fromFolder(folder, diags);
    // The XML is what a save would write now, not what is on disk.
    files.replaceXml(CurriculumWriter::files(curriculum));
    Validator::Report report = Validator().validate(files);
    diags += report.diagnostics;
    if (report.curriculum)
        for (Diagnostic &d : diags)
            if (d.element.isEmpty() && !d.location.file.isEmpty())
                d.element = elementAt(*report.curriculum, d.location);
    sortDiagnostics(diags);
    return diags;
}

} // namespace Relais
