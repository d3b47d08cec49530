#include "versioncontroller.h"

#include "document.h"

#include <curriculumloader.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QtConcurrent>

namespace Relais {

VersionController::VersionController(QObject *parent)
    : QObject(parent)
    , m_changes(new DiffModel(this))
{
    // Its own pool: loading a curriculum parses its files on the global one.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &VersionController::finished);
}

VersionController::~VersionController()
{
    m_watcher.waitForFinished();
}

void VersionController::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::langChanged, this, [this] {
            m_changes->setLang(lang());
            emit stateChanged();
        });
        // Another curriculum: what was compared belongs to the previous one.
        connect(m_document, &Document::openedChanged, this, &VersionController::reset);
    }
    emit documentChanged();
}

QString VersionController::lang() const
{
    return m_document ? m_document->lang() : QStringLiteral("fr");
}

std::optional<Curriculum> VersionController::load(const QString &path, const QString &lang, QString &error)
{
    Diagnostics diags;
    std::optional<FileSet> files = CurriculumLoader::open(path, diags);
    if (!files) {
        error = Document::describe(diags, lang);
        return std::nullopt;
    }
    CurriculumLoader::Options options;
    options.schema = false;
    CurriculumLoader::Result result = CurriculumLoader::load(*files, options);
    // A file left out would show as removed: the comparison would be wrong.
    if (!result.curriculum || hasErrors(result.diagnostics)) {
        error = tr("« %1 » ne peut pas être lu en entier ; corrigez-le (relais validate dit où) :")
                    .arg(QDir::toNativeSeparators(path))
            + QLatin1Char('\n') + Document::describe(result.diagnostics, lang);
        return std::nullopt;
    }
    return std::move(result.curriculum);
}

void VersionController::compareWith(const QString &path)
{
    if (!m_document || !m_document->isOpen() || isRunning() || path.isEmpty())
        return;
    m_otherPath = QFileInfo(path).absoluteFilePath();
    const Curriculum current = m_document->curriculum();
    const QString language = lang();
    const QString other = m_otherPath;
    run([current, language, other] {
        Outcome out;
        out.other = load(other, language, out.error);
        if (out.other)
            out.diff = CurriculumDiff::compare(*out.other, current);
        return out;
    });
}

void VersionController::refresh()
{
    if (!m_document || !m_document->isOpen() || isRunning() || !m_other)
        return;
    const Curriculum current = m_document->curriculum();
    const Curriculum other = *m_other;
    run([current, other] {
        Outcome out;
        out.other = other;
        out.diff = CurriculumDiff::compare(other, current);
        return out;
    });
}

void VersionController::run(const std::function<Outcome()> &work)
{
    m_error.clear();
    m_state = QStringLiteral("running");
    emit stateChanged();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, work));
}

void VersionController::finished()
{
    Outcome out = m_watcher.result();
    m_other = std::move(out.other);
    m_error = out.error;
    m_diff = m_other ? out.diff : CurriculumDiff();
    m_changes->setDiff(m_diff, lang());
    m_state = m_other ? QStringLiteral("done") : QStringLiteral("failed");
    emit stateChanged();
}

void VersionController::reset()
{
    if (isRunning())
        m_watcher.waitForFinished();
    m_other.reset();
    m_diff = CurriculumDiff();
    m_changes->clear();
    m_otherPath.clear();
    m_error.clear();
    m_state = QStringLiteral("idle");
    emit stateChanged();
}

