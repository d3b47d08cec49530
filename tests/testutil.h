#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QTest>

// Small helpers shared by the tests: files written and read as bytes.
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

} // namespace TestUtil
