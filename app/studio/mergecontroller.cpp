#include "mergecontroller.h"

#include "document.h"
#include "versioncontroller.h"

#include <library.h>
#include <pack.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent>

namespace Relais {

MergeController::MergeController(QObject *parent) : QObject(parent)
{
    // Its own pool: loading and validating use the global one.
    m_pool.setMaxThreadCount(1);
    connect(&m_prepareWatcher, &QFutureWatcher<Prepared>::finished, this, &MergeController::prepared);
    connect(&m_writeWatcher, &QFutureWatcher<Written>::finished, this, &MergeController::writeDone);
}

MergeController::~MergeController()
{
    m_prepareWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

void MergeController::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::langChanged, this, [this] {
            emit stateChanged();
            emit choicesChanged();
        });
        // Another curriculum (the result, once written, among them): the merge belonged to the previous one.
        connect(m_document, &Document::openedChanged, this, &MergeController::reset);
    }
    emit documentChanged();
}

QString MergeController::lang() const
{
    return m_document ? m_document->lang() : QStringLiteral("fr");
}

void MergeController::setState(const QString &state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

QVariantList MergeController::baseCandidates() const
{
    if (!m_document || !m_document->isOpen())
        return {};
    // Only a library that exists: looking must not create one.
    const QString folder = Library::defaultFolder();
    if (!QFileInfo::exists(folder))
        return {};
    const Library library(folder);
    // A damaged catalogue offers nothing: the file pickers remain.
    Diagnostics ignored;
    const std::optional<LibraryEntry> entry =
        library.isOpen() ? library.entry(m_document->curriculum().id, ignored) : std::nullopt;
    if (!entry)
        return {};
    const std::optional<Version> local = Version::parse(m_document->curriculum().version);
    QVariantList out;
    for (const LibraryVersion &v : entry->versions)
        out << QVariantMap{{QStringLiteral("version"), v.version},
                           {QStringLiteral("title"), v.title},
                           {QStringLiteral("folder"), v.folder},
                           {QStringLiteral("suggested"), local && local->upstream().toString() == v.version}};
    return out;
}

void MergeController::start(const QString &upstreamPath, const QString &basePath)
{
    if (!m_document || !m_document->isOpen() || isBusy() || upstreamPath.isEmpty() || basePath.isEmpty())
        return;
    const Curriculum local = m_document->curriculum();
    const QString language = lang();
    m_localVersion = local.version;
    m_localFolder = m_document->folder();
    m_merge.reset();
    m_merged.clear();
    m_current = 0;
    setState(QStringLiteral("running"));
    emit choicesChanged();
    m_prepareWatcher.setFuture(QtConcurrent::run(&m_pool, [local, language, upstreamPath, basePath] {
        Prepared out;
        std::optional<Curriculum> base = VersionController::load(basePath, language, out.error);
        if (!base)
            return out;
        std::optional<Curriculum> upstream = VersionController::load(upstreamPath, language, out.error);
        if (!upstream)
            return out;
        out.upstreamFolder = upstreamPath;
        // The merge copies media from the update's folder: a pack is unpacked for it.
        if (QFileInfo(upstreamPath).isFile()) {
            out.unpacked = std::make_shared<QTemporaryDir>();
            out.upstreamFolder = out.unpacked->filePath(QStringLiteral("upstream"));
            Diagnostics diags;
            if (!out.unpacked->isValid() || !Pack::unpack(upstreamPath, out.upstreamFolder, diags)) {
                out.error = Document::describe(diags, language);
                return out;
            }
        }
        out.baseVersion = base->version;
        out.upstreamVersion = upstream->version;
        out.merge.emplace(*base, local, *upstream);
        // What the update brings by itself: the result with every conflict
        // left as the local side has it, against the local side.
        CurriculumMerge withoutConflicts = *out.merge;
        withoutConflicts.resolveAll(MergeConflict::Choice::Local);
        if (const std::optional<Curriculum> result = withoutConflicts.result())
            out.merged = CurriculumDiff::compare(local, *result).entries;
        return out;
    }));
}

void MergeController::prepared()
{
    Prepared out = m_prepareWatcher.result();
    m_merge = std::move(out.merge);
    m_merged = out.merged;
    m_baseVersion = out.baseVersion;
    m_upstreamVersion = out.upstreamVersion;
    m_upstreamFolder = out.upstreamFolder;
    m_unpacked = out.unpacked;
    m_current = 0;
    setState(m_merge ? QStringLiteral("ready") : QStringLiteral("failed"), out.error);
    emit choicesChanged();
}

QStringList MergeController::merged() const
{
    QStringList out;
    for (const DiffEntry &e : m_merged)
        out << e.sentence(lang());
    return out;
}

void MergeController::setCurrent(int index)
{
    const int clamped = std::clamp(index, 0, std::max(0, conflictCount() - 1));
    if (clamped == m_current)
        return;
    m_current = clamped;
    emit choicesChanged();
}

QVariantMap MergeController::conflict() const
{
    if (!m_merge || m_current >= m_merge->conflicts().size())
        return {};
    const MergeConflict &c = m_merge->conflicts().at(m_current);
    const QString language = lang();
    QStringList details;
    for (const DiffEntry &e : c.changes)
        details << e.sentence(language);
    QString label = c.label(language);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return {{QStringLiteral("number"), m_current + 1},
            {QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), conflictKindName(c.kind)},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("sentence"), c.sentence(language)},
            {QStringLiteral("label"), label},
            {QStringLiteral("base"), c.base},
            {QStringLiteral("local"), c.local},
            {QStringLiteral("upstream"), c.upstream},
            {QStringLiteral("details"), details},
            {QStringLiteral("removedLocally"), c.removedLocally},
            {QStringLiteral("choice"), choiceName(c.choice)}};
}

