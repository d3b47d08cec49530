#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// Small helpers shared by the tests: files written and read as bytes, the
// built `relais` command and its plugins.
namespace TestUtil {

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under root, by relative path, with its bytes.
inline QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> out;
    const QDir dir(root);
    QList<QString> stack{root};
    while (!stack.isEmpty()) {
        const QDir d(stack.takeLast());
        for (const QFileInfo &info : d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (info.isDir())
                stack.append(info.filePath());
            else
                out.insert(dir.relativeFilePath(info.filePath()), readFile(info.filePath()));
        }
    }
    return out;
}

inline QString curriculaDir()
{
    return QStringLiteral(RELAIS_SOURCE_DIR "/curricula");
}

inline QStringList curricula()
{
    QStringList out;
    for (const QFileInfo &info : QDir(curriculaDir()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFileInfo::exists(info.filePath() + QStringLiteral("/curriculum.xml")))
            out << info.filePath();
    return out;
}

// Copies a folder (a curriculum) so that a test may change it.
inline bool copyTree(const QString &from, const QString &to)
{
    const QMap<QString, QByteArray> files = readTree(from);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (!writeFile(to + QLatin1Char('/') + it.key(), it.value()))
            return false;
    return !files.isEmpty();
}

// What a command gave back; exitCode is -1 when it crashed or did not end.
struct Run
{
    int exitCode = -1;
    QString out, err;
};

// The environment of the test with env applied; an empty value removes a variable.
inline QProcessEnvironment environment(const QMap<QString, QString> &env)
{
    QProcessEnvironment out = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

// In the child only: no file may grow past `limit` bytes, as on a full disk;
// writing past it fails with EFBIG (SIGXFSZ ignored) instead of killing it.
inline void limitFileSize(QProcess &p, qint64 limit)
{
    p.setChildProcessModifier([limit] {
        std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit capped{rlim_t(limit), rlim_t(limit)};
        setrlimit(RLIMIT_FSIZE, &capped);
    });
}

// fileSizeLimit: see limitFileSize; none when negative.
inline Run run(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {},
               qint64 fileSizeLimit = -1)
{
    QProcess p;
    p.setProcessEnvironment(environment(env));
    if (fileSizeLimit >= 0)
        limitFileSize(p, fileSizeLimit);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

#ifdef RELAIS_CLI
// The built `relais` speaks English (LANG=C.UTF-8) unless env says otherwise,
// whatever the shell that runs the test sets.
inline QMap<QString, QString> relaisEnvironment(QMap<QString, QString> env)
{
    if (!env.contains(QStringLiteral("LC_ALL")))
        env.insert(QStringLiteral("LC_ALL"), {});  // removed, so that LANG decides
    if (!env.contains(QStringLiteral("LANG")))
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

inline Run runRelais(const QStringList &args, const QMap<QString, QString> &env = {}, qint64 fileSizeLimit = -1)
{
    return run(QStringLiteral(RELAIS_CLI), args, relaisEnvironment(env), fileSizeLimit);
}

// Starts `relais` without waiting for it (to signal it while it works).
inline bool startRelais(QProcess &p, const QStringList &args, const QMap<QString, QString> &env = {})
{
    p.setProcessEnvironment(environment(relaisEnvironment(env)));
    p.start(QStringLiteral(RELAIS_CLI), args);
    return p.waitForStarted();
}

// The plugins built with `relais`, by kind ("exercises", "exporters").
inline QString builtPlugins(const QString &kind)
{
    return QFileInfo(QStringLiteral(RELAIS_CLI)).absolutePath() + QStringLiteral("/../lib/relais/plugins/") + kind;
}

inline QStringList builtPluginFolders()
{
    return {builtPlugins(QStringLiteral("exercises")), builtPlugins(QStringLiteral("exporters"))};
}
#endif

} // namespace TestUtil
