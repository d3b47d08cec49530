#include "payloadfixture.h"

#include <curriculum.h>
#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QJsonArray>
#include <QTest>

using namespace Relais;

// The hotspot type's rules, scoring, player data and paper rendering,
// through the installed plugin.
class TestHotspot : public QObject
{
    Q_OBJECT

    // A sound to point at by mistake.
    PayloadFixture m_fixture{QStringLiteral("hotspot"), PayloadFixture::Sound{"son"}};

    static QByteArray zone(bool correct, const QByteArray &points, const QByteArray &label,
                           const QByteArray &shape = "rect")
    {
        return "<zone correct=\"" + QByteArray(correct ? "true" : "false") + "\" shape=\"" + shape + "\" points=\"" + points
             + "\"><label>" + label + "</label></zone>";
    }

    static QByteArrayList payload(const QByteArrayList &zones, const QByteArray &image = "<image media=\"ecran-telephone\"/>")
    {
        return QByteArrayList{"<hotspot xmlns=\"urn:relais:exercise:hotspot:1\">", image, "<question>Où appelle-t-on ?</question>", "<zones>"}
             + zones + QByteArrayList{"</zones>", "</hotspot>"};
    }

    static const PluginInfo *type()
    {
        return PluginRegistry::instance().exerciseType(QStringLiteral("hotspot"));
    }

    static QVariantMap zoneValue(bool correct, const QString &points, const QString &label,
                                 const QString &shape = QStringLiteral("rect"), const QString &feedback = {})
    {
        return {{QStringLiteral("correct"), correct}, {QStringLiteral("shape"), shape}, {QStringLiteral("points"), points},
                {QStringLiteral("label"), label}, {QStringLiteral("feedback"), feedback}};
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<QByteArray>("at");  // the payload line the finding points at
        const int E = int(Severity::Error), W = int(Severity::Warning);
        const QByteArray call = zone(true, "35.8,21.9 47.5,39.4", "L'icône Appeler"),
                         messages = zone(false, "52.5,21.9 64.2,39.4", "L'icône Messages");
        QTest::newRow("valid") << payload({call, messages}) << QString() << 0 << QByteArray();
        QTest::newRow("valid, polygon and touching rectangles")
            << payload({zone(true, "35,20 47,20 41,40", "Le triangle", "polygon"), zone(false, "47,20 60,40", "À côté"),
                        zone(false, "0,0 100,20", "Le haut")})
            << QString() << 0 << QByteArray();
        QTest::newRow("two right zones") << payload({call, zone(true, "0,0 10,10", "Le coin"), messages}) << QString() << 0 << QByteArray();
        QTest::newRow("no right zone") << payload({zone(false, "35.8,21.9 47.5,39.4", "Appeler"), messages})
                                       << "hotspot.no-right-zone" << E << QByteArray("<zones>");
        QTest::newRow("every zone right") << payload({call, zone(true, "52.5,21.9 64.2,39.4", "Messages")})
                                          << "hotspot.no-wrong-zone" << W << QByteArray("<zones>");
        QTest::newRow("one zone only") << payload({call}) << "payload.list-size" << E << QByteArray("<zones>");
        QTest::newRow("beyond the right edge") << payload({call, zone(false, "90,10 100.5,20", "Le bord")})
                                               << "hotspot.outside-image" << E << QByteArray("Le bord");
        QTest::newRow("negative coordinate") << payload({zone(true, "-1,10 20,20", "Le bord"), messages})
                                             << "hotspot.outside-image" << E << QByteArray("Le bord");
        QTest::newRow("rectangle without area") << payload({call, zone(false, "10,10 10,30", "Un trait")})
                                                << "hotspot.empty-zone" << E << QByteArray("Un trait");
        QTest::newRow("rectangle with three points") << payload({call, zone(false, "10,10 20,20 30,30", "Trois coins")})
                                                     << "hotspot.rect-points" << E << QByteArray("Trois coins");
        QTest::newRow("polygon with two points") << payload({call, zone(false, "10,10 20,20", "Deux coins", "polygon")})
                                                 << "hotspot.polygon-points" << E << QByteArray("Deux coins");
        QTest::newRow("flat polygon") << payload({call, zone(false, "10,10 20,20 30,30", "Alignés", "polygon")})
                                      << "hotspot.empty-zone" << E << QByteArray("Alignés");
        QTest::newRow("semicolons") << payload({call, zone(false, "10;10 20;20", "Mal écrit")})
                                    << "hotspot.malformed-points" << E << QByteArray("Mal écrit");
        QTest::newRow("three numbers in a point") << payload({call, zone(false, "10,10,5 20,20", "Mal écrit")})
                                                  << "hotspot.malformed-points" << E << QByteArray("Mal écrit");
        QTest::newRow("words") << payload({call, zone(false, "en haut", "Mal écrit")})
                               << "hotspot.malformed-points" << E << QByteArray("Mal écrit");
        QTest::newRow("no coordinates") << payload({call, zone(false, "", "Nulle part")})
                                        << "payload.required" << E << QByteArray("Nulle part");
        QTest::newRow("unknown shape") << payload({call, zone(false, "10,10 20,20", "Un rond", "circle")})
                                       << "payload.choice" << E << QByteArray("Un rond");
        QTest::newRow("wrong zone over the right one") << payload({call, zone(false, "40,30 60,50", "Par-dessus")})
                                                       << "hotspot.overlap" << W << QByteArray("Par-dessus");
        QTest::newRow("wrong polygon over the right one")
            << payload({call, zone(false, "46,38 70,38 70,60", "Le coin", "polygon")}) << "hotspot.overlap" << W << QByteArray("Le coin");
        QTest::newRow("same name twice") << payload({call, messages, zone(false, "0,0 10,10", "l'icône  messages")})
                                         << "hotspot.duplicate-label" << W << QByteArray("l'icône  messages");
        QTest::newRow("name gives the answer away") << payload({zone(true, "35.8,21.9 47.5,39.4", "La bonne réponse"), messages})
                                                    << "hotspot.label-gives-answer" << W << QByteArray("La bonne réponse");
        QTest::newRow("no picture") << payload({call, messages}, "<image media=\"\"/>") << "payload.required" << E << QByteArray("<image");
        QTest::newRow("sound instead of a picture") << payload({call, messages}, "<image media=\"son\"/>")
                                                    << "payload.media-kind" << E << QByteArray("<image");
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
        // One point whichever right zone is found, however many there are.
        QCOMPARE(type()->exercise->maxScore({{QStringLiteral("zones"), QVariantList{zoneValue(true, "0,0 1,1", "a"), zoneValue(true, "2,2 3,3", "b")}}}), 1);
    }

