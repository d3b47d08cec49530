#include "testutil.h"

#include <curriculumloader.h>
#include <curriculumwriter.h>
#include <pack.h>
#include <validator.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Relais;

// The real curricula shipped in curricula/: they validate with no error, and
// survive pack, unpack and save byte for byte.
class TestCurricula : public QObject
{
    Q_OBJECT

private slots:
    void curricula_data()
    {
        QTest::addColumn<QString>("root");
        const QStringList all = TestUtil::curricula();
        QVERIFY(!all.isEmpty());
        for (const QString &root : all)
            QTest::newRow(qPrintable(QFileInfo(root).fileName())) << root;
    }

    void curricula()
    {
        QFETCH(QString, root);
        const Validator::Report report = Validator().validate(root);
        QVERIFY(report.usable);
        for (const Diagnostic &d : report.diagnostics)
            if (d.severity == Severity::Error)
                qWarning().noquote() << d.location.file << d.location.line << d.message(QStringLiteral("en"));
        QCOMPARE(countSeverity(report.diagnostics, Severity::Error), 0);
        QVERIFY(report.curriculum);
        const Curriculum &c = *report.curriculum;
        QVERIFY(!c.pathways.isEmpty());
        QVERIFY(!c.modules.isEmpty());
        for (const Module &m : c.modules) {
            QVERIFY2(!m.objectives.isEmpty() && !m.runningOrder.isEmpty() && !m.activities.isEmpty()
                         && !m.equipment.isEmpty() && !m.facilitatorNotes.empty(),
                     qPrintable(m.id));
            QCOMPARE(m.runningOrderTotal(), m.duration);
        }

        QTemporaryDir tmp;
        const QString pack = tmp.path() + QStringLiteral("/c.relais");
        Diagnostics diags;
        QVERIFY(Pack::write(*report.files, pack, diags));
        // The pack validates as it is, without unpacking.
        QCOMPARE(countSeverity(Validator().validate(pack).diagnostics, Severity::Error), 0);

        const QString out = tmp.path() + QStringLiteral("/out");
        const std::optional<FileSet> unpacked = Pack::unpack(pack, out, diags);
        QVERIFY(unpacked);
        const QMap<QString, QByteArray> source = TestUtil::readTree(root);
        const QMap<QString, QByteArray> copy = TestUtil::readTree(out);
        QCOMPARE(copy.keys(), source.keys());
        QVERIFY(copy == source);

        // Saving the loaded curriculum over the copy changes no byte.
        const CurriculumLoader::Result loaded = CurriculumLoader::load(*unpacked);
        QVERIFY(loaded.curriculum);
        QVERIFY(CurriculumWriter::save(*loaded.curriculum, out, diags));
        QVERIFY(TestUtil::readTree(out) == source);

        // The same folder gives the same pack.
        const QString again = tmp.path() + QStringLiteral("/again.relais");
        QVERIFY(Pack::write(FileSet::fromFolder(out, diags), again, diags));
        QCOMPARE(TestUtil::readFile(again), TestUtil::readFile(pack));
        QVERIFY(diags.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurricula)
#include "tst_curricula.moc"
