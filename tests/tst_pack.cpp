// Hostile .relais packs: every one must be refused by Pack::read and
// Pack::unpack with a precise diagnostic code, and a refused unpack must leave
// nothing behind, neither in the target's parent nor anywhere else.
//
// The packs are built here, byte by byte, with ZipBuilder: a real archiver
// would refuse to write most of them. Each hostile pack is the valid pack of
// validFiles() plus one bad thing, so a refusal can only come from that thing;
// validPackIsAccepted() is the control.

#include "packbuilder.h"

#include <pack.h>
#include <validator.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <clocale>
#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Relais;
using namespace PackBuilder;

Q_DECLARE_METATYPE(Relais::PackLimits)

namespace {

// ---------------------------------------------------------------------------
// The valid curriculum every case starts from (what `relais new` writes,
// shortened): one pathway, one module, one SVG image.

const QByteArray svgData = QByteArrayLiteral(
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"200\" viewBox=\"0 0 120 200\">\n"
    "  <rect x=\"5\" y=\"5\" width=\"110\" height=\"190\" rx=\"12\" fill=\"#222\"/>\n"
    "  <rect x=\"30\" y=\"40\" width=\"24\" height=\"24\" rx=\"5\" fill=\"#2a7ae2\"/>\n"
    "  <rect x=\"66\" y=\"40\" width=\"24\" height=\"24\" rx=\"5\" fill=\"#2aa84a\"/>\n"
    "</svg>\n");

const QByteArray svgPath = QByteArrayLiteral("media/ecran-telephone.svg");

// The parameters let the XML cases add one hostile thing to an otherwise
// valid file.
QByteArray curriculumXml(const QByteArray &prolog = {}, const QByteArray &rootAttributes = {},
                         const QByteArray &titleText = QByteArrayLiteral("Nouveau curriculum"))
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + prolog
        + QByteArrayLiteral(
               "<curriculum xmlns=\"urn:relais:curriculum:1\" formatVersion=\"1\" id=\"org.exemple.pack\" "
               "version=\"0.1.0\" lang=\"fr\"")
        + rootAttributes + QByteArrayLiteral(">\n  <title>") + titleText
        + QByteArrayLiteral(
               "</title>\n"
               "  <publisher>Relais</publisher>\n"
               "  <licence>CC-BY-SA-4.0</licence>\n"
               "  <changelog>\n"
               "    <release version=\"0.1.0\" date=\"2026-01-01\">\n"
               "      <change kind=\"added\">Création du curriculum.</change>\n"
               "    </release>\n"
               "  </changelog>\n"
               "  <pathways>\n"
               "    <pathway ref=\"premier-parcours\"/>\n"
               "  </pathways>\n"
               "  <modules>\n"
               "    <module ref=\"premier-atelier\"/>\n"
               "  </modules>\n"
               "  <media>\n"
               "    <asset id=\"ecran-telephone\" href=\"media/ecran-telephone.svg\" type=\"image/svg+xml\" size=\"")
        + QByteArray::number(svgData.size()) + QByteArrayLiteral("\" sha256=\"") + sha256(svgData)
        + QByteArrayLiteral(
               "\">\n"
               "      <alt>Un téléphone dont l'écran montre deux icônes.</alt>\n"
               "    </asset>\n"
               "  </media>\n"
               "</curriculum>\n");
}

const QByteArray pathwayXml = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<pathway xmlns=\"urn:relais:curriculum:1\" formatVersion=\"1\" id=\"premier-parcours\" modality=\"collectif\" "
    "sessions=\"1\" duration=\"60\">\n"
    "  <title>Premier parcours</title>\n"
    "  <steps>\n"
    "    <step id=\"seance-1\">\n"
    "      <title>Séance 1</title>\n"
    "      <module ref=\"premier-atelier\"/>\n"
    "    </step>\n"
    "  </steps>\n"
    "  <completion minSessions=\"1\"/>\n"
    "</pathway>\n");

QByteArray moduleXml(const QByteArray &extra = {})
{
    return QByteArrayLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<module xmlns=\"urn:relais:curriculum:1\" formatVersion=\"1\" id=\"premier-atelier\" duration=\"60\" "
               "modality=\"collectif\" level=\"debutant\">\n"
               "  <title>Premier atelier</title>\n"
               "  <objectives>\n"
               "    <objective>Reconnaître l'icône pour appeler</objective>\n"
               "  </objectives>\n"
               "  <equipment>\n"
               "    <item kind=\"smartphone\">Un smartphone par personne</item>\n"
               "  </equipment>\n"
               "  <runningOrder>\n"
               "    <segment duration=\"60\" activity=\"decouvrir\">\n"
               "      <title>Découvrir l'écran d'accueil</title>\n"
               "    </segment>\n"
               "  </runningOrder>\n"
               "  <activities>\n"
               "    <activity id=\"decouvrir\" type=\"content\">\n"
               "      <title>L'écran d'accueil</title>\n"
               "      <media ref=\"ecran-telephone\"/>\n"
               "      <payload>\n"
               "        <content xmlns=\"urn:relais:exercise:content:1\">\n"
               "          <body>\n"
               "            <p>Chaque <strong>icône</strong> ouvre une application.</p>\n"
               "          </body>\n"
               "        </content>\n"
               "      </payload>\n"
               "    </activity>\n"
               "  </activities>\n")
        + extra + QByteArrayLiteral("</module>\n");
}

