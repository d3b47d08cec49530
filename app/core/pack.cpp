#include "pack.h"

#include "manifest.h"
#include "sha256.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>


namespace Relais {

const QByteArray Pack::mimeType = QByteArrayLiteral("application/vnd.relais.curriculum+zip");

namespace {

const QString mimetypeEntry = QStringLiteral("mimetype");

Diagnostic packError(const QString &code, const QStringList &args = {})
{
    return Diagnostic::make(code, {}, {}, args);
}

// Why a stored name may not be used as a path, or an empty string.
QString unsafeReason(const QString &name, const PackLimits &limits)
{
    if (name.isEmpty())
        return QStringLiteral("nom vide / empty name");
    if (name.toUtf8().size() > limits.maxPathBytes)
        return QStringLiteral("chemin trop long / path too long");
    if (name.contains(QLatin1Char('\\')))
        return QStringLiteral("barre oblique inverse / backslash");
    if (name.startsWith(QLatin1Char('/')))
        return QStringLiteral("chemin absolu / absolute path");
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return QStringLiteral("lettre de lecteur / drive letter");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("caractère de contrôle / control character");
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return QStringLiteral("remonte d'un dossier (..) / goes up a folder (..)");
        if (part.isEmpty() || part == QLatin1String("."))
            return QStringLiteral("segment vide ou « . » / empty or “.” segment");
    }
    return {};
}

// Checks the first local header of the file: "mimetype", stored.
bool startsWithStoredMimetype(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(38);
    if (head.size() < 38 || !head.startsWith("PK\x03\x04"))
        return false;
    const auto u16 = [&head](int at) { return uchar(head[at]) | (uchar(head[at + 1]) << 8); };
    return u16(8) == 0 && u16(26) == 8 && head.mid(30, 8) == "mimetype";
}

class PackReader
{
public:
    PackReader(const QString &path, const PackLimits &limits, Diagnostics &diags, const QString &staging)
        : m_path(path), m_limits(limits), m_diags(diags), m_staging(staging)
    {
    }

