#include "fileset.h"

#include "foldertransaction.h"
#include "hashcache.h"
#include "sha256.h"
#include "xmlparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Relais {

QString sha256OfFile(const QString &path, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(1 << 18, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    if (size)
        *size = total;
    return hash.hexResult();
}

bool hasBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.size() == bytes.size() && f.readAll() == bytes;
}

QString mediaTypeForPath(const QString &path)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("xml"), QStringLiteral("application/xml")},
        {QStringLiteral("svg"), QStringLiteral("image/svg+xml")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("mp3"), QStringLiteral("audio/mpeg")},
        {QStringLiteral("ogg"), QStringLiteral("audio/ogg")},
        {QStringLiteral("oga"), QStringLiteral("audio/ogg")},
        {QStringLiteral("m4a"), QStringLiteral("audio/mp4")},
        {QStringLiteral("wav"), QStringLiteral("audio/wav")},
        {QStringLiteral("mp4"), QStringLiteral("video/mp4")},
        {QStringLiteral("webm"), QStringLiteral("video/webm")},
        {QStringLiteral("vtt"), QStringLiteral("text/vtt")},
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("txt"), QStringLiteral("text/plain")},
        {QStringLiteral("html"), QStringLiteral("text/html")},
        {QStringLiteral("css"), QStringLiteral("text/css")},
        {QStringLiteral("js"), QStringLiteral("text/javascript")},
        {QStringLiteral("json"), QStringLiteral("application/json")},
        {QStringLiteral("xsd"), QStringLiteral("application/xml")},
        {QStringLiteral("dtd"), QStringLiteral("application/xml-dtd")},
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    return types.value(suffix, QStringLiteral("application/octet-stream"));
}

bool openSaveFile(QSaveFile &file)
{
    QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool writeAll(QIODevice &out, const char *data, qint64 size)
{
    for (qint64 done = 0; done < size;) {
        const qint64 n = out.write(data + done, size - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, Diagnostics &diags, const Location &where)
{
    QSaveFile f(path);
    if (openSaveFile(f) && writeAll(f, bytes) && f.commit())
        return true;
    diags << Diagnostic::make(QStringLiteral("pack.write-failed"), where, {}, {QDir::toNativeSeparators(path), f.errorString()});
    return false;
}

bool copyFileAtomically(const QString &from, const QString &to, Diagnostics &diags, const Location &where)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        diags << Diagnostic::make(QStringLiteral("io.unreadable"), where, {}, {QDir::toNativeSeparators(from), in.errorString()});
        return false;
    }
    QSaveFile out(to);
    bool ok = openSaveFile(out);
    QByteArray buffer(1 << 18, Qt::Uninitialized);
    qint64 n = 0;
    while (ok && (n = in.read(buffer.data(), buffer.size())) > 0)
        ok = writeAll(out, buffer.constData(), n);
    if (ok && n == 0 && out.commit())
        return true;
    const QString reason = n < 0 ? in.errorString() : out.errorString();
    diags << Diagnostic::make(QStringLiteral("pack.write-failed"), where, {}, {QDir::toNativeSeparators(to), reason});
    return false;
}

bool renameReplacing(const QString &from, const QString &to, Diagnostics &diags)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {},
                              {QDir::toNativeSeparators(to), QString::fromLocal8Bit(std::strerror(errno))});
    return false;
}

bool shouldCompress(const QString &mediaType)
{
    return mediaType.startsWith(QLatin1String("text/")) || mediaType == QLatin1String("application/xml")
        || mediaType == QLatin1String("image/svg+xml") || mediaType == QLatin1String("application/octet-stream")
        || mediaType == QLatin1String("application/json") || mediaType == QLatin1String("application/xml-dtd");
}

bool FileSet::belongsToCurriculum(const QString &rel)
{
    if (rel == QLatin1String("curriculum.xml"))
        return true;
    return rel.startsWith(QLatin1String("pathways/")) || rel.startsWith(QLatin1String("modules/"))
        || rel.startsWith(QLatin1String("media/"));
}