Files validFiles()
{
    return {{"curriculum.xml", curriculumXml()},
            {"pathways/premier-parcours.xml", pathwayXml},
            {"modules/premier-atelier.xml", moduleXml()},
            {svgPath, svgData}};
}

QByteArray validPackBytes()
{
    return packBuilder(validFiles()).build();
}

// The valid pack plus one more entry, listed truthfully in the manifest
// whenever a manifest can list it, so that the entry itself is the only fault.
QByteArray withEntry(const QByteArray &name, const QByteArray &data, quint32 mode = ZipBuilder::modeFile,
                     quint16 flags = ZipBuilder::flagUtf8)
{
    Files files = validFiles();
    files.append({name, data, ZipBuilder::Stored});
    ZipBuilder zip = packBuilder(files);
    ZipBuilder::Entry &e = zip.entries().last();
    e.setUnixMode(mode);
    e.setFlags(flags);
    return zip.build();
}

// Two entries that a file system could see as one.
QByteArray withPair(const QByteArray &first, const QByteArray &second)
{
    Files files = validFiles();
    files.append({first, "first", ZipBuilder::Stored});
    files.append({second, "second", ZipBuilder::Stored});
    return packBuilder(files).build();
}

QByteArray withTweak(const std::function<void(ZipBuilder &)> &tweak)
{
    ZipBuilder zip = packBuilder(validFiles());
    tweak(zip);
    return zip.build();
}

QByteArray withListings(const std::function<void(QList<Listing> &)> &tweak)
{
    const Files files = validFiles();
    QList<Listing> listings = truthfulListings(files);
    tweak(listings);
    return packBuilder(files, listings).build();
}

QString describe(const Diagnostics &diags)
{
    QStringList lines;
    for (const Diagnostic &d : diags)
        lines << d.code + QStringLiteral(": ") + d.message(QStringLiteral("en"));
    return lines.isEmpty() ? QStringLiteral("(no diagnostic)") : lines.join(QLatin1Char('\n'));
}

bool hasError(const Diagnostics &diags, const QString &code)
{
    for (const Diagnostic &d : diags)
        if (d.code == code && d.severity == Severity::Error)
            return true;
    return false;
}

QStringList listAll(const QString &dir, const QStringList &filters = {})
{
    QStringList names = QDir(dir).entryList(filters, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                                         | QDir::System);
    names.sort();
    return names;
}

// Whatever lands in the temporary folders' parent with a name an entry of
// these tests could produce ("/tmp/evil", "../../evil-up" from a staging
// folder); compared before and after every case.
QStringList evilSnapshot()
{
    QStringList found;
    for (const QString &dir : {QStringLiteral("/tmp"), QDir::tempPath()})
        for (const QString &name : listAll(dir, {QStringLiteral("evil*")}))
            found << dir + QLatin1Char('/') + name;
    found.removeDuplicates();
    return found;
}

// A disposable root holding the pack, a victim/ folder beside the target,
// and the target path (root/out) itself.
class Sandbox
{
public:
    explicit Sandbox(const QByteArray &packBytes)
    {
        QVERIFY(m_root.isValid());
        QFile pack(packPath());
        QVERIFY(pack.open(QIODevice::WriteOnly));
        QCOMPARE(pack.write(packBytes), packBytes.size());
        pack.close();
        QVERIFY(QDir(m_root.path()).mkdir(QStringLiteral("victim")));
        QFile canary(m_root.path() + QStringLiteral("/victim/canary.txt"));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write(canaryData);
    }

    QString root() const { return m_root.path(); }
    QString packPath() const { return m_root.path() + QStringLiteral("/pack.relais"); }
    QString target() const { return m_root.path() + QStringLiteral("/out"); }

    // After a refusal: the root holds exactly what the test put there, the
    // victim is intact, and nothing named evil* appeared in the temp folder.
    void verifyNothingLeft(const QStringList &evilBefore) const
    {
        QVERIFY2(!QFileInfo::exists(target()), "the target was created");
        QVERIFY2(listAll(root(), {QStringLiteral(".out.unpack-*")}).isEmpty(), "a staging folder was left");
        QCOMPARE(listAll(root()), (QStringList{QStringLiteral("pack.relais"), QStringLiteral("victim")}));
        QCOMPARE(listAll(root() + QStringLiteral("/victim")), QStringList{QStringLiteral("canary.txt")});
        QFile canary(root() + QStringLiteral("/victim/canary.txt"));
        QVERIFY(canary.open(QIODevice::ReadOnly));
        QCOMPARE(canary.readAll(), canaryData);
        QCOMPARE(evilSnapshot(), evilBefore);
    }

private:
    static inline const QByteArray canaryData = QByteArrayLiteral("do not touch");
    QTemporaryDir m_root;
};

