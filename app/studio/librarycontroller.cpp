#include "librarycontroller.h"

#include <curriculumloader.h>
#include <exporter.h>
#include <pluginregistry.h>
#include <version.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent>

namespace Relais {

namespace {

// How many validation findings the confirmation panel lists; the count says the rest.
constexpr int maxFindings = 50;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString signatureName(const ImportPlan &plan)
{
    switch (plan.signature.status) {
    case SignatureCheck::Status::Valid: return plan.trusted ? QStringLiteral("trusted") : QStringLiteral("untrusted");
    case SignatureCheck::Status::Unsigned: return QStringLiteral("unsigned");
    case SignatureCheck::Status::Invalid: return QStringLiteral("invalid");
    case SignatureCheck::Status::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

QString relationName(ImportPlan::Relation relation)
{
    switch (relation) {
    case ImportPlan::Relation::New: return QStringLiteral("new");
    case ImportPlan::Relation::Newer: return QStringLiteral("newer");
    case ImportPlan::Relation::Older: return QStringLiteral("older");
    case ImportPlan::Relation::Installed: return QStringLiteral("installed");
    }
    return {};
}

// The groups of the changes as the panel shows them: steps with their
// pathway, activities with their module.
QString diffGroup(DiffEntry::Kind kind)
{
    switch (kind) {
    case DiffEntry::Kind::Curriculum: return QStringLiteral("curriculum");
    case DiffEntry::Kind::Pathway:
    case DiffEntry::Kind::Step: return QStringLiteral("pathways");
    case DiffEntry::Kind::Module:
    case DiffEntry::Kind::Activity: return QStringLiteral("modules");
    case DiffEntry::Kind::Media: return QStringLiteral("media");
    }
    return {};
}

// "modules/x.xml:12 — message", or the message alone when it is about no file.
QString located(const Diagnostic &d, const QString &lang)
{
    QString where = d.location.file;
    if (!where.isEmpty() && d.location.line > 0)
        where += QLatin1Char(':') + QString::number(d.location.line);
    return where.isEmpty() ? d.message(lang) : where + QStringLiteral(" — ") + d.message(lang);
}

QVariantMap diffData(const ImportPlan &plan, const QString &lang)
{
    const CurriculumDiff &diff = *plan.diff;
    QVariantList groups;
    QString current;
    QStringList lines;
    const auto flush = [&] {
        if (!lines.isEmpty())
            groups << QVariantMap{{QStringLiteral("kind"), current}, {QStringLiteral("lines"), lines}};
        lines.clear();
    };
    // Entries come grouped already (curriculum, pathways, modules, media).
    for (const DiffEntry &e : diff.entries) {
        const QString group = diffGroup(e.kind);
        if (group != current) {
            flush();
            current = group;
        }
        lines << e.sentence(lang);
    }
    flush();

    const Bump bump = diff.suggestedBump();
    const std::optional<Version> active = Version::parse(plan.activeVersion);
    const std::optional<Version> incoming = Version::parse(plan.version());
    QString suggested;
    bool underBumped = false;
    if (active && bump != Bump::None) {
        suggested = active->bumped(bump).toString();
        underBumped = plan.relation == ImportPlan::Relation::Newer && incoming && incoming->bumpFrom(*active) < bump;
    }
    return {{QStringLiteral("count"), int(diff.entries.size())},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("suggestedBump"), bumpName(bump)},
            {QStringLiteral("suggestedVersion"), suggested},
            {QStringLiteral("underBumped"), underBumped}};
}

// Copies the files of a folder into a new or empty one.
bool copyFolder(const QString &from, const QString &to, Diagnostics &diags)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(file);
        QFile in(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !in.copy(target)) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {native(target), in.errorString()});
            return false;
        }
        // The copy is for editing, whatever the library's files allow.
        QFile::setPermissions(target, QFile::permissions(target) | QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

} // namespace

LibraryController::LibraryController(QObject *parent) : QObject(parent)
{
    // Its own pool: the library's validation runs the loader on the global one.
    m_pool.setMaxThreadCount(1);
    connect(&m_prepareWatcher, &QFutureWatcher<ImportPlan>::finished, this, &LibraryController::prepared);
    connect(&m_installWatcher, &QFutureWatcher<InstallResult>::finished, this, &LibraryController::installed);
}

LibraryController::~LibraryController()
{
    if (m_monitor)
        m_monitor->cancel();
    m_prepareWatcher.waitForFinished();
    m_installWatcher.waitForFinished();
}

void LibraryController::setLang(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (m_plan)
        m_planData = planData(*m_plan, m_lang);
    emit langChanged();
    emit planChanged();
    emit stateChanged();
    emit lastErrorChanged();
    emit openedChanged();
}

QString LibraryController::folder() const
{
    return m_library ? m_library->folder() : Library::defaultFolder();
}

bool LibraryController::isOpen() const
{
    return m_library && m_library->isOpen();
}

QStringList LibraryController::openProblems() const
{
    return m_library ? sentences(m_library->openProblems()) : QStringList();
}

void LibraryController::select(const QString &curriculumId)
{
    if (curriculumId == m_selectedId)
        return;
    m_selectedId = curriculumId;
    if (m_chosenHit.value(QStringLiteral("curriculumId")).toString() != curriculumId)
        setChosenHit({});
    emit selectedChanged();
}

QVariantMap LibraryController::selected() const
{
    const int row = selectedIndex();
    QVariantMap out = m_model.get(row);
    if (const LibraryEntry *e = m_model.entry(row)) {
        // Versions come newest first: the previous one follows the active one.
        QString previous;
        for (int i = 0; i + 1 < e->versions.size(); ++i)
            if (e->versions.at(i).active)
                previous = e->versions.at(i + 1).version;
        out.insert(QStringLiteral("previousVersion"), previous);
    }
    return out;
}

bool LibraryController::isBusy() const
{
    return m_state == QLatin1String("preparing") || m_state == QLatin1String("installing");
}

void LibraryController::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    setChosenHit({});
    runSearch();
}

