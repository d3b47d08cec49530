// The library of installed packs, through `relais library` and the Library
// class: imports with their plan (signature, validation, diff), list, show,
// search, rollback and removal; and the ways an import must fail without
// changing anything — tampered, unsigned, invalid or duplicate packs, a
// killed process, a full disk, a damaged catalogue.
//
// Every library lives in a temporary folder (XDG_DATA_HOME, RELAIS_LIBRARY
// and RELAIS_TRUST_STORE point there): the tests never touch the real home.

#include "libraryprobe.h"
#include "testutil.h"

#include <curriculumdiff.h>
#include <curriculumloader.h>
#include <exporter.h>
#include <library.h>
#include <pack.h>
#include <packsignature.h>
#include <truststore.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <functional>

#include <sys/types.h>
#include <unistd.h>

using namespace Relais;
using namespace TestUtil;
using LibraryProbe::StagingWatch;
using LibraryProbe::stagingExists;

namespace {

const QString curriculumId = QStringLiteral("org.emmaus-connect.parcours-relais");

// The module that version 1.1.0 adds; "spontanée" appears nowhere else.
const QByteArray newModuleXml = QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:relais:curriculum:1" formatVersion="1" id="lettre-motivation" duration="60" modality="collectif" level="debutant">
  <title>Écrire une lettre de motivation</title>
  <summary>
    <p>Rédiger une courte lettre pour accompagner son CV.</p>
  </summary>
  <objectives>
    <objective>Écrire trois paragraphes simples</objective>
  </objectives>
  <equipment>
    <item kind="ordinateur">Un ordinateur pour deux personnes</item>
  </equipment>
  <runningOrder>
    <segment duration="60" activity="candidature">
      <title>La lettre</title>
    </segment>
  </runningOrder>
  <activities>
    <activity id="candidature" type="content">
      <title>Une candidature spontanée</title>
      <payload>
        <content xmlns="urn:relais:exercise:content:1">
          <body>
            <p>Une candidature spontanée s'adresse à une entreprise qui n'a pas publié d'offre.</p>
          </body>
        </content>
      </payload>
    </activity>
  </activities>
</module>
)");

QByteArray replaced(QByteArray data, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT_X(data.contains(from), "replaced", from.constData());
    return data.replace(from, to);
}

bool editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    const QByteArray data = readFile(path);
    return data.contains(from) && writeFile(path, replaced(data, from, to));
}

// Packs a folder without validating it first (what `relais pack` refuses
// to do for an invalid curriculum).
bool packFolder(const QString &folder, const QString &pack, const std::function<void(FileSet &)> &change = {})
{
    Diagnostics diags;
    FileSet files = FileSet::fromFolder(folder, diags);
    if (change)
        change(files);
    return Pack::write(files, pack, diags);
}

// The bytes of one stored entry's data start after its local header.
qsizetype entryData(const QByteArray &zip, const QByteArray &name)
{
    const qsizetype at = zip.indexOf(name);
    if (at < 30 || zip.mid(at - 30, 4) != QByteArrayLiteral("PK\x03\x04"))
        return -1;
    const auto u16 = [&zip](qsizetype i) { return int(uchar(zip[i])) | (int(uchar(zip[i + 1])) << 8); };
    return at + u16(at - 4) + u16(at - 2);
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

class RecordingMonitor : public ExportMonitor
{
public:
    explicit RecordingMonitor(int cancelAfter = -1) : m_cancelAfter(cancelAfter) {}
    void progress(int done, int total, const QString &) override { calls << std::pair{done, total}; }
    bool isCancelled() const override { return m_cancelAfter >= 0 && calls.size() > m_cancelAfter; }
    QList<std::pair<int, int>> calls;

private:
    int m_cancelAfter;
};

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void importsFirstVersion();
    void importsSecondVersionWithDiff();
    void olderVersionStaysInactive();
    void search_data();
    void search();
    void rollbackAndRemove();
    void removingActiveVersionActivatesNewest();

    void unsignedNeedsConsent();
    void signedByTrustedKey();
    void signedByUnknownKey();
    void refusedPackChangesNothing_data();
    void refusedPackChangesNothing();
    void needsYesWithoutTerminal();

    void concurrentImportsTakeTurns();
    void interruptCancels();
    void killedImportChangesNothing();
    void fullDiskChangesNothing_data();
    void fullDiskChangesNothing();
    void cancelledInstallChangesNothing();
    void packChangedSincePrepared();

    void movedLibrary();
    void damagedCatalogue_data();
    void damagedCatalogue();
    void refusesFolderThatIsNotALibrary();

    void classApi();
    void usage_data();
    void usage();

private:
    // A new, empty library folder (not created yet).
    QString newLibrary(const QString &name) const { return m_tmp.filePath(QStringLiteral("libraries/") + name); }
    Run lib(const QString &library, const QStringList &args) const
    {
        return runRelais(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("library"), QStringLiteral("--library"), library} + args,
                         m_env);
    }
    // Everything a person can see of a library, read by a new process (which
    // opens it again, and so tidies what an interrupted import left).
    QString snapshot(const QString &library) const;
    void importOrFail(const QString &library, const QString &pack, const QStringList &extra = {}) const
    {
        const Run r = lib(library, QStringList{QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), pack} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    QTemporaryDir m_tmp;
    QMap<QString, QString> m_env;
    QString m_v1, m_v2, m_v1Source, m_v2Source;
    QString m_invalid, m_v1Retitled;
    QString m_v2Trusted, m_v1Untrusted;
    SigningKey m_trustedKey, m_unknownKey;
};

QString TestLibrary::snapshot(const QString &library) const
{
    return LibraryProbe::snapshot(library, curriculumId,
                                  {{QStringLiteral("frais"), QStringLiteral("port")}, {QStringLiteral("spontanee")}}, m_env);
}

