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
    static HashCache &instance();

    // The hash of path if it is known for the file as it is now; empty otherwise.
    QString lookup(const QString &absolutePath, qint64 *size) const;
    void insert(const QString &absolutePath, qint64 size, const QString &sha256);
    void save();

private:
    HashCache();
    struct Entry
    {
        QByteArray status;  // size, mtime, ctime, inode, device
        QString sha256;
        qint64 size = 0;
    };
    static QByteArray fileStatus(const QString &absolutePath, qint64 *size);

    QString m_file;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
};

} // namespace Relais
