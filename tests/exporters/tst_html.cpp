// The html (kit tablette) and slides exporters, checked without a browser:
// progress module by module, cancellation leaving nothing behind, and what
// they cannot show reported, with the kit carrying only the media it uses.
// Their pages are tried in Chromium by tests/browser/html and slides.
#include "../testutil.h"
#include "recordingmonitor.h"

#include <exportrunner.h>
#include <pluginregistry.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Relais;

namespace {

QString readText(const QString &path)
{
    return QString::fromUtf8(TestUtil::readFile(path));
}

} // namespace

class TestHtml : public QObject
{
    Q_OBJECT

private:
    PluginRegistry m_registry;
    QTemporaryDir m_tmp;
    QString m_source;
    int m_n = 0;

    QString fresh(const QString &suffix = {}) { return m_tmp.filePath(QStringLiteral("out%1%2").arg(++m_n).arg(suffix)); }
    ExportRunner::Result run(const QString &format, const QString &output, RecordingMonitor &monitor, const QString &source,
                             const QString &module = {})
    {
        ExportRunner::Job job;
        job.format = format;
        job.output = output;
        job.module = module;
        return ExportRunner::run(source, job, monitor, m_registry);
    }

    // parcours-relais with a sound added to an activity: a kit plays it, a
    // slide cannot.
    QString withSound()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("sound"));
        if (QFileInfo::exists(dir))
            return dir;
        if (!TestUtil::copyTree(m_source, dir))
            return {};
        TestUtil::writeFile(dir + QStringLiteral("/media/consigne.mp3"), QByteArray(2048, '\x5a'));
        QString curriculum = readText(dir + QStringLiteral("/curriculum.xml"));
        curriculum.replace(QStringLiteral("  <media>\n"),
                           QStringLiteral("  <media>\n    <asset id=\"consigne\" href=\"media/consigne.mp3\" type=\"audio/mpeg\" size=\"1\" "
                                          "sha256=\"0000000000000000000000000000000000000000000000000000000000000000\">\n"
                                          "      <transcript>\n        <p>La consigne lue à voix haute.</p>\n      </transcript>\n"
                                          "    </asset>\n"));
        TestUtil::writeFile(dir + QStringLiteral("/curriculum.xml"), curriculum.toUtf8());
        const QString modulePath = dir + QStringLiteral("/modules/arnaques-reperer.xml");
        QString module = readText(modulePath);
        const qsizetype at = module.indexOf(QStringLiteral("</instructions>"), module.indexOf(QStringLiteral("<activity id=\"vrai-faux-arnaques\"")));
        module.insert(at + 15, QStringLiteral("\n      <media ref=\"consigne\"/>"));
        TestUtil::writeFile(modulePath, module.toUtf8());
        return TestUtil::runRelais({QStringLiteral("rehash"), dir}).exitCode == 0 ? dir : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_registry.scan(TestUtil::builtPluginFolders());
        QVERIFY(m_registry.exporter(QStringLiteral("html")));
        QVERIFY(m_registry.exporter(QStringLiteral("slides")));
        m_source = m_tmp.filePath(QStringLiteral("source"));
        QVERIFY(TestUtil::copyTree(TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"), m_source));
    }

    void progressByModule_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << QStringLiteral("html") << QString();
        QTest::newRow("slides") << QStringLiteral("slides") << QStringLiteral(".html");
    }
    void progressByModule()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        RecordingMonitor monitor;
        const ExportRunner::Result r = run(format, fresh(suffix), monitor, m_source);
        QVERIFY2(r.ok(), qPrintable(r.report.diagnostics.isEmpty() ? QString() : r.report.diagnostics.first().message(QStringLiteral("en"))));
        QVERIFY(r.report.skipped.isEmpty());
        // One step per module of the curriculum, each module once (two are shared by both pathways).
        static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
        const QStringList modules = QDir(m_source + QStringLiteral("/modules")).entryList({QStringLiteral("*.xml")}, QDir::Files);
        QCOMPARE(modules.size(), 14);
        for (const QString &file : modules) {
            const QString name = title.match(readText(m_source + QStringLiteral("/modules/") + file)).captured(1);
            QVERIFY2(monitor.steps.count(name) == 1, qPrintable(name));
        }
    }

    void cancelLeavesNothing_data() { progressByModule_data(); }
    void cancelLeavesNothing()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QTemporaryDir parent(m_tmp.filePath(QStringLiteral("cancel-XXXXXX")));
        const QString target = parent.filePath(QStringLiteral("export") + suffix);
        RecordingMonitor monitor;
        monitor.cancelAfter = 3;  // the check, then two modules
        const ExportRunner::Result r = run(format, target, monitor, m_source);
        QCOMPARE(r.status, ExportRunner::Result::Status::Cancelled);
        QCOMPARE(monitor.steps.size(), 4);  // it stopped at the next module
        QVERIFY(QDir(parent.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void soundInTheKitNotOnSlides()
    {
        const QString source = withSound();
        QVERIFY(!source.isEmpty());
        const QString kit = fresh();
        RecordingMonitor monitor;
        ExportRunner::Result r = run(QStringLiteral("html"), kit, monitor, source, QStringLiteral("arnaques-reperer"));
        QVERIFY(r.ok());
        QVERIFY(r.report.skipped.isEmpty());
        const QString page = readText(kit + QStringLiteral("/ateliers/arnaques-reperer.html"));
        QVERIFY(page.contains(QStringLiteral("<audio src=\"../media/consigne.mp3\" controls")));
        QVERIFY(page.contains(QStringLiteral("La consigne lue à voix haute.")));
        // Only what the module's pages use.
        const QStringList media = QDir(kit + QStringLiteral("/media")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(media, (QStringList{QStringLiteral("consigne.mp3"), QStringLiteral("sms-arnaque-colis.svg")}));
        for (const QString &file : media)
            QVERIFY2(page.contains(QStringLiteral("../media/") + file), qPrintable(file));

        const QString deck = fresh(QStringLiteral(".html"));
        r = run(QStringLiteral("slides"), deck, monitor, source, QStringLiteral("arnaques-reperer"));
        QVERIFY(r.ok());
        QCOMPARE(r.report.skipped.size(), 1);
        QVERIFY(r.report.skipped.first().contains(QStringLiteral("media/consigne.mp3")));
        QVERIFY(r.report.skipped.first().contains(QStringLiteral("Vrai ou faux ?")));
        const QString html = readText(deck);
        QVERIFY(!html.contains(QStringLiteral("consigne.mp3\"")));
        QVERIFY2(html.contains(QStringLiteral("La consigne lue à voix haute.")), "the transcript is in the notes");
        static const QRegularExpression outside(QStringLiteral("(src|href)=\"(?!data:|#)"));
        QVERIFY(!html.contains(outside));
    }
};

QTEST_GUILESS_MAIN(TestHtml)
#include "tst_html.moc"