void TestLibrary::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = {{QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg"))},
             {QStringLiteral("RELAIS_TRUST_STORE"), m_tmp.filePath(QStringLiteral("trust"))},
             {QStringLiteral("RELAIS_LIBRARY"), {}}};
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        it.value().isEmpty() ? qunsetenv(qPrintable(it.key())) : qputenv(qPrintable(it.key()), it.value().toUtf8());

    // Version 1.0.0: parcours-relais as it is.
    m_v1Source = m_tmp.filePath(QStringLiteral("src/v1"));
    QVERIFY(copyTree(curriculaDir() + QStringLiteral("/parcours-relais"), m_v1Source));
    m_v1 = m_tmp.filePath(QStringLiteral("packs/v1.relais"));
    Run r = runRelais({QStringLiteral("pack"), m_v1Source, QStringLiteral("-o"), m_v1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Version 1.1.0: a module renamed, a module added, the version bumped.
    m_v2Source = m_tmp.filePath(QStringLiteral("src/v2"));
    QVERIFY(copyTree(m_v1Source, m_v2Source));
    const QString xml = m_v2Source + QStringLiteral("/curriculum.xml");
    QVERIFY(editFile(xml, "version=\"1.0.0\" lang=\"fr\"", "version=\"1.1.0\" lang=\"fr\""));
    QVERIFY(editFile(xml, "  <changelog>\n",
                     "  <changelog>\n    <release version=\"1.1.0\" date=\"2026-12-01\">\n"
                     "      <change kind=\"added\">Atelier « Écrire une lettre de motivation ».</change>\n    </release>\n"));
    QVERIFY(editFile(xml, "    <module ref=\"bilan-sortie-jeunes\"/>\n",
                     "    <module ref=\"bilan-sortie-jeunes\"/>\n    <module ref=\"lettre-motivation\"/>\n"));
    QVERIFY(writeFile(m_v2Source + QStringLiteral("/modules/lettre-motivation.xml"), newModuleXml));
    QVERIFY(editFile(m_v2Source + QStringLiteral("/modules/arnaques-reperer.xml"),
                     "<title>Repérer les arnaques : SMS, courriels et faux appels</title>",
                     "<title>Repérer les arnaques : SMS, courriels, faux appels et faux sites</title>"));
    m_v2 = m_tmp.filePath(QStringLiteral("packs/v2.relais"));
    r = runRelais({QStringLiteral("pack"), m_v2Source, QStringLiteral("-o"), m_v2});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // Invalid: a pathway step runs a module that does not exist.
    const QString invalidSource = m_tmp.filePath(QStringLiteral("src/invalid"));
    QVERIFY(copyTree(m_v1Source, invalidSource));
    QVERIFY(editFile(invalidSource + QStringLiteral("/pathways/numerique-au-quotidien-seniors.xml"), "<module ref=\"premiers-pas-ecrans\"/>",
                     "<module ref=\"atelier-inexistant\"/>"));
    m_invalid = m_tmp.filePath(QStringLiteral("packs/invalid.relais"));
    QVERIFY(packFolder(invalidSource, m_invalid));

    // The same version number with other content.
    const QString retitledSource = m_tmp.filePath(QStringLiteral("src/retitled"));
    QVERIFY(copyTree(m_v1Source, retitledSource));
    QVERIFY(editFile(retitledSource + QStringLiteral("/curriculum.xml"), "<title>Parcours Relais numériques</title>",
                     "<title>Parcours Relais numériques (copie)</title>"));
    m_v1Retitled = m_tmp.filePath(QStringLiteral("packs/v1-retitled.relais"));
    QVERIFY(packFolder(retitledSource, m_v1Retitled));

    // Signed packs: one by a trusted publisher, one by a key nobody trusts.
    m_trustedKey = SigningKey::generate(QStringLiteral("Emmaüs Connect"));
    m_unknownKey = SigningKey::generate(QStringLiteral("Inconnu"));
    SigningKey publicOnly = m_trustedKey;
    publicOnly.secretKey.clear();
    Diagnostics diags;
    QVERIFY(TrustStore(TrustStore::defaultFolder()).add(publicOnly, diags));
    m_v2Trusted = m_tmp.filePath(QStringLiteral("packs/v2-trusted.relais"));
    m_v1Untrusted = m_tmp.filePath(QStringLiteral("packs/v1-untrusted.relais"));
    QVERIFY(QFile::copy(m_v2, m_v2Trusted));
    QVERIFY(QFile::copy(m_v1, m_v1Untrusted));
    QVERIFY(PackSignature::sign(m_v2Trusted, m_trustedKey, diags));
    QVERIFY(PackSignature::sign(m_v1Untrusted, m_unknownKey, diags));
    QVERIFY2(diags.isEmpty(), qPrintable(diags.value(0).message(QStringLiteral("en"))));
}

void TestLibrary::importsFirstVersion()
{
    const QString library = newLibrary(QStringLiteral("first"));
    const Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Signature    not signed\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Curriculum   “Parcours Relais numériques” (org.emmaus-connect.parcours-relais), version 1.0.0, published by Emmaüs Connect\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Validation   0 error(s), 0 warning(s)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Library      no version of this curriculum is installed.\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Installed: “Parcours Relais numériques” 1.0.0, the active version.\n")), qPrintable(r.out));

    // The installed folder is the curriculum's source, byte for byte.
    const QString folder = library + QStringLiteral("/curricula/") + curriculumId + QStringLiteral("/1.0.0");
    QCOMPARE(readTree(folder), readTree(m_v1Source));

    const Run list = lib(library, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray curricula = json(list.out).value(QStringLiteral("curricula")).toArray();
    QCOMPARE(curricula.size(), 1);
    const QJsonObject entry = curricula.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), curriculumId);
    QCOMPARE(entry.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.0.0"));
    const QJsonObject v = entry.value(QStringLiteral("versions")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("title")).toString(), QStringLiteral("Parcours Relais numériques"));
    QCOMPARE(v.value(QStringLiteral("publisher")).toString(), QStringLiteral("Emmaüs Connect"));
    QCOMPARE(v.value(QStringLiteral("pathways")).toInt(), 2);
    QCOMPARE(v.value(QStringLiteral("modules")).toInt(), 14);
    QCOMPARE(v.value(QStringLiteral("activities")).toInt(), 48);
    QCOMPARE(v.value(QStringLiteral("media")).toInt(), 13);
    QCOMPARE(v.value(QStringLiteral("signature")).toString(), QStringLiteral("unsigned"));
    QCOMPARE(v.value(QStringLiteral("trusted")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("folder")).toString(), folder);
    QCOMPARE(v.value(QStringLiteral("packSha256")).toString(), sha256OfFile(m_v1));
    // Nothing went to the default library.
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("xdg/relais/library"))));

    const Run text = lib(library, {QStringLiteral("list")});
    QCOMPARE(text.out, QStringLiteral("Library: %1\n\n%2\n  “Parcours Relais numériques” — Emmaüs Connect\n  active version 1.0.0\n  not signed\n")
                           .arg(library, curriculumId));
}

