#include "testutil.h"

#include <curriculumloader.h>
#include <curriculumreader.h>
#include <curriculumwriter.h>
#include <starter.h>
#include <xmlparser.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Relais;

class TestFormat : public QObject
{
    Q_OBJECT

private:
    static std::optional<Module> module(const QByteArray &xml, Diagnostics *diags = nullptr)
    {
        Diagnostics local;
        ParsedXml parsed;
        if (!parsed.parse(xml, QStringLiteral("modules/m.xml"), diags ? *diags : local))
            return std::nullopt;
        return CurriculumReader::readModule(parsed, diags ? *diags : local);
    }

    static const QByteArray foreignModule;

    // The starter curriculum of canonicalFilesRoundTrip, kept for the whole test run.
    QTemporaryDir m_starterDir;

private slots:
    void canonicalFilesRoundTrip_data()
    {
        QTest::addColumn<QString>("root");
        Diagnostics diags;
        QVERIFY(createStarterCurriculum(m_starterDir.path() + QStringLiteral("/starter"), QStringLiteral("org.test.starter"),
                                        QStringLiteral("Départ"), diags));
        QTest::newRow("starter") << m_starterDir.path() + QStringLiteral("/starter");
        for (const QString &root : TestUtil::curricula())
            QTest::newRow(qPrintable(QFileInfo(root).fileName())) << root;
    }

