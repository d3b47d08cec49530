#include "outputtree.h"

#include "exporter.h"
#include "fileset.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Relais {

bool OutputTree::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QLatin1Char(':')) || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    return true;
}

bool OutputTree::add(const QString &path, const QByteArray &bytes)
{
    if (!isSafePath(path))
        return false;
    m_entries.insert(path, {bytes, {}});
    return true;
}

bool OutputTree::addFile(const QString &path, const QString &sourcePath)
{
    if (!isSafePath(path))
        return false;
    m_entries.insert(path, {{}, sourcePath});
    return true;
}

QByteArray OutputTree::bytes(const QString &path) const
{
    return m_entries.value(path).bytes;
}

bool OutputTree::writeEntries(ExportMonitor *monitor, const std::function<bool(const QString &, const Entry &)> &write) const
{
    int done = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (monitor) {
            if (monitor->isCancelled())
                return false;
            monitor->progress(done++, int(m_entries.size()), it.key());
        }
        if (!write(it.key(), it.value()))
            return false;
    }
    return true;
}

bool OutputTree::writeFolder(const QString &folder, Diagnostics &diags, ExportMonitor *monitor) const
{
    return writeEntries(monitor, [&](const QString &path, const Entry &entry) {
        const QString out = folder + QLatin1Char('/') + path;
        if (entry.source.isEmpty())
            return writeFileAtomically(out, entry.bytes, diags);
        QDir().mkpath(QFileInfo(out).absolutePath());
        QFile::remove(out);
        if (!QFile::copy(entry.source, out)) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {out, QStringLiteral("copy")});
            return false;
        }
        return true;
    });
}

bool OutputTree::writeZip(const QString &zipPath, Diagnostics &diags, ExportMonitor *monitor) const
{
    ZipWriter zip;
    if (!zip.open(zipPath)) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {zipPath, zip.errorString()});
        return false;
    }
    const bool added = writeEntries(monitor, [&](const QString &path, const Entry &entry) {
        const bool compress = shouldCompress(mediaTypeForPath(path));
        bool ok;
        if (entry.source.isEmpty()) {
            ok = zip.add(path, entry.bytes.size(), compress, entry.bytes);
        } else {
            const QFileInfo info(entry.source);
            ok = info.isFile() && zip.add(path, info.size(), compress, QByteArray(), entry.source);
        }
        if (!ok)
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {zipPath, zip.errorString()});
        return ok;
    });
    if (!added)
        return false;
    if (!zip.close()) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {zipPath, zip.errorString()});
        return false;
    }
    return true;
}

} // namespace Relais