void TestLibrary::importsSecondVersionWithDiff()
{
    const QString library = newLibrary(QStringLiteral("second"));
    importOrFail(library, m_v1);
    const Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v2});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Library      active version: 1.0.0; version 1.1.0 will take its place (1.0.0 stays installed).\n")),
             qPrintable(r.out));

    // The diff shown is CurriculumDiff's between the two versions.
    Diagnostics diags;
    const auto v1 = CurriculumLoader::load(*CurriculumLoader::open(m_v1Source, diags));
    const auto v2 = CurriculumLoader::load(*CurriculumLoader::open(m_v2Source, diags));
    QVERIFY(v1.curriculum && v2.curriculum);
    const CurriculumDiff diff = CurriculumDiff::compare(*v1.curriculum, *v2.curriculum);
    QVERIFY(!diff.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("Changes since version 1.0.0:\n") + diff.text(QStringLiteral("en"))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("lettre-motivation")) || r.out.contains(QStringLiteral("Écrire une lettre de motivation")), qPrintable(r.out));

    const Run show = lib(library, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject entry = json(show.out);
    QCOMPARE(entry.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.1.0"));
    const QJsonArray versions = entry.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(versions[0].toObject().value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(versions[0].toObject().value(QStringLiteral("modules")).toInt(), 15);
    QCOMPARE(versions[1].toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(versions[1].toObject().value(QStringLiteral("active")).toBool(), false);
    for (const QJsonValue &v : versions)
        QVERIFY(QFileInfo::exists(v.toObject().value(QStringLiteral("folder")).toString() + QStringLiteral("/curriculum.xml")));
}

void TestLibrary::olderVersionStaysInactive()
{
    const QString library = newLibrary(QStringLiteral("older"));
    importOrFail(library, m_v2);
    Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("[library.older] This version (1.0.0) is older than the active version (1.1.0)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Installed: “Parcours Relais numériques” 1.0.0; the active version stays 1.1.0")), qPrintable(r.out));
    QCOMPARE(json(lib(library, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")}).out).value(QStringLiteral("activeVersion")).toString(),
             QStringLiteral("1.1.0"));

    const QString activated = newLibrary(QStringLiteral("older-activated"));
    importOrFail(activated, m_v2);
    importOrFail(activated, m_v1, {QStringLiteral("--activate")});
    QCOMPARE(json(lib(activated, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")}).out).value(QStringLiteral("activeVersion")).toString(),
             QStringLiteral("1.0.0"));
}

void TestLibrary::search_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstHit");   // kind:id@version
    QTest::addColumn<QString>("highlight");  // a highlighted word of the first hit
    QTest::addColumn<int>("count");          // -1: more than one

    QTest::newRow("accents do not matter") << QStringList{QStringLiteral("demarches")}
                                           << QStringLiteral("module:demarches-en-ligne-jeunes@1.1.0") << QStringLiteral("démarches") << -1;
    QTest::newRow("nor case") << QStringList{QStringLiteral("FRANCECONNECT"), QStringLiteral("AMELI")}
                              << QStringLiteral("module:franceconnect-demarches@1.1.0") << QStringLiteral("FranceConnect") << -1;
    QTest::newRow("activity payload") << QStringList{QStringLiteral("frais"), QStringLiteral("de"), QStringLiteral("port")}
                                      << QStringLiteral("activity:signaux-alerte@1.1.0") << QStringLiteral("frais") << 1;
    QTest::newRow("title ranks first") << QStringList{QStringLiteral("arnaques")}
                                       << QStringLiteral("module:arnaques-reperer@1.1.0") << QStringLiteral("arnaques") << -1;
    QTest::newRow("the new module") << QStringList{QStringLiteral("spontanee")}
                                    << QStringLiteral("activity:candidature@1.1.0") << QStringLiteral("spontanée") << 1;
    QTest::newRow("beginning of a word") << QStringList{QStringLiteral("cybermalv")}
                                         << QStringLiteral("module:arnaques-reperer@1.1.0") << QStringLiteral("cybermalveillance") << 1;
    QTest::newRow("all versions") << QStringList{QStringLiteral("frais"), QStringLiteral("port"), QStringLiteral("--all-versions")}
                                  << QString() << QStringLiteral("frais") << 2;
    QTest::newRow("nothing") << QStringList{QStringLiteral("zorglub")} << QString() << QString() << 0;
}

void TestLibrary::search()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstHit);
    QFETCH(QString, highlight);
    QFETCH(int, count);
    static const QString library = [this] {
        const QString folder = newLibrary(QStringLiteral("search"));
        importOrFail(folder, m_v1);
        importOrFail(folder, m_v2);
        return folder;
    }();

    const Run r = lib(library, QStringList{QStringLiteral("search"), QStringLiteral("--json")} + args);
    QCOMPARE(r.exitCode, count == 0 ? 1 : 0);
    const QJsonArray hits = json(r.out).value(QStringLiteral("hits")).toArray();
    if (count >= 0)
        QCOMPARE(hits.size(), count);
    else
        QVERIFY2(hits.size() > 1, qPrintable(r.out));
    if (count == 0)
        return;
    const QJsonObject first = hits.first().toObject();
    if (!firstHit.isEmpty())
        QCOMPARE(QStringLiteral("%1:%2@%3").arg(first.value(QStringLiteral("kind")).toString(), first.value(QStringLiteral("id")).toString(),
                                                first.value(QStringLiteral("version")).toString()),
                 firstHit);
    const QString snippet = first.value(QStringLiteral("snippet")).toString();
    QStringList highlighted;
    for (const QJsonValue &span : first.value(QStringLiteral("highlights")).toArray())
        highlighted << snippet.mid(span.toArray()[0].toInt(), span.toArray()[1].toInt());
    QVERIFY2(highlighted.contains(highlight), qPrintable(highlighted.join(QLatin1Char(','))));
    double previous = -1e300;
    for (const QJsonValue &h : hits) {
        QCOMPARE(h.toObject().value(QStringLiteral("curriculum")).toString(), curriculumId);
        const double rank = h.toObject().value(QStringLiteral("rank")).toDouble();
        QVERIFY2(rank >= previous, "hits are not in rank order");
        previous = rank;
    }
    if (!args.contains(QStringLiteral("--all-versions")))
        for (const QJsonValue &h : hits)
            QCOMPARE(h.toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));

    // The same search, for people.
    const Run text = lib(library, QStringList{QStringLiteral("search")} + args);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(QStringLiteral("1. ")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1Char('[') + highlight + QLatin1Char(']')), qPrintable(text.out));
}