bool FileSet::isXml(const QString &rel)
{
    if (rel == QLatin1String("curriculum.xml"))
        return true;
    return (rel.startsWith(QLatin1String("pathways/")) || rel.startsWith(QLatin1String("modules/")))
        && rel.endsWith(QLatin1String(".xml")) && rel.count(QLatin1Char('/')) == 1;
}

void FileSet::replaceXml(const QMap<QString, QByteArray> &xml)
{
    for (auto it = files.begin(); it != files.end();)
        it = isXml(it.key()) ? files.erase(it) : std::next(it);
    for (auto it = xml.cbegin(); it != xml.cend(); ++it) {
        FileEntry e;
        e.data = it.value();
        e.size = e.data.size();
        files.insert(it.key(), e);
    }
}

void FileSet::computeMissingHashes()
{
    for (FileEntry &f : files)
        if (f.sha256.isEmpty() && f.size == f.data.size())
            f.sha256 = sha256Hex(f.data);
}

const FileEntry *FileSet::file(const QString &path) const
{
    const auto it = files.constFind(path);
    return it == files.constEnd() ? nullptr : &it.value();
}

QString FileSet::absolutePath(const QString &rel) const
{
    return source + QLatin1Char('/') + rel;
}

FileSet FileSet::fromFolder(const QString &root, Diagnostics &diags)
{
    FileSet set;
    set.origin = Origin::Folder;
    set.source = QFileInfo(root).absoluteFilePath();
    const QDir dir(set.source);
    // A save killed half-way is finished or undone before anything is read.
    FolderTransaction::recover(set.source, diags);

    QStringList paths;
    // Hidden files and folders (.git, editor backups) are not part of the curriculum.
    QDirIterator it(set.source, QDir::Files | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = dir.relativeFilePath(info.filePath());
        if (!belongsToCurriculum(info.isDir() ? rel + QLatin1Char('/') : rel))
            continue;
        if (info.isSymLink()) {
            diags << Diagnostic::make(QStringLiteral("io.symlink"), {rel, 0, 0}, {}, {rel});
            continue;
        }
        if (info.isFile())
            paths << rel;
    }
    std::sort(paths.begin(), paths.end());

    struct Work { QString rel; FileEntry entry; QString error; };
    QList<Work> work;
    work.reserve(paths.size());
    for (const QString &p : paths)
        work.append({p, {}, {}});
    // XML files are read (their hash is only needed to pack them); media are
    // hashed, unless the hash cache knows them unchanged.
    HashCache cache(set.source);
    QtConcurrent::blockingMap(work, [&set, &cache](Work &w) {
        const QString abs = set.absolutePath(w.rel);
        if (isXml(w.rel)) {
            QFile f(abs);
            if (!f.open(QIODevice::ReadOnly)) {
                w.error = f.errorString();
                return;
            }
            // Never more than the largest XML file allowed and one byte, which
            // tells it is larger: a file of gigabytes is refused unread. Read
            // asks for no more than the file holds, since QIODevice::read
            // allocates what it is asked for.
            w.entry.size = f.size();
            w.entry.data = f.read(qMin<qint64>(w.entry.size, XmlLimits().maxBytes) + 1);
            return;
        }
        w.entry.sha256 = cache.lookup(w.rel, &w.entry.size);
        if (!w.entry.sha256.isEmpty())
            return;
        w.entry.sha256 = sha256OfFile(abs, &w.entry.size);
        if (w.entry.sha256.isEmpty())
            w.error = QFile(abs).errorString();
        else
            cache.insert(w.rel, w.entry.size, w.entry.sha256);
    });
    cache.save();
    for (Work &w : work) {
        if (!w.error.isEmpty())
            diags << Diagnostic::make(QStringLiteral("io.unreadable"), {w.rel, 0, 0}, {}, {w.rel, w.error});
        else
            set.files.insert(w.rel, std::move(w.entry));
    }
    return set;
}

} // namespace Relais