// depth nested elements in a foreign namespace, to go at the end of a module.
QByteArray nested(int depth)
{
    return "  <x:d xmlns:x=\"urn:example:deep\">" + QByteArray("<x:d>").repeated(depth - 1)
        + QByteArray("</x:d>").repeated(depth) + "\n";
}

// A foreign attribute of length characters, for the curriculum's root.
QByteArray longAttribute(qsizetype length)
{
    return " xmlns:x=\"urn:example:note\" x:note=\"" + QByteArray(length, 'a') + "\"";
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    // Seeded: incompressible yet reproducible from one run to the next.
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

} // namespace

class TestPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validPackIsAccepted();
    void accentedNamesInAnyLocale();
    void refused_data();
    void refused();
    void limits_data();
    void limits();
    void ratioBombStopsWhileStreaming();
    void hostileXml_data();
    void hostileXml();
    void xmlAtTheLimits();
    void manifestWithDoctype();
    void unpackIntoExistingFolder();
    void unpackThroughSymlinkedTarget();

private:
    // Pack::read and Pack::unpack must both refuse bytes with code.
    void expectRefusal(const QByteArray &bytes, const QString &code, const PackLimits &limits = {});

    QStringList m_evilBefore;
};

void TestPack::initTestCase()
{
    m_evilBefore = evilSnapshot();
}

void TestPack::expectRefusal(const QByteArray &bytes, const QString &code, const PackLimits &limits)
{
    Sandbox box(bytes);
    if (QTest::currentTestFailed())
        return;

    Diagnostics readDiags;
    QVERIFY2(!Pack::read(box.packPath(), readDiags, limits), "Pack::read accepted a hostile pack");
    QVERIFY2(hasError(readDiags, code), qPrintable(describe(readDiags)));
    box.verifyNothingLeft(m_evilBefore);
    if (QTest::currentTestFailed())
        return;

    Diagnostics unpackDiags;
    QVERIFY2(!Pack::unpack(box.packPath(), box.target(), unpackDiags, limits), "Pack::unpack accepted a hostile pack");
    QVERIFY2(hasError(unpackDiags, code), qPrintable(describe(unpackDiags)));
    box.verifyNothingLeft(m_evilBefore);
}

void TestPack::validPackIsAccepted()
{
    Sandbox box(validPackBytes());

    Diagnostics diags;
    const std::optional<FileSet> read = Pack::read(box.packPath(), diags);
    QVERIFY2(read, qPrintable(describe(diags)));
    QVERIFY2(diags.isEmpty(), qPrintable(describe(diags)));
    const Files files = validFiles();
    QCOMPARE(read->files.size(), files.size());
    for (const File &f : files) {
        const FileEntry *entry = read->file(QString::fromUtf8(f.name));
        QVERIFY2(entry, f.name.constData());
        QCOMPARE(entry->size, f.data.size());
        QCOMPARE(entry->sha256.toLatin1(), sha256(f.data));
    }

    const std::optional<FileSet> unpacked = Pack::unpack(box.packPath(), box.target(), diags);
    QVERIFY2(unpacked, qPrintable(describe(diags)));
    QCOMPARE(unpacked->source, QFileInfo(box.target()).absoluteFilePath());
    // Only the curriculum's files, not the pack's own bookkeeping, and no staging folder.
    QCOMPARE(listAll(box.root()),
             (QStringList{QStringLiteral("out"), QStringLiteral("pack.relais"), QStringLiteral("victim")}));
    QCOMPARE(listAll(box.target()), (QStringList{QStringLiteral("curriculum.xml"), QStringLiteral("media"),
                                                 QStringLiteral("modules"), QStringLiteral("pathways")}));
    for (const File &f : files) {
        QFile out(box.target() + QLatin1Char('/') + QString::fromUtf8(f.name));
        QVERIFY2(out.open(QIODevice::ReadOnly), f.name.constData());
        QCOMPARE(out.readAll(), f.data);
    }

    // A pack written by Pack::write (libarchive) from the unpacked folder is
    // accepted too: the reader's strictness does not refuse real packs.
    Diagnostics rewriteDiags;
    const FileSet folder = FileSet::fromFolder(box.target(), rewriteDiags);
    const QString rewritten = box.root() + QStringLiteral("/victim/rewritten.relais");
    QVERIFY2(Pack::write(folder, rewritten, rewriteDiags), qPrintable(describe(rewriteDiags)));
    const std::optional<FileSet> reread = Pack::read(rewritten, rewriteDiags);
    QVERIFY2(reread, qPrintable(describe(rewriteDiags)));
    QCOMPARE(reread->files.keys(), read->files.keys());
    QVERIFY(QFile::remove(rewritten));

    // The XML cases below rely on this pack being free of errors.
    const Validator::Report report = Validator().validate(box.packPath());
    QVERIFY2(!hasErrors(report.diagnostics), qPrintable(describe(report.diagnostics)));
}

