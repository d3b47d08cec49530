#include "testutil.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <schemavalidator.h>

#include <QProcess>
#include <QTest>

using namespace Relais;

// The registry finds the real plugins and reports, without crashing, the
// plugins that are broken on purpose (tests/plugins).
class TestPlugins : public QObject
{
    Q_OBJECT

    static QString realFolder() { return QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/relais/plugins"); }
    static QString brokenFolder() { return QStringLiteral(RELAIS_BROKEN_PLUGIN_DIR); }

    static const PluginInfo *byFile(const PluginRegistry &r, const QString &fileName)
    {
        for (const PluginInfo &p : r.plugins())
            if (QFileInfo(p.path).fileName() == fileName)
                return &p;
        return nullptr;
    }

private slots:
    void brokenPlugins_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("foreign interface") << "libforeigniid.so" << "plugin.wrong-iid";
        QTest::newRow("newer API") << "liboldapi.so" << "plugin.api-version";
        QTest::newRow("unknown field kind") << "libbadmeta.so" << "plugin.metadata";
        QTest::newRow("schema that does not compile") << "libbadschema.so" << "plugin.schema";
        QTest::newRow("library that fails to load") << "libmissingsymbol.so" << "plugin.load-failed";
        QTest::newRow("same id as a built-in type") << "libduplicate.so" << "plugin.duplicate";
        QTest::newRow("not a library") << "libnotaplugin.so" << "plugin.not-plugin";
    }

    void brokenPlugins()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        PluginRegistry registry;
        registry.scan({realFolder(), brokenFolder()});
        const PluginInfo *info = byFile(registry, file);
        QVERIFY2(info, qPrintable(file));
        QCOMPARE(info->status, PluginInfo::Status::Skipped);
        QCOMPARE(info->problem.code, code);
        QVERIFY(!info->problem.message(QStringLiteral("fr")).isEmpty());
        QVERIFY(!info->problem.message(QStringLiteral("en")).isEmpty());
        // The real types are unaffected, and the good fixture loads.
        QVERIFY(registry.exerciseType(QStringLiteral("mcq")));
        QCOMPARE(QFileInfo(registry.exerciseType(QStringLiteral("mcq"))->path).absolutePath(),
                 QFileInfo(realFolder() + QStringLiteral("/exercises")).canonicalFilePath());
        QVERIFY(registry.exerciseType(QStringLiteral("fixture-good")));
        // And the combined schema still compiles.
        QVERIFY(registry.schema().isReady());
    }

    void metadataIsReadBeforeLoading()
    {
        PluginRegistry registry;
        registry.scan({realFolder()});
        const PluginInfo *mcq = registry.exerciseType(QStringLiteral("mcq"));
        QVERIFY(mcq);
        QCOMPARE(mcq->apiVersion, exerciseTypeApiVersion);
        QCOMPARE(mcq->ns, QStringLiteral("urn:relais:exercise:mcq:1"));
        QCOMPARE(mcq->name.text(QStringLiteral("en")), QStringLiteral("Multiple choice"));
        QVERIFY(!mcq->fields.isEmpty());
        QVERIFY(registry.problems().isEmpty());
    }

    void emptyRegistryKnowsNothing()
    {
        PluginRegistry registry;
        QVERIFY(registry.exerciseTypeIds().isEmpty());
        QVERIFY(registry.schema().isReady());
    }

    // The command line lists what it found, broken plugins included, and keeps working.
    void cliListsSkippedPlugins()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_PLUGIN_PATH"), brokenFolder());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RELAIS_CLI), {QStringLiteral("plugins")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("mcq")));
        QVERIFY(out.contains(QStringLiteral("Plugins ignorés")));
        for (const char *code : {"plugin.wrong-iid", "plugin.api-version", "plugin.load-failed", "plugin.duplicate"})
            QVERIFY2(out.contains(QLatin1String(code)), code);

        p.start(QStringLiteral(RELAIS_CLI), {QStringLiteral("validate"), TestUtil::curriculaDir() + QStringLiteral("/parcours-relais")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlugins)
#include "tst_plugins.moc"
