// The export runner, whatever the format: a valid curriculum only, options
// checked against the exporter's metadata, the output written beside the
// target and renamed at the end, a folder replaced only when it is an
// earlier export, cancellation and failure leaving nothing behind.
#include "../testutil.h"
#include "recordingmonitor.h"

#include <exportrunner.h>
#include <outputtree.h>
#include <pack.h>
#include <pluginregistry.h>
#include <validator.h>
#include <ziparchive.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Relais;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// The bytes of an export: a file's, or every file of a folder's.
QMap<QString, QByteArray> contents(const QString &path)
{
    return QFileInfo(path).isDir() ? TestUtil::readTree(path) : QMap<QString, QByteArray>{{QString(), TestUtil::readFile(path)}};
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    PluginRegistry m_registry;
    QTemporaryDir m_tmp;
    QString m_source;
    int m_n = 0;

    QString fresh() { return m_tmp.filePath(QStringLiteral("t%1").arg(++m_n)); }
    ExportRunner::Result run(const QString &format, const QString &output, const QVariantMap &options = {},
                             const QString &source = {})
    {
        ExportRunner::Job job;
        job.format = format;
        job.output = output;
        job.options = options;
        RecordingMonitor monitor;
        return ExportRunner::run(source.isEmpty() ? m_source : source, job, monitor, m_registry);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // The real exercise types (to validate the curriculum) and the fixtures.
        m_registry.scan({TestUtil::builtPlugins(QStringLiteral("exercises")), QStringLiteral(RELAIS_FIXTURE_EXPORTER_DIR)});
        QVERIFY(m_registry.exporter(QStringLiteral("fixture-folder")));
        QVERIFY(m_registry.exporter(QStringLiteral("fixture-file")));
        QVERIFY(m_registry.exerciseType(QStringLiteral("mcq")));
        m_source = m_tmp.filePath(QStringLiteral("source"));
        QVERIFY(TestUtil::copyTree(TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"), m_source));
    }

    void scopeFollowsThePathway()
    {
        Diagnostics diags;
        const FileSet files = FileSet::fromFolder(m_source, diags);
        const Validator::Report report = Validator(&m_registry).validate(files);
        QVERIFY(report.curriculum);
        const Curriculum &c = *report.curriculum;
        ExportScope scope;
        QVERIFY(ExportScope::make(c, {}, {}, scope));
        QCOMPARE(scope.units.size(), c.pathways.size());  // every module of parcours-relais is in a pathway
        QCOMPARE(scope.modules().size(), c.modules.size());
        const Pathway &p = c.pathways.first();
        QVERIFY(ExportScope::make(c, p.id, {}, scope));
        QCOMPARE(scope.kind, ExportScope::Kind::Pathway);
        const QList<const Module *> modules = scope.units.first().modules;
        QCOMPARE(modules.first()->id, p.entryDiagnostic);
        QCOMPARE(modules.last()->id, p.exitAssessment);
        QCOMPARE(modules.value(1)->id, p.steps.first().modules.first());
        QCOMPARE(scope.title(c), p.title);
        QVERIFY(ExportScope::make(c, {}, modules.value(1)->id, scope));
        QCOMPARE(scope.modules().size(), 1);
        QVERIFY(!ExportScope::make(c, QStringLiteral("nope"), {}, scope));
        QVERIFY(!ExportScope::make(c, {}, QStringLiteral("nope"), scope));
    }

    void writesAFolderAndAFile()
    {
        const QString folder = fresh();
        ExportRunner::Result r = run(QStringLiteral("fixture-folder"), folder);
        QVERIFY2(r.ok(), qPrintable(r.report.diagnostics.value(0).message(QStringLiteral("en"))));
        QCOMPARE(r.output, QFileInfo(folder).absoluteFilePath());
        QCOMPARE(entries(folder), (QStringList{ExportRunner::folderMarker, QStringLiteral("scope.txt")}));
        QCOMPARE(r.report.skipped, QStringList{QStringLiteral("nothing, really")});
        // Only the target was created beside it: the staging folder is gone.
        QCOMPARE(entries(m_tmp.path()).filter(QStringLiteral(".export-")), QStringList());

        const QString file = fresh() + QStringLiteral(".txt");
        r = run(QStringLiteral("fixture-file"), file, {{QStringLiteral("copies"), 3}});
        QVERIFY(r.ok());
        QVERIFY(TestUtil::readFile(file).contains("copies=3"));
        QCOMPARE(entries(m_tmp.path()).filter(QStringLiteral(".export-")), QStringList());
    }

    void fromAPack()
    {
        const QString pack = m_tmp.filePath(QStringLiteral("c.relais"));
        Diagnostics diags;
        QVERIFY(Pack::write(FileSet::fromFolder(m_source, diags), pack, diags));
        const QString file = fresh();
        const ExportRunner::Result r = run(QStringLiteral("fixture-file"), file, {}, pack);
        QVERIFY(r.ok());
        QVERIFY(TestUtil::readFile(file).contains("numerique-au-quotidien-seniors"));
    }

    void optionsAreChecked_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown") << QVariantMap{{QStringLiteral("colour"), 1}} << QStringLiteral("colour");
        QTest::newRow("too big") << QVariantMap{{QStringLiteral("copies"), 9}} << QStringLiteral("copies");
        QTest::newRow("not a number") << QVariantMap{{QStringLiteral("copies"), QStringLiteral("two")}} << QStringLiteral("copies");
        QTest::newRow("not a choice") << QVariantMap{{QStringLiteral("mode"), QStringLiteral("fast")}} << QStringLiteral("ok, fail, wait");
    }

    void optionsAreChecked()
    {
        QFETCH(QVariantMap, options);
        QFETCH(QString, problem);
        const QString out = fresh();
        const ExportRunner::Result r = run(QStringLiteral("fixture-file"), out, options);
        QCOMPARE(r.status, ExportRunner::Result::Status::Refused);
        QCOMPARE(r.report.diagnostics.value(0).code, QStringLiteral("export.option"));
        QVERIFY2(r.report.diagnostics.value(0).message(QStringLiteral("fr")).contains(problem),
                 qPrintable(r.report.diagnostics.value(0).message(QStringLiteral("fr"))));
        QVERIFY(!QFileInfo::exists(out));
    }

    void optionsFromText()
    {
        const PluginInfo *info = m_registry.exporter(QStringLiteral("fixture-file"));
        QVariantMap options;
        QString error;
        QVERIFY(ExportRunner::parseOptions(*info, {{QStringLiteral("draft"), QStringLiteral("oui")}, {QStringLiteral("copies"), QStringLiteral("2")}},
                                           options, error, QStringLiteral("fr")));
        QCOMPARE(options.value(QStringLiteral("draft")), QVariant(true));
        QCOMPARE(options.value(QStringLiteral("copies")).toInt(), 2);
        QCOMPARE(options.value(QStringLiteral("mode")).toString(), QStringLiteral("ok"));  // the default
        QVERIFY(!ExportRunner::parseOptions(*info, {{QStringLiteral("draft"), QStringLiteral("peut-être")}}, options, error, QStringLiteral("fr")));
        QVERIFY(error.contains(QStringLiteral("draft")));
    }

    void unknownFormatAndScope()
    {
        ExportRunner::Result r = run(QStringLiteral("nope"), fresh());
        QCOMPARE(r.status, ExportRunner::Result::Status::Refused);
        QCOMPARE(r.report.diagnostics.value(0).code, QStringLiteral("export.unknown-format"));
        QVERIFY(r.report.diagnostics.value(0).args.value(1).contains(QStringLiteral("fixture-file")));

        ExportRunner::Job job;
        job.format = QStringLiteral("fixture-file");
        job.output = fresh();
        job.module = QStringLiteral("nope");
        RecordingMonitor monitor;
        r = ExportRunner::run(m_source, job, monitor, m_registry);
        QCOMPARE(r.report.diagnostics.value(0).code, QStringLiteral("export.unknown-module"));
        QVERIFY(!QFileInfo::exists(job.output));
    }

    void invalidCurriculumIsRefusedWithItsErrors()
    {
        const QString broken = m_tmp.filePath(QStringLiteral("broken"));
        QVERIFY(TestUtil::copyTree(m_source, broken));
        const QString moduleFile = broken + QStringLiteral("/modules/mots-de-passe-surs.xml");
        QByteArray xml = TestUtil::readFile(moduleFile);
        xml.replace("<title>", "<title></title><title>");  // two titles: a schema error
        QVERIFY(TestUtil::writeFile(moduleFile, xml));
        const QString out = fresh();
        const ExportRunner::Result r = run(QStringLiteral("fixture-folder"), out, {}, broken);
        QCOMPARE(r.status, ExportRunner::Result::Status::Refused);
        QCOMPARE(r.report.diagnostics.first().code, QStringLiteral("export.invalid"));
        QVERIFY(r.report.diagnostics.size() > 1);
        for (const Diagnostic &d : r.report.diagnostics)
            QCOMPARE(d.severity, Severity::Error);
        QVERIFY(r.report.diagnostics.at(1).location.file.contains(QStringLiteral("mots-de-passe-surs.xml")));
        QVERIFY(!QFileInfo::exists(out));
    }

    void folderIsReplacedOnlyWhenItIsAnExport()
    {
        const QString folder = fresh();
        QVERIFY(TestUtil::writeFile(folder + QStringLiteral("/lettre.odt"), "a letter nobody exported"));
        ExportRunner::Result r = run(QStringLiteral("fixture-folder"), folder);
        QCOMPARE(r.status, ExportRunner::Result::Status::Refused);
        QCOMPARE(r.report.diagnostics.value(0).code, QStringLiteral("export.target"));
        QCOMPARE(TestUtil::readFile(folder + QStringLiteral("/lettre.odt")), QByteArray("a letter nobody exported"));

        // An earlier export is replaced whole: nothing of it stays.
        const QString again = fresh();
        QVERIFY(run(QStringLiteral("fixture-folder"), again).ok());
        QVERIFY(TestUtil::writeFile(again + QStringLiteral("/old-page.html"), "from last week"));
        QVERIFY(run(QStringLiteral("fixture-folder"), again).ok());
        QCOMPARE(entries(again), (QStringList{ExportRunner::folderMarker, QStringLiteral("scope.txt")}));

        // A file is never replaced by a folder, nor a folder by a file.
        const QString file = fresh();
        QVERIFY(TestUtil::writeFile(file, "x"));
        QCOMPARE(run(QStringLiteral("fixture-folder"), file).status, ExportRunner::Result::Status::Refused);
        QCOMPARE(run(QStringLiteral("fixture-file"), again).status, ExportRunner::Result::Status::Refused);
        QVERIFY(QFileInfo(again).isDir());
    }

    void neverIntoTheSource()
    {
        ExportRunner::Result r = run(QStringLiteral("fixture-file"), m_source + QStringLiteral("/export.txt"));
        QCOMPARE(r.report.diagnostics.value(0).code, QStringLiteral("export.target-in-source"));
        r = run(QStringLiteral("fixture-folder"), m_tmp.path());
        QCOMPARE(r.status, ExportRunner::Result::Status::Refused);  // not empty, not an export, holds the source
        QVERIFY(!QFileInfo::exists(m_source + QStringLiteral("/export.txt")));
    }

    void failureKeepsThePreviousExport()
    {
        const QString file = fresh();
        QVERIFY(run(QStringLiteral("fixture-file"), file).ok());
        const QByteArray before = TestUtil::readFile(file);
        const ExportRunner::Result r = run(QStringLiteral("fixture-file"), file, {{QStringLiteral("mode"), QStringLiteral("fail")}});
        QCOMPARE(r.status, ExportRunner::Result::Status::Failed);
        QCOMPARE(r.report.diagnostics.value(0).code, QStringLiteral("export.failed"));
        QCOMPARE(TestUtil::readFile(file), before);
        QCOMPARE(entries(m_tmp.path()).filter(QStringLiteral(".export-")), QStringList());
    }

    void cancelLeavesNothing()
    {
        const QString folder = fresh();
        ExportRunner::Job job;
        job.format = QStringLiteral("fixture-folder");
        job.output = folder;
        job.options = {{QStringLiteral("mode"), QStringLiteral("wait")}};
        RecordingMonitor monitor;
        monitor.cancelAfter = 3;
        const ExportRunner::Result r = ExportRunner::run(m_source, job, monitor, m_registry);
        QCOMPARE(r.status, ExportRunner::Result::Status::Cancelled);
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(entries(m_tmp.path()).filter(QStringLiteral(".export-")), QStringList());
    }

    // `relais export`: exit statuses, the report, and Ctrl+C leaving nothing.
    void commandLine()
    {
        const QMap<QString, QString> env{{QStringLiteral("RELAIS_PLUGIN_PATH"), QStringLiteral(RELAIS_FIXTURE_EXPORTER_DIR)},
                                         {QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}};
        const QString out = fresh() + QStringLiteral(".txt");
        TestUtil::Run r = TestUtil::runRelais({QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("fixture-file"), QStringLiteral("-o"), out,
                                               QStringLiteral("--module"), QStringLiteral("cv-rediger"), QStringLiteral("--option"), QStringLiteral("draft=oui")},
                                              env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Non exporté : nothing, really")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Export écrit : ") + out));
        QCOMPARE(r.err, QString());  // no bar when stderr is not a terminal
        QVERIFY(TestUtil::readFile(out).contains("-: cv-rediger"));

        r = TestUtil::runRelais({QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("fixture-file"), QStringLiteral("-o"), fresh(),
                                 QStringLiteral("--option"), QStringLiteral("colour=red")},
                                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("colour")));

        const QString broken = m_tmp.filePath(QStringLiteral("broken-cli"));
        QVERIFY(TestUtil::copyTree(m_source, broken));
        QVERIFY(QFile::remove(broken + QStringLiteral("/modules/cv-rediger.xml")));
        r = TestUtil::runRelais({QStringLiteral("export"), broken, QStringLiteral("--format"), QStringLiteral("fixture-file"), QStringLiteral("-o"), fresh()}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("export.invalid")));

        // Ctrl+C while the exporter works: cancelled, the staging folder removed.
        const QString cancelled = fresh();
        QProcess p;
        QVERIFY(TestUtil::startRelais(p, {QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("fixture-folder"), QStringLiteral("-o"), cancelled,
                                          QStringLiteral("--option"), QStringLiteral("mode=wait")}, env));
        QTRY_VERIFY_WITH_TIMEOUT(!entries(m_tmp.path()).filter(QStringLiteral(".export-")).isEmpty(), 60000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFileInfo::exists(cancelled));
        QCOMPARE(entries(m_tmp.path()).filter(QStringLiteral(".export-")), QStringList());
    }

    // A disk that fills up while a real exporter writes: an error that says
    // so, the previous export as it was, nothing left beside it. The limit is
    // one byte under the largest file of the full export (its last write
    // fails, which Qt 6.4's QSaveFile alone would not report) or half of it.
    void fullDiskKeepsThePreviousExport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("lastByte");
        for (const char *format : {"gift", "moodlexml", "slides", "scorm12", "scorm2004", "html", "handout", "guide"}) {
            QTest::addRow("%s, last byte", format) << QString::fromLatin1(format) << true;
            QTest::addRow("%s, half", format) << QString::fromLatin1(format) << false;
        }
    }

    void fullDiskKeepsThePreviousExport()
    {
        QFETCH(QString, format);
        QFETCH(bool, lastByte);
        const QStringList exportTo{QStringLiteral("export"), m_source, QStringLiteral("--format"), format, QStringLiteral("-o")};
        const QString full = fresh();
        TestUtil::Run r = TestUtil::runRelais(exportTo + QStringList{full});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        qint64 largest = 0;
        for (const QByteArray &bytes : contents(full))
            largest = std::max(largest, qint64(bytes.size()));

        // The previous export: an earlier one, changed so that it can be told apart.
        const QString output = fresh();
        QVERIFY(QFileInfo(full).isDir() ? TestUtil::copyTree(full, output) : QFile::copy(full, output));
        const QString changed = QFileInfo(output).isDir() ? output + QStringLiteral("/index.html") : output;
        QFile file(changed);
        QVERIFY(file.open(QIODevice::Append));
        file.write("<!-- the previous export -->\n");
        file.close();
        const QMap<QString, QByteArray> before = contents(output);

        r = TestUtil::runRelais(exportTo + QStringList{output}, {}, lastByte ? largest - 1 : largest / 2);
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.out + r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("[pack.write-failed]")) && r.err.contains(QStringLiteral("File too large")),
                 qPrintable(r.err));
        QVERIFY(contents(output) == before);
        QCOMPARE(entries(m_tmp.path()).filter(QStringLiteral(".export-")), QStringList());
    }

    void outputTreeRefusesEscapingPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << "a/b.html" << true;
        QTest::newRow("parent") << "../b.html" << false;
        QTest::newRow("inner parent") << "a/../../b" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("backslash") << "a\\..\\b" << false;
        QTest::newRow("drive") << "C:/x" << false;
        QTest::newRow("dot") << "./a" << false;
        QTest::newRow("empty segment") << "a//b" << false;
        QTest::newRow("empty") << "" << false;
    }

    void outputTreeRefusesEscapingPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        OutputTree tree;
        QCOMPARE(tree.add(path, "x"), safe);
        QCOMPARE(tree.contains(path), safe);
    }

    void outputTreeZipIsTheSameBytes()
    {
        OutputTree tree;
        tree.add(QStringLiteral("b/page.html"), "<p>b</p>");
        tree.add(QStringLiteral("a.css"), "p{}");
        tree.addFile(QStringLiteral("media/x.svg"), m_source + QStringLiteral("/media/") + entries(m_source + QStringLiteral("/media")).first());
        Diagnostics diags;
        const QString one = m_tmp.filePath(QStringLiteral("one.zip"));
        const QString two = m_tmp.filePath(QStringLiteral("two.zip"));
        QVERIFY(tree.writeZip(one, diags));
        QTest::qWait(1100);  // a second later: no time may leak into the bytes
        QVERIFY(tree.writeZip(two, diags));
        QCOMPARE(TestUtil::readFile(one), TestUtil::readFile(two));
        ZipReader reader;
        QVERIFY(reader.open(one));
        ZipReader::Entry e;
        QStringList names;
        while (reader.next(e) == 1)
            names << QString::fromUtf8(e.rawName);
        QCOMPARE(names, (QStringList{QStringLiteral("a.css"), QStringLiteral("b/page.html"), QStringLiteral("media/x.svg")}));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