void TestPack::accentedNamesInAnyLocale()
{
    // French curricula name their files in French. libarchive decodes names
    // through the locale's character set; under the C locale (services,
    // containers, CI) that used to refuse every name that is not ASCII.
    const QByteArray name = "media/\xC3\xA9t\xC3\xA9-\xE2\x84\x96.png";  // "été-№.png"
    Files files = validFiles();
    files.append({name, "png", ZipBuilder::Stored});
    Sandbox box(packBuilder(files).build());

    const QByteArray savedLocale = setlocale(LC_CTYPE, nullptr);
    setlocale(LC_CTYPE, "C");
    Diagnostics diags;
    const std::optional<FileSet> read = Pack::read(box.packPath(), diags);
    const std::optional<FileSet> unpacked = Pack::unpack(box.packPath(), box.target(), diags);
    setlocale(LC_CTYPE, savedLocale.constData());

    QVERIFY2(read, qPrintable(describe(diags)));
    QVERIFY(read->file(QString::fromUtf8(name)));
    QVERIFY2(unpacked, qPrintable(describe(diags)));
    QVERIFY(QFileInfo(box.target() + QLatin1Char('/') + QString::fromUtf8(name)).isFile());
}

void TestPack::refused_data()
{
    QTest::addColumn<QByteArray>("pack");
    QTest::addColumn<QString>("code");

    const QString unsafe = QStringLiteral("pack.unsafe-path");
    const QString entryType = QStringLiteral("pack.entry-type");
    const QString collision = QStringLiteral("pack.collision");
    const QString encoding = QStringLiteral("pack.name-encoding");
    const QString mimetype = QStringLiteral("pack.mimetype");
    const QString corrupt = QStringLiteral("pack.corrupt");
    const QString notZip = QStringLiteral("pack.not-zip");

    // Paths that leave the target, or that another system reads differently.
    QTest::newRow("parent ../evil.txt") << withEntry("../evil.txt", "x") << unsafe;
    QTest::newRow("parent media/../../evil") << withEntry("media/../../evil", "x") << unsafe;
    QTest::newRow("parent ../../evil-up2") << withEntry("../../evil-up2", "x") << unsafe;
    QTest::newRow("absolute /tmp/evil") << withEntry("/tmp/evil", "x") << unsafe;
    QTest::newRow("backslash media\\..\\evil") << withEntry("media\\..\\evil", "x") << unsafe;
    QTest::newRow("backslash \\tmp\\evil") << withEntry("\\tmp\\evil", "x") << unsafe;
    QTest::newRow("drive C:/evil") << withEntry("C:/evil", "x") << unsafe;
    QTest::newRow("drive c:evil") << withEntry("c:evil", "x") << unsafe;
    QTest::newRow("empty name") << withEntry("", "x") << unsafe;
    QTest::newRow("dot segment") << withEntry("media/./x.png", "x") << unsafe;
    QTest::newRow("empty segment") << withEntry("media//x.png", "x") << unsafe;
    QTest::newRow("control character") << withEntry("media/x\x01.png", "x") << unsafe;
    QTest::newRow("path too long") << withEntry("media/" + QByteArray(300, 'a') + ".png", "x") << unsafe;
    QTest::newRow("directory ../evil-dir/")
        << withEntry("../evil-dir/", {}, ZipBuilder::modeDirectory) << unsafe;

    QTest::newRow("Unicode path extra field says ../evil") << withTweak([](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.add("media/safe.png", "x");
        e.local.extra = e.central.extra = ZipBuilder::unicodePathExtra("media/safe.png", "../evil");
    }) << unsafe;

    // Anything but regular files and folders. Hard links cannot be expressed:
    // zip has no such entry type and libarchive's zip reader never reports
    // one. FIFOs are not here either: libarchive turns them into regular
    // files, which is what Pack::unpack writes for every entry anyway.
    QTest::newRow("symlink to /etc/passwd") << withEntry("media/passwd.svg", "/etc/passwd", ZipBuilder::modeSymlink)
                                            << entryType;
    QTest::newRow("symlink to ../..") << withEntry("media/up", "../..", ZipBuilder::modeSymlink) << entryType;
    QTest::newRow("character device") << withEntry("media/tty", {}, ZipBuilder::modeCharDevice) << entryType;
    QTest::newRow("block device") << withEntry("media/sda", {}, ZipBuilder::modeBlockDevice) << entryType;
    QTest::newRow("socket") << withEntry("media/socket", {}, ZipBuilder::modeSocket) << entryType;

    // Entries that would overwrite each other.
    QTest::newRow("duplicate entry") << withTweak([](ZipBuilder &zip) {
        zip.add(svgPath, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }) << QStringLiteral("pack.duplicate");
    QTest::newRow("second manifest") << withTweak([](ZipBuilder &zip) {
        zip.add("META-INF/manifest.xml", manifestXml({}));
    }) << QStringLiteral("pack.duplicate");
    QTest::newRow("case Photo.png / photo.png") << withPair("media/Photo.png", "media/photo.png") << collision;
    QTest::newRow("case MANIFEST.XML") << withTweak([](ZipBuilder &zip) {
        zip.add("meta-inf/MANIFEST.XML", manifestXml({}));
    }) << collision;
    // libarchive hands names over in NFC, so the reader sees the same name
    // twice; with a case difference on top it sees two names that collide.
    QTest::newRow("NFC / NFD") << withPair("media/\xC3\xA9t\xC3\xA9.png", "media/e\xCC\x81te\xCC\x81.png")
                               << QStringLiteral("pack.duplicate");
    QTest::newRow("NFC / NFD and case") << withPair("media/\xC3\x89t\xC3\xA9.png", "media/e\xCC\x81te\xCC\x81.png")
                                        << collision;
    QTest::newRow("Kelvin sign") << withPair("media/k.png", "media/\xE2\x84\xAA.png") << collision;
    QTest::newRow("file is also a folder") << withEntry(svgPath + "/evil.png", "x") << collision;

    // Names that are not UTF-8, whatever the header claims.
    QTest::newRow("0xFF with UTF-8 flag") << withEntry("media/\xFF.png", "x") << encoding;
    QTest::newRow("0xFF without UTF-8 flag") << withEntry("media/\xFF.png", "x", ZipBuilder::modeFile, 0) << encoding;
    QTest::newRow("CP437 e-acute without flag") << withEntry("media/\x82t\x82.png", "x", ZipBuilder::modeFile, 0)
                                                << encoding;
    QTest::newRow("overlong ../") << withEntry("\xC0\xAE\xC0\xAE/evil", "x") << encoding;
    QTest::newRow("UTF-16 surrogate") << withEntry("media/\xED\xA0\x80.png", "x") << encoding;

    // Content and manifest that disagree.
    QTest::newRow("file missing from manifest") << withListings([](QList<Listing> &l) { l.removeLast(); })
                                                << QStringLiteral("pack.manifest-unlisted");
    QTest::newRow("manifest lists absent file") << withListings([](QList<Listing> &l) {
        l.append({"media/absent.png", 3, sha256("abc")});
    }) << QStringLiteral("pack.manifest-absent");
    QTest::newRow("size mismatch") << withListings([](QList<Listing> &l) { l.last().size += 1; })
                                   << QStringLiteral("pack.size-mismatch");
    QTest::newRow("hash mismatch") << withListings([](QList<Listing> &l) { l.last().sha256 = sha256("other"); })
                                   << QStringLiteral("pack.hash-mismatch");
    QTest::newRow("content replaced, same size") << withTweak([](ZipBuilder &zip) {
        QByteArray altered = svgData;
        altered.replace("#222", "#f00");
        zip.remove(svgPath);
        zip.add(svgPath, altered);
    }) << QStringLiteral("pack.hash-mismatch");
    QTest::newRow("manifest in no namespace") << withTweak([](ZipBuilder &zip) {
        zip.remove("META-INF/manifest.xml");
        zip.add("META-INF/manifest.xml", "<manifest formatVersion=\"1\"/>");
        zip.move("META-INF/manifest.xml", 1);
    }) << QStringLiteral("xml.wrong-root");

    // The mimetype entry and the manifest.
    QTest::newRow("mimetype missing") << withTweak([](ZipBuilder &zip) { zip.remove("mimetype"); }) << mimetype;
    QTest::newRow("mimetype not first") << withTweak([](ZipBuilder &zip) { zip.move("mimetype", 1); }) << mimetype;
    QTest::newRow("mimetype deflated") << withTweak([](ZipBuilder &zip) {
        zip.remove("mimetype");
        zip.add("mimetype", Pack::mimeType, ZipBuilder::Deflated);
        zip.move("mimetype", 0);
    }) << mimetype;
    QTest::newRow("mimetype wrong content") << withTweak([](ZipBuilder &zip) {
        zip.remove("mimetype");
        zip.add("mimetype", "application/epub+zip");
        zip.move("mimetype", 0);
    }) << mimetype;
    QTest::newRow("mimetype with newline") << withTweak([](ZipBuilder &zip) {
        zip.remove("mimetype");
        zip.add("mimetype", Pack::mimeType + '\n');
        zip.move("mimetype", 0);
    }) << mimetype;
    QTest::newRow("manifest missing") << withTweak([](ZipBuilder &zip) { zip.remove("META-INF/manifest.xml"); })
                                      << QStringLiteral("pack.manifest-missing");

    // Damaged archives. Cut anywhere, a zip loses its end record, without
    // which it is no longer recognisable as a zip at all: pack.not-zip.
    ZipBuilder::Layout layout;
    const QByteArray valid = packBuilder(validFiles()).build(&layout);
    const qsizetype curriculumIndex = 2;  // mimetype, manifest, curriculum.xml (deflated)
    const qsizetype curriculumPayload = layout.payloadOffsets[curriculumIndex];
    QTest::newRow("truncated to 10 bytes") << valid.left(10) << corrupt;
    QTest::newRow("truncated in mimetype header") << valid.left(35) << corrupt;
    QTest::newRow("truncated in curriculum.xml data") << valid.left(curriculumPayload + 40) << corrupt;
    QTest::newRow("truncated before central directory") << valid.left(layout.centralDirectoryOffset) << corrupt;
    QTest::newRow("truncated in central directory") << valid.left(layout.centralDirectoryOffset + 60) << corrupt;
    QTest::newRow("truncated by one byte") << valid.left(valid.size() - 1) << corrupt;
    {
        QByteArray flipped = valid;
        for (qsizetype i = curriculumPayload + 20; i < curriculumPayload + 28; ++i)
            flipped[i] = char(~flipped[i]);
        QTest::newRow("bytes flipped in deflated data") << flipped << corrupt;
    }
    {
        QByteArray flipped = valid;
        const qsizetype svgPayload = layout.payloadOffsets[layout.payloadOffsets.size() - 1];
        flipped[svgPayload + 100] = char(flipped[svgPayload + 100] ^ 0x20);
        QTest::newRow("byte flipped in last entry") << flipped << corrupt;
    }
    QTest::newRow("CRC lies in both headers") << withTweak([](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.entry(svgPath);
        e.local.crc = e.central.crc = e.local.crc ^ 1;
    }) << corrupt;
    QTest::newRow("size lies in both headers") << withTweak([](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.entry("curriculum.xml");
        e.local.uncompressedSize = e.central.uncompressedSize = 10;
    }) << corrupt;
    // Headers that disagree with each other: other zip tools (which trust
    // the central directory) would see another file than the one checked.
    QTest::newRow("CRC differs between headers") << withTweak([](ZipBuilder &zip) {
        zip.entry(svgPath).central.crc ^= 1;
    }) << corrupt;
    QTest::newRow("size differs between headers") << withTweak([](ZipBuilder &zip) {
        ZipBuilder::Entry &e = zip.entry(svgPath);
        e.central.compressedSize = e.central.uncompressedSize = 10;
    }) << corrupt;
    QTest::newRow("compressed size differs between headers") << withTweak([](ZipBuilder &zip) {
        zip.entry("curriculum.xml").central.compressedSize += 100;
    }) << corrupt;
    {
        // 100 bytes cut from curriculum.xml: the end record no longer points
        // at the central directory...
        QByteArray holed = valid;
        holed.remove(curriculumPayload + 10, 100);
        QTest::newRow("bytes cut, end record unchanged") << holed << corrupt;
        // ...and once it does again, the central directory points past the
        // local headers that follow the hole.
        const qsizetype endRecord = layout.endRecordOffset - 100;
        const quint32 centralOffset = quint32(layout.centralDirectoryOffset - 100);
        for (int i = 0; i < 4; ++i)
            holed[endRecord + 16 + i] = char(centralOffset >> (8 * i));
        QTest::newRow("bytes cut, end record adjusted") << holed << corrupt;
    }
    QTest::newRow("not a zip") << QByteArray("This is not a zip file, only text.\n") << notZip;
    QTest::newRow("empty file") << QByteArray() << notZip;

    QTest::newRow("encrypted entry") << withTweak([](ZipBuilder &zip) {
        zip.entry(svgPath).setFlags(ZipBuilder::flagUtf8 | ZipBuilder::flagEncrypted);
    }) << QStringLiteral("pack.encrypted");
}

void TestPack::refused()
{
    QFETCH(QByteArray, pack);
    QFETCH(QString, code);
    expectRefusal(pack, code);
}

void TestPack::limits_data()
{
    QTest::addColumn<QByteArray>("pack");
    QTest::addColumn<PackLimits>("limits");
    QTest::addColumn<QString>("code");

    {
        // Incompressible entries: only the total can stop them.
        Files files = validFiles();
        for (int i = 0; i < 4; ++i)
            files.append({"media/noise-" + QByteArray::number(i) + ".bin", randomBytes(2 * 1024 * 1024, quint32(i + 1)),
                          ZipBuilder::Stored});
        PackLimits limits;
        limits.maxTotalBytes = 5 * 1024 * 1024;
        QTest::newRow("total over maxTotalBytes") << packBuilder(files).build() << limits
                                                  << QStringLiteral("pack.too-large");
    }
    {
        Files files = validFiles();
        for (int i = 0; i < 20; ++i)
            files.append({"media/m" + QByteArray::number(i) + ".png", QByteArray::number(i), ZipBuilder::Stored});
        PackLimits limits;
        limits.maxEntries = 10;
        QTest::newRow("entries over maxEntries") << packBuilder(files).build() << limits
                                                 << QStringLiteral("pack.too-many-entries");
    }
    {
        Files files = validFiles();
        files[2].data = moduleXml("  <!-- " + QByteArray(200 * 1024, 'a') + " -->\n");
        PackLimits limits;
        limits.maxXmlBytes = 100 * 1024;
        QTest::newRow("XML over maxXmlBytes") << packBuilder(files).build() << limits << QStringLiteral("xml.too-large");
    }
    {
        // The headers claim 1 KiB; the stream inflates to 16 MiB. The reader
        // must count what comes out, not believe the header.
        quint32 crc = 0;
        const QByteArray payload = ZipBuilder::deflateZeros(16 * 1024 * 1024, &crc);
        ZipBuilder zip = packBuilder(validFiles());
        zip.addPrecompressed("media/small.png", payload, ZipBuilder::Deflated, crc, 1024);
        QTest::newRow("bomb with lying size") << zip.build() << PackLimits() << QStringLiteral("pack.ratio");
    }
}

void TestPack::limits()
{
    QFETCH(QByteArray, pack);
    QFETCH(PackLimits, limits);
    QFETCH(QString, code);
    expectRefusal(pack, code, limits);
}

void TestPack::ratioBombStopsWhileStreaming()
{
    constexpr qint64 bombSize = 200 * 1024 * 1024;
    quint32 crc = 0;
    const QByteArray payload = ZipBuilder::deflateZeros(bombSize, &crc);
    QVERIFY(payload.size() < 1024 * 1024);

    // Listed truthfully: only the ratio may stop it. The hash of 200 MiB of
    // zeros is computed in chunks, like the payload.
    Files files = validFiles();
    QList<Listing> listings = truthfulListings(files);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray chunk(1024 * 1024, '\0');
    for (qint64 i = 0; i < bombSize / chunk.size(); ++i)
        hash.addData(chunk);
    listings.append({"media/bomb.png", bombSize, hash.result().toHex()});
    ZipBuilder zip = packBuilder(files, listings);
    zip.addPrecompressed("media/bomb.png", payload, ZipBuilder::Deflated, crc, quint32(bombSize));
    const QByteArray bytes = zip.build();

    Sandbox box(bytes);
#ifdef Q_OS_UNIX
    // While unpacking, no file may grow past 8 MiB: with the limit set, a
    // larger write fails (EFBIG, SIGXFSZ ignored) and the reader would report
    // pack.write-failed instead of pack.ratio.
    struct rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit capped = saved;
    capped.rlim_cur = 8 * 1024 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &capped), 0);
