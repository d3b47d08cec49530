#include "payloadfixture.h"

#include <curriculum.h>
#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QRegularExpression>
#include <QTest>

using namespace Relais;

// The matching type's rules, scoring and paper rendering, through the
// installed plugin.
class TestMatching : public QObject
{
    Q_OBJECT

    // A sound to point at by mistake.
    PayloadFixture m_fixture{QStringLiteral("matching"), PayloadFixture::Sound{"son"}};

    static QByteArray side(const QByteArray &name, const QByteArray &text, const QByteArray &image = {})
    {
        return "<" + name + ">" + (text.isNull() ? QByteArray() : "<text>" + text + "</text>")
             + (image.isEmpty() ? QByteArray() : "<image media=\"" + image + "\"/>") + "</" + name + ">";
    }

    static QByteArray pair(const QByteArray &left, const QByteArray &right, const QByteArray &leftImage = {},
                           const QByteArray &rightImage = {})
    {
        return "<pair>" + side("left", left, leftImage) + side("right", right, rightImage) + "</pair>";
    }

    static QByteArrayList payload(const QByteArrayList &pairs, const QByteArray &prompt = "Qui va avec quoi ?")
    {
        return QByteArrayList{"<matching xmlns=\"urn:relais:exercise:matching:1\">", "<prompt>" + prompt + "</prompt>", "<pairs>"}
             + pairs + QByteArrayList{"</pairs>", "</matching>"};
    }

    static const PluginInfo *type()
    {
        return PluginRegistry::instance().exerciseType(QStringLiteral("matching"));
    }

    static QVariantMap sideValue(const QString &text, const QString &image = {})
    {
        QVariantMap m{{QStringLiteral("text"), text}};
        if (!image.isEmpty())
            m.insert(QStringLiteral("image"), image);
        return m;
    }

    static QVariantMap pairValue(const QString &left, const QString &right)
    {
        return {{QStringLiteral("left"), sideValue(left)}, {QStringLiteral("right"), sideValue(right)}};
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<QByteArray>("at");  // the payload line the finding points at
        const int E = int(Severity::Error), W = int(Severity::Warning);
        const QByteArray a = pair("L'écran", "Il montre les images."), b = pair("Le clavier", "Il sert à écrire."),
                         c = pair("La souris", "Elle sert à cliquer.");
        QTest::newRow("valid") << payload({a, b, c}) << QString() << 0 << QByteArray();
        QTest::newRow("valid, pictures on both sides")
            << payload({pair("Appeler", "L'icône bleue", "ecran-telephone"), pair({}, "Messages", "ecran-telephone", "ecran-telephone")})
            << QString() << 0 << QByteArray();
        QTest::newRow("one pair only") << payload({a}) << "payload.list-size" << E << QByteArray("<pairs>");
        QTest::newRow("nine pairs")
            << payload({a, b, c, pair("1", "un"), pair("2", "deux"), pair("3", "trois"), pair("4", "quatre"), pair("5", "cinq"), pair("6", "six")})
            << "payload.list-size" << E << QByteArray("<pairs>");
        QTest::newRow("nothing on the left") << payload({a, "<pair><left/>" + side("right", "Rien") + "</pair>", b})
                                             << "matching.empty-side" << E << QByteArray("Rien");
        QTest::newRow("blank text on the right") << payload({a, b, pair("La souris", "  ")})
                                                 << "matching.empty-side" << E << QByteArray("La souris");
        QTest::newRow("same left text twice") << payload({a, b, pair(" le  CLAVIER ", "Il clique.")})
                                              << "matching.duplicate-left" << E << QByteArray("Il clique.");
        QTest::newRow("same right text twice") << payload({a, b, pair("La souris", "il sert à écrire.")})
                                               << "matching.duplicate-right" << E << QByteArray("La souris");
        QTest::newRow("same picture twice, no text") << payload({a, pair({}, "Appeler", "ecran-telephone"), pair({}, "Messages", "ecran-telephone")})
                                                     << "matching.duplicate-left" << E << QByteArray("Messages");
        QTest::newRow("right picture without text") << payload({a, b, pair("Appeler", {}, {}, "ecran-telephone")})
                                                    << "matching.right-image-without-text" << W << QByteArray("Appeler");
        QTest::newRow("sound instead of a picture") << payload({a, b, pair("Le bip", "Un son", "son")})
                                                    << "payload.media-kind" << E << QByteArray("Le bip");
        QTest::newRow("picture that does not exist") << payload({a, b, pair("Le bip", "Un son", "inconnue")})
                                                     << "ref.media" << E << QByteArray("Le bip");
        QTest::newRow("empty prompt") << payload({a, b}, " ") << "payload.required" << E << QByteArray("<prompt>");
        QTest::newRow("text too long") << payload({a, b, pair(QByteArray(201, 'x'), "Trop long")})
                                       << "payload.too-long" << E << QByteArray("Trop long");
    }

