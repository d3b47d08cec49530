#pragma once

#include "diagnostic.h"
#include "sha256.h"

#include <QByteArray>
#include <QMap>
#include <QString>

class QIODevice;
class QSaveFile;

namespace Relais {

struct FileEntry
{
    qint64 size = 0;
    QString sha256;   // lowercase hex; empty until needed for XML read from a folder
    QByteArray data;  // the bytes of XML files; empty for media
};

// The files of a curriculum, wherever they come from (a source folder or a
// pack read without unpacking): paths relative to the root, with '/'.
class FileSet
{
public:
    enum class Origin { Folder, Pack };

    // Reads the XML files and hashes the media (on every core) of a folder.
    static FileSet fromFolder(const QString &root, Diagnostics &diags);

    // The files that make a curriculum: curriculum.xml and what is under
    // pathways/, modules/ and media/. Anything else in the folder is ignored.
    static bool belongsToCurriculum(const QString &relativePath);
    static bool isXml(const QString &relativePath);

    Origin origin = Origin::Folder;
    QString source;  // absolute path of the folder or the pack
    QMap<QString, FileEntry> files;

    const FileEntry *file(const QString &path) const;
    // Hashes the files held in memory whose hash is not known yet.
    void computeMissingHashes();
    // Puts these XML files (by relative path) in place of every XML file the
    // set holds: the media of a folder with the XML of a model not yet saved.
    void replaceXml(const QMap<QString, QByteArray> &xml);
    QString absolutePath(const QString &relativePath) const;  // folders only
};

// True when the file at path holds exactly these bytes.
bool hasBytes(const QString &path, const QByteArray &bytes);
// Hash of a file read in chunks; empty string on error.
QString sha256OfFile(const QString &path, qint64 *size = nullptr);
QString mediaTypeForPath(const QString &path);
// Writes a whole file atomically (QSaveFile), creating its folder; on failure
// a "pack.write-failed" diagnostic located at `where`.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, Diagnostics &diags, const Location &where = {});
// Copies a file the same way, in chunks: a kill or a full disk leaves the
// whole copy or nothing, never a temporary file beside it.
bool copyFileAtomically(const QString &from, const QString &to, Diagnostics &diags, const Location &where = {});
// For a file written in pieces: the QSaveFile opened unbuffered (its folder
// created) and each piece written whole, short writes retried. Qt 6.4's
// QSaveFile::commit() ignores a failure of the last flush of its buffer, and
// would put a truncated file in place on a full disk; unbuffered, the write
// that fails says why (errorString()).
bool openSaveFile(QSaveFile &file);
bool writeAll(QIODevice &out, const char *data, qint64 size);
inline bool writeAll(QIODevice &out, const QByteArray &bytes) { return writeAll(out, bytes.constData(), bytes.size()); }
// rename(2): replaces `to` in one step; on failure a "pack.write-failed" diagnostic.
bool renameReplacing(const QString &from, const QString &to, Diagnostics &diags);
// Text formats are deflated; formats that are already compressed are stored.
bool shouldCompress(const QString &mediaType);

} // namespace Relais