#endif

    QElapsedTimer timer;
    timer.start();
    Diagnostics diags;
    const bool unpacked = bool(Pack::unpack(box.packPath(), box.target(), diags));
    const qint64 elapsed = timer.elapsed();

#ifdef Q_OS_UNIX
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
#endif

    QVERIFY2(!unpacked, "a 200 MiB bomb was unpacked");
    QVERIFY2(hasError(diags, QStringLiteral("pack.ratio")), qPrintable(describe(diags)));
    QVERIFY2(!hasError(diags, QStringLiteral("pack.write-failed")), qPrintable(describe(diags)));
    // Stopped early, not after inflating everything.
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("unpack took %1 ms").arg(elapsed)));
    box.verifyNothingLeft(m_evilBefore);

    Diagnostics readDiags;
    QVERIFY(!Pack::read(box.packPath(), readDiags));
    QVERIFY2(hasError(readDiags, QStringLiteral("pack.ratio")), qPrintable(describe(readDiags)));
}

void TestPack::hostileXml_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");

    QTest::newRow("external entity") << QByteArray("curriculum.xml")
                                     << curriculumXml("<!DOCTYPE curriculum [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n",
                                                      {}, "&e;")
                                     << QStringLiteral("xml.doctype");
    QTest::newRow("external DTD") << QByteArray("curriculum.xml")
                                  << curriculumXml("<!DOCTYPE curriculum SYSTEM \"file:///etc/passwd\">\n")
                                  << QStringLiteral("xml.doctype");
    QByteArray laughs = "<!DOCTYPE module [\n  <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray previous = i == 1 ? QByteArray("lol") : "lol" + QByteArray::number(i - 1);
        laughs += "  <!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&" + previous + ";").repeated(10)
            + "\">\n";
    }
    laughs += "]>\n";
    QByteArray laughingModule = moduleXml("  <x:note xmlns:x=\"urn:example:note\">&lol9;</x:note>\n");
    laughingModule.insert(laughingModule.indexOf('\n') + 1, laughs);
    QTest::newRow("billion laughs") << QByteArray("modules/premier-atelier.xml") << laughingModule
                                    << QStringLiteral("xml.doctype");

    // Foreign elements and attributes are allowed (kept untouched), so only
    // the depth or the length can be wrong here; xmlAtTheLimits() shows the
    // same constructs just under the limits are accepted.
    QTest::newRow("10,000 nested elements") << QByteArray("modules/premier-atelier.xml") << moduleXml(nested(10000))
                                            << QStringLiteral("xml.too-deep");
    QTest::newRow("attribute over 64 KiB") << QByteArray("curriculum.xml") << curriculumXml({}, longAttribute(64 * 1024 + 1))
                                           << QStringLiteral("xml.attribute-too-long");
}

