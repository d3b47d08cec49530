#include "studiotest.h"

#include <document.h>
#include <navigatormodel.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Relais;

namespace {

const QString arnaques = QStringLiteral("arnaques-reperer");
const QString motsDePasse = QStringLiteral("mots-de-passe-surs");
const QString seniors = QStringLiteral("numerique-au-quotidien-seniors");

QVariant value(const NavigatorModel &model, int row, int role)
{
    return model.data(model.index(row), role);
}

// A row as "kind:id" (the id of what it shows), or its kind alone.
QString rowKey(const Document &doc, int row)
{
    const NavigatorModel &model = *doc.navigator();
    const QString kind = value(model, row, NavigatorModel::KindRole).toString();
    const Curriculum &c = doc.curriculum();
    const int p = value(model, row, NavigatorModel::PathwayRole).toInt();
    const int m = value(model, row, NavigatorModel::ModuleRole).toInt();
    if (kind == QLatin1String("pathway"))
        return kind + QLatin1Char(':') + c.pathways.at(p).id;
    if (kind == QLatin1String("step"))
        return kind + QLatin1Char(':') + c.pathways.at(p).steps.at(value(model, row, NavigatorModel::StepRole).toInt()).id;
    if (kind == QLatin1String("module"))
        return kind + QLatin1Char(':') + c.modules.at(m).id;
    if (kind == QLatin1String("activity"))
        return kind + QLatin1Char(':') + c.modules.at(m).activities.at(value(model, row, NavigatorModel::ActivityRole).toInt()).id;
    return kind;
}

QStringList rowKeys(const Document &doc)
{
    QStringList out;
    for (int row = 0; row < doc.navigator()->rowCount(); ++row)
        out << rowKey(doc, row);
    return out;
}

int rowOf(const Document &doc, const QString &key)
{
    return int(rowKeys(doc).indexOf(key));
}

} // namespace

