#include "payloadfixture.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QTest>

using namespace Relais;

// The step-by-step tutorial type's rules and paper rendering, through the
// installed plugin.
class TestGuidedSteps : public QObject
{
    Q_OBJECT

    // A recording declared without a transcript when the payload uses it.
    PayloadFixture m_fixture{QStringLiteral("guidedsteps"), PayloadFixture::Sound{"consigne", false, true}};

    static QByteArray step(const QByteArray &instruction, bool image = true)
    {
        return "<step>" + QByteArray(image ? "<image media=\"ecran-telephone\"/>" : "") + "<instruction>" + instruction
             + "</instruction></step>\n";
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");  // modules: lines after the payload's first; curriculum.xml: any
        const QByteArray open = "<guidedsteps xmlns=\"urn:relais:exercise:guidedsteps:1\">\n<steps>\n";
        const QByteArray close = "</steps>\n</guidedsteps>";
        const QString module = QStringLiteral("modules/premier-atelier.xml");
        const int E = int(Severity::Error), W = int(Severity::Warning);
        QTest::newRow("valid") << open + step("Touchez « Appeler ».") + step("Tapez le numéro.") + close << QString() << 0 << module << 0;
        QTest::newRow("valid, one step") << open + step("Touchez « Appeler ».") + close << QString() << 0 << module << 0;
        QTest::newRow("no step") << QByteArray("<guidedsteps xmlns=\"urn:relais:exercise:guidedsteps:1\">\n<steps/>\n</guidedsteps>")
                                 << "payload.list-size" << E << module << 1;
        QTest::newRow("step without screenshot") << open + step("Touchez « Appeler ».") + step("Tapez le numéro.", false) + close
                                                 << "guidedsteps.no-image" << W << module << 3;
        QTest::newRow("empty instruction") << open + step("Touchez « Appeler ».") + step(" ") + close << "payload.required" << E << module << 3;
        QTest::newRow("two actions in one step") << open + step("Touchez « Appeler ». " + QByteArray(260, 'x')) + close
                                                 << "guidedsteps.long-instruction" << W << module << 2;
        QTest::newRow("screenshot that is a sound")
            << open + "<step><image media=\"consigne\"/><instruction>Écoutez.</instruction></step>\n" + close
            << "payload.media-kind" << E << module << 2;
        QTest::newRow("recording without transcript")
            << open + "<step><image media=\"ecran-telephone\"/><instruction>Écoutez.</instruction><audio media=\"consigne\"/></step>\n" + close
            << "media.transcript-missing" << E << QStringLiteral("curriculum.xml") << 0;
        QTest::newRow("recording before the instruction")
            << open + "<step><audio media=\"ecran-telephone\"/><instruction>Écoutez.</instruction></step>\n" + close
            << "schema.invalid" << E << module << 2;
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

    void printing()
    {
        const PluginInfo *type = PluginRegistry::instance().exerciseType(QStringLiteral("guidedsteps"));
        QVERIFY(type);
        QCOMPARE(type->scored, false);
        Curriculum c;
        MediaAsset picture;
        picture.id = QStringLiteral("ecran");
        picture.href = QStringLiteral("media/ecran.svg");
        picture.type = QStringLiteral("image/svg+xml");
        picture.alt = QStringLiteral("L'écran <d'accueil>");
        c.media.append(picture);
        RenderContext context;
        context.curriculum = &c;
        const QVariantMap payload{{QStringLiteral("steps"), QVariantList{
            QVariantMap{{QStringLiteral("image"), QStringLiteral("ecran")}, {QStringLiteral("instruction"), QStringLiteral("Touchez <WhatsApp> & attendez.")}},
            QVariantMap{{QStringLiteral("instruction"), QStringLiteral("Touchez la caméra.")}}}}};
        const QString sheet = type->exercise->printHtml(payload, context, false);
        QVERIFY(sheet.contains(QStringLiteral("Étape 1 sur 2")));
        QVERIFY(sheet.contains(QStringLiteral("Étape 2 sur 2")));
        QVERIFY(sheet.contains(QStringLiteral("Touchez &lt;WhatsApp&gt; &amp; attendez.")));
        QVERIFY(sheet.contains(QStringLiteral("alt=\"L&#39;écran &lt;d&#39;accueil&gt;\"")));
        QCOMPARE(sheet.count(QStringLiteral("C'est fait")), 2);
        QVERIFY(sheet.indexOf(QStringLiteral("Touchez &lt;WhatsApp&gt;")) < sheet.indexOf(QStringLiteral("Touchez la caméra.")));
        const QString key = type->exercise->printHtml(payload, context, true);
        QVERIFY(key.contains(QStringLiteral("Touchez la caméra.")));
        QVERIFY(!key.contains(QStringLiteral("C'est fait")));
        context.lang = QStringLiteral("en");
        QVERIFY(type->exercise->printHtml(payload, context, false).contains(QStringLiteral("Step 2 of 2")));
        QCOMPARE(type->exercise->maxScore(payload), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuidedSteps)
#include "tst_guidedsteps.moc"