bool VersionController::waitForDone(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (isRunning() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isRunning();
}

// ---- Releases ---------------------------------------------------------------

QString VersionController::versionFor(const QString &bump, const QString &relay) const
{
    if (!m_document)
        return {};
    const std::optional<Version> current = Version::parse(m_document->curriculum().version);
    if (!current)
        return {};
    if (bump == QLatin1String("local"))
        return Version::isValidRelay(relay) ? current->nextLocal(relay).toString() : QString();
    const std::optional<Bump> b = bumpFromName(bump);
    return b && *b != Bump::None ? current->bumped(*b).toString() : QString();
}

QString VersionController::currentRelay() const
{
    const std::optional<Version> current = m_document ? Version::parse(m_document->curriculum().version) : std::nullopt;
    return current ? current->relay() : QString();
}

bool VersionController::isValidRelay(const QString &relay)
{
    return Version::isValidRelay(relay);
}

QVariantMap VersionController::lastRelease() const
{
    if (!m_document)
        return {};
    // The newest by number, wherever the file lists it.
    const Release *newest = nullptr;
    std::optional<Version> newestVersion;
    for (const Release &r : m_document->curriculum().changelog) {
        const std::optional<Version> v = Version::parse(r.version);
        if (!newest || (v && (!newestVersion || *newestVersion < *v))) {
            newest = &r;
            newestVersion = v;
        }
    }
    if (!newest)
        return {};
    QVariantList changes;
    for (const Change &c : newest->changes)
        changes << QVariantMap{{QStringLiteral("kind"), c.kind}, {QStringLiteral("text"), c.text}};
    return {{QStringLiteral("version"), newest->version},
            {QStringLiteral("date"), newest->date},
            {QStringLiteral("changes"), changes}};
}

QString VersionController::bumpLabel(Bump bump) const
{
    switch (bump) {
    case Bump::Major: return tr("majeure");
    case Bump::Minor: return tr("mineure");
    case Bump::Patch: return tr("corrective");
    case Bump::None: break;
    }
    return {};
}

QString VersionController::suggestedBump() const
{
    return m_state == QLatin1String("done") ? bumpName(m_diff.suggestedBump()) : QString();
}

QString VersionController::suggestedVersion() const
{
    const std::optional<Version> v = m_diff.suggestedVersion();
    return m_state == QLatin1String("done") && v ? v->toString() : QString();
}

QString VersionController::suggestion() const
{
    if (m_state != QLatin1String("done"))
        return {};
    const Bump bump = m_diff.suggestedBump();
    if (bump == Bump::None)
        return tr("Aucune différence : les deux versions ont le même contenu.");
    return tr("Version suggérée : %1 (version %2), pour : %3.")
        .arg(suggestedVersion(), bumpLabel(bump), m_diff.reason(lang()));
}

QString VersionController::bumpWarning(const QString &bump) const
{
    const std::optional<Bump> chosen = bumpFromName(bump);
    const Bump needed = m_diff.suggestedBump();
    if (m_state != QLatin1String("done") || !chosen || *chosen >= needed)
        return {};
    return tr("Attention : les changements (%1) demandent une version %2 (%3) ; une version %4 annonce moins que ce qui a changé.")
        .arg(m_diff.reason(lang()), bumpLabel(needed), versionFor(bumpName(needed)), bumpLabel(*chosen));
}

// ---- Going to a change -------------------------------------------------------

namespace {

template<typename T>
int indexOf(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).id == id)
            return i;
    return -1;
}

// Where an entry's entity is in the curriculum, as Document::select takes it;
// kind "" when it is not there.
struct Target
{
    QString kind;
    int first = -1;
    int second = -1;
};

Target locate(const Curriculum &c, const DiffEntry &e)
{
    if (e.change == DiffEntry::Change::Removed)
        return {};
    switch (e.kind) {
    case DiffEntry::Kind::Curriculum:
        return {QStringLiteral("curriculum")};
    case DiffEntry::Kind::Pathway:
        if (const int p = indexOf(c.pathways, e.id); p >= 0)
            return {QStringLiteral("pathway"), p};
        break;
    case DiffEntry::Kind::Step:
        if (const int p = indexOf(c.pathways, e.parent); p >= 0)
            if (const int s = indexOf(c.pathways.at(p).steps, e.id); s >= 0)
                return {QStringLiteral("step"), p, s};
        break;
    case DiffEntry::Kind::Module:
        if (const int m = indexOf(c.modules, e.id); m >= 0)
            return {QStringLiteral("module"), m};
        break;
    case DiffEntry::Kind::Activity:
        if (const int m = indexOf(c.modules, e.parent); m >= 0)
            if (const int a = indexOf(c.modules.at(m).activities, e.id); a >= 0)
                return {QStringLiteral("activity"), m, a};
        break;
    case DiffEntry::Kind::Media:
        if (const int i = indexOf(c.media, e.id); i >= 0)
            return {QStringLiteral("media"), i};
        break;
    }
    return {};
}

} // namespace

bool VersionController::canGoTo(int row) const
{
    const DiffEntry *e = m_changes->entry(row);
    return e && m_document && m_document->isOpen() && !locate(m_document->curriculum(), *e).kind.isEmpty();
}

bool VersionController::goTo(int row)
{
    if (!canGoTo(row))
        return false;
    const Target t = locate(m_document->curriculum(), *m_changes->entry(row));
    m_document->select(t.kind, t.first, t.second);
    return true;
}

} // namespace Relais