    std::optional<FileSet> run()
    {
        if (!QFileInfo(m_path).isFile()) {
            m_diags << packError(QStringLiteral("pack.not-zip"),
                                 {m_path, QStringLiteral("fichier introuvable / file not found")});
            return std::nullopt;
        }
        ZipReader zip;
        if (!zip.open(m_path)) {
            // A file that starts as a zip but cannot be opened was cut or damaged.
            if (Pack::looksLikePack(m_path))
                m_diags << packError(QStringLiteral("pack.corrupt"), {zip.errorString()});
            else
                m_diags << packError(QStringLiteral("pack.not-zip"), {m_path, zip.errorString()});
            return std::nullopt;
        }
        if (!startsWithStoredMimetype(m_path)) {
            m_diags << packError(QStringLiteral("pack.mimetype"));
            return std::nullopt;
        }

        FileSet set;
        set.origin = FileSet::Origin::Pack;
        set.source = QFileInfo(m_path).absoluteFilePath();
        QByteArray manifestData;
        QByteArray mimetypeData;
        int count = 0;
        for (;;) {
            ZipReader::Entry entry;
            const int status = zip.next(entry);
            if (status == 0)
                break;
            if (status < 0) {
                m_diags << packError(QStringLiteral("pack.corrupt"), {zip.errorString()});
                return std::nullopt;
            }
            if (++count > m_limits.maxEntries) {
                m_diags << packError(QStringLiteral("pack.too-many-entries"), {QString::number(m_limits.maxEntries)});
                return std::nullopt;
            }
            QString name;
            if (!checkEntry(entry, count, name))
                return std::nullopt;
            if (entry.kind == ZipReader::Kind::Directory)
                continue;

            FileEntry file;
            // SVG is kept too (as large as an XML file may be): the validator
            // looks in it for script before anything of the pack is shown.
            const bool keepInMemory = name == mimetypeEntry || name == Manifest::path || FileSet::isXml(name)
                || name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
            if (!stream(zip, name, keepInMemory, file))
                return std::nullopt;
            if (name == mimetypeEntry)
                mimetypeData = file.data;
            else if (name == Manifest::path)
                manifestData = file.data;
            else
                set.files.insert(name, std::move(file));
        }
        if (mimetypeData != Pack::mimeType) {
            m_diags << packError(QStringLiteral("pack.mimetype"));
            return std::nullopt;
        }
        if (!checkManifest(manifestData, set))
            return std::nullopt;
        return set;
    }

private:
    bool checkEntry(const ZipReader::Entry &entry, int index, QString &name)
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        name = utf8.decode(entry.rawName);
        if (!entry.nameValid || utf8.hasError()) {
            m_diags << packError(QStringLiteral("pack.name-encoding"));
            return false;
        }
        if (entry.kind == ZipReader::Kind::Directory && name.endsWith(QLatin1Char('/')))
            name.chop(1);
        if (index == 1 && name != mimetypeEntry) {
            m_diags << packError(QStringLiteral("pack.mimetype"));
            return false;
        }
        const QString reason = unsafeReason(name, m_limits);
        if (!reason.isEmpty()) {
            m_diags << packError(QStringLiteral("pack.unsafe-path"), {name, reason});
            return false;
        }
        if (entry.kind == ZipReader::Kind::Symlink || entry.kind == ZipReader::Kind::Hardlink
            || entry.kind == ZipReader::Kind::Other) {
            const QString what = entry.kind == ZipReader::Kind::Symlink  ? QStringLiteral("un lien symbolique / a symbolic link")
                               : entry.kind == ZipReader::Kind::Hardlink ? QStringLiteral("un lien physique / a hard link")
                                                                         : QStringLiteral("un fichier spécial / a special file");
            m_diags << packError(QStringLiteral("pack.entry-type"), {name, what});
            return false;
        }
        if (entry.encrypted) {
            m_diags << packError(QStringLiteral("pack.encrypted"), {name});
            return false;
        }
        // Names that one file system would see as the same file.
        const QString key = name.normalized(QString::NormalizationForm_C).toCaseFolded();
        const auto seen = m_seen.constFind(key);
        if (seen != m_seen.constEnd()) {
            if (*seen == name)
                m_diags << packError(QStringLiteral("pack.duplicate"), {name});
            else
                m_diags << packError(QStringLiteral("pack.collision"), {*seen, name});
            return false;
        }
        m_seen.insert(key, name);
        // A file may not also be a folder of another entry.
        const bool isDir = entry.kind == ZipReader::Kind::Directory;
        const QStringList parts = name.split(QLatin1Char('/'));
        QString prefix;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            prefix += (i ? QStringLiteral("/") : QString()) + parts[i];
            const QString dirKey = prefix.normalized(QString::NormalizationForm_C).toCaseFolded();
            if (m_files.contains(dirKey)) {
                m_diags << packError(QStringLiteral("pack.collision"), {prefix, name});
                return false;
            }
            m_dirs.insert(dirKey);
        }
        if (!isDir) {
            if (m_dirs.contains(key)) {
                m_diags << packError(QStringLiteral("pack.collision"), {name, name + QLatin1Char('/')});
                return false;
            }
            m_files.insert(key);
        } else {
            m_dirs.insert(key);
        }
        return true;
    }

    bool stream(ZipReader &zip, const QString &name, bool keepInMemory, FileEntry &file)
    {
        QFile out;
        const bool toDisk = !m_staging.isEmpty() && name != mimetypeEntry && name != Manifest::path;
        if (toDisk) {
            const QString target = m_staging + QLatin1Char('/') + name;
            if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
                m_diags << packError(QStringLiteral("pack.write-failed"), {name, QStringLiteral("mkdir")});
                return false;
            }
            out.setFileName(target);
            // Unbuffered: the chunks are large already, and a failed write()
            // reports its own reason instead of "Unknown error".
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
                m_diags << packError(QStringLiteral("pack.write-failed"), {name, out.errorString()});
                return false;
            }
        }
        Sha256 hash;
        const qint64 rawStart = zip.rawPosition();
        qint64 size = 0;
        char buffer[1 << 16];
        for (;;) {
            const qint64 n = zip.read(buffer, sizeof buffer);
            if (n < 0) {
                m_diags << packError(QStringLiteral("pack.corrupt"), {name + QStringLiteral(": ") + zip.errorString()});
                return false;
            }
            if (n == 0)
                break;
            size += n;
            m_total += n;
            if (m_total > m_limits.maxTotalBytes) {
                m_diags << packError(QStringLiteral("pack.too-large"),
                                     {QString::number(m_limits.maxTotalBytes / (1024 * 1024))});
                return false;
            }
            const qint64 raw = qMax<qint64>(1, zip.rawPosition() - rawStart);
            if (size > m_limits.ratioFloor && size / raw > m_limits.maxRatio) {
                m_diags << packError(QStringLiteral("pack.ratio"), {name, QString::number(m_limits.maxRatio)});
                return false;
            }
            // Many small bombs, each under the per-entry floor, add up: the
            // whole archive may not expand more than one entry may.
            const qint64 rawTotal = qMax<qint64>(1, zip.rawPosition());
            if (m_total > 64 * m_limits.ratioFloor && m_total / rawTotal > m_limits.maxRatio) {
                m_diags << packError(QStringLiteral("pack.ratio"), {name, QString::number(m_limits.maxRatio)});
                return false;
            }
            if (keepInMemory) {
                if (size > m_limits.maxXmlBytes) {
                    m_diags << Diagnostic::make(QStringLiteral("xml.too-large"), {name, 0, 0}, {},
                                                {QString::number(m_limits.maxXmlBytes / (1024 * 1024))});
                    return false;
                }
                file.data.append(buffer, n);
            }
            hash.addData(QByteArrayView(buffer, n));
            // A short write is retried: the next one fails with the reason (a full disk).
            for (qint64 written = 0; toDisk && written < n;) {
                const qint64 w = out.write(buffer + written, n - written);
                if (w <= 0) {
                    m_diags << packError(QStringLiteral("pack.write-failed"), {name, out.errorString()});
                    return false;
                }
                written += w;
            }
        }
        if (toDisk && !out.flush()) {
            m_diags << packError(QStringLiteral("pack.write-failed"), {name, out.errorString()});
            return false;
        }
        file.size = size;
        file.sha256 = hash.hexResult();
        return true;
    }

    bool checkManifest(const QByteArray &data, const FileSet &set)
    {
        if (data.isEmpty()) {
            m_diags << packError(QStringLiteral("pack.manifest-missing"));
            return false;
        }
        const auto manifest = Manifest::read(data, m_diags);
        if (!manifest)
            return false;
        bool ok = true;
        for (auto it = set.files.cbegin(); it != set.files.cend(); ++it) {
            const auto m = manifest->constFind(it.key());
            if (m == manifest->constEnd()) {
                m_diags << packError(QStringLiteral("pack.manifest-unlisted"), {it.key()});
                ok = false;
            } else if (m->size != it->size) {
                m_diags << packError(QStringLiteral("pack.size-mismatch"),
                                     {it.key(), QString::number(it->size), QString::number(m->size)});
                ok = false;
            } else if (m->sha256 != it->sha256) {
                m_diags << packError(QStringLiteral("pack.hash-mismatch"), {it.key()});
                ok = false;
            }
        }
        for (auto it = manifest->cbegin(); it != manifest->cend(); ++it) {
            if (!set.files.contains(it.key())) {
                m_diags << packError(QStringLiteral("pack.manifest-absent"), {it.key()});
                ok = false;
            }
        }
        return ok;
    }

    QString m_path;
    PackLimits m_limits;
    Diagnostics &m_diags;
    QString m_staging;
    qint64 m_total = 0;
    QHash<QString, QString> m_seen;
    QSet<QString> m_dirs;
    QSet<QString> m_files;
};

} // namespace