    // Loading then saving a canonical curriculum gives the same bytes.
    void canonicalFilesRoundTrip()
    {
        QFETCH(QString, root);
        Diagnostics diags;
        const FileSet files = FileSet::fromFolder(root, diags);
        const CurriculumLoader::Result loaded = CurriculumLoader::load(files, {false});
        QVERIFY(loaded.curriculum);
        const QMap<QString, QByteArray> written = CurriculumWriter::files(*loaded.curriculum);
        QVERIFY(written.size() >= 3);
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            const FileEntry *original = files.file(it.key());
            QVERIFY2(original, qPrintable(it.key()));
            QCOMPARE(QString::fromUtf8(it.value()), QString::fromUtf8(original->data));
        }
    }

    // Content in namespaces Relais does not know survives load and save, where it was.
    void foreignContentSurvives()
    {
        const auto first = module(foreignModule);
        QVERIFY(first);
        QCOMPARE(first->foreign.attributes.size(), 2);  // xmlns:x and x:origin
        QVERIFY(!first->foreign.elements.empty());
        const QByteArray saved = CurriculumWriter::moduleXml(*first);
        for (const char *needle : {"xmlns:x=\"urn:example:ext\"", "x:origin=\"leers\"", "<x:note lang=\"fr\">Salle 2</x:note>",
                                   "<x:rating stars=\"4\"/>", "x:draft=\"true\"", "<y:tag xmlns:y=\"urn:example:other\">a</y:tag>",
                                   "<ext xmlns=\"urn:example:default\">kept</ext>", "<z:unknown xmlns:z=\"urn:relais:exercise:zzz:1\""}) {
            QVERIFY2(saved.contains(needle), needle);
        }
        // The foreign note stays after <title>, before <objectives>.
        QVERIFY(saved.indexOf("<x:note") > saved.indexOf("<title>"));
        QVERIFY(saved.indexOf("<x:note") < saved.indexOf("<objectives>"));
        // Saving what was saved changes nothing.
        const auto second = module(saved);
        QVERIFY(second);
        QCOMPARE(QString::fromUtf8(CurriculumWriter::moduleXml(*second)), QString::fromUtf8(saved));
    }

    // Input that is not canonical (order, indentation, quotes) is normalised, and
    // the normal form is a fixed point.
    void nonCanonicalInputIsNormalised()
    {
        const QByteArray messy = "<?xml version='1.0' encoding='UTF-8'?>\r\n"
                                 "<module level='debutant' modality='individuel' duration='30' id='m' formatVersion='1' "
                                 "xmlns='urn:relais:curriculum:1'><title>T</title>\r\n"
                                 "<objectives><objective>O</objective></objectives>"
                                 "<equipment><item kind='papier'/></equipment>"
                                 "<runningOrder>   <segment duration='30'><title>S</title></segment></runningOrder>"
                                 "<activities/></module>";
        const auto m = module(messy);
        QVERIFY(m);
        const QByteArray canonical = CurriculumWriter::moduleXml(*m);
        QVERIFY(canonical.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<module xmlns=\"urn:relais:curriculum:1\" "
                                     "formatVersion=\"1\" id=\"m\" duration=\"30\" modality=\"individuel\" level=\"debutant\">\n"
                                     "  <title>T</title>\n"));
        QVERIFY(!canonical.contains('\r'));
        QVERIFY(canonical.endsWith("</module>\n"));
        const auto again = module(canonical);
        QVERIFY(again);
        QCOMPARE(CurriculumWriter::moduleXml(*again), canonical);
    }

    // A control character pasted into a field is left out of the file: XML
    // cannot hold it, and the saved file must open again.
    void controlCharactersAreNotWritten()
    {
        const auto m = module(foreignModule);
        QVERIFY(m);
        Module edited = *m;
        edited.title = QStringLiteral("Atelier\u0001 \u001b[31mrouge\u0000\uFFFF\ttab");
        const QByteArray xml = CurriculumWriter::moduleXml(edited);
        Diagnostics diags;
        const auto again = module(xml, &diags);
        QVERIFY2(again, qPrintable(diags.isEmpty() ? QString() : diags.first().message(QStringLiteral("en"))));
        QCOMPARE(again->title, QStringLiteral("Atelier [31mrouge\ttab"));
    }

    // Whitespace inside rich text is content: it is written back exactly.
    void richTextWhitespaceIsKept_data()
    {
        QTest::addColumn<QByteArray>("summary");
        QTest::newRow("space between inline elements") << QByteArray("<p><em>un</em> <strong>deux</strong></p>");
        QTest::newRow("trailing space") << QByteArray("<p>Bonjour <em>Marie</em> !</p>");
        QTest::newRow("line break") << QByteArray("<p>ligne 1<br/>ligne 2</p>");
        QTest::newRow("nested list") << QByteArray("<ul><li>a<ul><li>b</li></ul></li></ul>");
        QTest::newRow("escaped markup") << QByteArray("<p>&lt;script&gt; &amp; co</p>");
        QTest::newRow("link") << QByteArray("<p>Voir <a href=\"https://www.ameli.fr\">Ameli</a>.</p>");
    }

    void richTextWhitespaceIsKept()
    {
        QFETCH(QByteArray, summary);
        const QByteArray xml = "<module xmlns=\"urn:relais:curriculum:1\" formatVersion=\"1\" id=\"m\" duration=\"1\" "
                               "modality=\"collectif\" level=\"debutant\"><title>T</title><summary>"
                             + summary
                             + "</summary><objectives><objective>O</objective></objectives>"
                               "<equipment><item kind=\"papier\"/></equipment><runningOrder><segment duration=\"1\">"
                               "<title>S</title></segment></runningOrder><activities/></module>";
        const auto m = module(xml);
        QVERIFY(m);
        const QByteArray out = CurriculumWriter::moduleXml(*m);
        // Every block is written inline on its own line, so its text must appear verbatim.
        QVERIFY2(out.contains(summary) || summary.startsWith("<ul>"), out.constData());
        const auto again = module(out);
        QVERIFY(again);
        QCOMPARE(richTextPlain(again->summary), richTextPlain(m->summary));
        QCOMPARE(CurriculumWriter::moduleXml(*again), out);
    }

    // Every element keeps its file, line and column.
    void locationsAreKept()
    {
        const auto m = module(foreignModule);
        QVERIFY(m);
        QCOMPARE(m->location.file, QStringLiteral("modules/m.xml"));
        QCOMPARE(m->location.line, 2);
        QCOMPARE(m->location.column, 1);
        QCOMPARE(m->fields.value(QStringLiteral("title")).line, 4);
        QCOMPARE(m->fields.value(QStringLiteral("title")).column, 3);
        QCOMPARE(m->activities.size(), 1);
        QCOMPARE(m->activities.first().location.line, 21);
        QCOMPARE(m->activities.first().location.column, 5);
        QCOMPARE(m->runningOrder.first().location.line, 16);
        QVERIFY(m->activities.first().payload);
        QCOMPARE(m->activities.first().payload->location.line, 24);
    }

    // Column numbers count characters, not bytes.
    void columnsCountCharacters()
    {
        ParsedXml xml;
        Diagnostics diags;
        QVERIFY(xml.parse("<a>é<b/></a>", QStringLiteral("f.xml"), diags));
        QCOMPARE(xml.locate(xml.root().child("b")).column, 5);
    }

    void malformedXmlIsLocated()
    {
        Diagnostics diags;
        QVERIFY(!module("<module xmlns=\"urn:relais:curriculum:1\">\n  <title>T</titel>\n</module>", &diags));
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.first().code, QStringLiteral("xml.malformed"));
        QCOMPARE(diags.first().location.line, 2);
    }

    void unsupportedFormatVersionIsRefused()
    {
        Diagnostics diags;
        QVERIFY(!module("<module xmlns=\"urn:relais:curriculum:1\" formatVersion=\"2\" id=\"m\"/>", &diags));
        QCOMPARE(diags.first().code, QStringLiteral("xml.format-version"));
    }

    // A namespace prefix on core elements reads the same as the default namespace.
    void prefixedCoreElementsAreRead()
    {
        const auto m = module("<r:module xmlns:r=\"urn:relais:curriculum:1\" formatVersion=\"1\" id=\"m\" duration=\"5\" "
                              "modality=\"collectif\" level=\"debutant\"><r:title>Préfixé</r:title></r:module>");
        QVERIFY(m);
        QCOMPARE(m->title, QStringLiteral("Préfixé"));
        QCOMPARE(m->duration, 5);
        QVERIFY(CurriculumWriter::moduleXml(*m).contains("<module xmlns=\"urn:relais:curriculum:1\""));
    }
};

const QByteArray TestFormat::foreignModule = R"(<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:relais:curriculum:1" formatVersion="1" id="m" duration="30" modality="collectif" level="debutant" xmlns:x="urn:example:ext" x:origin="leers">
  <x:rating stars="4"/>
  <title>Atelier</title>
  <x:note lang="fr">Salle 2</x:note>
  <objectives>
    <objective>Objectif</objective>
  </objectives>
  <equipment>
    <item kind="ordinateur">PC</item>
  </equipment>
  <facilitatorNotes>
    <p>Notes</p>
  </facilitatorNotes>
  <runningOrder>
    <segment duration="30">
      <title>Tout</title>
    </segment>
  </runningOrder>
  <activities>
    <activity id="a" type="zzz" x:draft="true">
      <title>Activité</title>
      <payload>
        <z:unknown xmlns:z="urn:relais:exercise:zzz:1" z:level="3">
          <z:item>un <z:b>deux</z:b></z:item>
        </z:unknown>
      </payload>
      <y:tag xmlns:y="urn:example:other">a</y:tag>
    </activity>
  </activities>
  <ext xmlns="urn:example:default">kept</ext>
</module>
)";

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
