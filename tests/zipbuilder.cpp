#include "zipbuilder.h"

#include <zlib.h>

namespace {

void put16(QByteArray &out, quint16 v)
{
    const uchar b[2] = {uchar(v), uchar(v >> 8)};
    out.append(reinterpret_cast<const char *>(b), 2);
}

void put32(QByteArray &out, quint32 v)
{
    const uchar b[4] = {uchar(v), uchar(v >> 8), uchar(v >> 16), uchar(v >> 24)};
    out.append(reinterpret_cast<const char *>(b), 4);
}

// 2000-01-01 00:00:00 in DOS format: a fixed time keeps the bytes reproducible.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;

} // namespace

ZipBuilder::Entry &ZipBuilder::add(const QByteArray &name, const QByteArray &data, Method method)
{
    const QByteArray payload = method == Deflated ? deflateRaw(data) : data;
    return addPrecompressed(name, payload, method, crc32(data), quint32(data.size()));
}

ZipBuilder::Entry &ZipBuilder::addPrecompressed(const QByteArray &name, const QByteArray &payload, Method method,
                                                quint32 crc, quint32 uncompressedSize)
{
    Entry e;
    e.local.name = name;
    e.local.method = method;
    e.local.crc = crc;
    e.local.compressedSize = quint32(payload.size());
    e.local.uncompressedSize = uncompressedSize;
    e.central = e.local;
    e.payload = payload;
    m_entries.append(e);
    return m_entries.last();
}

qsizetype ZipBuilder::indexOf(const QByteArray &name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].local.name == name)
            return i;
    return -1;
}

ZipBuilder::Entry &ZipBuilder::entry(const QByteArray &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        qFatal("ZipBuilder::entry: no entry named %s", name.constData());
    return m_entries[i];
}

void ZipBuilder::remove(const QByteArray &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        qFatal("ZipBuilder::remove: no entry named %s", name.constData());
    m_entries.removeAt(i);
}

void ZipBuilder::move(const QByteArray &name, qsizetype to)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        qFatal("ZipBuilder::move: no entry named %s", name.constData());
    m_entries.move(i, to);
}

QByteArray ZipBuilder::build(Layout *layout) const
{
    QByteArray out;
    QList<qsizetype> offsets;
    Layout l;
    for (const Entry &e : m_entries) {
        const Header &h = e.local;
        offsets.append(out.size());
        l.localHeaderOffsets.append(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);  // version needed to extract
        put16(out, h.flags);
        put16(out, h.method);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, h.crc);
        put32(out, h.compressedSize);
        put32(out, h.uncompressedSize);
        put16(out, quint16(h.name.size()));
        put16(out, quint16(h.extra.size()));
        out += h.name;
        out += h.extra;
        l.payloadOffsets.append(out.size());
        out += e.payload;
    }
    l.centralDirectoryOffset = out.size();
    quint16 count = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (!e.inCentralDirectory)
            continue;
        ++count;
        const Header &h = e.central;
        put32(out, 0x02014b50);
        put16(out, e.versionMadeBy);
        put16(out, 20);
        put16(out, h.flags);
        put16(out, h.method);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, h.crc);
        put32(out, h.compressedSize);
        put32(out, h.uncompressedSize);
        put16(out, quint16(h.name.size()));
        put16(out, quint16(h.extra.size()));
        put16(out, 0);  // comment length
        put16(out, 0);  // disk number start
        put16(out, 0);  // internal attributes
        put32(out, e.externalAttributes);
        put32(out, quint32(offsets[i]));
        out += h.name;
        out += h.extra;
    }
    const qsizetype centralSize = out.size() - l.centralDirectoryOffset;
    l.endRecordOffset = out.size();
    put32(out, 0x06054b50);
    put16(out, 0);  // this disk
    put16(out, 0);  // disk with the central directory
    put16(out, count);
    put16(out, count);
    put32(out, quint32(centralSize));
    put32(out, quint32(l.centralDirectoryOffset));
    put16(out, 0);  // comment length
    if (layout)
        *layout = l;
    return out;
}

QByteArray ZipBuilder::unicodePathExtra(const QByteArray &headerName, const QByteArray &path)
{
    QByteArray extra;
    put16(extra, 0x7075);
    put16(extra, quint16(5 + path.size()));
    extra.append(char(1));  // version
    put32(extra, crc32(headerName));  // ties the field to the name it replaces
    return extra + path;
}

quint32 ZipBuilder::crc32(const QByteArray &data)
{
    return quint32(::crc32(::crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()),
                           uInt(data.size())));
}

namespace {

// Feeds chunk repeatedly (count times in all) through one raw deflate stream.
QByteArray deflateRepeated(const QByteArray &chunk, qint64 count, int level)
{
    z_stream z{};
    // -15 window bits: raw deflate, without the zlib header and trailer that
    // zip entries do not carry.
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 i = 0; i < count; ++i) {
        const int flush = i + 1 == count ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(chunk.size());
        // A full output buffer may hide more output: drain until it is not full.
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

} // namespace

QByteArray ZipBuilder::deflateRaw(const QByteArray &data, int level)
{
    return deflateRepeated(data, 1, level);
}

QByteArray ZipBuilder::deflateZeros(qint64 size, quint32 *crc)
{
    constexpr qint64 chunkSize = 1 << 20;
    if (size % chunkSize != 0)
        qFatal("ZipBuilder::deflateZeros: size must be a multiple of 1 MiB");
    const QByteArray chunk(chunkSize, '\0');
    quint32 c = quint32(::crc32(0L, nullptr, 0));
    for (qint64 i = 0; i < size / chunkSize; ++i)
        c = quint32(::crc32(c, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size())));
    if (crc)
        *crc = c;
    return deflateRepeated(chunk, size / chunkSize, 9);
}
