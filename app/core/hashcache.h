#pragma once

#include <QHash>
#include <QString>

namespace Relais {

// Remembers the hash of media files by path and file status (size, mtime,
// ctime, inode), as git's index does, so that validating an unchanged
// curriculum again does not read hundreds of megabytes. Kept in the user's
// cache folder; a file changed after it was hashed (ctime moves on any write)
// or too close to its hashing time to tell is hashed again.
class HashCache
{
public:
    // The cache of one curriculum folder: only its own entries are read.
    explicit HashCache(const QString &root);

    // The hash of a file (path relative to the root) if it is known for the
    // file as it is now; empty otherwise.
    QString lookup(const QString &relativePath, qint64 *size) const;
    void insert(const QString &relativePath, qint64 size, const QString &sha256);
    void save();

private:
    struct Entry
    {
        QByteArray status;  // size, mtime, ctime, inode, device
        QString sha256;
        qint64 size = 0;
    };
    QByteArray fileStatus(const QString &relativePath, qint64 *size) const;

    QString m_root;
    QString m_file;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
};

} // namespace Relais