    void rules()
    {
        QFETCH(QByteArrayList, lines);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QByteArray, at);
        const QString dir = m_fixture.write(lines);
        QVERIFY(!dir.isEmpty());
        m_fixture.checkRules(Validator().validate(dir), code, severity, m_fixture.lineOf(at));
    }

    void scoring()
    {
        QVERIFY(type());
        QCOMPARE(type()->exercise->maxScore({{QStringLiteral("pairs"), QVariantList{pairValue("a", "1"), pairValue("b", "2"), pairValue("c", "3")}}}), 3);
        QCOMPARE(type()->exercise->maxScore({}), 0);
    }

    void printing()
    {
        QVERIFY(type());
        const QVariantList pairs{pairValue("Demander une aide <loyer>", "caf.fr"), pairValue("Mes remboursements", "ameli.fr"),
                                 pairValue("Mes impôts", "impots.gouv.fr"), pairValue("Mon permis", "ants.gouv.fr")};
        const QVariantMap payload{{QStringLiteral("prompt"), QStringLiteral("Quel site & pourquoi ?")}, {QStringLiteral("pairs"), pairs}};
        const QString sheet = type()->exercise->printHtml(payload, {}, false);
        QVERIFY(sheet.contains(QStringLiteral("Quel site &amp; pourquoi ?")));
        QVERIFY(sheet.contains(QStringLiteral("Demander une aide &lt;loyer&gt;")));
        QCOMPARE(sheet.count(QStringLiteral("<span class=\"box\">____</span>")), 4);
        for (const char *site : {"caf.fr", "ameli.fr", "impots.gouv.fr", "ants.gouv.fr"})
            QVERIFY(sheet.contains(QLatin1String(site)));

        // The key puts in each line's box the letter its partner has in the list.
        const QString key = type()->exercise->printHtml(payload, {}, true);
        QCOMPARE(key, type()->exercise->printHtml(payload, {}, true));
        QVERIFY(!key.contains(QStringLiteral("____")));
        const QRegularExpression line(QStringLiteral("<li>(.*?) <span class=\"box\">([A-H])</span> <em>(.*?)</em></li>"));
        int lines = 0;
        for (const QRegularExpressionMatch &m : line.globalMatch(key)) {
            QVERIFY2(key.contains(QStringLiteral("<li><strong>%1.</strong> %2</li>").arg(m.captured(2), m.captured(3))), qPrintable(m.captured(0)));
            // Shuffled: no answer faces its own line.
            QVERIFY(m.captured(2) != QString(QChar(u'A' + lines)));
            ++lines;
        }
        QCOMPARE(lines, 4);
        // The same order as the player's (player.js shuffledOrder on these texts).
        for (const char *letterAndSite : {"C</span> <em>caf.fr", "A</span> <em>ameli.fr", "D</span> <em>impots.gouv.fr", "B</span> <em>ants.gouv.fr"})
            QVERIFY2(key.contains(QLatin1String(letterAndSite)), letterAndSite);
        QVERIFY(key.startsWith(QStringLiteral("<p class=\"question\">")));
        QVERIFY(type()->exercise->printHtml(payload, {QStringLiteral("en")}, false).contains(QStringLiteral("write the letter")));
    }
};

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
