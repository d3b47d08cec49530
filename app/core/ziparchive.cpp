#include "ziparchive.h"

#include "fileset.h"

#include <archive.h>
#include <archive_entry.h>

#include <QFile>

#ifdef Q_OS_UNIX
#include <locale.h>
#endif

namespace Relais {

namespace {
// Every entry gets the same time, owner and mode so that a folder always
// gives the same bytes: 2000-01-01T00:00:00Z, within the range of DOS times.
constexpr time_t fixedTime = 946684800;

QString archiveError(archive *a)
{
    const char *e = archive_error_string(a);
    // Some of libarchive's messages end with a line break, which would split the finding.
    return e ? QString::fromUtf8(e).trimmed() : QStringLiteral("unknown archive error");
}

// libarchive turns a UTF-8 name into the character set of the locale and
// back. Under the C/POSIX locale (services, containers, CI) any name that is
// not ASCII fails that round trip and would be refused as "not UTF-8": the
// calls that decode names run with a UTF-8 character type on this thread.
class Utf8Names
{
public:
    Utf8Names()
    {
#ifdef Q_OS_UNIX
        static const locale_t utf8 = [] {
            locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(0));
            return l ? l : newlocale(LC_CTYPE_MASK, "en_US.UTF-8", locale_t(0));
        }();
        if (utf8)
            m_previous = uselocale(utf8);
#endif
    }
    ~Utf8Names()
    {
#ifdef Q_OS_UNIX
        if (m_previous)
            uselocale(m_previous);
#endif
    }
    Utf8Names(const Utf8Names &) = delete;
    Utf8Names &operator=(const Utf8Names &) = delete;

private:
#ifdef Q_OS_UNIX
    locale_t m_previous = locale_t(0);
#endif
};
} // namespace

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

bool ZipWriter::fail(const QString &what)
{
    m_error = what + QStringLiteral(": ") + archiveError(m_archive);
    return false;
}

bool ZipWriter::writeFailed(const QString &what)
{
    if (m_writeError.isEmpty())
        return false;
    if (m_error.isEmpty())
        m_error = what + QStringLiteral(": ") + m_writeError;
    return true;
}

// libarchive writes through here, not to a file it opens itself: 3.6.2 leaks
// an entry's deflate state when a write fails (archive_write_free skips the
// entry's end after ARCHIVE_FATAL) and ignores a close that fails. A failure
// is kept (a full disk: "No space left on device") and libarchive carries on
// to a clean end; add() and close() report it.
struct ZipOutput
{
    static la_ssize_t write(archive *, void *self, const void *data, size_t size)
    {
        auto *writer = static_cast<ZipWriter *>(self);
        if (writer->m_writeError.isEmpty() && !writeAll(writer->m_file, static_cast<const char *>(data), qint64(size)))
            writer->m_writeError = writer->m_file.errorString();
        return la_ssize_t(size);
    }
};

bool ZipWriter::open(const QString &path)
{
    m_archive = archive_write_new();
    if (archive_write_set_format_zip(m_archive) != ARCHIVE_OK)
        return fail(QStringLiteral("zip format"));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = path + QStringLiteral(": ") + m_file.errorString();
        return false;
    }
    archive_write_set_bytes_in_last_block(m_archive, 1);  // no padding after the zip
    if (archive_write_open(m_archive, this, nullptr, &ZipOutput::write, nullptr) != ARCHIVE_OK)
        return fail(path);
    return true;
}

bool ZipWriter::add(const QString &name, qint64 size, bool compress, const QByteArray &data,
                    const QString &sourcePath)
{
    if (compress)
        archive_write_zip_set_compression_deflate(m_archive);
    else
        archive_write_zip_set_compression_store(m_archive);

    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    archive_entry_set_mtime(entry, fixedTime, 0);
    archive_entry_set_uid(entry, 0);
    archive_entry_set_gid(entry, 0);
    const int status = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (writeFailed(name))
        return false;
    if (status != ARCHIVE_OK)
        return fail(name);

    if (sourcePath.isEmpty()) {
        if (!data.isEmpty() && archive_write_data(m_archive, data.constData(), size_t(data.size())) < 0)
            return fail(name);
        return !writeFailed(name);
    }
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = sourcePath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QByteArray buffer(1 << 17, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            m_error = sourcePath + QStringLiteral(": ") + file.errorString();
            return false;
        }
        if (n == 0)
            break;
        total += n;
        if (archive_write_data(m_archive, buffer.constData(), size_t(n)) < 0)
            return fail(name);
        if (writeFailed(name))
            return false;
    }
    if (total != size) {
        m_error = sourcePath + QStringLiteral(": the file changed while it was being packed");
        return false;
    }
    return true;
}

bool ZipWriter::close()
{
    if (!m_archive)
        return false;
    bool ok = archive_write_close(m_archive) == ARCHIVE_OK;
    if (!ok)
        fail(QStringLiteral("close"));
    archive_write_free(m_archive);
    m_archive = nullptr;
    m_file.close();
    if (writeFailed(QStringLiteral("close")))
        ok = false;
    return ok;
}

ZipReader::ZipReader() = default;

ZipReader::~ZipReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

bool ZipReader::open(const QString &path)
{
    const Utf8Names utf8;  // libarchive picks the locale's character set here
    m_archive = archive_read_new();
    // The seekable reader trusts the central directory, as other zip tools do.
    archive_read_support_format_zip_seekable(m_archive);
    // Names are decoded as UTF-8 whatever the locale; bytes that are not UTF-8
    // make the header read fail instead of being silently converted.
    archive_read_set_option(m_archive, "zip", "hdrcharset", "UTF-8");
    if (archive_read_open_filename(m_archive, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        m_error = archiveError(m_archive);
        return false;
    }
    return true;
}

int ZipReader::next(Entry &entry)
{
    const Utf8Names utf8;
    archive_entry *e = nullptr;
    const int status = archive_read_next_header(m_archive, &e);
    if (status == ARCHIVE_EOF)
        return 0;
    // A warning is what a name that is not UTF-8 gives: the entry is still
    // returned, with no name, for the caller to refuse.
    if ((status != ARCHIVE_OK && status != ARCHIVE_WARN) || !e) {
        m_error = archiveError(m_archive);
        return -1;
    }
    const char *name = archive_entry_pathname_utf8(e);
    // Any other warning says that the central directory and the local header
    // disagree (CRC, sizes): other zip tools would see another file than the
    // one read here, so the archive is refused as damaged.
    if (status == ARCHIVE_WARN && name) {
        m_error = archiveError(m_archive);
        return -1;
    }
    entry.nameValid = name != nullptr;
    entry.rawName = QByteArray(name ? name : "");
    entry.declaredSize = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
    entry.encrypted = archive_entry_is_encrypted(e);
    if (archive_entry_hardlink(e))
        entry.kind = Kind::Hardlink;
    else if (archive_entry_symlink(e) || archive_entry_filetype(e) == AE_IFLNK)
        entry.kind = Kind::Symlink;
    else if (archive_entry_filetype(e) == AE_IFDIR)
        entry.kind = Kind::Directory;
    else if (archive_entry_filetype(e) == AE_IFREG)
        entry.kind = Kind::File;
    else
        entry.kind = Kind::Other;
    return 1;
}

qint64 ZipReader::read(char *buffer, qint64 size)
{
    const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(size));
    if (n < 0) {
        m_error = archiveError(m_archive);
        return -1;
    }
    return qint64(n);
}

qint64 ZipReader::rawPosition() const
{
    return m_archive ? qint64(archive_filter_bytes(m_archive, -1)) : 0;
}

} // namespace Relais