bool LibraryController::ensureLibrary()
{
    // A library that could not be opened is tried again: the user may have
    // fixed what the message said.
    if (!m_library || !m_library->isOpen()) {
        m_library.reset();
        m_library = std::make_unique<Library>();
        emit openedChanged();
    }
    return m_library->isOpen();
}

void LibraryController::refresh()
{
    Diagnostics diags;
    m_model.setEntries(ensureLibrary() ? m_library->list(diags) : QList<LibraryEntry>());
    setLastError(diags);
    // The selection stays on its curriculum while it is installed.
    const QString kept = m_model.indexOf(m_selectedId) >= 0 ? m_selectedId
                       : m_model.count() > 0                 ? m_model.entry(0)->id
                                                             : QString();
    if (kept != m_selectedId)
        select(kept);
    else
        emit selectedChanged();
    runSearch();
}

bool LibraryController::prepareImport(const QString &packPath)
{
    if (isBusy())
        return false;
    closeImport();
    if (!ensureLibrary()) {
        m_problems = m_library->openProblems();
        setState(QStringLiteral("failed"));
        return false;
    }
    if (!QFileInfo(packPath).isFile()) {
        m_problems << Diagnostic::make(QStringLiteral("studio.not-pack"), {}, {}, {native(packPath)});
        setState(QStringLiteral("failed"));
        return false;
    }
    // The plugins are loaded here, on the interface's thread, before the
    // worker validates with them.
    PluginRegistry::instance();
    m_monitor = newMonitor();
    m_progress = 0;
    m_progressWhat = QFileInfo(packPath).fileName();
    emit progressChanged();
    setState(QStringLiteral("preparing"));
    m_prepareWatcher.setFuture(QtConcurrent::run(&m_pool, [folder = m_library->folder(), packPath, monitor = m_monitor.get()] {
        // A library belongs to its thread: the worker opens its own.
        const Library library(folder);
        return library.prepare(packPath, monitor);
    }));
    return true;
}

bool LibraryController::isPackUrl(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".relais"), Qt::CaseInsensitive)
        && QFileInfo(url.toLocalFile()).isFile();
}