void TestPack::hostileXml()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);

    // The zip itself is sound, manifest included: the XML is the one fault.
    Files files = validFiles();
    for (File &f : files)
        if (f.name == path)
            f.data = content;
    Sandbox box(packBuilder(files).build());

    QElapsedTimer timer;
    timer.start();
    const Validator::Report report = Validator().validate(box.packPath());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("validation took %1 ms").arg(timer.elapsed())));
    // The pack layer let it through: the refusal below comes from the XML.
    QVERIFY2(report.files, qPrintable(describe(report.diagnostics)));
    QVERIFY2(hasError(report.diagnostics, code), qPrintable(describe(report.diagnostics)));
    for (const Diagnostic &d : report.diagnostics)
        if (d.code == code)
            QCOMPARE(d.location.file, QString::fromUtf8(path));

    // Not one line of /etc/passwd may reach a message.
    QFile passwd(QStringLiteral("/etc/passwd"));
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    const QList<QByteArray> secrets = passwd.readAll().split('\n');
    for (const Diagnostic &d : report.diagnostics) {
        const QString text = d.message(QStringLiteral("fr")) + d.message(QStringLiteral("en")) + d.args.join(QString());
        for (const QByteArray &secret : secrets)
            if (secret.size() > 4)
                QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("root:")), qPrintable(text));
    }
    box.verifyNothingLeft(m_evilBefore);
}

