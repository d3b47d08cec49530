#include "payloadfixture.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QTest>

using namespace Relais;

// The true-or-false type's rules, scoring and paper rendering, through the
// installed plugin.
class TestTrueFalse : public QObject
{
    Q_OBJECT

    PayloadFixture m_fixture{QStringLiteral("truefalse")};

    static QByteArrayList payload(const QByteArrayList &statements)
    {
        return QByteArrayList{"<truefalse xmlns=\"urn:relais:exercise:truefalse:1\">", "<statements>"} + statements
             + QByteArrayList{"</statements>", "</truefalse>"};
    }

    static QByteArray statement(const QByteArray &answer, const QByteArray &text, const QByteArray &explanation = {})
    {
        return "<statement answer=\"" + answer + "\"><text>" + text + "</text>"
             + (explanation.isEmpty() ? QByteArray() : "<explanation>" + explanation + "</explanation>") + "</statement>";
    }

    static const PluginInfo *type()
    {
        return PluginRegistry::instance().exerciseType(QStringLiteral("truefalse"));
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");      // index into lines
        const int E = int(Severity::Error), W = int(Severity::Warning);
        const QByteArray a = statement("true", "Le wifi de la maison ne coûte rien de plus.", "Vrai. Il est compris dans l'abonnement.");
        const QByteArray b = statement("false", "Ameli envoie des SMS pour payer la carte Vitale.");
        QTest::newRow("valid") << payload({a, b}) << QString() << 0 << 0;
        QTest::newRow("one statement is enough") << payload({b}) << QString() << 0 << 0;
        QTest::newRow("no statement") << payload({}) << "payload.list-size" << E << 1;
        QTest::newRow("same statement twice, other case and spaces")
            << payload({a, b, statement("false", "  ameli envoie des SMS  pour payer la carte Vitale. ")})
            << "truefalse.duplicate-statement" << W << 4;
        QTest::newRow("statement too long") << payload({a, statement("false", QByteArray(301, 'x'))}) << "payload.too-long" << E << 3;
        QTest::newRow("explanation too long") << payload({a, statement("false", "Non.", QByteArray(501, 'x'))}) << "payload.too-long" << E << 3;
        QTest::newRow("empty statement") << payload({a, statement("false", " ")}) << "payload.required" << E << 3;
        QTest::newRow("answer neither true nor false") << payload({a, statement("vrai", "Oui ?")}) << "payload.choice" << E << 3;
        QTest::newRow("every statement true")
            << payload({a, statement("true", "Deux."), statement("true", "Trois.")}) << "truefalse.same-answer" << W << 1;
        QTest::newRow("every statement false")
            << payload({b, statement("false", "Deux."), statement("false", "Trois.")}) << "truefalse.same-answer" << W << 1;
        QTest::newRow("unknown element")
            << payload({"<statement answer=\"true\"><text>Oui</text><hint>?</hint></statement>"}) << "schema.invalid" << E << 2;
    }

    void rules()
    {
        QFETCH(QByteArrayList, lines);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(int, line);
        const QString dir = m_fixture.write(lines);
        QVERIFY(!dir.isEmpty());
        const Validator::Report report = Validator().validate(dir);
        m_fixture.checkRules(report, code, severity, m_fixture.payloadLine() + line);
    }

    void scoring()
    {
        QVERIFY(type());
        const QVariantMap s{{QStringLiteral("answer"), QStringLiteral("false")}, {QStringLiteral("text"), QStringLiteral("x")}};
        QCOMPARE(type()->exercise->maxScore({{QStringLiteral("statements"), QVariantList{s, s, s}}}), 3);
        QCOMPARE(type()->exercise->maxScore({{QStringLiteral("statements"), QVariantList{s}}}), 1);
    }

    void printing()
    {
        QVERIFY(type());
        const QVariantMap payload{{QStringLiteral("statements"), QVariantList{
            QVariantMap{{QStringLiteral("answer"), QStringLiteral("true")}, {QStringLiteral("text"), QStringLiteral("Le <b>wifi</b> & moi")},
                        {QStringLiteral("explanation"), QStringLiteral("Il est <inclus>.")}},
            QVariantMap{{QStringLiteral("answer"), QStringLiteral("false")}, {QStringLiteral("text"), QStringLiteral("La carte Vitale se paie.")}}}}};
        const QString sheet = type()->exercise->printHtml(payload, {}, false);
        QVERIFY(sheet.contains(QStringLiteral("Le &lt;b&gt;wifi&lt;/b&gt; &amp; moi")));
        QVERIFY(sheet.contains(QStringLiteral("La carte Vitale se paie.")));
        QVERIFY(!sheet.contains(QStringLiteral("<b>")));
        QVERIFY(!sheet.contains(QStringLiteral("☑")));
        QVERIFY(!sheet.contains(QStringLiteral("inclus")));
        QCOMPARE(sheet.count(QStringLiteral("☐</span> Vrai")), 2);
        const QString key = type()->exercise->printHtml(payload, {}, true);
        // The first statement is true, the second false: the key ticks those.
        const qsizetype second = key.indexOf(QStringLiteral("La carte Vitale"));
        QVERIFY(key.indexOf(QStringLiteral("☑</span> Vrai")) < second);
        QVERIFY(key.indexOf(QStringLiteral("☑</span> Faux")) > second);
        QCOMPARE(key.count(QStringLiteral("☑")), 2);
        QVERIFY(key.contains(QStringLiteral("Il est &lt;inclus&gt;.")));
        RenderContext english;
        english.lang = QStringLiteral("en");
        QVERIFY(type()->exercise->printHtml(payload, english, true).contains(QStringLiteral("☑</span> True")));
    }
};

QTEST_GUILESS_MAIN(TestTrueFalse)
#include "tst_truefalse.moc"