void LibraryController::prepared()
{
    ImportPlan plan = m_prepareWatcher.result();
    const bool cancelled = m_monitor->isCancelled();
    m_monitor.reset();
    if (cancelled) {
        setNotice(QStringLiteral("import-cancelled"), QFileInfo(plan.packPath).fileName(), {});
        setState(QStringLiteral("idle"));
        return;
    }
    m_planData = planData(plan, m_lang);
    m_plan = std::move(plan);
    emit planChanged();
    setState(QStringLiteral("confirming"));
}

bool LibraryController::install(bool acceptRisk, bool activate)
{
    // The page keeps the button disabled in these cases; the library would refuse too.
    if (m_state != QLatin1String("confirming") || !m_plan || !m_plan->isInstallable()
        || (m_plan->needsConsent() && !acceptRisk))
        return false;
    InstallOptions options;
    options.allowUnsigned = acceptRisk;
    options.activate = activate;
    m_monitor = newMonitor();
    m_progress = 0;
    m_progressWhat = m_plan->curriculum->title;
    emit progressChanged();
    setState(QStringLiteral("installing"));
    m_installWatcher.setFuture(QtConcurrent::run(&m_pool, [folder = m_library->folder(), plan = *m_plan, options,
                                                            monitor = m_monitor.get()] {
        Library library(folder);
        InstallResult r;
        r.outcome = library.install(plan, options, *monitor, r.diags);
        return r;
    }));
    return true;
}

void LibraryController::installed()
{
    const InstallResult r = m_installWatcher.result();
    m_monitor.reset();
    const QString id = m_plan->curriculumId();
    const QString title = m_plan->curriculum->title;
    const QString version = m_plan->version();
    m_plan.reset();
    m_planData.clear();
    emit planChanged();
    switch (r.outcome) {
    case Library::Outcome::Done:
        refresh();
        select(id);
        setNotice(QStringLiteral("installed"), title, version);
        setState(QStringLiteral("idle"));
        break;
    case Library::Outcome::Cancelled:
        setNotice(QStringLiteral("install-cancelled"), title, version);
        setState(QStringLiteral("idle"));
        break;
    case Library::Outcome::Refused:
    case Library::Outcome::Failed:
        m_problems = r.diags;
        setState(QStringLiteral("failed"));
        break;
    }
}

void LibraryController::cancel()
{
    if (m_monitor)
        m_monitor->cancel();
}

void LibraryController::closeImport()
{
    if (isBusy())
        return;
    // The panel goes before its plan.
    m_problems.clear();
    setState(QStringLiteral("idle"));
    m_plan.reset();
    m_planData.clear();
    emit planChanged();
}

bool LibraryController::rollback(const QString &curriculumId)
{
    if (!change([&curriculumId](Library &library, Diagnostics &diags) { return library.rollback(curriculumId, {}, diags); }))
        return false;
    const LibraryEntry *e = m_model.entry(m_model.indexOf(curriculumId));
    setNotice(QStringLiteral("rolled-back"), e ? e->active()->title : curriculumId, e ? e->activeVersion : QString());
    return true;
}

bool LibraryController::remove(const QString &curriculumId)
{
    const LibraryEntry *e = m_model.entry(m_model.indexOf(curriculumId));
    const QString title = e ? e->active()->title : curriculumId;
    if (!change([&curriculumId](Library &library, Diagnostics &diags) { return library.remove(curriculumId, {}, diags); }))
        return false;
    setNotice(QStringLiteral("removed"), title, {});
    return true;
}

bool LibraryController::change(const std::function<bool(Library &, Diagnostics &)> &operation)
{
    if (isBusy())
        return false;
    Diagnostics diags;
    if (!ensureLibrary())
        diags = m_library->openProblems();
    else if (operation(*m_library, diags)) {
        refresh();
        return true;
    }
    setLastError(diags);
    return false;
}

QString LibraryController::copyForAdaptation(const QString &curriculumId, const QString &parentFolder)
{
    const LibraryEntry *e = m_model.entry(m_model.indexOf(curriculumId));
    if (!e) {
        setLastError({Diagnostic::make(QStringLiteral("library.not-installed"), {}, {}, {curriculumId})});
        return {};
    }
    // An empty folder the user chose takes the copy; any other gets a new
    // folder named after the curriculum inside.
    QString target = QDir::cleanPath(parentFolder);
    const QDir chosen(target);
    if (chosen.exists() && !chosen.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString base = curriculumId.section(QLatin1Char('.'), -1);
        target = chosen.filePath(base);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = chosen.filePath(base + QLatin1Char('-') + QString::number(n));
    }
    const bool created = !QFileInfo::exists(target);
    Diagnostics diags;
    if (!copyFolder(e->active()->folder, target, diags)) {
        if (created)
            QDir(target).removeRecursively();
        setLastError(diags);
        return {};
    }
    setLastError({});
    return target;
}

