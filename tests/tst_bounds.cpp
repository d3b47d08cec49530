#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The peak memory of `relais validate` on the worst files the format must
// refuse, and on the hostile curriculum of the tests: whatever the size of
// the input, it stays under a generous bound (bench/bounds.sh measures the
// figures the README gives). Under the sanitizers, whose shadow memory would
// be counted, there is nothing to measure.
class TestBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifdef RELAIS_SANITIZED
        QSKIP("the sanitizers' shadow memory would be measured too");
#endif
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/time")), "GNU time is needed (apt-get install time)");
        QVERIFY(m_tmp.isValid());
    }

    void peakMemory_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");  // the error expected, empty for a valid curriculum
        const QByteArray open = "<x:n xmlns:x=\"urn:example:bounds\">";
        const int depth = 2000000;
        QTest::newRow("an XML file of 1 GiB") << spoiled("huge", {}, qint64(1) << 30) << QStringLiteral("xml.too-large");
        QTest::newRow("2,000,000 nested elements in 14 MiB")
            << spoiled("deep", open + QByteArray("<n>").repeated(depth) + QByteArray("</n>").repeated(depth) + "</x:n>")
            << QStringLiteral("xml.too-deep");
        QTest::newRow("an attribute of 15 MiB")
            << spoiled("attribute", "<x:n xmlns:x=\"urn:example:bounds\" x:a=\"" + QByteArray(15 << 20, 'a') + "\"/>")
            << QStringLiteral("xml.attribute-too-long");
        QTest::newRow("the hostile curriculum") << hostile() << QString();
    }

    void peakMemory()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QVERIFY(!input.isEmpty());
        // GNU time measures its child, which it forks small: a child forked
        // from this test would count the test's own memory as its peak.
        const QString peak = m_tmp.filePath(QStringLiteral("peak"));
        const TestUtil::Run r = TestUtil::run(
            QStringLiteral("/usr/bin/time"),
            {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peak, QStringLiteral(RELAIS_CLI),
             QStringLiteral("validate"), input, QStringLiteral("--json")},
            TestUtil::relaisEnvironment({{QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cache"))}}));
        QCOMPARE(r.exitCode, code.isEmpty() ? 0 : 1);
        if (!code.isEmpty())
            QVERIFY2(r.out.contains(QStringLiteral("\"code\": \"%1\"").arg(code)), qPrintable(r.out.left(2000)));
        bool ok = false;
        const qint64 peakMiB = TestUtil::readFile(peak).trimmed().split('\n').last().toLongLong(&ok) / 1024;  // KiB
        QVERIFY(ok);
        qInfo("%s: %lld MiB", QTest::currentDataTag(), peakMiB);
        QVERIFY2(peakMiB < boundMiB, qPrintable(QStringLiteral("%1 MiB").arg(peakMiB)));
    }

private:
    // Four times what the largest of these needs on the development machine.
    static constexpr qint64 boundMiB = 768;

    // A copy of the shipped curriculum whose first module ends with extra
    // (foreign content, kept by the format), or whose module file is
    // truncated (extended with zeros) to size bytes.
    QString spoiled(const char *name, const QByteArray &extra, qint64 size = -1)
    {
        const QString root = m_tmp.filePath(QString::fromLatin1(name));
        if (!TestUtil::copyTree(TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"), root))
            return {};
        QFile module(root + QStringLiteral("/modules/premiers-pas-ecrans.xml"));
        if (size >= 0)
            return module.resize(size) ? root : QString();
        QByteArray xml = TestUtil::readFile(module.fileName());
        xml.replace("</module>", extra + "</module>");
        return TestUtil::writeFile(module.fileName(), xml) ? root : QString();
    }

    QString hostile()
    {
        const QString root = m_tmp.filePath(QStringLiteral("hostile"));
        const TestUtil::Run r = TestUtil::run(QStringLiteral("python3"),
                                              {QStringLiteral(RELAIS_SOURCE_DIR "/tests/hostile/make-hostile.py"),
                                               TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"), root});
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        return r.exitCode == 0 ? root : QString();
    }

    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestBounds)
#include "tst_bounds.moc"
