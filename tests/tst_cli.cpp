#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `relais` binary and checks exit statuses and outputs.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };

    static Run relais(const QStringList &args, const QByteArray &lang = "C.UTF-8")
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RELAIS_CLI), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_tmp.path() + QLatin1Char('/') + name; }

    QString starter(const QString &name)
    {
        const Run r = relais({QStringLiteral("new"), path(name), QStringLiteral("--title"), QStringLiteral("Essai & co")});
        return r.status == 0 ? path(name) : QString();
    }

private slots:
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no arguments") << QStringList{} << 2 << "Usage : relais <commande>";
        QTest::newRow("help") << QStringList{"--help"} << 0 << "validate <dossier|paquet>";
        QTest::newRow("help in English") << QStringList{"--help", "--lang", "en"} << 0 << "Usage: relais <command>";
        QTest::newRow("version") << QStringList{"--version"} << 0 << "relais ";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "commande inconnue : frobnicate";
        QTest::newRow("unknown language") << QStringList{"--lang", "de", "info", "x"} << 2 << "langue inconnue";
        QTest::newRow("command help") << QStringList{"validate", "--help"} << 0 << "Code de sortie : 0 valide";
        QTest::newRow("help command") << QStringList{"help", "unpack"} << 0 << "relais unpack <paquet> -o <dossier>";
        QTest::newRow("validate without path") << QStringList{"validate"} << 2 << "il manque le dossier ou le paquet";
        QTest::newRow("validate unknown option") << QStringList{"validate", "--frob", "x"} << 2 << "option inconnue : --frob";
        QTest::newRow("validate two paths") << QStringList{"validate", "a", "b"} << 2 << "un seul argument attendu";
        QTest::newRow("validate missing path") << QStringList{"validate", "/nonexistent/relais"} << 2 << "ni un dossier de curriculum ni un paquet";
        QTest::newRow("pack without -o") << QStringList{"pack", "x"} << 2 << "-o <fichier.relais>";
        QTest::newRow("unpack without -o") << QStringList{"unpack", "x.relais"} << 2 << "-o <dossier>";
        QTest::newRow("unpack missing pack") << QStringList{"unpack", "/nonexistent.relais", "-o", "/tmp/relais-never"} << 2 << "Paquet refusé";
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const Run r = relais(args);
        QCOMPARE(r.status, status);
        QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/relais-never")));
    }

    void newThenValidate()
    {
        const QString dir = starter(QStringLiteral("neuf"));
        QVERIFY(!dir.isEmpty());
        const Run r = relais({QStringLiteral("validate"), dir});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Valide — 0 erreur(s)")));
        // `new` refuses a folder that is not empty.
        QCOMPARE(relais({QStringLiteral("new"), dir}).status, 2);
    }

    void languageFollowsLocale()
    {
        const QString dir = starter(QStringLiteral("langue"));
        QVERIFY(relais({QStringLiteral("validate"), dir}, "en_GB.UTF-8").out.contains(QStringLiteral("Valid — 0 error(s)")));
        QVERIFY(relais({QStringLiteral("validate"), dir}, "fr_FR.UTF-8").out.contains(QStringLiteral("Valide — 0 erreur(s)")));
        QVERIFY(relais({QStringLiteral("validate"), dir, QStringLiteral("--lang"), QStringLiteral("en")}, "fr_FR.UTF-8")
                    .out.contains(QStringLiteral("Valid —")));
    }

    void invalidGivesOneWithJson()
    {
        const QString dir = starter(QStringLiteral("invalide"));
        const QString module = dir + QStringLiteral("/modules/premier-atelier.xml");
        QByteArray xml = TestUtil::readFile(module);
        xml.replace("<title>Premier atelier</title>", "<title></title>");
        QVERIFY(TestUtil::writeFile(module, xml));

        const Run text = relais({QStringLiteral("validate"), dir});
        QCOMPARE(text.status, 1);
        QVERIFY(text.out.contains(QStringLiteral("modules/premier-atelier.xml:3:3: erreur [title.empty] Le titre est vide.")));
        QVERIFY(text.out.contains(QStringLiteral("Invalide — 1 erreur(s)")));

        const Run json = relais({QStringLiteral("validate"), dir, QStringLiteral("--json")});
        QCOMPARE(json.status, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 1);
        const QJsonArray diags = root.value(QStringLiteral("diagnostics")).toArray();
        bool found = false;
        for (const QJsonValue &v : diags) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("code")).toString() == QLatin1String("title.empty")) {
                found = true;
                QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
                QCOMPARE(d.value(QStringLiteral("file")).toString(), QStringLiteral("modules/premier-atelier.xml"));
                QCOMPARE(d.value(QStringLiteral("line")).toInt(), 3);
                QCOMPARE(d.value(QStringLiteral("element")).toString(), QStringLiteral("module:premier-atelier/title"));
                QVERIFY(d.value(QStringLiteral("message_en")).toString().startsWith(QStringLiteral("The title is empty")));
            }
        }
        QVERIFY(found);

        // An invalid curriculum is not packed.
        const Run pack = relais({QStringLiteral("pack"), dir, QStringLiteral("-o"), path(QStringLiteral("invalide.relais"))});
        QCOMPARE(pack.status, 1);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("invalide.relais"))));
    }

    // pack → unpack gives the same files; packing again gives the same bytes.
    void packUnpackRoundTrip()
    {
        const QString dir = starter(QStringLiteral("source"));
        const QString pack1 = path(QStringLiteral("un.relais")), pack2 = path(QStringLiteral("deux.relais"));
        QCOMPARE(relais({QStringLiteral("pack"), dir, QStringLiteral("-o"), pack1}).status, 0);
        QCOMPARE(relais({QStringLiteral("validate"), pack1}).status, 0);

        const QString out = path(QStringLiteral("depaquete"));
        const Run unpack = relais({QStringLiteral("unpack"), pack1, QStringLiteral("-o"), out});
        QCOMPARE(unpack.status, 0);
        QCOMPARE(TestUtil::readTree(out), TestUtil::readTree(dir));
        QCOMPARE(relais({QStringLiteral("pack"), out, QStringLiteral("-o"), pack2}).status, 0);
        QCOMPARE(TestUtil::readFile(pack2), TestUtil::readFile(pack1));

        // Unpacking over a folder that has content is refused, and changes nothing.
        const Run again = relais({QStringLiteral("unpack"), pack1, QStringLiteral("-o"), out});
        QCOMPARE(again.status, 2);
        QVERIFY(again.err.contains(QStringLiteral("pack.target-exists")));
        QCOMPARE(TestUtil::readTree(out), TestUtil::readTree(dir));
    }

    void info_data()
    {
        QTest::addColumn<bool>("fromPack");
        QTest::newRow("folder") << false;
        QTest::newRow("pack") << true;
    }

    void info()
    {
        QFETCH(bool, fromPack);
        QString target = starter(QStringLiteral("info-") + QString::number(fromPack));
        if (fromPack) {
            const QString pack = target + QStringLiteral(".relais");
            QCOMPARE(relais({QStringLiteral("pack"), target, QStringLiteral("-o"), pack}).status, 0);
            target = pack;
        }
        const Run text = relais({QStringLiteral("info"), target});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains(QStringLiteral("Essai & co")));
        QVERIFY(text.out.contains(QStringLiteral("Activités         2 (1 content, 1 mcq)")));
        QCOMPARE(text.out.contains(QStringLiteral("Paquet")), fromPack);

        const Run json = relais({QStringLiteral("info"), target, QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("id")).toString(), QStringLiteral("org.exemple.info-") + QString::number(fromPack));
        QCOMPARE(root.value(QStringLiteral("modules")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("activities")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("pathways")).toArray().first().toObject().value(QStringLiteral("minutes")).toInt(), 90);
        QCOMPARE(root.contains(QStringLiteral("packBytes")), fromPack);
    }

    void rehashUpdatesChangedMedia()
    {
        const QString dir = starter(QStringLiteral("rehash"));
        const QString svg = dir + QStringLiteral("/media/ecran-telephone.svg");
        QByteArray image = TestUtil::readFile(svg);
        image.replace("Messages", "SMS");
        QVERIFY(TestUtil::writeFile(svg, image));
        QCOMPARE(relais({QStringLiteral("validate"), dir}).status, 1);
        const Run r = relais({QStringLiteral("rehash"), dir});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("1 média(s) mis à jour.")));
        QCOMPARE(relais({QStringLiteral("validate"), dir}).status, 0);
    }

    void hostilePackIsUnusable()
    {
        const QString bad = path(QStringLiteral("faux.relais"));
        QVERIFY(TestUtil::writeFile(bad, "PK\x03\x04 not really a zip"));
        const Run r = relais({QStringLiteral("validate"), bad});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.contains(QStringLiteral("Inutilisable")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
