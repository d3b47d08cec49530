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

bool OutputTree::writeFolder(const QString &folder, Diagnostics &diags, ExportMonitor *monitor) const
{
    int done = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (monitor) {
            if (monitor->isCancelled())
                return false;
            monitor->progress(done++, int(m_entries.size()), it.key());
        }
        const QString out = folder + QLatin1Char('/') + it.key();
        if (it->source.isEmpty()) {
            if (!writeFileAtomically(out, it->bytes, diags))
                return false;
            continue;
        }
        QDir().mkpath(QFileInfo(out).absolutePath());
        QFile::remove(out);
        if (!QFile::copy(it->source, out)) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {out, QStringLiteral("copy")});
            return false;
        }
    }
    return true;
}

bool OutputTree::writeZip(const QString &zipPath, Diagnostics &diags, ExportMonitor *monitor) const
{
    ZipWriter zip;
    if (!zip.open(zipPath)) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {zipPath, zip.errorString()});
        return false;
    }
    int done = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (monitor) {
            if (monitor->isCancelled())
                return false;
            monitor->progress(done++, int(m_entries.size()), it.key());
        }
        const bool compress = shouldCompress(mediaTypeForPath(it.key()));
        bool ok;
        if (it->source.isEmpty()) {
            ok = zip.add(it.key(), it->bytes.size(), compress, it->bytes);
        } else {
            const QFileInfo info(it->source);
            ok = info.isFile() && zip.add(it.key(), info.size(), compress, QByteArray(), it->source);
        }
        if (!ok) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {zipPath, zip.errorString()});
            return false;
        }
    }
    if (!zip.close()) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {zipPath, zip.errorString()});
        return false;
    }
    return true;
}

} // namespace Relais