void TestLibrary::rollbackAndRemove()
{
    const QString library = newLibrary(QStringLiteral("rollback"));
    importOrFail(library, m_v1);
    importOrFail(library, m_v2);
    const QString v1Folder = library + QStringLiteral("/curricula/") + curriculumId + QStringLiteral("/1.0.0");
    const QString v2Folder = library + QStringLiteral("/curricula/") + curriculumId + QStringLiteral("/1.1.0");
    const QMap<QString, QByteArray> v2Files = readTree(v2Folder);

    Run r = lib(library, {QStringLiteral("rollback"), curriculumId});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Active version of “Parcours Relais numériques”: 1.0.0 (instead of 1.1.0). No version was removed.\n"));
    QCOMPARE(readTree(v2Folder), v2Files);
    // Search follows the active version.
    QCOMPARE(lib(library, {QStringLiteral("search"), QStringLiteral("spontanee")}).exitCode, 1);
    QCOMPARE(lib(library, {QStringLiteral("search"), QStringLiteral("spontanee"), QStringLiteral("--all-versions")}).exitCode, 0);

    r = lib(library, {QStringLiteral("rollback"), curriculumId});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("[library.no-earlier]")), qPrintable(r.err));
    r = lib(library, {QStringLiteral("rollback"), curriculumId, QStringLiteral("--to"), QStringLiteral("2.0.0")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Version 2.0.0 of “org.emmaus-connect.parcours-relais” is not installed. Installed versions: 1.1.0, 1.0.0.")),
             qPrintable(r.err));
    r = lib(library, {QStringLiteral("rollback"), curriculumId, QStringLiteral("--to"), QStringLiteral("1.1.0")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lib(library, {QStringLiteral("search"), QStringLiteral("spontanee")}).exitCode, 0);

    r = lib(library, {QStringLiteral("remove"), curriculumId, QStringLiteral("--version"), QStringLiteral("1.0.0"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Removed: “Parcours Relais numériques” 1.0.0. Active version: 1.1.0.\n"));
    QVERIFY(!QFileInfo::exists(v1Folder));
    QCOMPARE(readTree(v2Folder), v2Files);
    const QJsonArray versions = json(lib(library, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")}).out)
                                    .value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 1);
    // Its text left the index too.
    QCOMPARE(lib(library, {QStringLiteral("search"), QStringLiteral("frais"), QStringLiteral("--all-versions"), QStringLiteral("--json")})
                 .out.count(QStringLiteral("\"version\": \"1.0.0\"")),
             0);

    r = lib(library, {QStringLiteral("remove"), curriculumId, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("/curricula/") + curriculumId));
    QCOMPARE(json(lib(library, {QStringLiteral("list"), QStringLiteral("--json")}).out).value(QStringLiteral("curricula")).toArray().size(), 0);
    QCOMPARE(lib(library, {QStringLiteral("search"), QStringLiteral("frais"), QStringLiteral("--all-versions")}).exitCode, 1);
    r = lib(library, {QStringLiteral("show"), curriculumId});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("[library.not-installed]")), qPrintable(r.err));
}

void TestLibrary::removingActiveVersionActivatesNewest()
{
    const QString library = newLibrary(QStringLiteral("remove-active"));
    importOrFail(library, m_v1);
    importOrFail(library, m_v2);
    const Run r = lib(library, {QStringLiteral("remove"), curriculumId, QStringLiteral("--version"), QStringLiteral("1.1.0"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Removed: “Parcours Relais numériques” 1.1.0. Active version: 1.0.0.\n"));
}

void TestLibrary::unsignedNeedsConsent()
{
    const QString library = newLibrary(QStringLiteral("unsigned"));
    Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), m_v1});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("[library.unsigned] The pack is not signed")), qPrintable(r.out));
    QCOMPARE(r.err, QStringLiteral("The pack is not signed: it is installed only with your explicit consent.\n"
                                   "If you trust where it comes from, run again with --allow-unsigned.\n"));
    QCOMPARE(json(lib(library, {QStringLiteral("list"), QStringLiteral("--json")}).out).value(QStringLiteral("curricula")).toArray().size(), 0);
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("/curricula")));

    r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v1});
    QCOMPARE(r.exitCode, 0);
}