void LibraryController::chooseHit(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    const QVariantMap hit = m_results.at(index).toMap();
    select(hit.value(QStringLiteral("curriculumId")).toString());
    setChosenHit(hit);
}

QVariantMap LibraryController::planData(const ImportPlan &plan, const QString &lang)
{
    const auto messages = [&lang](const Diagnostics &diags, const QStringList &skip = {}) {
        QStringList out;
        for (const Diagnostic &d : diags)
            if (!skip.contains(d.code))
                out << d.message(lang);
        return out;
    };
    QStringList errors, warnings;
    for (const Diagnostic &d : plan.validation) {
        QStringList &list = d.severity == Severity::Error ? errors : warnings;
        if (d.severity != Severity::Info && list.size() < maxFindings)
            list << located(d, lang);
    }

    // What the signature box says beside the signer: why a signature was
    // refused, or the warning about an unsigned or untrusted pack (then left
    // out of the other warnings).
    const QString signature = signatureName(plan);
    const QStringList signatureWarnings{QStringLiteral("library.unsigned"), QStringLiteral("library.untrusted")};
    QString signatureMessage;
    if (plan.signature.status == SignatureCheck::Status::Invalid || plan.signature.status == SignatureCheck::Status::Unreadable) {
        const QString reason = plan.signature.reason.isEmpty() ? QStringLiteral("signature.invalid") : plan.signature.reason;
        signatureMessage = Diagnostic::make(reason, {}).message(lang);
    } else {
        for (const Diagnostic &d : plan.warnings)
            if (signatureWarnings.contains(d.code))
                signatureMessage = d.message(lang);
    }

    QVariantMap out{{QStringLiteral("packPath"), plan.packPath},
                    {QStringLiteral("fileName"), QFileInfo(plan.packPath).fileName()},
                    {QStringLiteral("curriculumId"), plan.curriculumId()},
                    {QStringLiteral("version"), plan.version()},
                    {QStringLiteral("signature"), signature},
                    {QStringLiteral("signerName"), plan.signerName},
                    {QStringLiteral("fingerprint"), plan.signature.fingerprint},
                    {QStringLiteral("signatureMessage"), signatureMessage},
                    {QStringLiteral("installable"), plan.isInstallable()},
                    {QStringLiteral("needsConsent"), plan.needsConsent()},
                    {QStringLiteral("refusals"), messages(plan.refusals)},
                    {QStringLiteral("warnings"), messages(plan.warnings, signatureWarnings)},
                    {QStringLiteral("errorCount"), countSeverity(plan.validation, Severity::Error)},
                    {QStringLiteral("warningCount"), countSeverity(plan.validation, Severity::Warning)},
                    {QStringLiteral("validationErrors"), errors},
                    {QStringLiteral("validationWarnings"), warnings},
                    {QStringLiteral("relation"), relationName(plan.relation)},
                    {QStringLiteral("activeVersion"), plan.activeVersion},
                    {QStringLiteral("diff"), plan.diff ? diffData(plan, lang) : QVariantMap()}};
    if (plan.curriculum) {
        const Curriculum &c = *plan.curriculum;
        int activities = 0;
        for (const Module &m : c.modules)
            activities += int(m.activities.size());
        out.insert(QStringLiteral("title"), c.title);
        out.insert(QStringLiteral("publisher"), c.publisher);
        out.insert(QStringLiteral("pathways"), int(c.pathways.size()));
        out.insert(QStringLiteral("modules"), int(c.modules.size()));
        out.insert(QStringLiteral("activities"), activities);
        out.insert(QStringLiteral("media"), int(c.media.size()));
    }
    return out;
}

bool LibraryController::waitForIdle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (isBusy() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isBusy();
}