    void playerData()
    {
        QVERIFY(type());
        const QVariantMap payload{{QStringLiteral("question"), QStringLiteral("Où ?")},
                                  {QStringLiteral("zones"), QVariantList{zoneValue(true, "60,40 20.5,10", "Rectangle"),
                                                                         zoneValue(false, "1,1 9,1 5,8", "Triangle", QStringLiteral("polygon")),
                                                                         zoneValue(false, "n'importe quoi", "Cassée")}}};
        const QJsonObject data = type()->exercise->playerData(payload, {});
        const QJsonArray zones = data.value(QStringLiteral("zones")).toArray();
        QCOMPARE(zones.size(), 3);
        // A rectangle as its top left then bottom right corner, whatever order it was written in.
        QCOMPARE(zones[0].toObject().value(QStringLiteral("points")).toArray(), (QJsonArray{QJsonArray{20.5, 10}, QJsonArray{60, 40}}));
        QCOMPARE(zones[1].toObject().value(QStringLiteral("points")).toArray().size(), 3);
        QVERIFY(zones[2].toObject().value(QStringLiteral("points")).toArray().isEmpty());
        QCOMPARE(zones[0].toObject().value(QStringLiteral("correct")).toBool(), true);
        QCOMPARE(zones[1].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Triangle"));
        QCOMPARE(data.value(QStringLiteral("maxScore")).toInt(), 1);
    }

    void printing()
    {
        QVERIFY(type());
        Curriculum curriculum;
        MediaAsset picture;
        picture.id = QStringLiteral("appel");
        picture.href = QStringLiteral("media/appel.svg");
        picture.type = QStringLiteral("image/svg+xml");
        picture.alt = QStringLiteral("Un appel \"vidéo\"");
        curriculum.media.append(picture);
        RenderContext context;
        context.curriculum = &curriculum;
        const QVariantMap payload{
            {QStringLiteral("image"), QStringLiteral("appel")},
            {QStringLiteral("question"), QStringLiteral("Quel bouton <coupe> le son ?")},
            {QStringLiteral("zones"), QVariantList{zoneValue(true, "52.8,81.1 70,93.1", "Micro", QStringLiteral("rect"), QStringLiteral("Bravo & merci.")),
                                                   zoneValue(false, "73.6,81.1 91.9,93.1", "<b>Raccrocher</b>")}}};
        const QString sheet = type()->exercise->printHtml(payload, context, false);
        QVERIFY(sheet.contains(QStringLiteral("Quel bouton &lt;coupe&gt; le son ?")));
        QVERIFY(sheet.contains(QStringLiteral("Entourez")));
        QVERIFY(sheet.contains(QStringLiteral("src=\"media/appel.svg\" alt=\"Un appel &quot;vidéo&quot;\"")));
        QVERIFY(!sheet.contains(QStringLiteral("Micro")));
        QVERIFY(!sheet.contains(QStringLiteral("<polygon")));

        const QString key = type()->exercise->printHtml(payload, context, true);
        QVERIFY(key.contains(QStringLiteral("☑</span> Micro<br><em>Bravo &amp; merci.</em>")));
        QVERIFY(key.contains(QStringLiteral("☐</span> &lt;b&gt;Raccrocher&lt;/b&gt;")));
        // Only the right zone is drawn, at its place.
        QCOMPARE(key.count(QStringLiteral("<polygon")), 1);
        QVERIFY(key.contains(QStringLiteral("points=\"52.8,81.1 70,81.1 70,93.1 52.8,93.1\"")));
        // Without the curriculum the picture is left out, the words stay.
        const QString bare = type()->exercise->printHtml(payload, {}, true);
        QVERIFY(!bare.contains(QStringLiteral("<img")));
        QVERIFY(bare.contains(QStringLiteral("☑</span> Micro")));
    }
};

QTEST_GUILESS_MAIN(TestHotspot)
#include "tst_hotspot.moc"