void TestLibrary::signedByTrustedKey()
{
    const QString library = newLibrary(QStringLiteral("trusted"));
    const Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), m_v2Trusted});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Signature    signed by “Emmaüs Connect” (fingerprint %1), a trusted key\n").arg(m_trustedKey.fingerprint())),
             qPrintable(r.out));
    const QJsonObject v = json(lib(library, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")}).out)
                              .value(QStringLiteral("versions")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("signature")).toString(), QStringLiteral("signed"));
    QCOMPARE(v.value(QStringLiteral("signer")).toString(), QStringLiteral("Emmaüs Connect"));
    QCOMPARE(v.value(QStringLiteral("fingerprint")).toString(), m_trustedKey.fingerprint());
    QCOMPARE(v.value(QStringLiteral("trusted")).toBool(), true);
}

void TestLibrary::signedByUnknownKey()
{
    const QString library = newLibrary(QStringLiteral("untrusted"));
    Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), m_v1Untrusted});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("[library.untrusted] The pack is signed by “Inconnu” (fingerprint %1), but this key is not among your trusted keys.")
                                .arg(m_unknownKey.fingerprint())),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("not among your trusted keys: it is installed only with your explicit consent.")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("/curricula")));

    r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v1Untrusted});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject v = json(lib(library, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")}).out)
                              .value(QStringLiteral("versions")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("signer")).toString(), QStringLiteral("Inconnu"));
    QCOMPARE(v.value(QStringLiteral("trusted")).toBool(), false);
}

void TestLibrary::refusedPackChangesNothing_data()
{
    QTest::addColumn<QString>("pack");      // a pack of initTestCase, or tampered:<v2|v2-trusted>:<media-byte|manifest-hash>
    QTest::addColumn<QString>("expected");  // in what the import prints

    QTest::newRow("unsigned, a media byte") << QStringLiteral("tampered:v2:media-byte") << QStringLiteral("error [pack.");
    QTest::newRow("unsigned, a manifest hash") << QStringLiteral("tampered:v2:manifest-hash")
                                               << QStringLiteral("[pack.hash-mismatch] The content of “media/plan-cv.svg” does not match");
    QTest::newRow("signed, a media byte") << QStringLiteral("tampered:v2-trusted:media-byte")
                                          << QStringLiteral("[library.signature-invalid] The pack was changed after it was signed");
    QTest::newRow("invalid curriculum") << QStringLiteral("invalid")
                                        << QStringLiteral("[library.invalid] The pack's curriculum has 1 error(s): it cannot be installed.");
    QTest::newRow("same version") << QStringLiteral("v1")
                                  << QStringLiteral("[library.already-installed] Version 1.0.0 of “Parcours Relais numériques” is already installed");
    QTest::newRow("same version, other content") << QStringLiteral("v1-retitled") << QStringLiteral("[library.same-version-differs]");
}

void TestLibrary::refusedPackChangesNothing()
{
    QFETCH(QString, pack);
    QFETCH(QString, expected);
    static int row = 0;
    const QString library = newLibrary(QStringLiteral("refused-%1").arg(++row));
    importOrFail(library, m_v1);
    const QString before = snapshot(library);

    QString path = pack == QLatin1String("v1") ? m_v1 : pack == QLatin1String("v1-retitled") ? m_v1Retitled : m_invalid;
    const QStringList tampering = pack.split(QLatin1Char(':'));
    if (tampering.first() == QLatin1String("tampered")) {
        path = m_tmp.filePath(QStringLiteral("packs/tampered-%1-%2.relais").arg(tampering[1], tampering[2]));
        if (tampering[2] == QLatin1String("media-byte")) {
            QByteArray data = readFile(tampering[1] == QLatin1String("v2") ? m_v2 : m_v2Trusted);
            const qsizetype at = entryData(data, "media/sms-arnaque-colis.svg");
            QVERIFY(at > 0);
            data[at + 40] = char(data[at + 40] ^ 0x20);
            QVERIFY(writeFile(path, data));
        } else {
            // The manifest announces another hash for one media file (whose data is intact).
            QVERIFY(packFolder(m_v2Source, path, [](FileSet &files) {
                files.files[QStringLiteral("media/plan-cv.svg")].sha256 = QString(64, QLatin1Char('0'));
            }));
        }
    }
    const Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    QVERIFY2(r.err.endsWith(QStringLiteral("Pack refused: the library did not change.\n")), qPrintable(r.err));
    QCOMPARE(snapshot(library), before);
}

void TestLibrary::needsYesWithoutTerminal()
{
    const QString library = newLibrary(QStringLiteral("no-terminal"));
    const Run r = lib(library, {QStringLiteral("import"), QStringLiteral("--allow-unsigned"), m_v1});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("relais: no terminal to ask for your consent: add --yes to confirm in advance.\n")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(library));
}

void TestLibrary::concurrentImportsTakeTurns()
{
    const QString library = newLibrary(QStringLiteral("concurrent"));
    QMap<QString, QString> env = m_env;
    env.insert(QStringLiteral("RELAIS_LIBRARY"), library);
    // v1 twice: whichever comes second finds it installed.
    const QStringList packs{m_v1, m_v2, m_v1};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &pack : packs) {
        processes.push_back(std::make_unique<QProcess>());
        QVERIFY(startRelais(*processes.back(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("library"), QStringLiteral("import"),
                                                QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), pack},
                            env));
    }
    QList<int> statuses;
    QString errors;
    for (const auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        statuses << p->exitCode();
        errors += QString::fromUtf8(p->readAllStandardError());
    }
    QVERIFY2(statuses[1] == 0 && statuses[0] + statuses[2] == 1, qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("[library.already-installed]")), qPrintable(errors));
    const QJsonObject entry = json(lib(library, {QStringLiteral("show"), curriculumId, QStringLiteral("--json")}).out);
    QCOMPARE(entry.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(entry.value(QStringLiteral("versions")).toArray().size(), 2);
}