void TestPack::xmlAtTheLimits()
{
    Files files = validFiles();
    files[0].data = curriculumXml({}, longAttribute(64 * 1024));
    // The module's root is level 1: 63 nested foreign elements reach level 64.
    files[2].data = moduleXml(nested(63));
    Sandbox box(packBuilder(files).build());
    const Validator::Report report = Validator().validate(box.packPath());
    QVERIFY2(!hasErrors(report.diagnostics), qPrintable(describe(report.diagnostics)));
}

void TestPack::manifestWithDoctype()
{
    // The manifest is parsed by the pack reader itself, before any validation.
    const QByteArray bytes = withTweak([](ZipBuilder &zip) {
        QByteArray manifest = manifestXml(truthfulListings(validFiles()));
        manifest.insert(manifest.indexOf('\n') + 1,
                        "<!DOCTYPE manifest [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n");
        zip.remove("META-INF/manifest.xml");
        zip.add("META-INF/manifest.xml", manifest, ZipBuilder::Deflated);
        zip.move("META-INF/manifest.xml", 1);
    });
    expectRefusal(bytes, QStringLiteral("xml.doctype"));
}

void TestPack::unpackIntoExistingFolder()
{
    {
        Sandbox box(validPackBytes());
        QVERIFY(QDir().mkdir(box.target()));
        QFile keep(box.target() + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();

        Diagnostics diags;
        QVERIFY(!Pack::unpack(box.packPath(), box.target(), diags));
        QVERIFY2(hasError(diags, QStringLiteral("pack.target-exists")), qPrintable(describe(diags)));
        QCOMPARE(listAll(box.target()), QStringList{QStringLiteral("keep.txt")});
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("mine"));
        QCOMPARE(listAll(box.root()),
                 (QStringList{QStringLiteral("out"), QStringLiteral("pack.relais"), QStringLiteral("victim")}));
    }
    {
        // A hidden file is content too.
        Sandbox box(validPackBytes());
        QVERIFY(QDir().mkdir(box.target()));
        QFile hidden(box.target() + QStringLiteral("/.hidden"));
        QVERIFY(hidden.open(QIODevice::WriteOnly));
        hidden.close();
        Diagnostics diags;
        QVERIFY(!Pack::unpack(box.packPath(), box.target(), diags));
        QVERIFY2(hasError(diags, QStringLiteral("pack.target-exists")), qPrintable(describe(diags)));
        QCOMPARE(listAll(box.target()), QStringList{QStringLiteral(".hidden")});
    }
    {
        Sandbox box(validPackBytes());
        QVERIFY(QDir().mkdir(box.target()));
        Diagnostics diags;
        QVERIFY2(Pack::unpack(box.packPath(), box.target(), diags), qPrintable(describe(diags)));
        QVERIFY(QFileInfo::exists(box.target() + QStringLiteral("/curriculum.xml")));
        QCOMPARE(listAll(box.root()),
                 (QStringList{QStringLiteral("out"), QStringLiteral("pack.relais"), QStringLiteral("victim")}));
    }
}

void TestPack::unpackThroughSymlinkedTarget()
{
#ifndef Q_OS_UNIX
    QSKIP("needs symbolic links");
#endif
    // A target that is a link to an empty folder elsewhere: the pack must not
    // land in the folder the link points to.
    Sandbox box(validPackBytes());
    const QString elsewhere = box.root() + QStringLiteral("/victim/empty");
    QVERIFY(QDir().mkdir(elsewhere));
    QVERIFY(QFile::link(elsewhere, box.target()));

    Diagnostics diags;
    QVERIFY(!Pack::unpack(box.packPath(), box.target(), diags));
    // Refused before anything is written: a link is never a target.
    QVERIFY2(hasError(diags, QStringLiteral("pack.target-exists")), qPrintable(describe(diags)));
    QCOMPARE(listAll(elsewhere), QStringList());
    QCOMPARE(listAll(box.root()),
             (QStringList{QStringLiteral("out"), QStringLiteral("pack.relais"), QStringLiteral("victim")}));
    QVERIFY(QFileInfo(box.target()).isSymLink());
}

QTEST_GUILESS_MAIN(TestPack)
#include "tst_pack.moc"
