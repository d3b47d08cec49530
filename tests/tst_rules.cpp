#include "testutil.h"

#include <fileset.h>
#include <pack.h>
#include <pluginregistry.h>
#include <starter.h>
#include <validator.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Relais;

namespace {

// One change to a file of the starter curriculum: replace `from` by `to`
// (from empty: write `to` as the whole file; both empty: delete the file).
struct Edit
{
    QString file;
    QByteArray from;
    QByteArray to;
};

const QString modulePath = QStringLiteral("modules/premier-atelier.xml");
const QString pathwayPath = QStringLiteral("pathways/premier-parcours.xml");
const QString curriculumPath = QStringLiteral("curriculum.xml");
const QString imagePath = QStringLiteral("media/ecran-telephone.svg");
const QByteArray audio = "ID3";

QByteArray audioAsset(const QByteArray &inside)
{
    return "</asset>\n    <asset id=\"son\" href=\"media/son.mp3\" type=\"audio/mpeg\" size=\"3\" sha256=\""
         + sha256Hex(audio).toLatin1() + "\">" + inside + "</asset>\n  </media>";
}

} // namespace

Q_DECLARE_METATYPE(QList<Edit>)

class TestRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_count = 0;
    // The core's rules alone: exercise types are the plugins' tests.
    PluginRegistry m_noPlugins;

    QString freshCurriculum()
    {
        const QString dir = m_tmp.path() + QStringLiteral("/c") + QString::number(++m_count);
        Diagnostics diags;
        if (!createStarterCurriculum(dir, QStringLiteral("org.test.rules"), QStringLiteral("Règles"), diags))
            return {};
        return dir;
    }

    static bool apply(const QString &root, const Edit &e)
    {
        const QString path = root + QLatin1Char('/') + e.file;
        if (e.from.isEmpty() && e.to.isEmpty())
            return QFile::remove(path);
        if (e.from.isEmpty())
            return TestUtil::writeFile(path, e.to);
        QByteArray data = TestUtil::readFile(path);
        const qsizetype at = data.indexOf(e.from);
        if (at < 0)
            return false;
        data.replace(at, e.from.size(), e.to);
        return TestUtil::writeFile(path, data);
    }