void TestLibrary::interruptCancels()
{
    const QString library = newLibrary(QStringLiteral("interrupt"));
    importOrFail(library, m_v1);
    const QString before = snapshot(library);
    QMap<QString, QString> env = m_env;
    env.insert(QStringLiteral("RELAIS_LIBRARY"), library);
    int cancelled = 0;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        StagingWatch watch(library);
        QVERIFY(startRelais(p, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("library"), QStringLiteral("import"),
                                QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v2},
                            env));
        QVERIFY(watch.waitForWriting(p));
        ::kill(pid_t(p.processId()), SIGINT);  // Ctrl+C
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        if (p.exitCode() == 130) {
            ++cancelled;
            QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QStringLiteral("Import cancelled: the library did not change.\n"));
            QCOMPARE(snapshot(library), before);
        } else {
            // Past the last point where it could stop: it finished.
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(lib(library, {QStringLiteral("remove"), curriculumId, QStringLiteral("--version"), QStringLiteral("1.1.0"), QStringLiteral("--yes")}).exitCode, 0);
        }
    }
    QVERIFY(cancelled > 0);
}

void TestLibrary::killedImportChangesNothing()
{
    const QStringList import{QStringLiteral("library"), QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v2};
    // How long a whole import of v2 on top of v1 takes here, and how long
    // from its first write to its end.
    const QString timing = newLibrary(QStringLiteral("kill-timing"));
    importOrFail(timing, m_v1);
    QMap<QString, QString> env = m_env;
    env.insert(QStringLiteral("RELAIS_LIBRARY"), timing);
    QElapsedTimer timer;
    timer.start();
    QProcess first;
    StagingWatch firstWatch(timing);
    QVERIFY(startRelais(first, import, env));
    QVERIFY(firstWatch.waitForWriting(first));
    const qint64 startOfWriting = timer.elapsed();
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    const qint64 full = timer.elapsed();
    const qint64 writing = full - startOfWriting;
    const QString after = snapshot(timing);

    const QString library = newLibrary(QStringLiteral("kill"));
    importOrFail(library, m_v1);
    const QString before = snapshot(library);
    env.insert(QStringLiteral("RELAIS_LIBRARY"), library);
    // Half the kills spread over the whole import, half over its writing
    // (counted from its first write, whatever the load of the machine).
    constexpr int moments = 48;
    int killed = 0, whileWriting = 0;
    for (int i = 0; i < moments; ++i) {
        const bool fromWriting = i >= moments / 2;
        const int step = fromWriting ? i - moments / 2 : i;
        const qint64 delay = (fromWriting ? writing : full) * step / (moments / 2 - 1);
        QProcess p;
        StagingWatch watch(library);
        QVERIFY(startRelais(p, import, env));
        if (fromWriting && !watch.waitForWriting(p))
            QFAIL(qPrintable(QStringLiteral("the import ended (%1) before it wrote anything: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()))));
        if (delay > 0)
            QThread::msleep(delay);
        p.kill();
        QVERIFY(p.waitForFinished(60000));
        // What a kill while writing leaves stays until the library is opened again.
        const bool leftovers = stagingExists(library)
            || QFileInfo::exists(library + QStringLiteral("/curricula/") + curriculumId + QStringLiteral("/1.1.0"));
        const QString now = snapshot(library);
        if (p.exitStatus() == QProcess::CrashExit && now == before) {
            ++killed;
            whileWriting += leftovers;
        } else {
            // It committed before it was killed (or it ended): all of it is
            // there. It is removed for the next round.
            QVERIFY2(now == QString(after).replace(timing, library),
                     qPrintable(QStringLiteral("killed %1 ms after %2:\n%3").arg(delay).arg(fromWriting ? QLatin1String("its first write") : QLatin1String("its start"), now)));
            const Run r = lib(library, {QStringLiteral("remove"), curriculumId, QStringLiteral("--version"), QStringLiteral("1.1.0"), QStringLiteral("--yes")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(snapshot(library), before);
        }
    }
    qInfo("import %lld ms, writing %lld ms; %d of %d imports killed before their commit, %d while writing", full, writing, killed,
          moments, whileWriting);
    QVERIFY2(killed >= 20, qPrintable(QStringLiteral("only %1 imports were killed before their commit").arg(killed)));
    QVERIFY2(whileWriting >= 5, qPrintable(QStringLiteral("only %1 imports were killed while writing").arg(whileWriting)));
}

void TestLibrary::fullDiskChangesNothing_data()
{
    QTest::addColumn<qint64>("limit");  // bytes any one file may reach; 0: the catalogue's size

    QTest::newRow("1 KiB") << qint64(1024);
    QTest::newRow("4 KiB") << qint64(4096);
    QTest::newRow("16 KiB") << qint64(16384);
    QTest::newRow("64 KiB") << qint64(65536);
    QTest::newRow("catalogue size") << qint64(0);
}

void TestLibrary::fullDiskChangesNothing()
{
    QFETCH(qint64, limit);
    const QString library = newLibrary(QStringLiteral("full-") + QString::number(limit));
    importOrFail(library, m_v1);
    if (limit == 0)
        limit = QFileInfo(library + QStringLiteral("/catalogue.sqlite")).size();
    const QString before = snapshot(library);

    QProcess p;
    p.setProcessEnvironment(environment(relaisEnvironment(m_env)));
    TestUtil::limitFileSize(p, limit);
    p.start(QStringLiteral(RELAIS_CLI), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("library"), QStringLiteral("--library"), library, QStringLiteral("import"),
                                         QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v2});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 2, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("[pack.write-failed] Cannot write"))
                 || err.contains(QStringLiteral("[library.disk-full] Cannot write to the library “%1”").arg(library)),
             qPrintable(err));
    QVERIFY2(err.endsWith(QStringLiteral("Import stopped: the library did not change.\n")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("Unknown error")), qPrintable(err));
    QCOMPARE(snapshot(library), before);
}

void TestLibrary::cancelledInstallChangesNothing()
{
    const QString folder = newLibrary(QStringLiteral("cancel"));
    importOrFail(folder, m_v1);
    const QString before = snapshot(folder);
    int steps = 0;
    {
        Library library(folder);
        const ImportPlan plan = library.prepare(m_v2);
        QVERIFY(plan.isInstallable());
        RecordingMonitor all;
        Diagnostics diags;
        QCOMPARE(library.install(plan, {true, false}, all, diags), Library::Outcome::Done);
        steps = int(all.calls.size());
        QVERIFY(library.remove(curriculumId, QStringLiteral("1.1.0"), diags));
    }
    QCOMPARE(snapshot(folder), before);
    // Cancelled after each step in turn, until the install is past the
    // point where it can still be cancelled.
    int cancelled = 0;
    for (int k = 0; k < steps; ++k) {
        Library library(folder);
        const ImportPlan plan = library.prepare(m_v2);
        RecordingMonitor monitor(k);
        Diagnostics diags;
        if (library.install(plan, {true, false}, monitor, diags) == Library::Outcome::Done)
            break;
        ++cancelled;
        QVERIFY2(diags.isEmpty(), qPrintable(diags.value(0).message(QStringLiteral("en"))));
        QCOMPARE(QDir(folder).entryList({QStringLiteral(".staging-*")}, QDir::AllEntries | QDir::Hidden), QStringList());
        QCOMPARE(snapshot(folder), before);
    }
    // At least once before the unpacking, after it, and during the indexing of each of the 15 modules.
    QVERIFY2(cancelled >= 17, qPrintable(QString::number(cancelled)));
}

void TestLibrary::packChangedSincePrepared()
{
    const QString folder = newLibrary(QStringLiteral("changed"));
    const QString pack = m_tmp.filePath(QStringLiteral("packs/changing.relais"));
    QVERIFY(QFile::copy(m_v1, pack));
    Library library(folder);
    const ImportPlan plan = library.prepare(pack);
    QVERIFY(plan.isInstallable());
    QFile::remove(pack);
    QVERIFY(QFile::copy(m_v2, pack));
    RecordingMonitor monitor;
    Diagnostics diags;
    QCOMPARE(library.install(plan, {true, false}, monitor, diags), Library::Outcome::Refused);
    QCOMPARE(diags.value(0).code, QStringLiteral("library.pack-changed"));
    QVERIFY(library.list(diags).isEmpty());
}

void TestLibrary::movedLibrary()
{
    const QString moved = newLibrary(QStringLiteral("moved"));
    const QString other = newLibrary(QStringLiteral("other"));
    QMap<QString, QString> env = m_env;
    env.insert(QStringLiteral("RELAIS_LIBRARY"), moved);
    Run r = runRelais({QStringLiteral("library"), QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v1}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(moved + QStringLiteral("/catalogue.sqlite")));
    QVERIFY(QFileInfo::exists(moved + QStringLiteral("/curricula/") + curriculumId + QStringLiteral("/1.0.0/curriculum.xml")));
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("xdg/relais/library"))));

    // --library wins over RELAIS_LIBRARY.
    r = runRelais({QStringLiteral("library"), QStringLiteral("--library"), other, QStringLiteral("list"), QStringLiteral("--json")}, env);
    QCOMPARE(json(r.out).value(QStringLiteral("library")).toString(), other);
    QCOMPARE(json(r.out).value(QStringLiteral("curricula")).toArray().size(), 0);
    r = runRelais({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")}, env);
    QCOMPARE(json(r.out).value(QStringLiteral("curricula")).toArray().size(), 1);

    // Without either, the user's data folder (XDG_DATA_HOME here).
    env = m_env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-moved")));
    r = runRelais({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")}, env);
    QCOMPARE(json(r.out).value(QStringLiteral("library")).toString(), m_tmp.filePath(QStringLiteral("xdg-moved/relais/library")));
}

void TestLibrary::damagedCatalogue_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("pages overwritten") << QStringLiteral("pages");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestLibrary::damagedCatalogue()
{
    QFETCH(QString, how);
    const QString library = newLibrary(QStringLiteral("damaged-") + how);
    importOrFail(library, m_v1);
    const QString catalogue = library + QStringLiteral("/catalogue.sqlite");
    QByteArray data = readFile(catalogue);
    if (how == QLatin1String("garbage"))
        data = QByteArray(data.size(), '\xa5');
    else if (how == QLatin1String("pages"))
        data.replace(4096, data.size() - 8192, QByteArray(data.size() - 8192, '\xa5'));
    else
        data.truncate(1000);
    QVERIFY(writeFile(catalogue, data));
    const QMap<QString, QByteArray> installed = readTree(library + QStringLiteral("/curricula"));

    for (const QStringList &args : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("search"), QStringLiteral("frais")},
                                    QStringList{QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), m_v2}}) {
        const Run r = lib(library, args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("[library.catalogue-damaged] The library's catalogue “%1” is damaged").arg(catalogue)),
                 qPrintable(r.err));
    }
    // The installed versions are not taken for leftovers of an import.
    QCOMPARE(readTree(library + QStringLiteral("/curricula")), installed);
}

