#include "studiotest.h"

#include <curriculumloader.h>
#include <payloadcodec.h>
#include <pluginregistry.h>
#include <richtextmarkup.h>

#include <QTest>

using namespace Relais;

namespace {

// Rich text written the way the files write it, without indentation.
RichText xml(const QString &blocks)
{
    return PayloadCodec::richTextFromString(blocks);
}

// Indentation inside lists is layout of the file, not text: the markup has
// no place for it and the writer puts it back.
XmlNode withoutLayout(const XmlNode &node)
{
    XmlNode out = node;
    out.children.clear();
    const bool list = node.localName() == QLatin1String("ul") || node.localName() == QLatin1String("ol");
    for (const XmlNode &c : node.children)
        if (!(list && c.kind == XmlNode::Text && c.name.trimmed().isEmpty()))
            out.children.push_back(withoutLayout(c));
    return out;
}

RichText withoutLayout(const RichText &text)
{
    RichText out;
    for (const XmlNode &block : text)
        out.push_back(withoutLayout(block));
    return out;
}

// Every rich text of a curriculum, with where it is.
QList<QPair<QString, RichText>> richTexts(const Curriculum &c)
{
    QList<QPair<QString, RichText>> out;
    out.append({QStringLiteral("curriculum.xml summary"), c.summary});
    for (const MediaAsset &m : c.media)
        out.append({QStringLiteral("curriculum.xml media %1 transcript").arg(m.id), m.transcript});
    for (const Pathway &p : c.pathways) {
        out.append({p.file + QStringLiteral(" summary"), p.summary});
        out.append({p.file + QStringLiteral(" completion"), p.completionDescription});
        for (const Step &s : p.steps) {
            out.append({p.file + QStringLiteral(" step %1 goal").arg(s.id), s.goal});
            out.append({p.file + QStringLiteral(" step %1 notes").arg(s.id), s.notes});
        }
    }
    for (const Module &m : c.modules) {
        out.append({m.file + QStringLiteral(" summary"), m.summary});
        out.append({m.file + QStringLiteral(" facilitatorNotes"), m.facilitatorNotes});
        for (int i = 0; i < m.runningOrder.size(); ++i)
            out.append({m.file + QStringLiteral(" segment %1").arg(i + 1), m.runningOrder.at(i).description});
        for (const Activity &a : m.activities)
            out.append({m.file + QStringLiteral(" activity %1 instructions").arg(a.id), a.instructions});
    }
    return out;
}

// The rich text values of a payload (held as XML, see PayloadCodec).
void payloadRichTexts(const QVariant &value, const Field &f, const QString &where, QList<QPair<QString, RichText>> &out)
{
    switch (f.kind) {
    case Field::Kind::RichText:
        out.append({where, PayloadCodec::richTextFromString(value.toString())});
        break;
    case Field::Kind::Group: {
        const QVariantMap map = value.toMap();
        for (const Field &c : f.fields)
            if (map.contains(c.key))
                payloadRichTexts(map.value(c.key), c, where + QLatin1Char('/') + c.key, out);
        break;
    }
    case Field::Kind::List: {
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i)
            payloadRichTexts(list.at(i), f.fields.first(), where + QLatin1Char('/') + QString::number(i), out);
        break;
    }
    default:
        break;
    }
}

} // namespace

