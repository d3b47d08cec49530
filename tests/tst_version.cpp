#include "curriculumfixture.h"

#include <version.h>

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace Relais;
using namespace CurriculumFixture;

// Versions (parse, order, bumps, local suffixes) and `relais bump`.
class TestVersion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_copies = 0;

    QString copy()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("copie-%1").arg(++m_copies));
        return TestUtil::copyTree(parcoursRelais(), dir) ? dir : QString();
    }

    static TestUtil::Run bump(const QStringList &args)
    {
        return TestUtil::runRelais(QStringList{QStringLiteral("bump")} + args, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}});
    }

    // The module courriel-envoyer-message lasts 90 minutes instead of 120: a minor change.
    static bool changeDuration(const QString &dir)
    {
        const QString path = dir + QStringLiteral("/modules/courriel-envoyer-message.xml");
        QByteArray xml = TestUtil::readFile(path);
        const qsizetype at = xml.indexOf("duration=\"120\"");
        return at > 0 && TestUtil::writeFile(path, xml.replace(at, 14, "duration=\"90\""));
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("relay");
        QTest::addColumn<int>("local");
        QTest::newRow("plain") << "1.2.0" << true << "" << 0;
        QTest::newRow("prerelease") << "2.0.0-beta.1" << true << "" << 0;
        QTest::newRow("local") << "1.2.0+leers.3" << true << "leers" << 3;
        QTest::newRow("local with hyphen") << "1.2.0+faches-thumesnil.1" << true << "faches-thumesnil" << 1;
        QTest::newRow("leading zero") << "01.2.0" << false << "" << 0;
        QTest::newRow("two numbers") << "1.2" << false << "" << 0;
        QTest::newRow("local without number") << "1.2.0+leers" << false << "" << 0;
        QTest::newRow("local number zero") << "1.2.0+leers.0" << false << "" << 0;
        QTest::newRow("uppercase relay") << "1.2.0+Leers.1" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, relay);
        QFETCH(int, local);
        const std::optional<Version> v = Version::parse(text);
        QCOMPARE(v.has_value(), valid);
        if (!v)
            return;
        QCOMPARE(v->toString(), text);
        QCOMPARE(v->relay(), relay);
        QCOMPARE(v->localNumber(), local);
        QCOMPARE(v->isLocal(), !relay.isEmpty());
    }

    void order()
    {
        const QStringList sorted{QStringLiteral("1.0.0-alpha"), QStringLiteral("1.0.0-alpha.1"), QStringLiteral("1.0.0-beta"),
                                 QStringLiteral("1.0.0"),       QStringLiteral("1.0.0+leers.1"), QStringLiteral("1.0.0+leers.2"),
                                 QStringLiteral("1.0.0+leers.10"), QStringLiteral("1.0.1"),     QStringLiteral("1.2.0"),
                                 QStringLiteral("1.10.0"),      QStringLiteral("2.0.0")};
        for (qsizetype i = 0; i + 1 < sorted.size(); ++i) {
            const Version a = *Version::parse(sorted[i]), b = *Version::parse(sorted[i + 1]);
            QVERIFY2(a < b, qPrintable(sorted[i] + QStringLiteral(" < ") + sorted[i + 1]));
            QVERIFY(!(b < a));
            QVERIFY(a != b);
        }
        QVERIFY(*Version::parse(QStringLiteral("1.2.0")) == *Version::parse(QStringLiteral("1.2.0")));
    }

    void bumps_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("bump");
        QTest::addColumn<QString>("to");
        QTest::newRow("patch") << "1.2.3" << "patch" << "1.2.4";
        QTest::newRow("minor") << "1.2.3" << "minor" << "1.3.0";
        QTest::newRow("major") << "1.2.3" << "major" << "2.0.0";
        QTest::newRow("local dropped") << "1.2.0+leers.2" << "minor" << "1.3.0";
        QTest::newRow("prerelease released") << "2.0.0-beta.1" << "patch" << "2.0.0";
        QTest::newRow("none") << "1.2.3" << "none" << "1.2.3";
    }

    void bumps()
    {
        QFETCH(QString, from);
        QFETCH(QString, bump);
        QFETCH(QString, to);
        const Version v = Version::parse(from)->bumped(*bumpFromName(bump));
        QCOMPARE(v.toString(), to);
        QCOMPARE(v.upstream().bumpFrom(Version::parse(from)->upstream()), *bumpFromName(bump));
    }

    void local()
    {
        const Version v = *Version::parse(QStringLiteral("1.2.0"));
        QCOMPARE(v.nextLocal(QStringLiteral("leers")).toString(), QStringLiteral("1.2.0+leers.1"));
        QCOMPARE(v.nextLocal(QStringLiteral("leers")).nextLocal(QStringLiteral("leers")).toString(), QStringLiteral("1.2.0+leers.2"));
        QCOMPARE(Version::parse(QStringLiteral("1.2.0+leers.2"))->nextLocal(QStringLiteral("houplines")).toString(),
                 QStringLiteral("1.2.0+houplines.1"));
        QCOMPARE(Version::parse(QStringLiteral("1.2.0+leers.2"))->upstream().toString(), QStringLiteral("1.2.0"));
        QVERIFY(Version::isValidRelay(QStringLiteral("faches-thumesnil")));
        QVERIFY(!Version::isValidRelay(QStringLiteral("Leers")));
        QVERIFY(!Version::isValidRelay(QStringLiteral("")));
    }

    void bumpWritesVersionAndChangelogOnly()
    {
        const QString dir = copy();
        const QMap<QString, QByteArray> before = TestUtil::readTree(dir);
        const TestUtil::Run r = bump({dir, QStringLiteral("minor"), QStringLiteral("--note"), QStringLiteral("Nouvel atelier sur les pièces jointes."),
                                      QStringLiteral("--note"), QStringLiteral("Coquilles corrigées."), QStringLiteral("--kind"),
                                      QStringLiteral("changed"), QStringLiteral("--date"), QStringLiteral("2027-01-15")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Version 1.0.0 → 1.1.0 : curriculum.xml mis à jour (2 changement(s) au journal, 2027-01-15).\n"));
        QMap<QString, QByteArray> after = TestUtil::readTree(dir);
        QByteArray xml = after.take(QStringLiteral("curriculum.xml"));
        QMap<QString, QByteArray> rest = before;
        rest.remove(QStringLiteral("curriculum.xml"));
        QCOMPARE(after, rest);  // every other file byte for byte
        // curriculum.xml: the version, and the release on top of the changelog; nothing else.
        QByteArray expected = before.value(QStringLiteral("curriculum.xml"));
        expected.replace("version=\"1.0.0\" lang=\"fr\"", "version=\"1.1.0\" lang=\"fr\"");
        expected.replace("  <changelog>\n", "  <changelog>\n"
                                            "    <release version=\"1.1.0\" date=\"2027-01-15\">\n"
                                            "      <change kind=\"changed\">Nouvel atelier sur les pièces jointes.</change>\n"
                                            "      <change kind=\"changed\">Coquilles corrigées.</change>\n"
                                            "    </release>\n");
        QCOMPARE(QString::fromUtf8(xml), QString::fromUtf8(expected));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("validate"), dir}).exitCode, 0);
    }

    void bumpDefaultsToToday()
    {
        const QString dir = copy();
        QCOMPARE(bump({dir, QStringLiteral("patch"), QStringLiteral("--note"), QStringLiteral("Coquille.")}).exitCode, 0);
        const Curriculum c = load(dir);
        QCOMPARE(c.version, QStringLiteral("1.0.1"));
        QCOMPARE(c.changelog.first().date, QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(c.changelog.first().changes.first().kind, QString());
    }

    void localSuffix()
    {
        const QString dir = copy();
        const QStringList args{dir, QStringLiteral("local"), QStringLiteral("--relay"), QStringLiteral("leers"), QStringLiteral("--note"),
                               QStringLiteral("Horaires du CCAS de Leers.")};
        QCOMPARE(bump(args).exitCode, 0);
        QCOMPARE(load(dir).version, QStringLiteral("1.0.0+leers.1"));
        QCOMPARE(bump(args).exitCode, 0);
        const Curriculum c = load(dir);
        QCOMPARE(c.version, QStringLiteral("1.0.0+leers.2"));
        QCOMPARE(c.changelog[0].version, QStringLiteral("1.0.0+leers.2"));
        QCOMPARE(c.changelog[1].version, QStringLiteral("1.0.0+leers.1"));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("validate"), dir}).exitCode, 0);
    }

    void sinceRefusesAnUnderBump()
    {
        const QString dir = copy();
        QVERIFY(changeDuration(dir));
        const QByteArray before = TestUtil::readFile(dir + QStringLiteral("/curriculum.xml"));
        const QStringList args{dir, QStringLiteral("patch"), QStringLiteral("--note"), QStringLiteral("Durée."), QStringLiteral("--since"), parcoursRelais()};
        TestUtil::Run r = bump(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[version.under-bump] Depuis la version 1.0.0, les changements demandent une montée « minor » (au moins 1.1.0), "
                                               "mais « patch » donnerait 1.0.1.")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("  - Atelier « Le courriel : lire, écrire et envoyer un message » : la durée a changé (« 120 min » → « 90 min »).")));
        QCOMPARE(TestUtil::readFile(dir + QStringLiteral("/curriculum.xml")), before);

        r = bump(args + QStringList{QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QCOMPARE(load(dir).version, QStringLiteral("1.0.1"));
    }

    void sinceAcceptsEnoughAndAutoTakesTheSuggestion()
    {
        const QString dir = copy();
        QVERIFY(changeDuration(dir));
        QCOMPARE(bump({dir, QStringLiteral("major"), QStringLiteral("--note"), QStringLiteral("Refonte."), QStringLiteral("--since"), parcoursRelais()}).exitCode, 0);
        QCOMPARE(load(dir).version, QStringLiteral("2.0.0"));

        const QString other = copy();
        QVERIFY(changeDuration(other));
        QCOMPARE(bump({other, QStringLiteral("auto"), QStringLiteral("--note"), QStringLiteral("Durée."), QStringLiteral("--since"), parcoursRelais()}).exitCode, 0);
        QCOMPARE(load(other).version, QStringLiteral("1.1.0"));

        // Nothing changed: nothing to release.
        const QString same = copy();
        const TestUtil::Run r = bump({same, QStringLiteral("auto"), QStringLiteral("--note"), QStringLiteral("Rien."), QStringLiteral("--since"), parcoursRelais()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("[version.nothing-changed]")));
    }

    void versionAlreadyReleased()
    {
        const QString dir = copy();
        QCOMPARE(bump({dir, QStringLiteral("patch"), QStringLiteral("--note"), QStringLiteral("Coquille.")}).exitCode, 0);
        const QString path = dir + QStringLiteral("/curriculum.xml");
        QByteArray xml = TestUtil::readFile(path);
        QVERIFY(TestUtil::writeFile(path, xml.replace("version=\"1.0.1\" lang=", "version=\"1.0.0\" lang=")));
        const TestUtil::Run r = bump({dir, QStringLiteral("patch"), QStringLiteral("--note"), QStringLiteral("Encore.")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[version.exists] La version 1.0.1 figure déjà dans le journal des modifications")), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no note") << QStringList{"minor"} << "--note";
        QTest::newRow("empty note") << QStringList{"minor", "--note", " "} << "--note";
        QTest::newRow("unknown level") << QStringList{"huge", "--note", "x"} << "montée de version inconnue : huge";
        QTest::newRow("local without relay") << QStringList{"local", "--note", "x"} << "--relay <nom>";
        QTest::newRow("bad relay") << QStringList{"local", "--relay", "Leers", "--note", "x"} << "nom de relais invalide";
        QTest::newRow("auto without since") << QStringList{"auto", "--note", "x"} << "--since";
        QTest::newRow("bad kind") << QStringList{"minor", "--note", "x", "--kind", "typo"} << "--kind attend";
        QTest::newRow("bad date") << QStringList{"minor", "--note", "x", "--date", "2027-02-30"} << "--date attend";
        QTest::newRow("unknown option") << QStringList{"minor", "--note", "x", "--frob"} << "option inconnue : --frob";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString dir = copy();
        const QByteArray before = TestUtil::readFile(dir + QStringLiteral("/curriculum.xml"));
        const TestUtil::Run r = bump(QStringList{dir} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(dir + QStringLiteral("/curriculum.xml")), before);
    }

    void unusableFolder()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("vide"));
        QVERIFY(QDir().mkpath(dir));
        const TestUtil::Run r = bump({dir, QStringLiteral("minor"), QStringLiteral("--note"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[io.curriculum-missing]")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
