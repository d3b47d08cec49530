#include "payloadfixture.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QTest>

using namespace Relais;

// The multiple-choice type's rules, scoring and paper rendering, through the
// installed plugin.
class TestMcq : public QObject
{
    Q_OBJECT

    PayloadFixture m_fixture{QStringLiteral("mcq")};

    static QByteArray choice(bool correct, const QByteArray &text)
    {
        return "<choice correct=\"" + QByteArray(correct ? "true" : "false") + "\"><text>" + text + "</text></choice>";
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        const QByteArray open = "<mcq xmlns=\"urn:relais:exercise:mcq:1\"";
        const int E = int(Severity::Error), W = int(Severity::Warning);
        QTest::newRow("valid") << open + "><question>Q ?</question><choices>" + choice(true, "A") + choice(false, "B") + "</choices></mcq>" << QString() << 0;
        QTest::newRow("no right answer") << open + "><question>Q ?</question><choices>" + choice(false, "A") + choice(false, "B") + "</choices></mcq>" << "mcq.no-right-answer" << E;
        QTest::newRow("two right answers, one allowed") << open + "><question>Q ?</question><choices>" + choice(true, "A") + choice(true, "B") + choice(false, "C") + "</choices></mcq>" << "mcq.several-right-answers" << E;
        QTest::newRow("every answer right") << open + " multiple=\"true\"><question>Q ?</question><choices>" + choice(true, "A") + choice(true, "B") + "</choices></mcq>" << "mcq.all-right" << W;
        QTest::newRow("same answer twice") << open + "><question>Q ?</question><choices>" + choice(true, "Oui") + choice(false, " oui ") + "</choices></mcq>" << "mcq.duplicate-choice" << W;
        QTest::newRow("empty question") << open + "><question> </question><choices>" + choice(true, "A") + choice(false, "B") + "</choices></mcq>" << "payload.required" << E;
        QTest::newRow("one answer only") << open + "><question>Q ?</question><choices>" + choice(true, "A") + "</choices></mcq>" << "payload.list-size" << E;
        QTest::newRow("question too long") << open + "><question>" + QByteArray(501, 'x') + "</question><choices>" + choice(true, "A") + choice(false, "B") + "</choices></mcq>" << "payload.too-long" << E;
        QTest::newRow("picture that is not an image") << open + "><question>Q ?</question><image media=\"inconnue\"/><choices>" + choice(true, "A") + choice(false, "B") + "</choices></mcq>" << "ref.media" << E;
        QTest::newRow("unknown element") << open + "><question>Q ?</question><hint>?</hint><choices>" + choice(true, "A") + choice(false, "B") + "</choices></mcq>" << "schema.invalid" << E;
    }

    void rules()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(int, severity);
        const QString dir = m_fixture.write(payload);
        QVERIFY(!dir.isEmpty());
        // Not an exact line: the payload is a single line and this suite only
        // checks that findings point into it.
        m_fixture.checkRules(Validator().validate(dir), code, severity, PayloadFixture::Line::from(52));
    }

    void scoring()
    {
        const PluginInfo *mcq = PluginRegistry::instance().exerciseType(QStringLiteral("mcq"));
        QVERIFY(mcq);
        const QVariantMap right{{QStringLiteral("correct"), true}}, wrong{{QStringLiteral("correct"), false}};
        QCOMPARE(mcq->exercise->maxScore({{QStringLiteral("choices"), QVariantList{right, wrong, right}}}), 1);
        QCOMPARE(mcq->exercise->maxScore({{QStringLiteral("multiple"), true},
                                          {QStringLiteral("choices"), QVariantList{right, wrong, right}}}), 2);
    }

    void printing()
    {
        const PluginInfo *mcq = PluginRegistry::instance().exerciseType(QStringLiteral("mcq"));
        QVERIFY(mcq);
        const QVariantMap payload{
            {QStringLiteral("question"), QStringLiteral("Quel bouton <envoie> ?")},
            {QStringLiteral("choices"), QVariantList{QVariantMap{{QStringLiteral("correct"), true}, {QStringLiteral("text"), QStringLiteral("Envoyer")},
                                                                 {QStringLiteral("feedback"), QStringLiteral("Oui.")}},
                                                     QVariantMap{{QStringLiteral("correct"), false}, {QStringLiteral("text"), QStringLiteral("Supprimer")}}}}};
        const QString sheet = mcq->exercise->printHtml(payload, {}, false);
        QVERIFY(sheet.contains(QStringLiteral("Quel bouton &lt;envoie&gt; ?")));
        QVERIFY(sheet.contains(QStringLiteral("☐</span> Envoyer")));
        QVERIFY(!sheet.contains(QStringLiteral("☑")));
        QVERIFY(!sheet.contains(QStringLiteral("Oui.")));
        const QString key = mcq->exercise->printHtml(payload, {}, true);
        QVERIFY(key.contains(QStringLiteral("☑</span> Envoyer")));
        QVERIFY(key.contains(QStringLiteral("☐</span> Supprimer")));
        QVERIFY(key.contains(QStringLiteral("Oui.")));
    }
};

QTEST_GUILESS_MAIN(TestMcq)
#include "tst_mcq.moc"