bool Pack::looksLikePack(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == "PK\x03\x04";
}

bool Pack::write(const FileSet &source, const QString &packPath, Diagnostics &diags)
{
    FileSet files = source;
    files.computeMissingHashes();
    const QFileInfo target(packPath);
    QDir().mkpath(target.absolutePath());
    // Written beside the target, renamed at the end: the old pack or the new one.
    QString tmp = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(tmp);
    const QByteArray manifest = Manifest::write(files);
    bool ok = true;
    {
        ZipWriter zip;
        ok = zip.open(tmp) && zip.add(mimetypeEntry, mimeType.size(), false, mimeType)
            && zip.add(Manifest::path, manifest.size(), true, manifest);
        for (auto it = files.files.cbegin(); ok && it != files.files.cend(); ++it) {
            const bool compress = shouldCompress(mediaTypeForPath(it.key()));
            if (!it->data.isEmpty() || it->size == 0)
                ok = zip.add(it.key(), it->size, compress, it->data);
            else
                ok = zip.add(it.key(), it->size, compress, {}, files.absolutePath(it.key()));
        }
        ok = zip.close() && ok;
        if (!ok)
            diags << packError(QStringLiteral("pack.write-failed"), {packPath, zip.errorString()});
    }
    ok = ok && renameReplacing(tmp, target.absoluteFilePath(), diags);
    if (!ok)
        QFile::remove(tmp);
    return ok;
}

std::optional<FileSet> Pack::read(const QString &packPath, Diagnostics &diags, const PackLimits &limits)
{
    return PackReader(packPath, limits, diags, {}).run();
}

std::optional<FileSet> Pack::unpack(const QString &packPath, const QString &target, Diagnostics &diags,
                                    const PackLimits &limits)
{
    const QFileInfo info(target);
    const QString absTarget = info.absoluteFilePath();
    if (info.isSymLink() || (info.exists() && !(info.isDir() && QDir(absTarget).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))) {
        diags << packError(QStringLiteral("pack.target-exists"), {QDir::toNativeSeparators(absTarget)});
        return std::nullopt;
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)) {
        diags << packError(QStringLiteral("pack.write-failed"), {parent, QStringLiteral("mkdir")});
        return std::nullopt;
    }
    QTemporaryDir staging(parent + QStringLiteral("/.") + info.fileName() + QStringLiteral(".unpack-XXXXXX"));
    if (!staging.isValid()) {
        diags << packError(QStringLiteral("pack.write-failed"), {parent, staging.errorString()});
        return std::nullopt;
    }
    std::optional<FileSet> files = PackReader(packPath, limits, diags, staging.path()).run();
    if (!files)
        return std::nullopt;  // the staging folder goes with QTemporaryDir
    if (info.exists())
        QDir().rmdir(absTarget);
    if (!renameReplacing(staging.path(), absTarget, diags))
        return std::nullopt;
    staging.setAutoRemove(false);
    QFile::setPermissions(absTarget, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                         | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                         | QFileDevice::ExeOther);
    files->origin = FileSet::Origin::Folder;
    files->source = absTarget;
    return files;
}

} // namespace Relais
