// fuzz_seeds <output folder> <curriculum folder>…
//
// Writes the seed corpora of the fuzz targets, one folder each under the
// output folder:
//   fuzz_pack/      the pack of every curriculum given and of the starter
//                   curriculum (what `relais pack` writes: Pack::write), and
//                   the hostile packs of tests/tst_pack.cpp, built the same
//                   way (ZipBuilder) from the starter curriculum;
//   fuzz_xml/       every XML file of those curricula;
//   fuzz_payload/   every activity's payload, its type on the first line;
//   fuzz_richtext/  every rich text, as XML blocks and as the Studio's markup.
// Files are named after what they hold, so that running it again replaces
// them rather than adding copies.

#include "../tests/packbuilder.h"

#include <curriculumloader.h>
#include <fileset.h>
#include <pack.h>
#include <payloadcodec.h>
#include <richtextmarkup.h>
#include <starter.h>
#include <xmlwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Relais;
using namespace PackBuilder;

namespace {

QString outputRoot;
int written = 0;

void write(const QString &target, const QString &name, const QByteArray &data)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    const QString dir = outputRoot + QLatin1Char('/') + target;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + QString(name).replace(unsafe, QStringLiteral("-")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
        std::exit(1);
    }
    ++written;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// ---------------------------------------------------------------------------
// What the curricula hold.

void richText(const QString &name, const RichText &text)
{
    if (text.empty())
        return;
    write(QStringLiteral("fuzz_richtext"), name + QStringLiteral(".xml"), PayloadCodec::richTextToString(text).toUtf8());
    write(QStringLiteral("fuzz_richtext"), name + QStringLiteral(".txt"), RichTextMarkup::toMarkup(text).toUtf8());
}

bool curriculum(const QString &root, const QString &name)
{
    Diagnostics diags;
    const std::optional<FileSet> files = CurriculumLoader::open(root, diags);
    if (!files) {
        std::fprintf(stderr, "%s: not a curriculum\n", qPrintable(root));
        return false;
    }
    if (!Pack::write(*files, outputRoot + QStringLiteral("/fuzz_pack/") + name + QStringLiteral(".relais"), diags)) {
        std::fprintf(stderr, "%s: cannot write its pack\n", qPrintable(root));
        return false;
    }
    ++written;
    for (auto it = files->files.cbegin(); it != files->files.cend(); ++it)
        if (FileSet::isXml(it.key()))
            write(QStringLiteral("fuzz_xml"), name + QLatin1Char('-') + it.key(), it->data);

    const CurriculumLoader::Result loaded = CurriculumLoader::load(*files);
    if (!loaded.curriculum)
        return false;
    const Curriculum &c = *loaded.curriculum;
    richText(name + QStringLiteral("-summary"), c.summary);
    for (const MediaAsset &m : c.media)
        richText(name + QStringLiteral("-transcript-") + m.id, m.transcript);
    for (const Pathway &p : c.pathways) {
        richText(name + QStringLiteral("-") + p.id + QStringLiteral("-summary"), p.summary);
        for (const Step &s : p.steps) {
            richText(name + QStringLiteral("-") + p.id + QLatin1Char('-') + s.id + QStringLiteral("-goal"), s.goal);
            richText(name + QStringLiteral("-") + p.id + QLatin1Char('-') + s.id + QStringLiteral("-notes"), s.notes);
        }
    }
    for (const Module &m : c.modules) {
        const QString prefix = name + QLatin1Char('-') + m.id;
        richText(prefix + QStringLiteral("-summary"), m.summary);
        richText(prefix + QStringLiteral("-notes"), m.facilitatorNotes);
        for (qsizetype i = 0; i < m.runningOrder.size(); ++i)
            richText(prefix + QStringLiteral("-segment-%1").arg(i + 1), m.runningOrder[i].description);
        for (const Activity &a : m.activities) {
            richText(prefix + QLatin1Char('-') + a.id + QStringLiteral("-instructions"), a.instructions);
            if (!a.payload)
                continue;
            XmlWriter w;
            w.node(*a.payload);
            write(QStringLiteral("fuzz_payload"), a.type + QLatin1Char('-') + prefix + QLatin1Char('-') + a.id,
                  a.type.toUtf8() + '\n' + w.data());
        }
    }
    return true;
}

// ---------------------------------------------------------------------------
// The hostile packs of tests/tst_pack.cpp: the starter curriculum's pack plus
// one bad thing each.

Files starterFiles;

void hostile(const char *name, const QByteArray &bytes)
{
    write(QStringLiteral("fuzz_pack"), QStringLiteral("hostile-") + QString::fromUtf8(name) + QStringLiteral(".relais"), bytes);
}

QByteArray withEntry(const QByteArray &name, const QByteArray &data, quint32 mode = ZipBuilder::modeFile,
                     quint16 flags = ZipBuilder::flagUtf8)
{
    Files files = starterFiles;
    files.append({name, data, ZipBuilder::Stored});
    ZipBuilder zip = packBuilder(files);
    ZipBuilder::Entry &e = zip.entries().last();
    e.setUnixMode(mode);
    e.setFlags(flags);
    return zip.build();
}

QByteArray withFiles(const std::function<void(Files &)> &tweak)
{
    Files files = starterFiles;
    tweak(files);
    return packBuilder(files).build();
}

QByteArray withZip(const std::function<void(ZipBuilder &)> &tweak)
{
    ZipBuilder zip = packBuilder(starterFiles);
    tweak(zip);
    return zip.build();
}

QByteArray withListings(const std::function<void(QList<Listing> &)> &tweak)
{
    QList<Listing> listed = truthfulListings(starterFiles);
    tweak(listed);
    return packBuilder(starterFiles, listed).build();
}

// One starter file's content replaced (its listing stays truthful).
QByteArray withContent(const QByteArray &path, const std::function<void(QByteArray &)> &tweak)
{
    return withFiles([&](Files &files) {
        for (File &f : files)
            if (f.name == path)
                tweak(f.data);
    });
}

void hostilePacks()
{
    const QByteArray curriculum = "curriculum.xml";
    QByteArray module;
    QByteArray media;
    for (const File &f : std::as_const(starterFiles)) {
        if (f.name.startsWith("modules/"))
            module = f.name;
        if (f.name.startsWith("media/"))
            media = f.name;
    }

    // Paths that leave the target, or that another system reads differently.
    hostile("parent", withEntry("../evil.txt", "x"));
    hostile("parent-inside", withEntry("media/../../evil", "x"));
    hostile("parent-deep", withEntry(QByteArray("../").repeated(12) + "evil-deep", "x"));
    hostile("absolute", withEntry("/tmp/evil", "x"));
    hostile("backslash", withEntry("media\\..\\evil", "x"));
    hostile("backslash-absolute", withEntry("\\tmp\\evil", "x"));
    hostile("drive", withEntry("C:/evil", "x"));
    hostile("drive-relative", withEntry("c:evil", "x"));
    hostile("empty-name", withEntry("", "x"));
    hostile("dot-segment", withEntry("media/./x.png", "x"));
    hostile("empty-segment", withEntry("media//x.png", "x"));
    hostile("control-character", withEntry("media/x\x01.png", "x"));
    hostile("path-too-long", withEntry("media/" + QByteArray(300, 'a') + ".png", "x"));
    hostile("directory-parent", withEntry("../evil-dir/", {}, ZipBuilder::modeDirectory));
    hostile("unicode-path-extra", withZip([](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.add("media/safe.png", "x");
        e.local.extra = e.central.extra = ZipBuilder::unicodePathExtra("media/safe.png", "../evil");
    }));

    // Anything but regular files and folders.
    hostile("symlink-passwd", withEntry("media/passwd.svg", "/etc/passwd", ZipBuilder::modeSymlink));
    hostile("symlink-up", withEntry("media/up", "../..", ZipBuilder::modeSymlink));
    hostile("char-device", withEntry("media/tty", {}, ZipBuilder::modeCharDevice));
    hostile("block-device", withEntry("media/sda", {}, ZipBuilder::modeBlockDevice));
    hostile("socket", withEntry("media/socket", {}, ZipBuilder::modeSocket));

    // Entries that would overwrite each other.
    hostile("duplicate", withZip([&](ZipBuilder &zip) { zip.add(media, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"); }));
    hostile("second-manifest", withZip([](ZipBuilder &zip) { zip.add("META-INF/manifest.xml", manifestXml({})); }));
    hostile("case", withFiles([](Files &f) {
        f.append({"media/Photo.png", "first", ZipBuilder::Stored});
        f.append({"media/photo.png", "second", ZipBuilder::Stored});
    }));
    hostile("case-manifest", withZip([](ZipBuilder &zip) { zip.add("meta-inf/MANIFEST.XML", manifestXml({})); }));
    hostile("nfc-nfd", withFiles([](Files &f) {
        f.append({"media/\xC3\xA9t\xC3\xA9.png", "first", ZipBuilder::Stored});
        f.append({"media/e\xCC\x81te\xCC\x81.png", "second", ZipBuilder::Stored});
    }));
    hostile("kelvin", withFiles([](Files &f) {
        f.append({"media/k.png", "first", ZipBuilder::Stored});
        f.append({"media/\xE2\x84\xAA.png", "second", ZipBuilder::Stored});
    }));
    hostile("file-and-folder", withEntry(media + "/evil.png", "x"));

    // Names that are not UTF-8.
    hostile("name-0xff", withEntry("media/\xFF.png", "x"));
    hostile("name-cp437", withEntry("media/\x82t\x82.png", "x", ZipBuilder::modeFile, 0));
    hostile("name-overlong", withEntry("\xC0\xAE\xC0\xAE/evil", "x"));
    hostile("name-surrogate", withEntry("media/\xED\xA0\x80.png", "x"));
    hostile("name-accented", withEntry("media/\xC3\xA9t\xC3\xA9-\xE2\x84\x96.png", "png"));

    // Content and manifest that disagree.
    hostile("manifest-unlisted", withListings([](QList<Listing> &l) { l.removeLast(); }));
    hostile("manifest-absent", withListings([](QList<Listing> &l) { l.append({"media/absent.png", 3, sha256("abc")}); }));
    hostile("manifest-size", withListings([](QList<Listing> &l) { l.last().size += 1; }));
    hostile("manifest-hash", withListings([](QList<Listing> &l) { l.last().sha256 = sha256("other"); }));
    hostile("manifest-no-namespace", withZip([](ZipBuilder &zip) {
        zip.remove("META-INF/manifest.xml");
        zip.add("META-INF/manifest.xml", "<manifest formatVersion=\"1\"/>");
        zip.move("META-INF/manifest.xml", 1);
    }));
    hostile("manifest-doctype", withZip([](ZipBuilder &zip) {
        QByteArray manifest = manifestXml(truthfulListings(starterFiles));
        manifest.insert(manifest.indexOf('\n') + 1, "<!DOCTYPE manifest [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n");
        zip.remove("META-INF/manifest.xml");
        zip.add("META-INF/manifest.xml", manifest, ZipBuilder::Deflated);
        zip.move("META-INF/manifest.xml", 1);
    }));
    hostile("manifest-missing", withZip([](ZipBuilder &zip) { zip.remove("META-INF/manifest.xml"); }));

    // The mimetype entry.
    hostile("mimetype-missing", withZip([](ZipBuilder &zip) { zip.remove("mimetype"); }));
    hostile("mimetype-second", withZip([](ZipBuilder &zip) { zip.move("mimetype", 1); }));
    hostile("mimetype-deflated", withZip([](ZipBuilder &zip) {
        zip.remove("mimetype");
        zip.add("mimetype", Pack::mimeType, ZipBuilder::Deflated);
        zip.move("mimetype", 0);
    }));
    hostile("mimetype-wrong", withZip([](ZipBuilder &zip) {
        zip.remove("mimetype");
        zip.add("mimetype", "application/epub+zip");
        zip.move("mimetype", 0);
    }));

    // Damaged archives.
    ZipBuilder::Layout layout;
    const QByteArray valid = packBuilder(starterFiles).build(&layout);
    write(QStringLiteral("fuzz_pack"), QStringLiteral("zipbuilder-starter.relais"), valid);
    const qsizetype firstPayload = layout.payloadOffsets[2];
    hostile("truncated-10", valid.left(10));
    hostile("truncated-in-data", valid.left(firstPayload + 40));
    hostile("truncated-before-directory", valid.left(layout.centralDirectoryOffset));
    hostile("truncated-in-directory", valid.left(layout.centralDirectoryOffset + 60));
    hostile("truncated-by-one", valid.left(valid.size() - 1));
    {
        QByteArray flipped = valid;
        for (qsizetype i = firstPayload + 20; i < firstPayload + 28; ++i)
            flipped[i] = char(~flipped[i]);
        hostile("flipped-deflate", flipped);
    }
    hostile("crc-lies", withZip([&](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.entry(media);
        e.local.crc = e.central.crc = e.local.crc ^ 1;
    }));
    hostile("size-lies", withZip([&](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.entry(curriculum);
        e.local.uncompressedSize = e.central.uncompressedSize = 10;
    }));
    hostile("crc-headers-differ", withZip([&](ZipBuilder &zip) { zip.entry(media).central.crc ^= 1; }));
    hostile("size-headers-differ", withZip([&](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.entry(media);
        e.central.compressedSize = e.central.uncompressedSize = 10;
    }));
    hostile("not-in-directory", withZip([&](ZipBuilder &zip) { zip.entry(media).inCentralDirectory = false; }));
    hostile("encrypted", withZip([&](ZipBuilder &zip) {
        zip.entry(media).setFlags(ZipBuilder::flagUtf8 | ZipBuilder::flagEncrypted);
    }));

    // Bombs and counts, at the fuzz targets' limits (fuzz_pack.cpp).
    hostile("bomb-lying-size", withZip([](ZipBuilder &zip) {
        quint32 crc = 0;
        const QByteArray payload = ZipBuilder::deflateZeros(16 * 1024 * 1024, &crc);
        zip.addPrecompressed("media/small.png", payload, ZipBuilder::Deflated, crc, 1024);
    }));
    {
        // Many entries each under the per-entry floor: only the total ratio stops them.
        ZipBuilder zip = packBuilder(starterFiles);
        const QByteArray zeros(60 * 1024, '\0');
        for (int i = 0; i < 100; ++i)
            zip.add("media/zeros-" + QByteArray::number(i) + ".bin", zeros, ZipBuilder::Deflated);
        hostile("bombs-small", zip.build());
    }
    hostile("entries-many", withFiles([](Files &f) {
        for (int i = 0; i < 300; ++i)
            f.append({"media/m" + QByteArray::number(i) + ".png", QByteArray::number(i), ZipBuilder::Stored});
    }));
    hostile("xml-too-large", withContent(module, [](QByteArray &xml) {
        xml.replace("</module>", "  <!-- " + QByteArray(1100 * 1024, 'a') + " -->\n</module>");
    }));

    // Hostile XML in a sound zip.
    hostile("xml-external-entity", withContent(curriculum, [](QByteArray &xml) {
        xml.insert(xml.indexOf('\n') + 1, "<!DOCTYPE curriculum [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n");
    }));
    hostile("xml-billion-laughs", withContent(module, [](QByteArray &xml) {
        QByteArray laughs = "<!DOCTYPE module [\n  <!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            const QByteArray previous = i == 1 ? QByteArray("lol") : "lol" + QByteArray::number(i - 1);
            laughs += "  <!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">\n";
        }
        xml.insert(xml.indexOf('\n') + 1, laughs + "]>\n");
        xml.replace("</module>", "  <x:note xmlns:x=\"urn:example:note\">&lol9;</x:note>\n</module>");
    }));
    hostile("xml-deep", withContent(module, [](QByteArray &xml) {
        xml.replace("</module>", "  <x:d xmlns:x=\"urn:example:deep\">" + QByteArray("<x:d>").repeated(9999)
                                     + QByteArray("</x:d>").repeated(10000) + "\n</module>");
    }));
    hostile("xml-long-attribute", withContent(curriculum, [](QByteArray &xml) {
        xml.replace("formatVersion=\"1\"", "formatVersion=\"1\" xmlns:x=\"urn:example:note\" x:note=\""
                                               + QByteArray(64 * 1024 + 1, 'a') + "\"");
    }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 1) {
        std::fprintf(stderr, "usage: fuzz_seeds <output folder> <curriculum folder>…\n");
        return 2;
    }
    outputRoot = args.first();

    QTemporaryDir tmp;
    const QString starter = tmp.path() + QStringLiteral("/starter");
    Diagnostics diags;
    if (!tmp.isValid() || !createStarterCurriculum(starter, QStringLiteral("org.exemple.starter"),
                                                   QStringLiteral("Premier atelier"), diags)) {
        std::fprintf(stderr, "cannot create the starter curriculum\n");
        return 1;
    }
    bool ok = curriculum(starter, QStringLiteral("starter"));
    for (const QString &root : args.mid(1))
        ok = curriculum(root, QFileInfo(root).fileName()) && ok;

    Diagnostics starterDiags;
    const FileSet starterSet = FileSet::fromFolder(starter, starterDiags);
    for (auto it = starterSet.files.cbegin(); it != starterSet.files.cend(); ++it)
        starterFiles.append({it.key().toUtf8(), readFile(starterSet.absolutePath(it.key())),
                             shouldCompress(mediaTypeForPath(it.key())) ? ZipBuilder::Deflated : ZipBuilder::Stored});
    hostilePacks();

    std::printf("%d seeds written under %s\n", written, qPrintable(outputRoot));
    return ok ? 0 : 1;
}