// The navigator: one flat list of the curriculum's parts, filtered, folded
// and reordered, always in step with the document and its undo stack.
class TestNavigatorModel : public QObject
{
    Q_OBJECT

public:
    static void initMain() { StudioTest::initMain(); }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_doc = std::make_unique<Document>();
        QVERIFY(m_doc->open(StudioTest::copyCurriculum(*m_tmp)));
    }

    void cleanup()
    {
        m_doc.reset();
        m_tmp.reset();
        StudioTest::removeStaleJournals();
    }

    void rows()
    {
        const Document &doc = *m_doc;
        const NavigatorModel &model = *doc.navigator();
        QStringList expected{QStringLiteral("curriculum"), QStringLiteral("section-pathways")};
        for (const Pathway &p : doc.curriculum().pathways)
            expected << QStringLiteral("pathway:") + p.id;
        expected << QStringLiteral("section-modules");
        for (const Module &m : doc.curriculum().modules)
            expected << QStringLiteral("module:") + m.id;
        expected << QStringLiteral("section-media");
        QCOMPARE(rowKeys(doc), expected);
        QCOMPARE(model.rowCount(), 2 + 2 + 1 + 14 + 1);

        QCOMPARE(value(model, 0, NavigatorModel::LabelRole).toString(), QStringLiteral("Parcours Relais numériques"));
        QCOMPARE(value(model, 1, NavigatorModel::LabelRole).toString(), QStringLiteral("Parcours (2)"));
        QCOMPARE(value(model, 4, NavigatorModel::LabelRole).toString(), QStringLiteral("Ateliers (14)"));
        QCOMPARE(value(model, 19, NavigatorModel::LabelRole).toString(), QStringLiteral("Médias (13)"));
        const int row = rowOf(doc, QStringLiteral("module:") + arnaques);
        QCOMPARE(value(model, row, NavigatorModel::LabelRole).toString(),
                 QStringLiteral("Repérer les arnaques : SMS, courriels et faux appels"));
        QCOMPARE(value(model, row, Qt::DisplayRole), value(model, row, NavigatorModel::LabelRole));
        QCOMPARE(value(model, row, NavigatorModel::DetailRole).toString(), QStringLiteral("60 min · 4 activités"));
        QCOMPARE(value(model, row, NavigatorModel::DepthRole).toInt(), 1);
        QCOMPARE(value(model, row, NavigatorModel::ExpandableRole).toBool(), true);
        QCOMPARE(value(model, row, NavigatorModel::ExpandedRole).toBool(), false);
        QCOMPARE(value(model, 2, NavigatorModel::DetailRole).toString(), QStringLiteral("5 séances"));
        QCOMPARE(value(model, 0, NavigatorModel::DepthRole).toInt(), 0);
        QCOMPARE(value(model, 0, NavigatorModel::SeverityRole).toInt(), -1);

        const QVariantMap data = model.rowData(row);
        QCOMPARE(data.value(QStringLiteral("kind")).toString(), QStringLiteral("module"));
        QCOMPARE(data.value(QStringLiteral("module")).toInt(), StudioTest::moduleIndex(doc.curriculum(), arnaques));
        QVERIFY(model.rowData(-1).isEmpty());
    }

    void expandAndCollapse()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        const int count = model.rowCount();
        const int row = rowOf(doc, QStringLiteral("module:") + arnaques);
        model.setExpanded(row, true);
        QCOMPARE(model.rowCount(), count + 4);
        QCOMPARE(value(model, row, NavigatorModel::ExpandedRole).toBool(), true);
        const Module &m = doc.curriculum().modules.at(StudioTest::moduleIndex(doc.curriculum(), arnaques));
        for (int a = 0; a < 4; ++a) {
            QCOMPARE(rowKey(doc, row + 1 + a), QStringLiteral("activity:") + m.activities.at(a).id);
            QCOMPARE(value(model, row + 1 + a, NavigatorModel::LabelRole).toString(), m.activities.at(a).title);
            QCOMPARE(value(model, row + 1 + a, NavigatorModel::DepthRole).toInt(), 2);
            QCOMPARE(value(model, row + 1 + a, NavigatorModel::TypeRole).toString(), m.activities.at(a).type);
        }
        QCOMPARE(value(model, row + 4, NavigatorModel::DetailRole).toString(), QStringLiteral("Question à choix multiple"));

        // Folding is remembered across edits.
        doc.setModuleField(StudioTest::moduleIndex(doc.curriculum(), arnaques), QStringLiteral("title"), QStringLiteral("Arnaques"));
        doc.addModule();
        QCOMPARE(model.rowCount(), count + 5);

        model.toggle(rowOf(doc, QStringLiteral("module:") + arnaques));
        QCOMPARE(model.rowCount(), count + 1);

        const int pathwayRow = rowOf(doc, QStringLiteral("pathway:") + seniors);
        model.toggle(pathwayRow);
        QCOMPARE(model.rowCount(), count + 1 + 5);
        QCOMPARE(value(model, pathwayRow + 1, NavigatorModel::LabelRole).toString(),
                 QStringLiteral("1. Séance 1 : premiers pas sur les écrans"));
        QCOMPARE(value(model, pathwayRow + 3, NavigatorModel::DetailRole).toString(),
                 QStringLiteral("Arnaques · Des mots de passe solides et faciles à retenir"));

        // Only pathways and modules fold.
        model.setExpanded(0, true);
        model.setExpanded(1, false);
        QCOMPARE(model.rowCount(), count + 1 + 5);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("rows");

        const QStringList empty{QStringLiteral("curriculum"), QStringLiteral("section-pathways"),
                                QStringLiteral("section-modules"), QStringLiteral("section-media")};
        const QStringList ecrire{QStringLiteral("curriculum"), QStringLiteral("section-pathways"),
                                 QStringLiteral("section-modules"), QStringLiteral("module:courriel-envoyer-message"),
                                 QStringLiteral("activity:etapes-courriel"), QStringLiteral("section-media")};
        QTest::newRow("without accent") << QStringLiteral("ecrire") << ecrire;
        QTest::newRow("with accent") << QStringLiteral("écrire") << ecrire;
        QTest::newRow("capitals") << QStringLiteral("ÉCRIRE") << ecrire;
        QTest::newRow("capital without accent") << QStringLiteral("  Ecrire ") << ecrire;
        // A module that does not match by itself is shown for its matching activities.
        QTest::newRow("activity id") << QStringLiteral("colis")
                                     << QStringList{QStringLiteral("curriculum"), QStringLiteral("section-pathways"),
                                                    QStringLiteral("section-modules"), QStringLiteral("module:arnaques-reperer"),
                                                    QStringLiteral("activity:sms-colis"), QStringLiteral("section-media")};
        QTest::newRow("steps") << QStringLiteral("seance 4")
                               << QStringList{QStringLiteral("curriculum"), QStringLiteral("section-pathways"),
                                              QStringLiteral("pathway:numerique-au-quotidien-seniors"),
                                              QStringLiteral("step:seance-4-demarches"),
                                              QStringLiteral("pathway:emploi-numerique-jeunes"),
                                              QStringLiteral("step:seance-4-demarches"), QStringLiteral("section-modules"),
                                              QStringLiteral("section-media")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << empty;
    }

    void filter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, rows);
        NavigatorModel &model = *m_doc->navigator();
        const int count = model.rowCount();
        QSignalSpy changed(&model, &NavigatorModel::filterChanged);
        model.setFilter(filter);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(rowKeys(*m_doc), rows);
        for (int row = 0; row < model.rowCount(); ++row)
            if (value(model, row, NavigatorModel::KindRole).toString() == QLatin1String("module"))
                QCOMPARE(value(model, row, NavigatorModel::ExpandedRole).toBool(), true);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), count);
    }

    void blankFilterShowsAll()
    {
        NavigatorModel &model = *m_doc->navigator();
        const QStringList all = rowKeys(*m_doc);
        model.setFilter(QStringLiteral("   "));
        QCOMPARE(rowKeys(*m_doc), all);
    }

    // A step whose module is gone says so, and undo mends it.
    void brokenStep()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        model.toggle(rowOf(doc, QStringLiteral("pathway:") + seniors));
        const int step = rowOf(doc, QStringLiteral("step:seance-4-demarches"));
        QCOMPARE(value(model, step, NavigatorModel::BrokenRole).toBool(), false);

        doc.removeModule(StudioTest::moduleIndex(doc.curriculum(), QStringLiteral("franceconnect-demarches")));
        QCOMPARE(rowKey(doc, step), QStringLiteral("step:seance-4-demarches"));
        QCOMPARE(value(model, step, NavigatorModel::BrokenRole).toBool(), true);
        QVERIFY(value(model, step, NavigatorModel::DetailRole).toString().contains(QStringLiteral("⚠ franceconnect-demarches")));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(value(model, row, NavigatorModel::BrokenRole).toBool(), row == step);

        doc.undo();
        QCOMPARE(value(model, step, NavigatorModel::BrokenRole).toBool(), false);
    }

    void canMove_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<int>("delta");
        QTest::addColumn<bool>("can");
        QTest::newRow("first module up") << QStringLiteral("module:diagnostic-entree-seniors") << -1 << false;
        QTest::newRow("first module down") << QStringLiteral("module:diagnostic-entree-seniors") << 1 << true;
        QTest::newRow("last module down") << QStringLiteral("module:bilan-sortie-jeunes") << 1 << false;
        QTest::newRow("last module up") << QStringLiteral("module:bilan-sortie-jeunes") << -1 << true;
        QTest::newRow("module far down") << QStringLiteral("module:diagnostic-entree-seniors") << 13 << true;
        QTest::newRow("module too far down") << QStringLiteral("module:diagnostic-entree-seniors") << 14 << false;
        QTest::newRow("no move") << QStringLiteral("module:cv-rediger") << 0 << false;
        QTest::newRow("first pathway up") << QStringLiteral("pathway:") + seniors << -1 << false;
        QTest::newRow("first pathway down") << QStringLiteral("pathway:") + seniors << 1 << true;
        QTest::newRow("first step up") << QStringLiteral("step:seance-1-premiers-pas") << -1 << false;
        QTest::newRow("last step down") << QStringLiteral("step:seance-5-appel-video") << 1 << false;
        QTest::newRow("last step up") << QStringLiteral("step:seance-5-appel-video") << -1 << true;
        QTest::newRow("first activity up") << QStringLiteral("activity:signaux-alerte") << -1 << false;
        QTest::newRow("last activity up") << QStringLiteral("activity:faux-conseiller") << -1 << true;
        QTest::newRow("last activity down") << QStringLiteral("activity:faux-conseiller") << 1 << false;
        QTest::newRow("curriculum") << QStringLiteral("curriculum") << 1 << false;
        QTest::newRow("section") << QStringLiteral("section-modules") << 1 << false;
        QTest::newRow("media") << QStringLiteral("section-media") << -1 << false;
    }

    void canMove()
    {
        QFETCH(QString, row);
        QFETCH(int, delta);
        QFETCH(bool, can);
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        model.toggle(rowOf(doc, QStringLiteral("pathway:") + seniors));
        model.toggle(rowOf(doc, QStringLiteral("module:") + arnaques));
        const int r = rowOf(doc, row);
        QVERIFY(r >= 0);
        QCOMPARE(model.canMove(r, delta), can);
        const QMap<QString, QByteArray> before = StudioTest::xmlFiles(doc);
        model.move(r, delta);
        QCOMPARE(doc.undoStack()->count(), can ? 1 : 0);
        if (!can)
            return;
        // The moved row is still selected where it went.
        QCOMPARE(rowKey(doc, model.selectedRow()), row);
        doc.undo();
        QVERIFY(StudioTest::xmlFiles(doc) == before);
    }

    void moveReorders()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        const QStringList ids{doc.curriculum().modules.at(0).id, doc.curriculum().modules.at(1).id};
        model.move(rowOf(doc, QStringLiteral("module:") + ids.at(0)), 1);
        QCOMPARE(doc.curriculum().modules.at(0).id, ids.at(1));
        QCOMPARE(doc.curriculum().modules.at(1).id, ids.at(0));
        QCOMPARE(doc.undoText(), QStringLiteral("Déplacer l'atelier"));

        model.toggle(rowOf(doc, QStringLiteral("module:") + arnaques));
        model.move(rowOf(doc, QStringLiteral("activity:signaux-alerte")), 2);
        const Module &m = doc.curriculum().modules.at(StudioTest::moduleIndex(doc.curriculum(), arnaques));
        QCOMPARE(m.activities.at(2).id, QStringLiteral("signaux-alerte"));
        QCOMPARE(doc.undoText(), QStringLiteral("Déplacer l'activité"));

        model.move(rowOf(doc, QStringLiteral("pathway:") + seniors), 1);
        QCOMPARE(doc.curriculum().pathways.at(1).id, seniors);
        QCOMPARE(doc.undoText(), QStringLiteral("Déplacer le parcours"));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void drop_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("can");
        QTest::newRow("module on module") << QStringLiteral("module:diagnostic-entree-seniors")
                                          << QStringLiteral("module:mots-de-passe-surs") << true;
        QTest::newRow("module up on module") << QStringLiteral("module:bilan-sortie-jeunes")
                                             << QStringLiteral("module:premiers-pas-ecrans") << true;
        QTest::newRow("pathway on pathway") << QStringLiteral("pathway:emploi-numerique-jeunes") << QStringLiteral("pathway:") + seniors
                                            << true;
        QTest::newRow("step on step") << QStringLiteral("step:seance-5-appel-video") << QStringLiteral("step:seance-2-courriel")
                                      << true;
        QTest::newRow("activity on activity") << QStringLiteral("activity:signaux-alerte")
                                              << QStringLiteral("activity:vrai-faux-arnaques") << true;
        QTest::newRow("activity on another module") << QStringLiteral("activity:sms-colis") << QStringLiteral("module:") + motsDePasse
                                                    << true;
        QTest::newRow("activity on an activity of another module")
            << QStringLiteral("activity:sms-colis") << QStringLiteral("activity:le-plus-solide") << true;
        QTest::newRow("activity on its module") << QStringLiteral("activity:sms-colis") << QStringLiteral("module:") + arnaques
                                                << false;
        QTest::newRow("module on activity") << QStringLiteral("module:cv-rediger") << QStringLiteral("activity:sms-colis") << false;
        QTest::newRow("module on pathway") << QStringLiteral("module:cv-rediger") << QStringLiteral("pathway:") + seniors << false;
        QTest::newRow("pathway on section") << QStringLiteral("pathway:") + seniors << QStringLiteral("section-pathways") << false;
        QTest::newRow("step on a pathway") << QStringLiteral("step:seance-2-courriel") << QStringLiteral("pathway:") + seniors << false;
        QTest::newRow("module on itself") << QStringLiteral("module:cv-rediger") << QStringLiteral("module:cv-rediger") << false;
        QTest::newRow("section on module") << QStringLiteral("section-modules") << QStringLiteral("module:cv-rediger") << false;
    }

    // Drag and drop goes through the undo stack, one step per drop.
    void drop()
    {
        QFETCH(QString, row);
        QFETCH(QString, target);
        QFETCH(bool, can);
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        model.toggle(rowOf(doc, QStringLiteral("pathway:") + seniors));
        model.toggle(rowOf(doc, QStringLiteral("module:") + arnaques));
        model.toggle(rowOf(doc, QStringLiteral("module:") + motsDePasse));
        const int r = rowOf(doc, row);
        const int t = rowOf(doc, target);
        QVERIFY(r >= 0 && t >= 0);
        QCOMPARE(model.canDrop(r, t), can);

        const QMap<QString, QByteArray> before = StudioTest::xmlFiles(doc);
        const QString targetKind = value(model, t, NavigatorModel::KindRole).toString();
        const int tp = value(model, t, NavigatorModel::PathwayRole).toInt();
        const int ts = value(model, t, NavigatorModel::StepRole).toInt();
        const int tm = value(model, t, NavigatorModel::ModuleRole).toInt();
        const int ta = value(model, t, NavigatorModel::ActivityRole).toInt();
        model.drop(r, t);
        QCOMPARE(doc.undoStack()->count(), can ? 1 : 0);
        if (!can)
            return;
        QVERIFY(StudioTest::xmlFiles(doc) != before);
        // What is dropped takes the target's place, or goes last in the target module.
        const Curriculum &c = doc.curriculum();
        const QString kind = row.section(QLatin1Char(':'), 0, 0);
        const QString id = row.section(QLatin1Char(':'), 1);
        if (kind == QLatin1String("module"))
            QCOMPARE(c.modules.at(tm).id, id);
        else if (kind == QLatin1String("pathway"))
            QCOMPARE(c.pathways.at(tp).id, id);
        else if (kind == QLatin1String("step"))
            QCOMPARE(c.pathways.at(tp).steps.at(ts).id, id);
        else if (targetKind == QLatin1String("module"))
            QCOMPARE(c.modules.at(tm).activities.last().id, id);
        else
            QCOMPARE(c.modules.at(tm).activities.at(ta).id, id);
        QCOMPARE(rowKey(doc, model.selectedRow()), row);
        doc.undo();
        QVERIFY(StudioTest::xmlFiles(doc) == before);
        doc.redo();
        QCOMPARE(rowKey(doc, model.selectedRow()), row);
    }

    void selectedRow()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        QSignalSpy spy(&model, &NavigatorModel::selectedRowChanged);
        QCOMPARE(model.selectedRow(), 0);

        doc.select(QStringLiteral("module"), 3);
        QCOMPARE(model.selectedRow(), rowOf(doc, QStringLiteral("module:") + doc.curriculum().modules.at(3).id));
        QCOMPARE(spy.count(), 1);
        doc.select(QStringLiteral("pathway"), 1);
        QCOMPARE(model.selectedRow(), 3);
        doc.select(QStringLiteral("media"), 2);
        QCOMPARE(rowKey(doc, model.selectedRow()), QStringLiteral("section-media"));

        // What is selected is shown: the module of an activity unfolds, the pathway of a step too.
        const int m = StudioTest::moduleIndex(doc.curriculum(), arnaques);
        doc.select(QStringLiteral("activity"), m, 1);
        QCOMPARE(rowKey(doc, model.selectedRow()), QStringLiteral("activity:sms-colis"));
        QCOMPARE(value(model, rowOf(doc, QStringLiteral("module:") + arnaques), NavigatorModel::ExpandedRole).toBool(), true);
        doc.select(QStringLiteral("step"), StudioTest::pathwayIndex(doc.curriculum(), QStringLiteral("emploi-numerique-jeunes")), 2);
        QCOMPARE(rowKey(doc, model.selectedRow()), QStringLiteral("step:seance-3-image-comptes"));
        doc.select(QStringLiteral("activity"), m, 1);

        // The row follows when rows come and go above it.
        model.setFilter(QStringLiteral("colis"));
        QCOMPARE(rowKey(doc, model.selectedRow()), QStringLiteral("activity:sms-colis"));
        model.setFilter(QString());
        doc.addPathway();
        QCOMPARE(doc.selectionKind(), QStringLiteral("pathway"));
        QCOMPARE(rowKey(doc, model.selectedRow()), QStringLiteral("pathway:nouveau-parcours"));

        doc.select(QStringLiteral("curriculum"));
        QCOMPARE(model.selectedRow(), 0);
    }

    void activate()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        model.toggle(rowOf(doc, QStringLiteral("pathway:") + seniors));
        model.toggle(rowOf(doc, QStringLiteral("module:") + arnaques));

        model.activate(rowOf(doc, QStringLiteral("module:cv-rediger")));
        QCOMPARE(doc.selectionKind(), QStringLiteral("module"));
        QCOMPARE(doc.moduleIndex(), StudioTest::moduleIndex(doc.curriculum(), QStringLiteral("cv-rediger")));
        model.activate(rowOf(doc, QStringLiteral("activity:faux-conseiller")));
        QCOMPARE(doc.selectionKind(), QStringLiteral("activity"));
        QCOMPARE(doc.activityIndex(), 3);
        model.activate(rowOf(doc, QStringLiteral("step:seance-3-securite")));
        QCOMPARE(doc.selectionKind(), QStringLiteral("step"));
        QCOMPARE(doc.pathwayIndex(), 0);
        QCOMPARE(doc.stepIndex(), 2);
        model.activate(rowOf(doc, QStringLiteral("section-media")));
        QCOMPARE(doc.selectionKind(), QStringLiteral("media"));
        model.activate(rowOf(doc, QStringLiteral("section-modules")));
        QCOMPARE(doc.selectionKind(), QStringLiteral("curriculum"));
        QCOMPARE(model.selectedRow(), 0);
    }

    // Typing must not rebuild the list: value edits only say that data changed.
    void valueEditsKeepRows()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int m = StudioTest::moduleIndex(doc.curriculum(), arnaques);
        const int row = rowOf(doc, QStringLiteral("module:") + arnaques);
        doc.setModuleField(m, QStringLiteral("title"), QStringLiteral("Les arnaques"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        QCOMPARE(value(model, row, NavigatorModel::LabelRole).toString(), QStringLiteral("Les arnaques"));

        const int count = model.rowCount();
        doc.duplicateModule(m);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), count + 1);
        QCOMPARE(rowKey(doc, row + 1), QStringLiteral("module:arnaques-reperer-copie"));
    }

    // A row is one line, whatever breaks the title holds: the label and the
    // modules a step lists.
    void rowsAreOneLine()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        const int m = StudioTest::moduleIndex(doc.curriculum(), arnaques);
        const int row = rowOf(doc, QStringLiteral("module:") + arnaques);
        doc.setModuleField(m, QStringLiteral("title"), QStringLiteral("Les\narnaques\u2028au\r\ntéléphone "));
        QCOMPARE(value(model, row, NavigatorModel::LabelRole).toString(), QStringLiteral("Les arnaques au téléphone"));
        model.setExpanded(rowOf(doc, QStringLiteral("pathway:") + seniors), true);
        int steps = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString detail = value(model, r, NavigatorModel::DetailRole).toString();
            if (value(model, r, NavigatorModel::KindRole).toString() == QLatin1String("step") && detail.contains(QStringLiteral("arnaques"))) {
                QVERIFY2(detail.contains(QStringLiteral("Les arnaques au téléphone")), qPrintable(detail));
                ++steps;
            }
        }
        QCOMPARE(steps, 1);
    }

    // Rows carry the worst finding about what they show.
    void severity()
    {
        Document &doc = *m_doc;
        NavigatorModel &model = *doc.navigator();
        const int m = StudioTest::moduleIndex(doc.curriculum(), arnaques);
        doc.setActivityField(m, 3, QStringLiteral("title"), QString());
        doc.validateNow();
        const int row = rowOf(doc, QStringLiteral("module:") + arnaques);
        QCOMPARE(value(model, row, NavigatorModel::SeverityRole).toInt(), 0);
        QCOMPARE(value(model, rowOf(doc, QStringLiteral("module:cv-rediger")), NavigatorModel::SeverityRole).toInt(), -1);
        model.setExpanded(row, true);
        QCOMPARE(value(model, rowOf(doc, QStringLiteral("activity:faux-conseiller")), NavigatorModel::SeverityRole).toInt(), 0);
        QCOMPARE(value(model, rowOf(doc, QStringLiteral("activity:sms-colis")), NavigatorModel::SeverityRole).toInt(), -1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Document> m_doc;
};

QTEST_MAIN(TestNavigatorModel)
#include "tst_navigatormodel.moc"
