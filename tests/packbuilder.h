#pragma once

#include "zipbuilder.h"

#include <fileset.h>
#include <pack.h>
#include <sha256.h>
#include <xmlwriter.h>

#include <QList>
#include <QStringDecoder>

// Packs laid out as Pack::write lays them out (mimetype, the manifest, the
// files), from files and manifest lines a test chooses, true or not: for
// tst_pack's hostile packs and the fuzz seeds made from them. ZipBuilder then
// lets a test spoil any header.
namespace PackBuilder {

struct File
{
    QByteArray name;
    QByteArray data;
    ZipBuilder::Method method = ZipBuilder::Deflated;
};
using Files = QList<File>;

// What a manifest line may say: by default the truth about a file.
struct Listing
{
    QByteArray path;
    qint64 size;
    QByteArray sha256;
};

inline QByteArray sha256(const QByteArray &data)
{
    return Relais::sha256Hex(data).toLatin1();
}

inline QByteArray manifestXml(const QList<Listing> &listings)
{
    QByteArray xml = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<manifest xmlns=\"urn:relais:curriculum:1\" formatVersion=\"1\">\n");
    for (const Listing &l : listings) {
        const QString path = QString::fromUtf8(l.path);
        xml += "  <file path=\"" + Relais::escapeAttribute(path).toUtf8() + "\" size=\"" + QByteArray::number(l.size)
            + "\" sha256=\"" + l.sha256 + "\" mediaType=\"" + Relais::mediaTypeForPath(path).toUtf8() + "\"/>\n";
    }
    return xml + "</manifest>\n";
}

// A name a manifest can carry: XML 1.0 has no way to write control
// characters, nor bytes that are not UTF-8.
inline bool listable(const QByteArray &name)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(name);
    if (utf8.hasError())
        return false;
    for (const QChar c : decoded)
        if (c.unicode() < 0x20)
            return false;
    return true;
}

inline QList<Listing> truthfulListings(const Files &files)
{
    QList<Listing> listings;
    for (const File &f : files)
        if (listable(f.name))
            listings.append({f.name, f.data.size(), sha256(f.data)});
    return listings;
}

inline ZipBuilder packBuilder(const Files &files, const QList<Listing> &listings)
{
    ZipBuilder zip;
    zip.add("mimetype", Relais::Pack::mimeType, ZipBuilder::Stored);
    zip.add("META-INF/manifest.xml", manifestXml(listings), ZipBuilder::Deflated);
    for (const File &f : files)
        zip.add(f.name, f.data, f.method);
    return zip;
}

inline ZipBuilder packBuilder(const Files &files)
{
    return packBuilder(files, truthfulListings(files));
}

} // namespace PackBuilder
