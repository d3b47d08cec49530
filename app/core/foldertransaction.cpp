#include "foldertransaction.h"

#include "fileset.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Relais {

const QString FolderTransaction::stagingName = QStringLiteral(".relais-save");

namespace {

const QString lockName = QStringLiteral(".relais-save.lock");
const QString recordName = QStringLiteral("commit");
// A save takes well under a second: one that holds the lock this long is stuck.
constexpr int lockWaitMs = 30000;

struct Record
{
    QList<std::pair<QString, QString>> writes;  // target, name of the staged file
    QStringList removals;
};

QString stagingPath(const QString &folder)
{
    return folder + QLatin1Char('/') + FolderTransaction::stagingName;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A path a save may touch: inside the folder, a file of the curriculum, and
// no symbolic link on the way, so that nothing is ever written elsewhere
// whatever a folder received from someone else holds.
bool isSafeTarget(const QString &folder, const QString &rel)
{
    if (rel.isEmpty() || QDir::isAbsolutePath(rel) || QDir::cleanPath(rel) != rel || rel.startsWith(QLatin1String("../"))
        || !FileSet::belongsToCurriculum(rel))
        return false;
    QString path = folder;
    const QStringList parts = rel.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        path += QLatin1Char('/') + parts.at(i);
        const QFileInfo info(path);
        if (info.isSymLink() || (i + 1 < parts.size() && info.exists() && !info.isDir()))
            return false;
    }
    return true;
}

std::unique_ptr<QLockFile> lockFolder(const QString &folder, Diagnostics &diags)
{
    const QString path = folder + QLatin1Char('/') + lockName;
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);  // only a dead owner makes it stale, however long its save
    const QDeadlineTimer deadline(lockWaitMs);
    while (!lock->tryLock(100)) {
        if (lock->error() != QLockFile::LockFailedError) {
            const int error = lock->error() == QLockFile::PermissionError ? EACCES : EIO;
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {nativePath(path), QString::fromLocal8Bit(std::strerror(error))});
            return nullptr;
        }
        qint64 pid = 0;
        if (deadline.hasExpired()) {
            lock->getLockInfo(&pid, nullptr, nullptr);
            diags << Diagnostic::make(QStringLiteral("save.busy"), {}, {}, {nativePath(folder), QString::number(pid)});
            return nullptr;
        }
        // A process killed between creating the lock file and writing its
        // owner into it leaves a file QLockFile cannot judge. An owner writes
        // at once and keeps the file locked (flock) while it lives: such a
        // file that old is nobody's, and removing it fails if it is someone's.
        if (!lock->getLockInfo(&pid, nullptr, nullptr) && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 2)
            lock->removeStaleLockFile();
    }
    return lock;
}

QByteArray encode(const Record &record)
{
    QJsonArray writes;
    for (const auto &[target, staged] : record.writes)
        writes.append(QJsonObject{{QStringLiteral("path"), target}, {QStringLiteral("staged"), staged}});
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("write"), writes},
                           {QStringLiteral("remove"), QJsonArray::fromStringList(record.removals)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The record as this class writes it, every path checked; nullopt for
// anything else (a record damaged or made by hand).
std::optional<Record> readRecord(const QString &folder)
{
    QFile f(stagingPath(folder) + QLatin1Char('/') + recordName);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return std::nullopt;
    Record record;
    for (const QJsonValue &v : root.value(QStringLiteral("write")).toArray()) {
        const QString target = v.toObject().value(QStringLiteral("path")).toString();
        const QString staged = v.toObject().value(QStringLiteral("staged")).toString();
        bool number = false;
        staged.toUInt(&number);
        const QFileInfo stagedFile(stagingPath(folder) + QLatin1Char('/') + staged);
        if (!number || !isSafeTarget(folder, target) || stagedFile.isSymLink() || (stagedFile.exists() && !stagedFile.isFile()))
            return std::nullopt;
        record.writes.append({target, staged});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("remove")).toArray()) {
        if (!isSafeTarget(folder, v.toString()))
            return std::nullopt;
        record.removals << v.toString();
    }
    return record;
}

// Makes the names in a folder (created, renamed, removed) durable, as fsync
// does for a file's bytes: a power cut after it cannot bring back a state
// that came before. Best effort where a file system cannot do it.
void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// Idempotent: a staged file already renamed and a file already removed are
// skipped, so a recovery may repeat what a killed save had begun.
bool apply(const QString &folder, const Record &record, Diagnostics &diags)
{
    for (const auto &[target, staged] : record.writes) {
        const QString from = stagingPath(folder) + QLatin1Char('/') + staged;
        if (!QFileInfo::exists(from))
            continue;
        const QString to = folder + QLatin1Char('/') + target;
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!renameReplacing(from, to, diags))
            return false;
    }
    for (const QString &rel : record.removals) {
        QFile file(folder + QLatin1Char('/') + rel);
        if (file.exists() && !file.remove()) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {rel, 0, 0}, {}, {nativePath(file.fileName()), file.errorString()});
            return false;
        }
    }
    // Durable before the staging folder (and its record) goes.
    QSet<QString> folders;
    for (const auto &[target, staged] : record.writes)
        folders.insert(QFileInfo(folder + QLatin1Char('/') + target).absolutePath());
    for (const QString &rel : record.removals)
        folders.insert(QFileInfo(folder + QLatin1Char('/') + rel).absolutePath());
    for (const QString &f : std::as_const(folders))
        syncFolder(f);
    return true;
}