void TestLibrary::refusesFolderThatIsNotALibrary()
{
    const QString folder = m_tmp.filePath(QStringLiteral("documents"));
    QVERIFY(writeFile(folder + QStringLiteral("/curricula/mes-notes/1.0/lettre.txt"), "à garder"));
    const Run r = lib(folder, {QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("[library.not-library] Folder “%1” is not empty and holds no Relais library").arg(folder)), qPrintable(r.err));
    QCOMPARE(readFile(folder + QStringLiteral("/curricula/mes-notes/1.0/lettre.txt")), QByteArray("à garder"));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/catalogue.sqlite")));
}

void TestLibrary::classApi()
{
    const QString folder = newLibrary(QStringLiteral("api"));
    Library library(folder);
    QVERIFY(library.isOpen());
    QCOMPARE(library.folder(), folder);

    ImportPlan plan = library.prepare(m_v1);
    QVERIFY(plan.isInstallable());
    QCOMPARE(plan.relation, ImportPlan::Relation::New);
    QCOMPARE(plan.curriculumId(), curriculumId);
    QCOMPARE(plan.version(), QStringLiteral("1.0.0"));
    QCOMPARE(plan.signature.status, SignatureCheck::Status::Unsigned);
    QVERIFY(plan.needsConsent());
    QCOMPARE(plan.warnings.size(), 1);
    QCOMPARE(plan.warnings.first().code, QStringLiteral("library.unsigned"));
    QVERIFY(!plan.diff);

    RecordingMonitor monitor;
    Diagnostics diags;
    QCOMPARE(library.install(plan, {false, false}, monitor, diags), Library::Outcome::Refused);
    QCOMPARE(diags.value(0).code, QStringLiteral("library.unsigned-refused"));
    QVERIFY(library.list(diags).isEmpty());
    diags.clear();
    QCOMPARE(library.install(plan, {true, false}, monitor, diags), Library::Outcome::Done);
    QVERIFY(diags.isEmpty());
    // Progress only moves forward and ends complete.
    for (qsizetype i = 1; i < monitor.calls.size(); ++i)
        QVERIFY(monitor.calls[i].first >= monitor.calls[i - 1].first);
    QCOMPARE(monitor.calls.last().first, monitor.calls.last().second);

    plan = library.prepare(m_v2Trusted);
    QVERIFY(plan.isInstallable());
    QCOMPARE(plan.relation, ImportPlan::Relation::Newer);
    QCOMPARE(plan.activeVersion, QStringLiteral("1.0.0"));
    QVERIFY(plan.trusted);
    QVERIFY(!plan.needsConsent());
    QCOMPARE(plan.signerName, QStringLiteral("Emmaüs Connect"));
    QVERIFY(plan.warnings.isEmpty());
    QVERIFY(plan.diff && !plan.diff->isEmpty());
    QCOMPARE(plan.diff->versionAfter, QStringLiteral("1.1.0"));
    QCOMPARE(library.install(plan, {false, false}, monitor, diags), Library::Outcome::Done);

    const std::optional<LibraryEntry> entry = library.entry(curriculumId, diags);
    QVERIFY(entry);
    QCOMPARE(entry->activeVersion, QStringLiteral("1.1.0"));
    QCOMPARE(entry->versions.size(), 2);
    QCOMPARE(entry->versions[0].version, QStringLiteral("1.1.0"));
    QCOMPARE(entry->active()->signerFingerprint, m_trustedKey.fingerprint());
    QVERIFY(entry->active()->trusted);
    QCOMPARE(entry->versions[1].signature, SignatureCheck::Status::Unsigned);
    QVERIFY(QFileInfo(entry->versions[1].folder + QStringLiteral("/curriculum.xml")).isFile());
    QVERIFY(!library.entry(QStringLiteral("org.exemple.absent"), diags));
    QVERIFY(diags.isEmpty());

    const QList<SearchHit> hits = library.search(QStringLiteral("Frais de port"), diags);
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.first();
    QCOMPARE(hit.kind, SearchHit::Kind::Activity);
    QCOMPARE(hit.id, QStringLiteral("signaux-alerte"));
    QCOMPARE(hit.module, QStringLiteral("arnaques-reperer"));
    QCOMPARE(hit.title, QStringLiteral("Les quatre signaux d'alerte"));
    QCOMPARE(hit.version, QStringLiteral("1.1.0"));
    QVERIFY2(hit.markedSnippet(QStringLiteral("<b>"), QStringLiteral("</b>"), true)
                 .contains(QStringLiteral("(1,99 € <b>de</b> <b>frais</b> <b>de</b> <b>port</b>)")),
             qPrintable(hit.markedSnippet(QStringLiteral("<b>"), QStringLiteral("</b>"), true)));

    // Another Library on the same folder sees the same catalogue.
    Library again(folder);
    QCOMPARE(again.list(diags).size(), 1);
    QVERIFY(again.rollback(curriculumId, {}, diags));
    QCOMPARE(library.entry(curriculumId, diags)->activeVersion, QStringLiteral("1.0.0"));
}

