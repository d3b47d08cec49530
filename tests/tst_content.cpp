#include "payloadfixture.h"

#include <exercisetype.h>
#include <payloadcodec.h>
#include <pluginregistry.h>
#include <validator.h>
#include <xmlparser.h>
#include <xmlwriter.h>

#include <QJsonArray>
#include <QTest>

using namespace Relais;

// The reading-page type's rules, its figures through the payload codec and
// its paper rendering, through the installed plugin.
class TestContent : public QObject
{
    Q_OBJECT

    // A sound declared without a transcript when the payload uses it.
    PayloadFixture m_fixture{QStringLiteral("content"), PayloadFixture::Sound{"son", false, true}};

    static const PluginInfo *type() { return PluginRegistry::instance().exerciseType(QStringLiteral("content")); }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");  // modules: lines after the payload's first; curriculum.xml: absolute
        const QByteArray open = "<content xmlns=\"urn:relais:exercise:content:1\">\n";
        const QByteArray body = "<body><p>Un texte.</p></body>\n";
        const QByteArray figure = "<figures>\n<figure media=\"ecran-telephone\"><caption>L'écran.</caption></figure>\n</figures>\n";
        const QString module = QStringLiteral("modules/premier-atelier.xml");
        const int E = int(Severity::Error), W = int(Severity::Warning);
        QTest::newRow("valid") << open + body + figure + "</content>" << QString() << 0 << module << 0;
        QTest::newRow("valid without figures") << open + body + "</content>" << QString() << 0 << module << 0;
        QTest::newRow("empty body") << open + "<body><p> </p></body>\n" + figure + "</content>" << "payload.required" << E << module << 1;
        QTest::newRow("figure without caption")
            << open + body + "<figures>\n<figure media=\"ecran-telephone\"><caption>Oui.</caption></figure>\n<figure media=\"ecran-telephone\"/>\n</figures>\n</content>"
            << "content.caption-missing" << W << module << 4;
        QTest::newRow("long body") << open + "<body>\n<p>" + QByteArray(1200, 'a') + "</p>\n<p>" + QByteArray(400, 'b') + "</p>\n</body>\n</content>"
                                   << "content.long-body" << W << module << 1;
        QTest::newRow("unknown picture") << open + body + "<figures>\n<figure media=\"absente\"><caption>?</caption></figure>\n</figures>\n</content>"
                                         << "ref.media" << E << module << 3;
        // The core reports the missing transcript on the asset, where it is fixed.
        QTest::newRow("sound without transcript") << open + body + "<figures>\n<figure media=\"son\"><caption>Écoutez.</caption></figure>\n</figures>\n</content>"
                                                  << "media.transcript-missing" << E << QStringLiteral("curriculum.xml") << 0;
        QTest::newRow("script in the body") << open + "<body><p>Un <script>x</script></p></body>\n</content>" << "richtext.element" << E << module << 1;
        QTest::newRow("no body") << open + figure + "</content>" << "schema.invalid" << E << module << 1;
    }

    void rules()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QString, file);
        QFETCH(int, line);
        const QString dir = m_fixture.write(payload);
        QVERIFY(!dir.isEmpty());
        m_fixture.checkRules(Validator().validate(dir), code, severity, m_fixture.lineIn(file, line), file);
    }

    // A figure's asset is the figure's own media attribute: read, written
    // back unchanged, and handed to the player as a resolved media.
    void figuresThroughTheCodec()
    {
        const PluginInfo *content = type();
        QVERIFY(content);
        const QByteArray xml = "<content xmlns=\"urn:relais:exercise:content:1\"><body><p>Texte</p></body><figures>"
                               "<figure media=\"ecran\"><caption>Légende</caption></figure><figure media=\"son\"/>"
                               "</figures></content>";
        ParsedXml parsed;
        Diagnostics diags;
        QVERIFY(parsed.parse(xml, QStringLiteral("payload.xml"), diags));
        const XmlNode root = parsed.toNode(parsed.root());
        const QVariantMap values = PayloadCodec::read(root, content->fields);
        const QVariantList figures = values.value(QStringLiteral("figures")).toList();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures[0].toMap().value(QStringLiteral("media")).toString(), QStringLiteral("ecran"));
        QCOMPARE(figures[0].toMap().value(QStringLiteral("caption")).toString(), QStringLiteral("Légende"));
        QCOMPARE(figures[1].toMap().value(QStringLiteral("media")).toString(), QStringLiteral("son"));
        XmlWriter original, again;
        original.node(root);
        again.node(PayloadCodec::write(values, content->fields, content->root, content->ns));
        QCOMPARE(QString::fromUtf8(again.data()), QString::fromUtf8(original.data()));

        Curriculum c;
        MediaAsset picture;
        picture.id = QStringLiteral("ecran");
        picture.href = QStringLiteral("media/ecran.svg");
        picture.type = QStringLiteral("image/svg+xml");
        picture.alt = QStringLiteral("Un écran");
        c.media.append(picture);
        RenderContext context;
        context.curriculum = &c;
        const QJsonObject data = content->exercise->playerData(values, context);
        const QJsonObject first = data.value(QStringLiteral("figures")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("media")).toObject().value(QStringLiteral("src")).toString(), QStringLiteral("media/ecran.svg"));
        QCOMPARE(first.value(QStringLiteral("caption")).toString(), QStringLiteral("Légende"));
        QCOMPARE(data.value(QStringLiteral("maxScore")).toInt(), 0);
    }

    void printing()
    {
        const PluginInfo *content = type();
        QVERIFY(content);
        QCOMPARE(content->scored, false);
        Curriculum c;
        MediaAsset picture;
        picture.id = QStringLiteral("ecran");
        picture.href = QStringLiteral("media/ecran.svg");
        picture.type = QStringLiteral("image/svg+xml");
        picture.alt = QStringLiteral("Un écran \"bleu\"");
        c.media.append(picture);
        MediaAsset sound;
        sound.id = QStringLiteral("son");
        sound.href = QStringLiteral("media/son.mp3");
        sound.type = QStringLiteral("audio/mpeg");
        sound.transcript = PayloadCodec::richTextFromString(QStringLiteral("<p>Bonjour, je suis le conseiller.</p>"));
        c.media.append(sound);
        RenderContext context;
        context.curriculum = &c;
        const QVariantMap payload{
            {QStringLiteral("body"), QStringLiteral("<p>Ne donnez <strong>jamais</strong> vos codes &lt;script&gt;.</p>")},
            {QStringLiteral("figures"), QVariantList{QVariantMap{{QStringLiteral("media"), QStringLiteral("ecran")},
                                                                 {QStringLiteral("caption"), QStringLiteral("L'écran <b>d'accueil</b>")}},
                                                     QVariantMap{{QStringLiteral("media"), QStringLiteral("son")},
                                                                 {QStringLiteral("caption"), QStringLiteral("Un faux appel")}}}}};
        for (bool key : {false, true}) {
            const QString page = content->exercise->printHtml(payload, context, key);
            QVERIFY(page.contains(QStringLiteral("Ne donnez <strong>jamais</strong> vos codes &lt;script&gt;.")));
            QVERIFY(!page.contains(QStringLiteral("<script")));
            QVERIFY(page.contains(QStringLiteral("<img src=\"media/ecran.svg\" alt=\"Un écran &quot;bleu&quot;\"/>")));
            QVERIFY(page.contains(QStringLiteral("<figcaption>L&#39;écran &lt;b&gt;d&#39;accueil&lt;/b&gt;</figcaption>")));
            // Paper cannot play a sound: its transcript is printed.
            QVERIFY(page.contains(QStringLiteral("<p>Bonjour, je suis le conseiller.</p>")));
        }
        QCOMPARE(content->exercise->maxScore(payload), 0);
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