void MergeController::choose(const QString &side)
{
    const std::optional<MergeConflict::Choice> choice = choiceFromName(side);
    if (!m_merge || !choice || m_current >= m_merge->conflicts().size() || m_state != QLatin1String("ready"))
        return;
    m_merge->setChoice(m_merge->conflicts().at(m_current).id, *choice);
    // On to the next undecided conflict, after this one and then from the start.
    const int n = conflictCount();
    for (int step = 1; step < n; ++step) {
        const int i = (m_current + step) % n;
        if (m_merge->conflicts().at(i).choice == MergeConflict::Choice::Unresolved) {
            m_current = i;
            break;
        }
    }
    emit choicesChanged();
}

QString MergeController::suggestedTarget() const
{
    if (!m_document || !m_document->isOpen() || !m_merge)
        return {};
    const QFileInfo source(m_document->sourcePath());
    const QString name = source.isDir() ? source.fileName() : source.completeBaseName();
    return source.absoluteDir().filePath(name + QLatin1Char('-') + resultVersion());
}

void MergeController::write(const QString &target)
{
    if (!m_merge || m_state != QLatin1String("ready") || target.isEmpty())
        return;
    if (m_merge->unresolvedCount() > 0) {
        setState(m_state, tr("%n conflit(s) ne sont pas encore tranchés : choisissez pour chacun votre version ou la nouvelle.",
                             nullptr, m_merge->unresolvedCount()));
        return;
    }
    const CurriculumMerge merge = *m_merge;
    const QString folder = QFileInfo(target).absoluteFilePath();
    const QString local = m_localFolder;
    const QString upstream = m_upstreamFolder;
    const QString language = lang();
    setState(QStringLiteral("writing"));
    m_writeWatcher.setFuture(QtConcurrent::run(&m_pool, [merge, folder, local, upstream, language] {
        Diagnostics diags;
        if (merge.write(folder, local, upstream, diags))
            return Written{folder, {}};
        return Written{{}, Document::describe(diags, language)};
    }));
}

void MergeController::writeDone()
{
    const Written out = m_writeWatcher.result();
    if (out.target.isEmpty()) {
        setState(QStringLiteral("ready"), out.error);
        return;
    }
    if (!m_document->open(out.target)) {
        setState(QStringLiteral("failed"), m_document->lastError());
        return;
    }
    emit written(out.target);
}

void MergeController::reset()
{
    m_prepareWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
    m_merge.reset();
    m_merged.clear();
    m_baseVersion.clear();
    m_upstreamVersion.clear();
    m_localVersion.clear();
    m_unpacked.reset();
    m_current = 0;
    setState(QStringLiteral("idle"));
    emit choicesChanged();
}

bool MergeController::waitForDone(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (isBusy() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isBusy();
}

} // namespace Relais
