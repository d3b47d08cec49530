#include "testutil.h"

#include <curriculumloader.h>
#include <exercisetype.h>
#include <htmlrenderer.h>
#include <payloadcodec.h>
#include <pluginregistry.h>
#include <schemavalidator.h>
#include <xmlparser.h>
#include <xmlwriter.h>

#include <QJsonDocument>
#include <QTest>

using namespace Relais;

// What every installed exercise type must do: its fields and its XSD agree
// (default and sample payloads written from the fields are valid), payloads of
// the curricula survive the codec unchanged, and rendering escapes text.
class TestExercises : public QObject
{
    Q_OBJECT

    const PluginRegistry &registry() const { return PluginRegistry::instance(); }

    static QVariant sample(const Field &f, const QString &text)
    {
        switch (f.kind) {
        case Field::Kind::Boolean: return true;
        case Field::Kind::Integer: return qlonglong(f.max > f.min ? (f.min + f.max) / 2 : f.min);
        case Field::Kind::Choice: return f.options.last().value;
        case Field::Kind::Media: return QStringLiteral("image-test");
        case Field::Kind::RichText: return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral(" <em>fin</em></p>");
        case Field::Kind::Group: {
            QVariantMap m;
            for (const Field &c : f.fields)
                m.insert(c.key, sample(c, text));
            return m;
        }
        case Field::Kind::List: {
            QVariantList items;
            const qint64 n = qMax<qint64>(f.min, 2);
            for (qint64 i = 0; i < (f.max > 0 ? qMin(n, f.max) : n); ++i)
                items.append(sample(f.fields.first(), text));
            return items;
        }
        case Field::Kind::Text:
            return f.maxLength > 0 ? text.left(f.maxLength) : text;
        }
        return {};
    }

    Diagnostics schemaCheck(const PluginInfo &type, const QVariantMap &values) const
    {
        const XmlNode root = PayloadCodec::write(values, type.fields, type.root, type.ns);
        XmlWriter w;
        w.node(root);
        ParsedXml xml;
        Diagnostics diags;
        if (!xml.parse(w.data(), QStringLiteral("payload.xml"), diags))
            return diags;
        return registry().schema().validate(xml);
    }

private slots:
    void types_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList ids = PluginRegistry::instance().exerciseTypeIds();
        QVERIFY(!ids.isEmpty());
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }

    void types()
    {
        QFETCH(QString, id);
        const PluginInfo *type = registry().exerciseType(id);
        QVERIFY(type && type->exercise);
        QVERIFY(!type->name.fr.isEmpty() && !type->name.en.isEmpty() && type->name.fr != type->name.en);
        QVERIFY(!type->description.fr.isEmpty() && !type->description.en.isEmpty());
        QVERIFY(!type->category.isEmpty());
        QVERIFY(!type->fields.isEmpty());
        QVERIFY(!type->exercise->playerScript().isEmpty());
        QVERIFY(type->exercise->playerScript().contains("Relais.register('" + id.toUtf8() + "'"));

        // Fields and XSD agree: the default payload and a payload with every field filled.
        const Diagnostics defaults = schemaCheck(*type, PayloadCodec::defaults(type->fields));
        QVERIFY2(defaults.isEmpty(), qPrintable(defaults.value(0).message(QStringLiteral("en"))));
        QVariantMap full;
        for (const Field &f : type->fields)
            full.insert(f.key, sample(f, QStringLiteral("Texte d'exemple")));
        const Diagnostics filled = schemaCheck(*type, full);
        QVERIFY2(filled.isEmpty(), qPrintable(filled.value(0).message(QStringLiteral("en"))));

        // Rendering escapes what authors type.
        const QString hostile = QStringLiteral("<script>alert('x')</script> & \"</script>");
        QVariantMap evil;
        for (const Field &f : type->fields)
            evil.insert(f.key, sample(f, hostile));
        RenderContext context;
        for (bool key : {false, true}) {
            const QString print = type->exercise->printHtml(evil, context, key);
            QVERIFY(!print.contains(QStringLiteral("<script")));
        }
        const QByteArray json = HtmlRenderer::scriptJson(type->exercise->playerData(evil, context));
        QVERIFY(!json.contains("<") && !json.contains(">"));
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
        QVERIFY(type->exercise->maxScore(full) >= 0);
        QCOMPARE(type->scored, type->exercise->maxScore(full) > 0);
    }

    // Every payload of the curricula reads and writes back unchanged.
    void curriculaPayloadsRoundTrip()
    {
        int checked = 0;
        for (const QString &root : TestUtil::curricula()) {
            Diagnostics diags;
            const FileSet files = FileSet::fromFolder(root, diags);
            const CurriculumLoader::Result loaded = CurriculumLoader::load(files, {false});
            QVERIFY(loaded.curriculum);
            for (const Module &m : loaded.curriculum->modules) {
                for (const Activity &a : m.activities) {
                    const PluginInfo *type = registry().exerciseType(a.type);
                    if (!type || !a.payload)
                        continue;
                    const XmlNode written = PayloadCodec::write(PayloadCodec::read(*a.payload, type->fields),
                                                                type->fields, type->root, type->ns);
                    XmlWriter original, again;
                    original.node(*a.payload);
                    again.node(written);
                    QCOMPARE(QString::fromUtf8(again.data()), QString::fromUtf8(original.data()));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestExercises)
#include "tst_exercises.moc"