// The markup trainers type in the Studio's rich text fields, both ways, and
// the guarantee the editor relies on: opening a field and leaving it changes
// nothing in the file.
class TestRichTextMarkup : public QObject
{
    Q_OBJECT

public:
    static void initMain() { StudioTest::initMain(); }

private slots:
    void fromMarkup_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::addColumn<QString>("blocks");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank lines only") << QStringLiteral("\n  \n\t\n") << QString();
        QTest::newRow("paragraph") << QStringLiteral("Bonjour à tous.") << QStringLiteral("<p>Bonjour à tous.</p>");
        QTest::newRow("paragraphs") << QStringLiteral("Premier.\n\nSecond.")
                                    << QStringLiteral("<p>Premier.</p><p>Second.</p>");
        QTest::newRow("blank line with spaces") << QStringLiteral("Premier.\n  \t\nSecond.")
                                                << QStringLiteral("<p>Premier.</p><p>Second.</p>");
        QTest::newRow("windows line ends") << QStringLiteral("Premier.\r\n\r\nSecond.\r\nSuite.")
                                           << QStringLiteral("<p>Premier.</p><p>Second.<br/>Suite.</p>");
        QTest::newRow("line break") << QStringLiteral("Ligne un\nLigne deux") << QStringLiteral("<p>Ligne un<br/>Ligne deux</p>");
        QTest::newRow("lines trimmed") << QStringLiteral("   Ligne un  \n   Ligne deux ")
                                       << QStringLiteral("<p>Ligne un<br/>Ligne deux</p>");
        QTest::newRow("bullets") << QStringLiteral("- du pain\n- du lait")
                                 << QStringLiteral("<ul><li>du pain</li><li>du lait</li></ul>");
        QTest::newRow("other bullet signs") << QStringLiteral("• du pain\n* du lait")
                                            << QStringLiteral("<ul><li>du pain</li><li>du lait</li></ul>");
        QTest::newRow("numbered") << QStringLiteral("1. Ouvrir\n2. Appuyer")
                                  << QStringLiteral("<ol><li>Ouvrir</li><li>Appuyer</li></ol>");
        QTest::newRow("numbered with parentheses") << QStringLiteral("1) Ouvrir\n2) Appuyer")
                                                   << QStringLiteral("<ol><li>Ouvrir</li><li>Appuyer</li></ol>");
        QTest::newRow("numbers out of order") << QStringLiteral("3. Ouvrir\n7. Appuyer")
                                              << QStringLiteral("<ol><li>Ouvrir</li><li>Appuyer</li></ol>");
        QTest::newRow("wrapped bullet") << QStringLiteral("- un long élément\n  qui continue\n- un court")
                                        << QStringLiteral("<ul><li>un long élément qui continue</li><li>un court</li></ul>");
        QTest::newRow("wrapped number") << QStringLiteral("1. Ouvrir\nla messagerie\n2. Écrire")
                                        << QStringLiteral("<ol><li>Ouvrir la messagerie</li><li>Écrire</li></ol>");
        QTest::newRow("list then paragraph") << QStringLiteral("- un\n- deux\n\nFin.")
                                             << QStringLiteral("<ul><li>un</li><li>deux</li></ul><p>Fin.</p>");
        QTest::newRow("strong") << QStringLiteral("Je ne clique **jamais**.")
                                << QStringLiteral("<p>Je ne clique <strong>jamais</strong>.</p>");
        QTest::newRow("emphasis") << QStringLiteral("*avec* la personne")
                                  << QStringLiteral("<p><em>avec</em> la personne</p>");
        QTest::newRow("emphasis in strong") << QStringLiteral("**très *vite* ici**")
                                            << QStringLiteral("<p><strong>très <em>vite</em> ici</strong></p>");
        QTest::newRow("link") << QStringLiteral("Voir [le site](https://www.service-public.fr).")
                              << QStringLiteral("<p>Voir <a href=\"https://www.service-public.fr\">le site</a>.</p>");
        QTest::newRow("mailto link in strong words")
            << QStringLiteral("[**écrire**](mailto:contact@relais.example.org)")
            << QStringLiteral("<p><a href=\"mailto:contact@relais.example.org\"><strong>écrire</strong></a></p>");
        QTest::newRow("tel link") << QStringLiteral("Appelez le [33700](tel:33700).")
                                  << QStringLiteral("<p>Appelez le <a href=\"tel:33700\">33700</a>.</p>");
        QTest::newRow("markup in items")
            << QStringLiteral("- le **33700**\n- [le site](https://www.cybermalveillance.gouv.fr)")
            << QStringLiteral("<ul><li>le <strong>33700</strong></li>"
                              "<li><a href=\"https://www.cybermalveillance.gouv.fr\">le site</a></li></ul>");
        QTest::newRow("lone asterisk") << QStringLiteral("5 * 3 = 15") << QStringLiteral("<p>5 * 3 = 15</p>");
        QTest::newRow("unfinished link") << QStringLiteral("[texte](https://sans-fin")
                                         << QStringLiteral("<p>[texte](https://sans-fin</p>");
        QTest::newRow("space in address") << QStringLiteral("[texte](https://a b)")
                                          << QStringLiteral("<p>[texte](https://a b)</p>");
        QTest::newRow("markup characters as text") << QStringLiteral("a < b & c > d")
                                                   << QStringLiteral("<p>a &lt; b &amp; c &gt; d</p>");
    }

    void fromMarkup()
    {
        QFETCH(QString, markup);
        QFETCH(QString, blocks);
        QCOMPARE(PayloadCodec::richTextToString(RichTextMarkup::fromMarkup(markup)), blocks);
        QVERIFY(RichTextMarkup::fromMarkup(markup) == xml(blocks));
    }

    void toMarkup_data()
    {
        QTest::addColumn<QString>("blocks");
        QTest::addColumn<QString>("markup");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("paragraphs") << QStringLiteral("<p>Un.</p><p>Deux.</p>") << QStringLiteral("Un.\n\nDeux.");
        QTest::newRow("indented list") << QStringLiteral("<ul>\n      <li>un</li>\n      <li>deux</li>\n    </ul>")
                                       << QStringLiteral("- un\n- deux");
        QTest::newRow("numbered from one") << QStringLiteral("<ol><li>a</li><li>b</li><li>c</li></ol>")
                                           << QStringLiteral("1. a\n2. b\n3. c");
        QTest::newRow("wrapped paragraph") << QStringLiteral("<p>Un texte\n      sur deux lignes</p>")
                                           << QStringLiteral("Un texte sur deux lignes");
        QTest::newRow("line break") << QStringLiteral("<p>un<br/>deux</p>") << QStringLiteral("un\ndeux");
        // A list item is one line of markup.
        QTest::newRow("line break in item") << QStringLiteral("<ul><li>un<br/>deux</li></ul>") << QStringLiteral("- un deux");
        QTest::newRow("inline") << QStringLiteral("<p><strong>A</strong> <em>b</em> <a href=\"https://x.fr\">c</a></p>")
                                << QStringLiteral("**A** *b* [c](https://x.fr)");
        QTest::newRow("blocks") << QStringLiteral("<p>a</p><ul><li>b</li></ul><ol><li>c</li></ol><p>d</p>")
                                << QStringLiteral("a\n\n- b\n\n1. c\n\nd");
    }

    void toMarkup()
    {
        QFETCH(QString, blocks);
        QFETCH(QString, markup);
        QCOMPARE(RichTextMarkup::toMarkup(xml(blocks)), markup);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::newRow("paragraph") << QStringLiteral("Bonjour.");
        QTest::newRow("paragraphs") << QStringLiteral("Un.\n\nDeux.");
        QTest::newRow("line break") << QStringLiteral("Ligne\nsuivante");
        QTest::newRow("bullets") << QStringLiteral("- a\n- b");
        QTest::newRow("numbered") << QStringLiteral("1. a\n2. b\n3. c");
        QTest::newRow("inline") << QStringLiteral("Je **ne clique pas**, je *vérifie* sur [le site](https://www.ameli.fr).");
        QTest::newRow("nested inline") << QStringLiteral("**gras *et penché* ici** et [**lien fort**](tel:33700)");
        QTest::newRow("mixed blocks")
            << QStringLiteral("Intro :\n\n- **un**\n- *deux*\n\n1. trois\n2. [quatre](mailto:a@relais.example.org)\n\nFin.");
    }

    void roundTrip()
    {
        QFETCH(QString, markup);
        QCOMPARE(RichTextMarkup::toMarkup(RichTextMarkup::fromMarkup(markup)), markup);
    }

    // Every rich text of the shipped curricula, in the envelope and in the
    // payloads, comes back from the editor as it was.
    void curricula_data()
    {
        QTest::addColumn<QString>("root");
        for (const QString &root : TestUtil::curricula())
            QTest::newRow(qPrintable(QFileInfo(root).fileName())) << root;
    }

    void curricula()
    {
        QFETCH(QString, root);
        Diagnostics diags;
        const std::optional<FileSet> files = CurriculumLoader::open(root, diags);
        QVERIFY(files);
        const CurriculumLoader::Result loaded = CurriculumLoader::load(*files);
        QVERIFY(loaded.curriculum);

        QList<QPair<QString, RichText>> texts = richTexts(*loaded.curriculum);
        int payloads = 0;
        for (const Module &m : loaded.curriculum->modules)
            for (const Activity &a : m.activities) {
                const PluginInfo *type = PluginRegistry::instance().exerciseType(a.type);
                if (!type || !a.payload)
                    continue;
                const QVariantMap values = PayloadCodec::read(*a.payload, type->fields);
                const qsizetype before = texts.size();
                for (const Field &f : type->fields)
                    if (values.contains(f.key))
                        payloadRichTexts(values.value(f.key), f,
                                         m.file + QStringLiteral(" activity %1 payload/%2").arg(a.id, f.key), texts);
                payloads += int(texts.size() - before);
            }

        QStringList changed;
        int nonEmpty = 0;
        for (const auto &[where, text] : std::as_const(texts)) {
            nonEmpty += !text.empty();
            const QString markup = RichTextMarkup::toMarkup(text);
            const RichText back = RichTextMarkup::fromMarkup(markup);
            if (!(back == withoutLayout(text)))
                changed << QStringLiteral("%1:\n  before: %2\n  after:  %3")
                               .arg(where, PayloadCodec::richTextToString(text), PayloadCodec::richTextToString(back));
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
        // Not vacuous: the curriculum has rich text everywhere, payloads included.
        QVERIFY(nonEmpty > 50);
        QVERIFY(payloads > 0);
    }
};

QTEST_MAIN(TestRichTextMarkup)
#include "tst_richtextmarkup.moc"
