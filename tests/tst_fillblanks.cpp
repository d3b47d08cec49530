#include "payloadfixture.h"

#include <exercisetype.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QTest>

using namespace Relais;

// The fill-in-the-blanks type's rules, scoring and paper rendering, through
// the installed plugin.
class TestFillBlanks : public QObject
{
    Q_OBJECT

    PayloadFixture m_fixture{QStringLiteral("fillblanks")};

    // Line 0 the root, line 1 the text, then the extra words one per line.
    static QByteArrayList payload(const QByteArray &mode, const QByteArray &text, const QByteArrayList &distractors = {})
    {
        QByteArrayList lines{"<fillblanks xmlns=\"urn:relais:exercise:fillblanks:1\" mode=\"" + mode + "\">", "<text>" + text + "</text>"};
        if (!distractors.isEmpty()) {
            lines << "<distractors>";
            for (const QByteArray &d : distractors)
                lines << "<distractor>" + d + "</distractor>";
            lines << "</distractors>";
        }
        return lines << "</fillblanks>";
    }

    static const PluginInfo *type()
    {
        return PluginRegistry::instance().exerciseType(QStringLiteral("fillblanks"));
    }

    static int maxScore(const QString &text)
    {
        return type()->exercise->maxScore({{QStringLiteral("mode"), QStringLiteral("typed")}, {QStringLiteral("text"), text}});
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QString>("code");  // empty: no finding about the payload
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");      // index into lines
        const int E = int(Severity::Error), W = int(Severity::Warning);
        const QByteArray text = "Je clique sur [[Envoyer]]. Le signe @ s'appelle l'[[arobase|arobas]].";
        QTest::newRow("valid, typed") << payload("typed", text) << QString() << 0 << 0;
        QTest::newRow("valid, choice") << payload("choice", text, {"Supprimer", "Corbeille"}) << QString() << 0 << 0;
        QTest::newRow("valid, choice without extra words") << payload("choice", text) << QString() << 0 << 0;
        QTest::newRow("single brackets are text") << payload("typed", "Le [lien] mène à [[Ameli]].") << QString() << 0 << 0;
        QTest::newRow("no gap") << payload("typed", "Je clique sur Envoyer.") << "fillblanks.no-gap" << E << 1;
        QTest::newRow("empty text") << payload("typed", " ") << "payload.required" << E << 1;
        QTest::newRow("empty gap") << payload("typed", "Je clique sur [[]].") << "fillblanks.empty-gap" << E << 1;
        QTest::newRow("gap of spaces and bars") << payload("typed", "Je clique sur [[ | ]].") << "fillblanks.empty-gap" << E << 1;
        QTest::newRow("empty variant") << payload("typed", "Je clique sur [[Envoyer|]].") << "fillblanks.empty-answer" << E << 1;
        QTest::newRow("gap not closed") << payload("typed", "Je clique sur [[Envoyer.") << "fillblanks.unbalanced" << E << 1;
        QTest::newRow("gap closed with one bracket") << payload("typed", "Je clique sur [[Envoyer]. Puis [[Fermer]].") << "fillblanks.unbalanced" << E << 1;
        QTest::newRow("gap not opened") << payload("typed", "Je clique sur Envoyer]] et [[Fermer]].") << "fillblanks.unbalanced" << E << 1;
        QTest::newRow("one word to choose from") << payload("choice", "Je clique sur [[Envoyer]].") << "fillblanks.few-options" << W << 0;
        QTest::newRow("one word twice to choose from") << payload("choice", "[[Envoyer]], puis [[Envoyer]].") << "fillblanks.few-options" << W << 0;
        QTest::newRow("extra word that is an answer")
            << payload("choice", text, {"Supprimer", "  Arobas "}) << "fillblanks.distractor-is-answer" << W << 4;
        QTest::newRow("extra word that is an answer but for accents")
            << payload("choice", "Je clique sur [[Déconnecter]].", {"deconnecter", "Fermer"}) << "fillblanks.distractor-is-answer" << W << 3;
        QTest::newRow("extra words when typing") << payload("typed", text, {"Supprimer"}) << "fillblanks.unused-distractors" << W << 2;
        QTest::newRow("empty extra word") << payload("choice", text, {"Supprimer", ""}) << "payload.required" << E << 4;
        QTest::newRow("unknown mode") << payload("liste", text) << "payload.choice" << E << 0;
        QTest::newRow("text too long") << payload("typed", "[[Oui]] " + QByteArray(2000, 'x')) << "payload.too-long" << E << 1;
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
        // Only the trainer's mistake is reported, not a cascade of others.
        if (code.startsWith(QLatin1String("fillblanks.")))
            QCOMPARE(m_fixture.countPayloadFindings(report), 1);
    }

