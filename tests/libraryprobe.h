#pragma once

#include "testutil.h"

#include <library.h>

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

// A library seen from outside, by tests that run `relais library import`
// processes on it and interrupt them: an import's first write, and what a
// person can see of the library afterwards.
namespace LibraryProbe {

inline bool stagingExists(const QString &library)
{
    return !QDir(library).entryList({QStringLiteral(".staging-*")}, QDir::Dirs | QDir::Hidden).isEmpty();
}

// Watches a library folder for an import's first write (its staging folder
// appearing), or any folder for a file whose name starts with prefix.
// inotify queues the event, so a fast import on a loaded machine cannot
// create and rename its staging folder between two looks; the watch is set
// before the import starts.
class StagingWatch
{
public:
    explicit StagingWatch(const QString &library, const QByteArray &prefix = QByteArrayLiteral(".staging-"))
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
        , m_prefix(prefix)
    {
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(library).constData(), IN_CREATE | IN_MOVED_TO);
    }
    ~StagingWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    StagingWatch(const StagingWatch &) = delete;
    StagingWatch &operator=(const StagingWatch &) = delete;

    // True once the import has created its staging folder (the process its
    // file); false when it ended without writing.
    bool waitForWriting(QProcess &p)
    {
        if (m_fd < 0)
            return false;
        for (;;) {
            const bool ended = p.state() == QProcess::NotRunning;
            pollfd fd{m_fd, POLLIN, 0};
            ::poll(&fd, 1, ended ? 0 : 5);
            if (stagingCreated())
                return true;
            if (ended)
                return false;
            p.waitForFinished(0);
        }
    }

private:
    bool stagingCreated()
    {
        alignas(inotify_event) char buffer[4096];
        bool created = false;
        ssize_t n;
        while ((n = ::read(m_fd, buffer, sizeof buffer)) > 0) {
            for (char *at = buffer; at < buffer + n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(at);
                if (event->len > 0 && QByteArray(event->name).startsWith(m_prefix))
                    created = true;
                at += sizeof(inotify_event) + event->len;
            }
        }
        return created;
    }

    int m_fd;
    QByteArray m_prefix;
};

// The installed files (by hash) and what the library's folder holds.
inline QString installedFiles(const QString &library)
{
    QString out;
    const QMap<QString, QByteArray> files = TestUtil::readTree(library + QStringLiteral("/curricula"));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        out += QStringLiteral("%1 %2\n").arg(it.key(), QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()));
    for (const QString &name : QDir(library).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        // A killed process may leave SQLite's journal, holding nothing: one
        // with content would have been rolled back and removed on opening.
        if (name != QLatin1String("catalogue.sqlite-journal"))
            out += QStringLiteral("top: %1\n").arg(name);
    return out;
}

// Everything a person can see of a library, read by new `relais` processes
// (which open it again, and so tidy what an interrupted import left): the
// list, the curriculum's entry, the searches (each a list of words) and the
// installed files.
inline QString snapshot(const QString &library, const QString &curriculumId, const QList<QStringList> &searches,
                        const QMap<QString, QString> &env)
{
    QString out;
    const auto add = [&](const QStringList &args) {
        const TestUtil::Run r = TestUtil::runRelais(
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("library"), QStringLiteral("--library"), library} + args, env);
        out += QStringLiteral("$ %1 → %2\n%3%4\n").arg(args.join(QLatin1Char(' '))).arg(r.exitCode).arg(r.out, r.err);
    };
    add({QStringLiteral("list"), QStringLiteral("--json")});
    add({QStringLiteral("show"), curriculumId, QStringLiteral("--json")});
    for (const QStringList &words : searches)
        add(QStringList{QStringLiteral("search")} + words + QStringList{QStringLiteral("--all-versions"), QStringLiteral("--json")});
    // The time of an import is the one thing two equal libraries may differ by.
    static const QRegularExpression installedAt(QStringLiteral("\"installedAt\": \"[^\"]*\""));
    out.replace(installedAt, QStringLiteral("\"installedAt\": …"));
    return out + installedFiles(library);
}

// The same read in this process through the Library class, which opens the
// library as `relais` does: for tests that look after each of hundreds of
// kills, where starting four processes each time would be too slow.
inline QString contents(const QString &library, const QList<QStringList> &searches)
{
    QString out;
    {
        const Relais::Library lib(library);
        Relais::Diagnostics diags;
        for (const Relais::LibraryEntry &entry : lib.list(diags)) {
            out += QStringLiteral("%1 active %2\n").arg(entry.id, entry.activeVersion);
            for (const Relais::LibraryVersion &v : entry.versions)
                out += QStringLiteral("  %1 %2 | %3 | %4 %5 | %6 %7 | %8/%9/%10/%11 | %12\n")
                           .arg(v.version, v.title, v.publisher, v.signerFingerprint, v.packSha256)
                           .arg(v.packSize)
                           .arg(v.active)
                           .arg(v.pathways)
                           .arg(v.modules)
                           .arg(v.activities)
                           .arg(v.media)
                           .arg(v.folder);
        }
        Relais::Library::SearchOptions all;
        all.allVersions = true;
        for (const QStringList &words : searches)
            for (const Relais::SearchHit &hit : lib.search(words.join(QLatin1Char(' ')), all, diags))
                out += QStringLiteral("search %1: %2 %3 %4 %5 %6\n")
                           .arg(words.join(QLatin1Char(' ')), hit.version, Relais::SearchHit::kindName(hit.kind), hit.id, hit.module, hit.snippet);
        for (const Relais::Diagnostic &d : std::as_const(diags))
            out += QStringLiteral("problem: %1\n").arg(d.code);
    }
    return out + installedFiles(library);
}

} // namespace LibraryProbe
