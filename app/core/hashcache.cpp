#include "hashcache.h"

#include "fileset.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <sys/stat.h>

namespace Relais {

namespace {
QMutex mutex;
// A file whose status changed less than this before it was hashed may have
// been written again within the same timestamp tick: it is not trusted.
constexpr qint64 racyNanoseconds = 2'000'000'000;
constexpr char header[] = "relais-hash-cache 1";
} // namespace

HashCache::HashCache(const QString &root) : m_root(root)
{
    if (qEnvironmentVariableIsSet("RELAIS_NO_HASH_CACHE"))
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (dir.isEmpty())
        return;
    const QByteArray key = QCryptographicHash::hash(QFileInfo(root).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    m_file = dir + QStringLiteral("/relais/hash-cache/") + QString::fromLatin1(key);
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly) || f.readLine().trimmed() != header)
        return;
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split('\t');
        if (parts.size() != 4)
            continue;
        m_entries.insert(QString::fromUtf8(parts[0]), {parts[1], QString::fromLatin1(parts[2]), parts[3].toLongLong()});
    }
}

QByteArray HashCache::fileStatus(const QString &relativePath, qint64 *size) const
{
    struct stat st;
    if (::stat(QFile::encodeName(m_root + QLatin1Char('/') + relativePath).constData(), &st) != 0)
        return {};
    const qint64 ctime = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    if (QDateTime::currentMSecsSinceEpoch() * 1'000'000 - ctime < racyNanoseconds)
        return {};
    *size = st.st_size;
    return QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
         + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ':' + QByteArray::number(ctime) + ':'
         + QByteArray::number(quint64(st.st_ino)) + ':' + QByteArray::number(quint64(st.st_dev));
}

QString HashCache::lookup(const QString &relativePath, qint64 *size) const
{
    if (m_file.isEmpty())
        return {};
    qint64 currentSize = 0;
    const QByteArray status = fileStatus(relativePath, &currentSize);
    QMutexLocker lock(&mutex);
    const auto it = m_entries.constFind(relativePath);
    if (status.isEmpty() || it == m_entries.constEnd() || it->status != status)
        return {};
    *size = currentSize;
    return it->sha256;
}

void HashCache::insert(const QString &relativePath, qint64 size, const QString &sha256)
{
    if (m_file.isEmpty())
        return;
    qint64 currentSize = 0;
    const QByteArray status = fileStatus(relativePath, &currentSize);
    if (status.isEmpty() || currentSize != size)
        return;
    QMutexLocker lock(&mutex);
    m_entries.insert(relativePath, {status, sha256, size});
    m_dirty = true;
}

void HashCache::save()
{
    QMutexLocker lock(&mutex);
    if (!m_dirty || m_file.isEmpty())
        return;
    QByteArray text = QByteArray(header) + '\n';
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        // Files that are gone leave the cache.
        if (!QFileInfo::exists(m_root + QLatin1Char('/') + it.key()) || it.key().contains(QLatin1Char('\t')) || it.key().contains(QLatin1Char('\n')))
            continue;
        text += it.key().toUtf8() + '\t' + it->status + '\t' + it->sha256.toLatin1() + '\t' + QByteArray::number(it->size) + '\n';
    }
    Diagnostics ignored;  // a cache: one that cannot be written is rebuilt next time
    if (writeFileAtomically(m_file, text, ignored))
        m_dirty = false;
}

} // namespace Relais
