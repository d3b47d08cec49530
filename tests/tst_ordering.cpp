#include "payloadfixture.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QRegularExpression>
#include <QTest>

using namespace Relais;

// The put-in-order type's rules, scoring and paper rendering, through the
// installed plugin.
class TestOrdering : public QObject
{
    Q_OBJECT

    PayloadFixture m_fixture{QStringLiteral("ordering")};

    static QByteArrayList payload(const QByteArrayList &steps, const QByteArray &prompt = "Dans quel ordre ?")
    {
        return QByteArrayList{"<ordering xmlns=\"urn:relais:exercise:ordering:1\">", "<prompt>" + prompt + "</prompt>", "<steps>"} + steps
             + QByteArrayList{"</steps>", "</ordering>"};
    }

    static QByteArray step(const QByteArray &text, const QByteArray &image = {})
    {
        return "<step><text>" + text + "</text>" + (image.isEmpty() ? QByteArray() : "<image media=\"" + image + "\"/>") + "</step>";
    }

    static QVariantMap stepValue(const QString &text)
    {
        return {{QStringLiteral("text"), text}};
    }

    static const PluginInfo *type()
    {
        return PluginRegistry::instance().exerciseType(QStringLiteral("ordering"));
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");      // index into lines
        const int E = int(Severity::Error);
        const QByteArrayList three{step("Je déverrouille le téléphone."), step("Je touche l'icône.", "ecran-telephone"), step("J'appelle.")};
        QTest::newRow("valid") << payload(three) << QString() << 0 << 0;
        QTest::newRow("two steps are enough") << payload(three.mid(0, 2)) << QString() << 0 << 0;
        QTest::newRow("a single step") << payload({step("Je déverrouille.")}) << "payload.list-size" << E << 2;
        QTest::newRow("no step") << payload({}) << "payload.list-size" << E << 2;
        QByteArrayList eleven;
        for (int i = 1; i <= 11; ++i)
            eleven << step("Étape " + QByteArray::number(i));
        QTest::newRow("eleven steps") << payload(eleven) << "payload.list-size" << E << 2;
        QTest::newRow("same step twice, other case and spaces")
            << payload(three + QByteArrayList{step("  je TOUCHE  l'icône. ")}) << "ordering.duplicate-step" << E << 6;
        QTest::newRow("empty prompt") << payload(three, " ") << "payload.required" << E << 1;
        QTest::newRow("prompt too long") << payload(three, QByteArray(301, 'x')) << "payload.too-long" << E << 1;
        QTest::newRow("step too long") << payload({step("Un."), step(QByteArray(201, 'x'))}) << "payload.too-long" << E << 4;
        QTest::newRow("empty step") << payload({step("Un."), step("")}) << "payload.required" << E << 4;
        QTest::newRow("picture that does not exist") << payload({step("Un."), step("Deux.", "inconnue")}) << "ref.media" << E << 4;
        QTest::newRow("unknown element") << payload({step("Un."), "<step><text>Deux.</text><hint>?</hint></step>"}) << "schema.invalid" << E << 4;
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
        if (QTest::currentTestFailed())
            return;
        if (code == QLatin1String("ordering.duplicate-step")) {
            const QString fr = PayloadFixture::find(report, code)->message(QStringLiteral("fr"));
            QVERIFY2(fr.contains(QStringLiteral("étapes 2 et 4")), qPrintable(fr));
        }
    }

    void scoring()
    {
        QVERIFY(type());
        QCOMPARE(type()->exercise->maxScore({{QStringLiteral("steps"), QVariantList{stepValue(QStringLiteral("a")), stepValue(QStringLiteral("b")), stepValue(QStringLiteral("c"))}}}), 3);
    }

    // The paper order is stable and never the right order.
    void shuffle()
    {
        for (int n = 2; n <= 10; ++n) {
            for (int variant = 0; variant < 20; ++variant) {
                QStringList texts;
                for (int i = 0; i < n; ++i)
                    texts << QStringLiteral("Étape %1 / %2").arg(i).arg(variant);
                const QList<int> order = paperOrder(texts);
                QCOMPARE(order, paperOrder(texts));
                QList<int> sorted = order;
                std::sort(sorted.begin(), sorted.end());
                for (int i = 0; i < n; ++i)
                    QCOMPARE(sorted[i], i);
                bool identity = true;
                for (int i = 0; i < n; ++i)
                    identity = identity && order[i] == i;
                QVERIFY2(!identity, qPrintable(texts.join(QLatin1Char(','))));
            }
        }
    }

    void printing()
    {
        QVERIFY(type());
        const QVariantMap payload{{QStringLiteral("prompt"), QStringLiteral("Dans quel <ordre> ?")},
                                  {QStringLiteral("steps"), QVariantList{stepValue(QStringLiteral("Je déverrouille & je regarde.")),
                                                                          stepValue(QStringLiteral("Je touche <l’icône>.")),
                                                                          stepValue(QStringLiteral("J’appelle."))}}};
        const QString sheet = type()->exercise->printHtml(payload, {}, false);
        QVERIFY(sheet.contains(QStringLiteral("Dans quel &lt;ordre&gt; ?")));
        QVERIFY(sheet.contains(QStringLiteral("Je déverrouille &amp; je regarde.")));
        QVERIFY(sheet.contains(QStringLiteral("Je touche &lt;l’icône&gt;.")));
        QVERIFY(!sheet.contains(QStringLiteral("<l’icône>")));
        // Each step has an empty box to write its number in; the sheet does not give the order.
        QCOMPARE(sheet.count(QStringLiteral("<span class=\"box number\">&#160;&#160;&#160;</span>")), 3);
        QVERIFY(!sheet.contains(QStringLiteral("<ol")));
        const QString key = type()->exercise->printHtml(payload, {}, true);
        // The key writes each step's number in its box and lists the right order.
        QVERIFY(key.contains(QStringLiteral("<span class=\"box number\">1</span> Je déverrouille")));
        QVERIFY(key.contains(QStringLiteral("<span class=\"box number\">2</span> Je touche")));
        QVERIFY(key.contains(QStringLiteral("<span class=\"box number\">3</span> J’appelle")));
        const qsizetype answer = key.indexOf(QStringLiteral("<ol class=\"answer\">"));
        QVERIFY(answer > 0);
        const qsizetype first = key.indexOf(QStringLiteral("<li>Je déverrouille"), answer);
        const qsizetype second = key.indexOf(QStringLiteral("<li>Je touche"), answer);
        const qsizetype third = key.indexOf(QStringLiteral("<li>J’appelle"), answer);
        QVERIFY(first > answer && second > first && third > second);
    }

private:
    // The order of the steps on paper (indexes into the right order), read from
    // the answer key, whose boxes hold each step's right number.
    static QList<int> paperOrder(const QStringList &texts)
    {
        QVariantList steps;
        for (const QString &t : texts)
            steps << stepValue(t);
        const QString key = type()->exercise->printHtml({{QStringLiteral("steps"), steps}}, {}, true);
        static const QRegularExpression box(QStringLiteral("<span class=\"box number\">(\\d+)</span>"));
        QList<int> order;
        for (auto it = box.globalMatch(key); it.hasNext();)
            order << it.next().captured(1).toInt() - 1;
        return order;
    }
};

QTEST_GUILESS_MAIN(TestOrdering)
#include "tst_ordering.moc"