std::unique_ptr<ProgressMonitor> LibraryController::newMonitor()
{
    return std::make_unique<ProgressMonitor>(this, [this](int done, int total, const QString &what) {
        setProgress(done, total, what);
    });
}

void LibraryController::setState(const QString &state)
{
    m_state = state;
    emit stateChanged();
}

void LibraryController::setProgress(int done, int total, const QString &what)
{
    if (!isBusy())
        return;
    m_progress = total > 0 ? double(done) / total : 0;
    m_progressWhat = what;
    emit progressChanged();
}

void LibraryController::setNotice(const QString &kind, const QString &title, const QString &version)
{
    m_notice = kind.isEmpty() ? QVariantMap()
                              : QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
                                            {QStringLiteral("version"), version}};
    emit noticeChanged();
}

void LibraryController::setLastError(const Diagnostics &diags)
{
    m_lastError = diags;
    emit lastErrorChanged();
}

void LibraryController::setChosenHit(const QVariantMap &hit)
{
    if (hit == m_chosenHit)
        return;
    m_chosenHit = hit;
    emit chosenHitChanged();
}

void LibraryController::runSearch()
{
    m_results.clear();
    Diagnostics diags;
    const QList<SearchHit> hits = isOpen() && !m_searchText.trimmed().isEmpty()
        ? m_library->search(m_searchText, diags) : QList<SearchHit>();
    for (const SearchHit &hit : hits) {
        const LibraryEntry *e = m_model.entry(m_model.indexOf(hit.curriculumId));
        QString moduleTitle;
        if (hit.kind == SearchHit::Kind::Activity)
            for (const QVariant &m : outlineOf(hit.curriculumId).value(QStringLiteral("modules")).toList())
                if (m.toMap().value(QStringLiteral("id")).toString() == hit.module)
                    moduleTitle = m.toMap().value(QStringLiteral("title")).toString();
        m_results << QVariantMap{{QStringLiteral("curriculumId"), hit.curriculumId},
                                 {QStringLiteral("curriculumTitle"), e ? e->active()->title : hit.curriculumId},
                                 {QStringLiteral("version"), hit.version},
                                 {QStringLiteral("kind"), SearchHit::kindName(hit.kind)},
                                 {QStringLiteral("id"), hit.id},
                                 {QStringLiteral("module"), hit.module},
                                 {QStringLiteral("moduleTitle"), moduleTitle},
                                 {QStringLiteral("title"), hit.title},
                                 {QStringLiteral("snippet"), hit.markedSnippet(QStringLiteral("<b>"), QStringLiteral("</b>"), true)}};
    }
    if (!diags.isEmpty())
        setLastError(diags);
    emit searchChanged();
}

QVariantMap LibraryController::outlineOf(const QString &curriculumId) const
{
    const LibraryEntry *e = m_model.entry(m_model.indexOf(curriculumId));
    if (!e)
        return {};
    const QString folder = e->active()->folder;
    const auto cached = m_outlines.constFind(folder);
    if (cached != m_outlines.cend())
        return *cached;
    Diagnostics diags;
    const std::optional<FileSet> files = CurriculumLoader::open(folder, diags);
    CurriculumLoader::Options options;
    options.schema = false;
    const CurriculumLoader::Result loaded = files ? CurriculumLoader::load(*files, options) : CurriculumLoader::Result();
    QVariantMap out;
    if (loaded.curriculum) {
        QVariantList pathways, modules;
        for (const Pathway &p : loaded.curriculum->pathways)
            pathways << QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title}};
        for (const Module &m : loaded.curriculum->modules) {
            QVariantList activities;
            for (const Activity &a : m.activities)
                activities << QVariantMap{{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title}};
            modules << QVariantMap{{QStringLiteral("id"), m.id}, {QStringLiteral("title"), m.title},
                                   {QStringLiteral("activities"), activities}};
        }
        out = {{QStringLiteral("pathways"), pathways}, {QStringLiteral("modules"), modules}};
    }
    m_outlines.insert(folder, out);
    return out;
}

QStringList LibraryController::sentences(const Diagnostics &diags) const
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out << d.message(m_lang);
    return out;
}

} // namespace Relais