private slots:
    void starterIsValid()
    {
        const QString root = freshCurriculum();
        const Validator::Report report = Validator(&m_noPlugins).validate(root);
        QVERIFY(report.usable);
        QCOMPARE(countSeverity(report.diagnostics, Severity::Error), 0);
        for (const Diagnostic &d : report.diagnostics)
            QCOMPARE(d.code, QStringLiteral("activity.unknown-type"));
    }

    void rule_data()
    {
        QTest::addColumn<QList<Edit>>("edits");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");  // -1: any line > 0; 0: no line

        const int E = int(Severity::Error), W = int(Severity::Warning), I = int(Severity::Info);
        QTest::newRow("duplicate activity id")
            << QList<Edit>{{modulePath, "<activity id=\"quiz\"", "<activity id=\"decouvrir\""}} << "id.duplicate" << E << modulePath << 49;
        QTest::newRow("id differs from file name")
            << QList<Edit>{{modulePath, "id=\"premier-atelier\" duration", "id=\"autre-atelier\" duration"}} << "id.filename" << E << modulePath << 2;
        QTest::newRow("step refers to a missing module")
            << QList<Edit>{{pathwayPath, "<module ref=\"premier-atelier\"/>", "<module ref=\"inconnu\"/>"}} << "ref.module" << E << pathwayPath << 7;
        QTest::newRow("activity refers to missing media")
            << QList<Edit>{{modulePath, "<media ref=\"ecran-telephone\"/>", "<media ref=\"absent\"/>"}} << "ref.media" << E << modulePath << 35;
        QTest::newRow("payload refers to missing media")
            << QList<Edit>{{modulePath, "<figure media=\"ecran-telephone\">", "<figure media=\"absente\">"}} << "ref.media" << E << modulePath << 42;
        QTest::newRow("running order refers to a missing activity")
            << QList<Edit>{{modulePath, "activity=\"quiz\"", "activity=\"rien\""}} << "ref.activity" << E << modulePath << 25;
        QTest::newRow("listed module file missing")
            << QList<Edit>{{modulePath, {}, {}}} << "ref.module-file" << E << curriculumPath << 21;
        QTest::newRow("module file not listed")
            << QList<Edit>{{QStringLiteral("modules/extra.xml"), {}, "<module xmlns=\"urn:relais:curriculum:1\"/>"}} << "file.unlisted" << W << "modules/extra.xml" << -1;
        QTest::newRow("media file missing")
            << QList<Edit>{{imagePath, {}, {}}} << "media.file-missing" << E << curriculumPath << 24;
        QTest::newRow("media changed, same size")
            << QList<Edit>{{imagePath, "fill=\"#ffffff\"", "fill=\"#fffffe\""}} << "media.hash-mismatch" << E << curriculumPath << 24;
        QTest::newRow("media changed size")
            << QList<Edit>{{imagePath, "</svg>", "<!-- x --></svg>"}} << "media.size-mismatch" << E << curriculumPath << 24;
        QTest::newRow("media file not declared")
            << QList<Edit>{{QStringLiteral("media/orphelin.png"), {}, "\x89PNG"}} << "media.unlisted" << W << curriculumPath << 0;
        QTest::newRow("image without alt text")
            << QList<Edit>{{curriculumPath, "<alt>", "<credit>"}, {curriculumPath, "vert.</alt>", "vert.</credit>"}}
            << "media.alt-missing" << E << curriculumPath << 24;
        QTest::newRow("audio without transcript")
            << QList<Edit>{{curriculumPath, "</asset>\n  </media>", audioAsset("")}, {QStringLiteral("media/son.mp3"), {}, audio}}
            << "media.transcript-missing" << E << curriculumPath << 29;
        QTest::newRow("media never used")
            << QList<Edit>{{curriculumPath, "</asset>\n  </media>", audioAsset("<transcript><p>Bonjour.</p></transcript>")}, {QStringLiteral("media/son.mp3"), {}, audio}}
            << "media.unused" << I << curriculumPath << 29;
        QTest::newRow("svg with script")
            << QList<Edit>{{imagePath, "</svg>", "<script>alert(1)</script></svg>"}} << "media.active-content" << E << curriculumPath << 24;
        QTest::newRow("svg with event handler")
            << QList<Edit>{{imagePath, "<circle ", "<circle onload=\"alert(1)\" "}} << "media.active-content" << E << curriculumPath << 24;
        QTest::newRow("running order does not add up")
            << QList<Edit>{{modulePath, "<segment duration=\"15\">", "<segment duration=\"20\">"}} << "runningorder.total" << W << modulePath << 18;
        QTest::newRow("pathway duration wrong")
            << QList<Edit>{{pathwayPath, "duration=\"90\">", "duration=\"100\">"}} << "pathway.duration" << W << pathwayPath << 2;
        QTest::newRow("pathway sessions wrong")
            << QList<Edit>{{pathwayPath, "sessions=\"1\"", "sessions=\"3\""}} << "pathway.sessions" << W << pathwayPath << 2;
        QTest::newRow("completion needs more sessions than exist")
            << QList<Edit>{{pathwayPath, "minSessions=\"1\"", "minSessions=\"4\""}} << "pathway.completion-sessions" << E << pathwayPath << 10;
        QTest::newRow("completion needs a missing exit assessment")
            << QList<Edit>{{pathwayPath, "minSessions=\"1\"", "minSessions=\"1\" exitAssessment=\"true\""}} << "pathway.completion-exit" << E << pathwayPath << 10;
        QTest::newRow("script in rich text")
            << QList<Edit>{{modulePath, "<p>Reconnaître", "<p><script>alert(1)</script>Reconnaître"}} << "richtext.element" << E << modulePath << 5;
        QTest::newRow("heading in rich text")
            << QList<Edit>{{modulePath, "<p>Reconnaître", "<h1>Titre</h1><p>Reconnaître"}} << "richtext.element" << E << modulePath << 5;
        QTest::newRow("javascript link")
            << QList<Edit>{{modulePath, "<p>Reconnaître", "<p><a href=\"javascript:alert(1)\">clic</a>Reconnaître"}} << "richtext.link" << E << modulePath << 5;
        QTest::newRow("event handler attribute")
            << QList<Edit>{{modulePath, "<p>Reconnaître", "<p onclick=\"alert(1)\">Reconnaître"}} << "richtext.attribute" << E << modulePath << 5;
        QTest::newRow("empty module title")
            << QList<Edit>{{modulePath, "<title>Premier atelier</title>", "<title>  </title>"}} << "title.empty" << E << modulePath << 3;
        QTest::newRow("empty activity title")
            << QList<Edit>{{modulePath, "<title>Quelle icône pour appeler ?</title>", "<title/>"}} << "title.empty" << E << modulePath << 50;
        QTest::newRow("unknown activity type")
            << QList<Edit>{} << "activity.unknown-type" << W << modulePath << 33;
        QTest::newRow("payload in another type's namespace")
            << QList<Edit>{{modulePath, "urn:relais:exercise:mcq:1", "urn:relais:exercise:truefalse:1"}} << "activity.payload-namespace" << E << modulePath << 52;
        QTest::newRow("version missing from changelog")
            << QList<Edit>{{curriculumPath, "version=\"0.1.0\" lang", "version=\"0.2.0\" lang"}} << "changelog.version" << W << curriculumPath << 12;
        QTest::newRow("value outside the schema")
            << QList<Edit>{{modulePath, "level=\"debutant\"", "level=\"expert\""}} << "schema.invalid" << E << modulePath << 2;
        QTest::newRow("missing required element")
            << QList<Edit>{{curriculumPath, "<licence>CC-BY-SA-4.0</licence>\n  <audiences>", "<audiences>"}} << "schema.invalid" << E << curriculumPath << -1;
        QTest::newRow("malformed XML")
            << QList<Edit>{{modulePath, "</title>", "</titel>"}} << "xml.malformed" << E << modulePath << 3;
        QTest::newRow("DOCTYPE")
            << QList<Edit>{{modulePath, "<module ", "<!DOCTYPE module [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<module "}} << "xml.doctype" << E << modulePath << 2;
        QTest::newRow("wrong root")
            << QList<Edit>{{pathwayPath, "<pathway xmlns", "<parcours xmlns"}, {pathwayPath, "</pathway>", "</parcours>"}} << "xml.wrong-root" << E << pathwayPath << 2;
        QTest::newRow("nesting too deep")
            << QList<Edit>{{modulePath, "<p>Reconnaître", "<p>" + QByteArray("<em>").repeated(100) + QByteArray("</em>").repeated(100) + "Reconnaître"}} << "xml.too-deep" << E << modulePath << 5;
        QTest::newRow("attribute too long")
            << QList<Edit>{{modulePath, "<title>Premier atelier</title>", "<title x=\"" + QByteArray(70000, 'a') + "\">Premier atelier</title>"}} << "xml.attribute-too-long" << E << modulePath << 3;
    }

    void rule()
    {
        QFETCH(QList<Edit>, edits);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QString, file);
        QFETCH(int, line);

        const QString root = freshCurriculum();
        QVERIFY(!root.isEmpty());
        for (const Edit &e : edits)
            QVERIFY2(apply(root, e), qPrintable(e.file + QStringLiteral(": ") + QString::fromUtf8(e.from)));

        const Validator::Report report = Validator(&m_noPlugins).validate(root);
        QVERIFY(report.usable);
        const Diagnostic *found = nullptr;
        for (const Diagnostic &d : report.diagnostics)
            if (d.code == code && !found)
                found = &d;
        if (!found) {
            for (const Diagnostic &d : report.diagnostics)
                qWarning() << d.code << d.location.file << d.location.line << d.message(QStringLiteral("en"));
        }
        QVERIFY2(found, qPrintable(code));
        QCOMPARE(int(found->severity), severity);
        QCOMPARE(found->location.file, file);
        if (line > 0)
            QCOMPARE(found->location.line, line);
        else if (line < 0)
            QVERIFY(found->location.line > 0);
        const QString fr = found->message(QStringLiteral("fr"));
        const QString en = found->message(QStringLiteral("en"));
        QVERIFY(!fr.isEmpty() && !en.isEmpty() && fr != en);
        QVERIFY2(!fr.contains(QLatin1Char('%')) || code == QLatin1String("schema.invalid"), qPrintable(fr));
        QVERIFY(!fr.contains(QStringLiteral("root:")));  // never the content of /etc/passwd
        if (severity == int(Severity::Error))
            QVERIFY(hasErrors(report.diagnostics));
        // Rich-text findings are not repeated by the schema on the same line.
        if (code.startsWith(QLatin1String("richtext."))) {
            for (const Diagnostic &d : report.diagnostics)
                QVERIFY(!(d.code == QLatin1String("schema.invalid") && d.location.line == found->location.line));
        }
    }

    // A pack carries its media inside the zip: the script of an SVG is found
    // there too, before a library installs the pack or an export shows it.
    void activeSvgInPackIsFound()
    {
        const QString root = freshCurriculum();
        QVERIFY(apply(root, {imagePath, "</svg>", "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script></svg>"}));
        Diagnostics diags;
        const QString pack = root + QStringLiteral(".relais");
        QVERIFY(Pack::write(FileSet::fromFolder(root, diags), pack, diags));
        const Validator::Report report = Validator(&m_noPlugins).validate(pack);
        QVERIFY(report.usable);
        QVERIFY(std::any_of(report.diagnostics.cbegin(), report.diagnostics.cend(), [](const Diagnostic &d) {
            return d.code == QLatin1String("media.active-content") && d.severity == Severity::Error
                && d.args.value(0) == imagePath;
        }));
    }

    void missingCurriculumIsUnusable()
    {
        const QString root = freshCurriculum();
        QVERIFY(QFile::remove(root + QStringLiteral("/curriculum.xml")));
        const Validator::Report report = Validator(&m_noPlugins).validate(root);
        QVERIFY(!report.usable);
        QCOMPARE(report.diagnostics.first().code, QStringLiteral("io.curriculum-missing"));
    }

    void symlinkIsReported()
    {
        const QString root = freshCurriculum();
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), root + QStringLiteral("/media/lien.svg")));
        const Validator::Report report = Validator(&m_noPlugins).validate(root);
        QVERIFY(std::any_of(report.diagnostics.cbegin(), report.diagnostics.cend(),
                            [](const Diagnostic &d) { return d.code == QLatin1String("io.symlink"); }));
        QVERIFY(!report.files->file(QStringLiteral("media/lien.svg")));
    }

    // Every code of the catalogue speaks both languages and names its arguments.
    void catalogueIsComplete()
    {
        const QStringList codes = diagnosticCodes();
        QVERIFY(codes.size() > 40);
        for (const QString &code : codes) {
            const DiagnosticInfo *info = diagnosticInfo(code);
            QVERIFY(info);
            const QString fr = QString::fromUtf8(info->fr), en = QString::fromUtf8(info->en);
            QVERIFY2(!fr.isEmpty() && !en.isEmpty() && fr != en, qPrintable(code));
            for (int n = 1; n <= 3; ++n) {
                const QString marker = QLatin1Char('%') + QString::number(n);
                QCOMPARE(fr.contains(marker), en.contains(marker));
            }
        }
    }

    // An argument holding "%2" is printed as it is, never substituted again.
    void argumentsAreNotReinterpreted()
    {
        const Diagnostic d = Diagnostic::make(QStringLiteral("ref.module"), {}, {}, {QStringLiteral("%2"), QStringLiteral("x")});
        QVERIFY(d.message(QStringLiteral("en")).startsWith(QStringLiteral("“%2” refers to module “x”")));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
