#pragma once

#include <QByteArray>
#include <QList>

// A deliberately naive zip writer for tests. Unlike a real archiver it lets
// every header field say whatever the test wants: raw name bytes, flags, file
// type bits, sizes and CRCs that lie, a central directory that disagrees with
// the local headers, duplicate names. Nothing is checked: producing archives
// that a careful reader must refuse is the point.
class ZipBuilder
{
public:
    enum Method : quint16 { Stored = 0, Deflated = 8 };

    // General purpose bit flags used by the tests.
    static constexpr quint16 flagEncrypted = 0x0001;
    static constexpr quint16 flagUtf8 = 0x0800;

    // Unix file types, as stored in the high 16 bits of the external attributes.
    static constexpr quint32 modeFile = 0100644;
    static constexpr quint32 modeDirectory = 0040755;
    static constexpr quint32 modeSymlink = 0120777;
    static constexpr quint32 modeCharDevice = 0020666;
    static constexpr quint32 modeBlockDevice = 0060660;
    static constexpr quint32 modeSocket = 0140755;

    // The fields a local header and a central directory record share. They
    // are kept apart so that a test can make the two disagree.
    struct Header
    {
        QByteArray name;
        quint16 flags = flagUtf8;
        quint16 method = Stored;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 uncompressedSize = 0;
        QByteArray extra;
    };

    struct Entry
    {
        Header local;
        Header central;
        QByteArray payload;  // the bytes after the local header, compressed or not
        quint16 versionMadeBy = (3 << 8) | 20;  // host 3 = Unix, so that the mode below is honoured
        quint32 externalAttributes = modeFile << 16;
        bool inCentralDirectory = true;

        void setFlags(quint16 flags) { local.flags = central.flags = flags; }
        void setUnixMode(quint32 mode) { externalAttributes = mode << 16; }
        void setName(const QByteArray &name) { local.name = central.name = name; }
    };

    // Where build() put things, for tests that cut or corrupt the bytes.
    struct Layout
    {
        QList<qsizetype> localHeaderOffsets;  // one per entry, in order
        QList<qsizetype> payloadOffsets;
        qsizetype centralDirectoryOffset = 0;
        qsizetype endRecordOffset = 0;
    };

    // Adds an entry whose headers tell the truth about data.
    Entry &add(const QByteArray &name, const QByteArray &data, Method method = Stored);
    // Adds an entry from bytes already compressed (a bomb too large to hold
    // uncompressed); crc and size describe the uncompressed content.
    Entry &addPrecompressed(const QByteArray &name, const QByteArray &payload, Method method, quint32 crc,
                            quint32 uncompressedSize);

    QList<Entry> &entries() { return m_entries; }
    // The first entry whose local name is name; a name that was never added
    // is a mistake in the test and aborts it (qFatal), even in release builds.
    Entry &entry(const QByteArray &name);
    qsizetype indexOf(const QByteArray &name) const;
    void remove(const QByteArray &name);
    void move(const QByteArray &name, qsizetype to);

    // Local headers and payloads in order, then the central directory and
    // the end record. No data descriptors, no zip64.
    QByteArray build(Layout *layout = nullptr) const;

    // An Info-ZIP Unicode Path extra field (0x7075): readers that know it
    // take path instead of the name in the header.
    static QByteArray unicodePathExtra(const QByteArray &headerName, const QByteArray &path);

    static quint32 crc32(const QByteArray &data);
    // Raw deflate (no zlib header), as zip method 8 stores it.
    static QByteArray deflateRaw(const QByteArray &data, int level = 9);
    // Raw deflate of size zero bytes, produced in chunks so that the
    // uncompressed content never exists in memory; crc receives its CRC-32.
    static QByteArray deflateZeros(qint64 size, quint32 *crc);

private:
    QList<Entry> m_entries;
};
