// The Studio's export dialog controller: formats and options from the
// exporters' metadata, the scope that follows the selection, an export of
// the unsaved model on a worker thread, refusal with the curriculum's
// errors, and cancel leaving nothing behind.
#include "studiotest.h"

#include <exportcontroller.h>
#include <pluginregistry.h>

#include <QSignalSpy>
#include <QtTest>

using namespace Relais;

class TestExportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static int indexOf(const QVariantList &list, const QString &key, const QString &value)
    {
        for (int i = 0; i < list.size(); ++i)
            if (list.at(i).toMap().value(key).toString() == value)
                return i;
        return -1;
    }

private slots:
    void initTestCase()
    {
        StudioTest::initMain();
        // Before the registry's first scan: the fixture exporters join the real plugins.
        qputenv("RELAIS_PLUGIN_PATH", RELAIS_FIXTURE_EXPORTER_DIR);
        QVERIFY(PluginRegistry::instance().exporter(QStringLiteral("fixture-file")));
    }

    void cleanupTestCase() { StudioTest::removeStaleJournals(); }

    void formatsScopesAndPaths()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        ExportController exporter;
        exporter.setDocument(&doc);
        const QVariantList formats = exporter.formats();
        const int i = indexOf(formats, QStringLiteral("id"), QStringLiteral("fixture-folder"));
        QVERIFY(i >= 0);
        const QVariantMap folder = formats.at(i).toMap();
        QCOMPARE(folder.value(QStringLiteral("folder")).toBool(), true);
        const QVariantList options = folder.value(QStringLiteral("options")).toList();
        QCOMPARE(options.size(), 3);
        QCOMPARE(options.at(1).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("integer"));
        QCOMPARE(options.at(1).toMap().value(QStringLiteral("max")).toInt(), 3);
        QCOMPARE(options.at(0).toMap().value(QStringLiteral("choices")).toList().size(), 3);

        const QVariantList scopes = exporter.scopes();
        QCOMPARE(scopes.size(), 1 + doc.pathwayCount() + doc.moduleCount());
        QCOMPARE(exporter.selectedScope(), 0);
        doc.select(QStringLiteral("activity"), 3, 0);
        QCOMPARE(scopes.at(exporter.selectedScope()).toMap().value(QStringLiteral("id")).toString(),
                 doc.curriculum().modules.at(3).id);
        doc.select(QStringLiteral("step"), 1, 0);
        QCOMPARE(scopes.at(exporter.selectedScope()).toMap().value(QStringLiteral("id")).toString(),
                 doc.curriculum().pathways.at(1).id);

        const QString path = exporter.suggestedPath(QStringLiteral("fixture-file"), QStringLiteral("module"), QStringLiteral("cv-rediger"));
        QCOMPARE(path, dir.filePath(QStringLiteral("cv-rediger-fixture-file.txt")));
        QCOMPARE(exporter.suggestedPath(QStringLiteral("fixture-folder"), QStringLiteral("curriculum"), {}),
                 dir.filePath(QStringLiteral("parcours-relais-fixture-folder")));
    }

    void exportsTheUnsavedModel()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Titre pas encore enregistré"));
        ExportController exporter;
        exporter.setDocument(&doc);
        QSignalSpy progress(&exporter, &ExportController::progressChanged);
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(exporter.start(QStringLiteral("fixture-file"), out, QStringLiteral("pathway"), doc.curriculum().pathways.at(0).id,
                               {{QStringLiteral("copies"), 2}}));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(QStringLiteral("fixture-file"), out, {}, {}, {}));  // one at a time
        QVERIFY(exporter.waitForDone(30000));
        QCOMPARE(exporter.state(), QStringLiteral("done"));
        QCOMPARE(exporter.output(), out);
        QCOMPARE(exporter.outputFolder(), dir.path());
        QCOMPARE(exporter.skipped(), QStringList{QStringLiteral("nothing, really")});
        QVERIFY(progress.count() >= 2);
        const QByteArray written = TestUtil::readFile(out);
        QVERIFY(written.startsWith("Titre pas encore enregistré\n"));
        QVERIFY(written.contains(doc.curriculum().pathways.at(0).id.toUtf8() + ": " + doc.curriculum().pathways.at(0).entryDiagnostic.toUtf8()));
        QVERIFY(written.contains("copies=2"));
        QVERIFY(doc.isModified());  // exporting saves nothing
    }

    void refusedWithTheErrors()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        doc.setModuleField(0, QStringLiteral("title"), QString());
        ExportController exporter;
        exporter.setDocument(&doc);
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(exporter.start(QStringLiteral("fixture-folder"), out, QStringLiteral("curriculum"), {}, {}));
        QVERIFY(exporter.waitForDone(30000));
        QCOMPARE(exporter.state(), QStringLiteral("refused"));
        QVERIFY(exporter.problems().size() >= 2);
        QVERIFY(exporter.problems().at(1).contains(doc.curriculum().modules.at(0).id));
        QVERIFY(!QFileInfo::exists(out));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        ExportController exporter;
        exporter.setDocument(&doc);
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(exporter.start(QStringLiteral("fixture-folder"), out, QStringLiteral("curriculum"), {},
                               {{QStringLiteral("mode"), QStringLiteral("wait")}}));
        QTRY_VERIFY_WITH_TIMEOUT(exporter.progress() >= 0, 30000);  // the exporter is running
        exporter.cancel();
        QVERIFY(exporter.waitForDone(30000));
        QCOMPARE(exporter.state(), QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".export-")),
                 QStringList());
        exporter.reset();
        QCOMPARE(exporter.state(), QStringLiteral("idle"));
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