void TestLibrary::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("no action") << QStringList{} << 2 << QStringLiteral("relais: give an action: import, list, show, remove, rollback or search.\n");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("install")} << 2
                                    << QStringLiteral("relais: unknown action: install (import, list, show, remove, rollback or search).\n");
    QTest::newRow("option of another action") << QStringList{QStringLiteral("show"), curriculumId, QStringLiteral("--yes")} << 2
                                              << QStringLiteral("relais: unknown option: --yes\n");
    QTest::newRow("no words") << QStringList{QStringLiteral("search")} << 2 << QStringLiteral("relais: give the words to search for.\n");
    QTest::newRow("no id") << QStringList{QStringLiteral("show")} << 2 << QStringLiteral("relais: the curriculum id is missing.\n");
    QTest::newRow("not a pack") << QStringList{QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral(RELAIS_SOURCE_DIR "/README.md")} << 2
                                << QStringLiteral("“" RELAIS_SOURCE_DIR "/README.md” is neither a curriculum folder nor a .relais pack.");
}

void TestLibrary::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString library = newLibrary(QStringLiteral("usage"));
    const Run r = lib(library, args);
    QCOMPARE(r.exitCode, status);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Wrong usage is found before the library is opened (and created).
    if (message.startsWith(QLatin1String("relais: ")))
        QVERIFY(!QFileInfo::exists(library));

    const Run help = runRelais({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help"), QStringLiteral("library")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: relais library [--library <folder>] <action>\n")));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
