#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

struct archive;
struct archive_entry;

namespace Relais {

// The one place that knows the archive library (libarchive): a zip writer
// with deterministic entries and a streaming zip reader. Another backend is
// this file pair.
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    bool open(const QString &path);
    // Adds a regular file; its bytes come from data or, when data is null,
    // are read from sourcePath in chunks.
    bool add(const QString &name, qint64 size, bool compress, const QByteArray &data,
             const QString &sourcePath = {});
    bool close();
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);
    bool writeFailed(const QString &what);
    friend struct ZipOutput;
    archive *m_archive = nullptr;
    QFile m_file;
    QString m_writeError;  // the first write to m_file that failed
    QString m_error;
};

class ZipReader
{
public:
    enum class Kind { File, Directory, Symlink, Hardlink, Other };
    struct Entry
    {
        QByteArray rawName;  // UTF-8 as stored: may be anything, checked by the caller
        bool nameValid = true;  // false: the stored name is not valid UTF-8
        Kind kind = Kind::File;
        qint64 declaredSize = -1;  // from the header; -1 when unknown
        bool encrypted = false;
    };

    ZipReader();
    ~ZipReader();
    bool open(const QString &path);
    // 1: an entry was read; 0: end of archive; -1: error (see errorString()).
    int next(Entry &entry);
    // Bytes of the current entry: > 0 read, 0 end, -1 error.
    qint64 read(char *buffer, qint64 size);
    // Compressed bytes consumed from the file so far.
    qint64 rawPosition() const;
    QString errorString() const { return m_error; }

private:
    archive *m_archive = nullptr;
    QString m_error;
};

} // namespace Relais