bool removeStaging(const QString &folder, Diagnostics &diags)
{
    const QString staging = stagingPath(folder);
    const QString record = staging + QLatin1Char('/') + recordName;
    // The record goes first: a kill from here on leaves nothing to roll forward.
    if (QFileInfo::exists(record) && !QFile::remove(record)) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {nativePath(record), QFile(record).errorString()});
        return false;
    }
    if (QDir(staging).removeRecursively())
        return true;
    diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {nativePath(staging), QStringLiteral("rmdir")});
    return false;
}

// With the lock held: rolls forward a save that wrote its commit record,
// discards one that did not.
bool finish(const QString &folder, Diagnostics &diags)
{
    const QString staging = stagingPath(folder);
    const QFileInfo info(staging);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isSymLink() || !info.isDir()) {
        // Not a folder Relais made: the name is reserved, and a link is never followed.
        if (QFile::remove(staging))
            return true;
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {nativePath(staging), QFile(staging).errorString()});
        return false;
    }
    if (QFileInfo::exists(staging + QLatin1Char('/') + recordName)) {
        const std::optional<Record> record = readRecord(folder);
        if (!record)
            diags << Diagnostic::make(QStringLiteral("save.record-damaged"), {}, {}, {nativePath(folder)});
        else if (!apply(folder, *record, diags))
            return false;
    }
    return removeStaging(folder, diags);
}

// Writes the new files into the staging folder, then the record that
// commits them; nullopt (with why) when a write failed.
std::optional<Record> stage(const QString &folder, const QMap<QString, QByteArray> &writes, const QStringList &removals,
                            Diagnostics &diags)
{
    const QString staging = stagingPath(folder);
    if (!QDir().mkdir(staging)) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {nativePath(staging), QStringLiteral("mkdir")});
        return std::nullopt;
    }
    Record record;
    for (auto it = writes.cbegin(); it != writes.cend(); ++it) {
        const QString staged = QString::number(record.writes.size());
        Diagnostics failure;
        if (!writeFileAtomically(staging + QLatin1Char('/') + staged, it.value(), failure)) {
            // Named as the file it was to become, with the reason (a full disk).
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {it.key(), 0, 0}, {},
                                      {nativePath(folder + QLatin1Char('/') + it.key()), failure.value(0).args.value(1)});
            return std::nullopt;
        }
        record.writes.append({it.key(), staged});
    }
    record.removals = removals;
    // QSaveFile syncs each file before its rename: the record names complete
    // files only. The record's name is durable before any target is replaced.
    if (!writeFileAtomically(staging + QLatin1Char('/') + recordName, encode(record), diags))
        return std::nullopt;
    syncFolder(staging);
    return record;
}

} // namespace

FolderTransaction::FolderTransaction(const QString &folder) : m_folder(QFileInfo(folder).absoluteFilePath()) {}

void FolderTransaction::write(const QString &relativePath, const QByteArray &bytes)
{
    m_removals.removeAll(relativePath);
    m_writes.insert(relativePath, bytes);
}

void FolderTransaction::remove(const QString &relativePath)
{
    m_writes.remove(relativePath);
    if (!m_removals.contains(relativePath))
        m_removals << relativePath;
}

bool FolderTransaction::commit(Diagnostics &diags)
{
    if (m_writes.isEmpty() && m_removals.isEmpty())
        return true;
    for (const QString &rel : m_writes.keys() + m_removals) {
        if (!isSafeTarget(m_folder, rel)) {
            diags << Diagnostic::make(QStringLiteral("save.unsafe-path"), {rel, 0, 0}, {}, {rel});
            return false;
        }
    }
    const Diagnostic notSaved = Diagnostic::make(QStringLiteral("save.not-saved"), {}, {}, {nativePath(m_folder)});
    QDir().mkpath(m_folder);
    const std::unique_ptr<QLockFile> lock = lockFolder(m_folder, diags);
    if (!lock) {
        if (diags.constLast().code != QLatin1String("save.busy"))
            diags << notSaved;
        return false;
    }
    if (!finish(m_folder, diags)) {
        diags << Diagnostic::make(QStringLiteral("save.unfinished"), {}, {}, {nativePath(m_folder)});
        return false;
    }
    const std::optional<Record> record = stage(m_folder, m_writes, m_removals, diags);
    if (!record) {
        QDir(stagingPath(m_folder)).removeRecursively();
        diags << notSaved;
        return false;
    }
    // The save is decided: whatever happens now, the next opening finishes it.
    if (!apply(m_folder, *record, diags) || !removeStaging(m_folder, diags)) {
        diags << Diagnostic::make(QStringLiteral("save.unfinished"), {}, {}, {nativePath(m_folder)});
        return false;
    }
    return true;
}

bool FolderTransaction::recover(const QString &rawFolder, Diagnostics &diags)
{
    const QString folder = QFileInfo(rawFolder).absoluteFilePath();
    const QFileInfo staging(stagingPath(folder));
    // Nothing left by a save, nothing written: a read-only folder stays readable.
    if (!staging.exists() && !staging.isSymLink() && !QFileInfo::exists(folder + QLatin1Char('/') + lockName))
        return true;
    // Waiting for the lock also lets a save running in another process (or
    // thread) end before the folder is read.
    if (const std::unique_ptr<QLockFile> lock = lockFolder(folder, diags)) {
        if (finish(folder, diags))
            return true;
    } else if (diags.constLast().code == QLatin1String("save.busy")) {
        return false;  // another save is still running: nothing was left unfinished
    }
    diags << Diagnostic::make(QStringLiteral("save.unfinished"), {}, {}, {nativePath(folder)});
    return false;
}

} // namespace Relais