    void unbalancedSaysWhere()
    {
        const QString dir = m_fixture.write(payload("typed", "Pour partir, je clique sur [[Envoyer. Puis je ferme la fenêtre."));
        const Validator::Report report = Validator().validate(dir);
        const Diagnostic *unbalanced = PayloadFixture::find(report, QStringLiteral("fillblanks.unbalanced"));
        QVERIFY(unbalanced);
        QVERIFY2(unbalanced->message(QStringLiteral("fr")).contains(QStringLiteral("[[Envoyer")), qPrintable(unbalanced->message(QStringLiteral("fr"))));
    }

    void scoring()
    {
        QVERIFY(type());
        QCOMPARE(maxScore(QStringLiteral("[[a]] et [[b|c]], puis [[d]].")), 3);
        QCOMPARE(maxScore(QStringLiteral("[[a]] et [[b]")), 1);
        // A text without gaps is an error; it still counts one point so the type stays scored.
        QCOMPARE(maxScore(QStringLiteral("Rien à trouver.")), 1);
    }

    void printing()
    {
        QVERIFY(type());
        const QVariantMap typed{{QStringLiteral("mode"), QStringLiteral("typed")},
                                {QStringLiteral("text"), QStringLiteral("Le <b>site</b> finit par .[[gouv]].fr & je clique sur [[FranceConnect|France Connect]].")}};
        const QString sheet = type()->exercise->printHtml(typed, {}, false);
        QVERIFY(sheet.contains(QStringLiteral("Le &lt;b&gt;site&lt;/b&gt; finit par .")));
        QVERIFY(sheet.contains(QStringLiteral("&amp; je clique")));
        QVERIFY(!sheet.contains(QStringLiteral("<b>")));
        QVERIFY(!sheet.contains(QStringLiteral("gouv")));
        QVERIFY(!sheet.contains(QStringLiteral("FranceConnect")));
        QVERIFY(sheet.contains(QStringLiteral("(1) __________")));
        QVERIFY(sheet.contains(QStringLiteral("(2) ________________")));
        const QString key = type()->exercise->printHtml(typed, {}, true);
        QVERIFY(key.contains(QStringLiteral("<strong class=\"gap\">(1) gouv</strong>")));
        QVERIFY(key.contains(QStringLiteral("<strong class=\"gap\">(2) FranceConnect</strong> <span class=\"variants\">(ou France Connect)</span>")));

        // Choice mode lists the answers and the extra words, escaped, in alphabetical order.
        const QVariantMap choice{{QStringLiteral("mode"), QStringLiteral("choice")},
                                 {QStringLiteral("text"), QStringLiteral("Je clique sur [[Envoyer]] puis sur l'[[arobase]].")},
                                 {QStringLiteral("distractors"), QVariantList{QStringLiteral("Corbeille <b>"), QStringLiteral("Supprimer")}}};
        const QString words = type()->exercise->printHtml(choice, {}, false);
        const qsizetype a = words.indexOf(QStringLiteral(">arobase<"));
        const qsizetype c = words.indexOf(QStringLiteral(">Corbeille &lt;b&gt;<"));
        const qsizetype e = words.indexOf(QStringLiteral(">Envoyer<"));
        const qsizetype s = words.indexOf(QStringLiteral(">Supprimer<"));
        QVERIFY(a > 0 && c > a && e > c && s > e);
        QVERIFY(!words.contains(QStringLiteral("<b>")));
    }
};

QTEST_GUILESS_MAIN(TestFillBlanks)
#include "tst_fillblanks.moc"
