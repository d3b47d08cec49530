#include "payloadfixture.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QTest>

using namespace Relais;

// The self-assessment type's rules and paper rendering, through the
// installed plugin.
class TestSelfAssessment : public QObject
{
    Q_OBJECT

    PayloadFixture m_fixture{QStringLiteral("selfassessment")};

    static QByteArray statements(const QList<QByteArray> &texts)
    {
        QByteArray out = "<selfassessment xmlns=\"urn:relais:exercise:selfassessment:1\">\n<statements>\n";
        for (const QByteArray &text : texts)
            out += "<statement><text>" + text + "</text></statement>\n";
        return out + "</statements>\n</selfassessment>";
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");  // lines after the payload's first
        const int E = int(Severity::Error), W = int(Severity::Warning);
        QTest::newRow("valid") << statements({"Je sais allumer mon téléphone.", "Je sais lire mes courriels."}) << QString() << 0 << 0;
        QTest::newRow("valid, elided first person") << statements({"J'envoie un courriel seul.", "J’ouvre une application."}) << QString() << 0 << 0;
        QTest::newRow("no statement") << QByteArray("<selfassessment xmlns=\"urn:relais:exercise:selfassessment:1\">\n<statements/>\n</selfassessment>")
                                      << "payload.list-size" << E << 1;
        QTest::newRow("empty statement") << statements({"Je sais lire mes courriels.", " "}) << "payload.required" << E << 3;
        QTest::newRow("not in the first person") << statements({"Je sais lire mes courriels.", "Savoir envoyer un courriel."})
                                                 << "selfassessment.not-first-person" << W << 3;
        QTest::newRow("second person") << statements({"Vous savez lire vos courriels."}) << "selfassessment.not-first-person" << W << 2;
        QTest::newRow("word starting with je") << statements({"Jeter un courriel à la corbeille."}) << "selfassessment.not-first-person" << W << 2;
        QTest::newRow("same statement twice") << statements({"Je sais lire mes courriels.", "Je sais écrire un courriel.", "je sais  lire mes courriels"})
                                              << "selfassessment.duplicate-statement" << W << 4;
        QTest::newRow("statement too long") << statements({"Je sais " + QByteArray(200, 'x')}) << "payload.too-long" << E << 2;
        QTest::newRow("answer in the payload") << QByteArray("<selfassessment xmlns=\"urn:relais:exercise:selfassessment:1\">\n<statements>\n"
                                                             "<statement known=\"true\"><text>Je sais.</text></statement>\n</statements>\n</selfassessment>")
                                               << "schema.invalid" << E << 2;
    }

    void rules()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(int, line);
        const QString dir = m_fixture.write(payload);
        QVERIFY(!dir.isEmpty());
        const Validator::Report report = Validator().validate(dir);
        m_fixture.checkRules(report, code, severity, m_fixture.payloadLine() + line);
    }

    void printing()
    {
        const PluginInfo *type = PluginRegistry::instance().exerciseType(QStringLiteral("selfassessment"));
        QVERIFY(type);
        QCOMPARE(type->scored, false);
        const QVariantMap payload{{QStringLiteral("statements"), QVariantList{
            QVariantMap{{QStringLiteral("text"), QStringLiteral("Je sais lire mes <courriels> & SMS.")}},
            QVariantMap{{QStringLiteral("text"), QStringLiteral("Je sais me connecter au wifi.")}}}}};
        const QString sheet = type->exercise->printHtml(payload, {}, false);
        QVERIFY(sheet.contains(QStringLiteral("Je sais lire mes &lt;courriels&gt; &amp; SMS.")));
        QVERIFY(sheet.contains(QStringLiteral("Je sais me connecter au wifi.")));
        QCOMPARE(sheet.count(QStringLiteral("☐</span> Je sais faire")), 2);
        QCOMPARE(sheet.count(QStringLiteral("☐</span> Pas encore")), 2);
        QVERIFY(!sheet.contains(QStringLiteral("☑")));
        // Nothing is right or wrong: the facilitator's copy says so and ticks nothing.
        const QString key = type->exercise->printHtml(payload, {}, true);
        QVERIFY(key.contains(QStringLiteral("Pas de bonne ou de mauvaise réponse")));
        QVERIFY(!key.contains(QStringLiteral("☑")));
        RenderContext en;
        en.lang = QStringLiteral("en");
        QVERIFY(type->exercise->printHtml(payload, en, false).contains(QStringLiteral("I can do it")));
        QCOMPARE(type->exercise->maxScore(payload), 0);
    }
};

QTEST_GUILESS_MAIN(TestSelfAssessment)
#include "tst_selfassessment.moc"
