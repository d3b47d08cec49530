#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace Relais {

class ExportMonitor;

// The files of an export before they are written: bytes in memory or a file
// to copy (a media file), by relative path. Written as a folder or as a zip
// whose entries are sorted and dated alike, so that the same export gives the
// same bytes. Paths are checked when added: nothing can land outside the
// folder or the zip.
class OutputTree
{
public:
    // False (and nothing added) for a path that is absolute, empty, or has a
    // "..", "." or empty segment or a backslash.
    bool add(const QString &path, const QByteArray &bytes);
    bool addFile(const QString &path, const QString &sourcePath);
    bool contains(const QString &path) const { return m_entries.contains(path); }
    QStringList paths() const { return m_entries.keys(); }
    QByteArray bytes(const QString &path) const;  // empty for copied files

    // folder must not exist yet.
    bool writeFolder(const QString &folder, Diagnostics &diags, ExportMonitor *monitor = nullptr) const;
    bool writeZip(const QString &zipPath, Diagnostics &diags, ExportMonitor *monitor = nullptr) const;

    static bool isSafePath(const QString &path);

private:
    struct Entry
    {
        QByteArray bytes;
        QString source;
    };
    // Calls write on each entry in path order, reporting progress; false as
    // soon as the export is cancelled or write fails.
    bool writeEntries(ExportMonitor *monitor, const std::function<bool(const QString &, const Entry &)> &write) const;

    QMap<QString, Entry> m_entries;
};

} // namespace Relais
