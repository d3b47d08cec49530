#include "studiotest.h"

#include <diagnosticsmodel.h>
#include <document.h>
#include <fileset.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Relais;
using StudioTest::xmlFiles;

using Edit = std::function<void(Document &)>;
using Typing = std::function<void(Document &, const QString &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Typing)

namespace {

const QString arnaques = QStringLiteral("arnaques-reperer");
const QString fauxConseiller = QStringLiteral("faux-conseiller");  // the mcq of arnaques-reperer

int module(const Document &doc, const QString &id)
{
    return StudioTest::moduleIndex(doc.curriculum(), id);
}

int activity(const Document &doc, const QString &moduleId, const QString &activityId)
{
    const int m = module(doc, moduleId);
    return m < 0 ? -1 : StudioTest::activityIndex(doc.curriculum().modules.at(m), activityId);
}

int pathway(const Document &doc, const QString &id)
{
    return StudioTest::pathwayIndex(doc.curriculum(), id);
}

int asset(const Document &doc, const QString &id)
{
    for (int i = 0; i < doc.curriculum().media.size(); ++i)
        if (doc.curriculum().media.at(i).id == id)
            return i;
    return -1;
}

// The first file that differs between two sets of files, to say what an
// undo failed to restore.
QString difference(const QMap<QString, QByteArray> &a, const QMap<QString, QByteArray> &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()) || b.value(it.key()) != it.value())
            return it.key();
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            return it.key();
    return {};
}

// The errors `relais validate` would report, one per line.
QStringList errors(const QString &path)
{
    QStringList out;
    const Validator::Report report = Validator().validate(path);
    if (!report.usable)
        out << QStringLiteral("unusable");
    for (const Diagnostic &d : report.diagnostics)
        if (d.severity == Severity::Error)
            out << QStringLiteral("%1:%2 %3 %4").arg(d.location.file).arg(d.location.line).arg(d.code, d.message(QStringLiteral("en")));
    return out;
}

QString modulePath(const QString &root, const QString &id)
{
    return root + QStringLiteral("/modules/") + id + QStringLiteral(".xml");
}

const QRegularExpression &slugPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

} // namespace

// The document controller: every edit is one undo step that restores the
// exact files, saving writes only what changed, and the lock and the journal
// protect the trainer's work.
class TestDocument : public QObject
{
    Q_OBJECT

public:
    static void initMain() { StudioTest::initMain(); }

private slots:
    void initTestCase()
    {
        QVERIFY(PluginRegistry::instance().exerciseType(QStringLiteral("mcq")));
    }

    void cleanup()
    {
        StudioTest::removeStaleJournals();
    }

    void opens()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        Document doc;
        QVERIFY2(doc.open(root), qPrintable(doc.lastError()));
        QVERIFY(doc.isOpen());
        QVERIFY(!doc.isModified());
        QVERIFY(!doc.canUndo());
        QCOMPARE(doc.folder(), root);
        QCOMPARE(doc.moduleCount(), 14);
        QCOMPARE(doc.pathwayCount(), 2);
        QCOMPARE(doc.selectionKind(), QStringLiteral("curriculum"));
        // Loading and writing back changes no byte: edits show as real changes only.
        const QMap<QString, QByteArray> disk = TestUtil::readTree(root);
        const QMap<QString, QByteArray> xml = xmlFiles(doc);
        for (auto it = xml.cbegin(); it != xml.cend(); ++it)
            QVERIFY2(disk.value(it.key()) == it.value(), qPrintable(it.key()));
        doc.validateNow();
        QCOMPARE(doc.diagnostics()->errorCount(), 0);
    }

    void edits_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("undoText");

        auto row = [](const char *name, const char *undoText, Edit edit) {
            QTest::newRow(name) << edit << QString::fromUtf8(undoText);
        };
        const QString seniors = QStringLiteral("numerique-au-quotidien-seniors");

        // Curriculum
        row("curriculum title", "Modifier le cursus",
            [](Document &d) { d.setCurriculumField(QStringLiteral("title"), QStringLiteral("Le numérique pas à pas")); });
        row("curriculum summary", "Modifier le cursus", [](Document &d) {
            d.setCurriculumField(QStringLiteral("summary"), QStringLiteral("Un **nouveau** résumé.\n\n- un point\n- un autre"));
        });
        row("curriculum audiences", "Modifier le cursus",
            [](Document &d) { d.setCurriculumField(QStringLiteral("audiences"), QStringLiteral("seniors\n\n familles ")); });
        row("curriculum licence", "Modifier le cursus",
            [](Document &d) { d.setCurriculumField(QStringLiteral("licence"), QStringLiteral("CC-BY-4.0")); });
        row("add author", "Ajouter un auteur", [](Document &d) { d.addCurriculumItem(QStringLiteral("authors")); });
        row("edit author", "Modifier un auteur", [](Document &d) {
            d.setCurriculumItemField(QStringLiteral("authors"), 1, QStringLiteral("role"), QStringLiteral("relecture"));
        });
        row("remove author", "Retirer un auteur", [](Document &d) { d.removeCurriculumItem(QStringLiteral("authors"), 0); });

        // Pathways and steps
        row("pathway title", "Modifier le parcours",
            [](Document &d) { d.setPathwayField(0, QStringLiteral("title"), QStringLiteral("Parcours seniors")); });
        row("pathway id", "Modifier le parcours",
            [](Document &d) { d.setPathwayField(0, QStringLiteral("id"), QStringLiteral("Parcours Séniors")); });
        row("pathway entry diagnostic", "Modifier le parcours", [](Document &d) {
            d.setPathwayField(0, QStringLiteral("entryDiagnostic"), QStringLiteral("premiers-pas-ecrans"));
        });
        row("pathway completion", "Modifier le parcours",
            [](Document &d) { d.setPathwayField(0, QStringLiteral("completionMinSessions"), QStringLiteral("5")); });
        row("pathway summary", "Modifier le parcours",
            [](Document &d) { d.setPathwayField(1, QStringLiteral("summary"), QStringLiteral("1. un\n2. deux")); });
        row("add pathway", "Ajouter un parcours", [](Document &d) { d.addPathway(); });
        row("duplicate pathway", "Dupliquer le parcours", [](Document &d) { d.duplicatePathway(0); });
        row("remove pathway", "Supprimer le parcours « Le numérique au quotidien", [](Document &d) { d.removePathway(0); });
        row("move pathway", "Déplacer le parcours", [](Document &d) { d.movePathway(0, 1); });
        row("add step", "Ajouter une séance", [](Document &d) { d.addStep(0); });
        row("remove step", "Supprimer la séance", [](Document &d) { d.removeStep(0, 1); });
        row("move step", "Déplacer la séance", [](Document &d) { d.moveStep(0, 0, 2); });
        row("step title", "Modifier la séance",
            [](Document &d) { d.setStepField(0, 0, QStringLiteral("title"), QStringLiteral("Séance 1 : les écrans")); });
        row("step goal", "Modifier la séance",
            [](Document &d) { d.setStepField(0, 1, QStringLiteral("goal"), QStringLiteral("Envoyer un *premier* courriel.")); });
        row("step modules", "Modifier la séance", [seniors](Document &d) {
            d.setStepField(pathway(d, seniors), 0, QStringLiteral("modules"),
                           QStringList{QStringLiteral("premiers-pas-ecrans"), QStringLiteral("mots-de-passe-surs")});
        });

        // Modules
        row("module title", "Modifier l'atelier",
            [](Document &d) { d.setModuleField(module(d, arnaques), QStringLiteral("title"), QStringLiteral("Les arnaques")); });
        row("module summary", "Modifier l'atelier", [](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("summary"), QStringLiteral("Repérer **et** signaler."));
        });
        row("module objectives", "Modifier l'atelier", [](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("objectives"), QStringLiteral("Repérer\n\nSignaler\n"));
        });
        row("module duration", "Modifier l'atelier",
            [](Document &d) { d.setModuleField(module(d, arnaques), QStringLiteral("duration"), QStringLiteral("75")); });
        row("module level", "Modifier l'atelier",
            [](Document &d) { d.setModuleField(module(d, arnaques), QStringLiteral("level"), QStringLiteral("intermediaire")); });
        row("module facilitator notes", "Modifier l'atelier", [](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("facilitatorNotes"), QStringLiteral("Prévoir le mémo."));
        });
        row("module id", "Modifier l'atelier", [](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("id"), QStringLiteral("Arnaques : les repérer"));
        });
        row("add segment", "Ajouter une ligne",
            [](Document &d) { d.addModuleItem(module(d, arnaques), QStringLiteral("runningOrder")); });
        row("remove segment", "Retirer une ligne",
            [](Document &d) { d.removeModuleItem(module(d, arnaques), QStringLiteral("runningOrder"), 0); });
        row("move segment", "Déplacer une ligne",
            [](Document &d) { d.moveModuleItem(module(d, arnaques), QStringLiteral("runningOrder"), 0, 2); });
        row("segment title", "Modifier une ligne", [](Document &d) {
            d.setModuleItemField(module(d, arnaques), QStringLiteral("runningOrder"), 1, QStringLiteral("title"),
                                 QStringLiteral("Les signaux"));
        });
        row("segment description", "Modifier une ligne", [](Document &d) {
            d.setModuleItemField(module(d, arnaques), QStringLiteral("runningOrder"), 0, QStringLiteral("description"),
                                 QStringLiteral("Tour de table **rapide**."));
        });
        row("equipment quantity", "Modifier une ligne", [](Document &d) {
            d.setModuleItemField(module(d, arnaques), QStringLiteral("equipment"), 1, QStringLiteral("quantity"),
                                 QStringLiteral("12"));
        });
        row("add competency", "Ajouter une ligne",
            [](Document &d) { d.addModuleItem(module(d, arnaques), QStringLiteral("competencies")); });
        row("add module", "Ajouter un atelier", [](Document &d) { d.addModule(); });
        row("duplicate module", "Dupliquer l'atelier", [](Document &d) { d.duplicateModule(module(d, arnaques)); });
        row("remove module", "Supprimer l'atelier « Repérer les arnaques",
            [](Document &d) { d.removeModule(module(d, arnaques)); });
        row("move module", "Déplacer l'atelier", [](Document &d) { d.moveModule(0, 5); });

        // Activities
        row("add activity", "Ajouter une activité « Question à choix multiple »",
            [](Document &d) { d.addActivity(module(d, arnaques), QStringLiteral("mcq")); });
        row("duplicate activity", "Dupliquer l'activité", [](Document &d) { d.duplicateActivity(module(d, arnaques), 1); });
        row("remove activity", "Supprimer l'activité « Les quatre signaux d'alerte »",
            [](Document &d) { d.removeActivity(module(d, arnaques), 0); });
        row("move activity", "Déplacer l'activité", [](Document &d) { d.moveActivity(module(d, arnaques), 0, 3); });
        row("move activity to module", "Déplacer l'activité vers « Des mots de passe solides", [](Document &d) {
            d.moveActivityToModule(module(d, arnaques), 3, module(d, QStringLiteral("mots-de-passe-surs")));
        });
        row("activity title", "Modifier l'activité", [](Document &d) {
            d.setActivityField(module(d, arnaques), 0, QStringLiteral("title"), QStringLiteral("Les signaux"));
        });
        row("activity instructions", "Modifier l'activité", [](Document &d) {
            d.setActivityField(module(d, arnaques), 0, QStringLiteral("instructions"), QStringLiteral("Lisez *bien*."));
        });
        row("activity id", "Modifier l'activité", [](Document &d) {
            d.setActivityField(module(d, arnaques), 0, QStringLiteral("id"), QStringLiteral("Signaux"));
        });
        row("activity scoring", "Modifier l'activité", [](Document &d) {
            d.setActivityField(module(d, arnaques), activity(d, arnaques, fauxConseiller), QStringLiteral("weight"),
                               QStringLiteral("3"));
        });

        // Payloads
        row("payload field", "Modifier « Question »", [](Document &d) {
            d.setPayloadValue(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("question")},
                              QStringLiteral("Que faites-vous ?"));
        });
        row("payload field in a list", "Modifier « Texte de la réponse »", [](Document &d) {
            d.setPayloadValue(module(d, arnaques), activity(d, arnaques, fauxConseiller),
                              {QStringLiteral("choices"), 1, QStringLiteral("text")}, QStringLiteral("Je raccroche."));
        });
        row("payload boolean", "Modifier « Plusieurs bonnes réponses »", [](Document &d) {
            d.setPayloadValue(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("multiple")}, true);
        });
        row("payload rich text", "Modifier « ", [](Document &d) {
            d.setPayloadValue(module(d, arnaques), 0, {QStringLiteral("body")}, QStringLiteral("Un **nouveau** texte.\n\n- un\n- deux"));
        });
        row("payload add item", "Ajouter « Réponse »", [](Document &d) {
            d.insertPayloadItem(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("choices")}, 1);
        });
        row("payload remove item", "Retirer un élément", [](Document &d) {
            d.removePayloadItem(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("choices")}, 0);
        });
        row("payload move item", "Déplacer un élément", [](Document &d) {
            d.movePayloadItem(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("choices")}, 0, 2);
        });
        row("whole payload", "Modifier l'exercice", [](Document &d) {
            const int m = module(d, arnaques);
            const int a = activity(d, arnaques, fauxConseiller);
            QVariantMap values = d.payload(m, a);
            values.insert(QStringLiteral("question"), QStringLiteral("Une autre question ?"));
            d.setPayload(m, a, values, QString());
        });

        // Media
        row("media alt", "Modifier le média",
            [](Document &d) { d.setMediaField(0, QStringLiteral("alt"), QStringLiteral("Un écran d'accueil.")); });
        row("media credit", "Modifier le média",
            [](Document &d) { d.setMediaField(1, QStringLiteral("credit"), QStringLiteral("Relais")); });
        row("remove media", "Retirer le média « ecran-accueil-telephone.svg »", [](Document &d) { d.removeMedia(0); });
    }

    void edits()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, undoText);
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        const QMap<QString, QByteArray> before = xmlFiles(doc);
        const int revision = doc.revision();

        edit(doc);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY2(doc.undoText().startsWith(undoText), qPrintable(doc.undoText()));
        QVERIFY(doc.isModified());
        QVERIFY(doc.revision() > revision);
        const QMap<QString, QByteArray> after = xmlFiles(doc);
        QVERIFY(after != before);

        doc.undo();
        QVERIFY2(xmlFiles(doc) == before, qPrintable(difference(xmlFiles(doc), before)));
        QVERIFY(!doc.isModified());
        QVERIFY(doc.canRedo());
        QCOMPARE(doc.redoText(), doc.undoStack()->text(0));

        doc.redo();
        QVERIFY2(xmlFiles(doc) == after, qPrintable(difference(xmlFiles(doc), after)));
        QVERIFY(doc.isModified());
    }

    // Edits that change nothing are no step at all.
    void invalidEdits_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("module out of range") << Edit([](Document &d) { d.setModuleField(99, QStringLiteral("title"), QStringLiteral("x")); });
        QTest::newRow("module id taken") << Edit([](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("id"), QStringLiteral("cv-rediger"));
        });
        QTest::newRow("module id without a letter") << Edit([](Document &d) { d.setModuleField(0, QStringLiteral("id"), QStringLiteral("!!")); });
        QTest::newRow("unknown exercise type") << Edit([](Document &d) { d.addActivity(0, QStringLiteral("nope")); });
        QTest::newRow("move out of range") << Edit([](Document &d) { d.moveModule(0, 14); });
        QTest::newRow("move to itself") << Edit([](Document &d) { d.movePathway(1, 1); });
        QTest::newRow("activity to its own module") << Edit([](Document &d) { d.moveActivityToModule(0, 0, 0); });
        QTest::newRow("step out of range") << Edit([](Document &d) { d.removeStep(0, 42); });
    }

    void invalidEdits()
    {
        QFETCH(Edit, edit);
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        edit(doc);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    // Renaming a module follows it into every pathway that runs it.
    void moduleRename()
    {
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        const int seniors = pathway(doc, QStringLiteral("numerique-au-quotidien-seniors"));
        const int jeunes = pathway(doc, QStringLiteral("emploi-numerique-jeunes"));
        doc.setModuleField(module(doc, arnaques), QStringLiteral("id"), QStringLiteral("Repérer les arnaques"));
        const Curriculum &c = doc.curriculum();
        QCOMPARE(module(doc, arnaques), -1);
        QVERIFY(module(doc, QStringLiteral("reperer-les-arnaques")) >= 0);
        QCOMPARE(c.modules.at(module(doc, QStringLiteral("reperer-les-arnaques"))).file,
                 QStringLiteral("modules/reperer-les-arnaques.xml"));
        QCOMPARE(c.pathways.at(seniors).steps.at(2).modules,
                 QStringList({QStringLiteral("reperer-les-arnaques"), QStringLiteral("mots-de-passe-surs")}));
        QCOMPARE(c.pathways.at(jeunes).steps.at(3).modules,
                 QStringList({QStringLiteral("demarches-en-ligne-jeunes"), QStringLiteral("reperer-les-arnaques")}));

        doc.setModuleField(module(doc, QStringLiteral("bilan-sortie-jeunes")), QStringLiteral("id"), QStringLiteral("bilan-final"));
        QCOMPARE(doc.curriculum().pathways.at(jeunes).exitAssessment, QStringLiteral("bilan-final"));
        doc.setModuleField(module(doc, QStringLiteral("diagnostic-entree-jeunes")), QStringLiteral("id"), QStringLiteral("diagnostic"));
        QCOMPARE(doc.curriculum().pathways.at(jeunes).entryDiagnostic, QStringLiteral("diagnostic"));
        doc.validateNow();
        QCOMPARE(doc.diagnostics()->errorCount(), 0);
    }

    // Ids are made from what the trainer types; they must stay valid slugs,
    // which neither start nor end with a dash.
    void moduleRenameToSlug_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("id");
        QTest::newRow("accents and spaces") << QStringLiteral("Écrire un courriel") << QStringLiteral("ecrire-un-courriel");
        QTest::newRow("punctuation inside") << QStringLiteral("Mots de passe : les bons") << QStringLiteral("mots-de-passe-les-bons");
        QTest::newRow("punctuation at the end") << QStringLiteral("Arnaques !") << QStringLiteral("arnaques");
        QTest::newRow("punctuation at the start") << QStringLiteral("« Arnaques »") << QStringLiteral("arnaques");
    }

    void moduleRenameToSlug()
    {
        QFETCH(QString, typed);
        QFETCH(QString, id);
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        const int m = module(doc, arnaques);
        doc.setModuleField(m, QStringLiteral("id"), typed);
        QCOMPARE(doc.curriculum().modules.at(m).id, id);
        QVERIFY(slugPattern().match(doc.curriculum().modules.at(m).id).hasMatch());
    }

    // Consecutive keystrokes in one field are one undo step.
    void typingMerges_data()
    {
        QTest::addColumn<Typing>("type");
        QTest::addColumn<Edit>("other");

        const Edit otherModuleField = [](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("summary"), QStringLiteral("Autre champ."));
        };
        QTest::newRow("module title") << Typing([](Document &d, const QString &text) {
            d.setModuleField(module(d, arnaques), QStringLiteral("title"), text);
        }) << otherModuleField;
        QTest::newRow("module notes") << Typing([](Document &d, const QString &text) {
            d.setModuleField(module(d, arnaques), QStringLiteral("facilitatorNotes"), text);
        }) << otherModuleField;
        QTest::newRow("curriculum title") << Typing([](Document &d, const QString &text) {
            d.setCurriculumField(QStringLiteral("title"), text);
        }) << Edit([](Document &d) { d.setCurriculumField(QStringLiteral("subtitle"), QStringLiteral("Autre champ.")); });
        QTest::newRow("step title") << Typing([](Document &d, const QString &text) {
            d.setStepField(0, 1, QStringLiteral("title"), text);
        }) << Edit([](Document &d) { d.setStepField(0, 0, QStringLiteral("title"), QStringLiteral("Autre séance.")); });
        QTest::newRow("activity title") << Typing([](Document &d, const QString &text) {
            d.setActivityField(module(d, arnaques), 0, QStringLiteral("title"), text);
        }) << otherModuleField;
        QTest::newRow("segment title") << Typing([](Document &d, const QString &text) {
            d.setModuleItemField(module(d, arnaques), QStringLiteral("runningOrder"), 0, QStringLiteral("title"), text);
        }) << Edit([](Document &d) {
            d.setModuleItemField(module(d, arnaques), QStringLiteral("runningOrder"), 1, QStringLiteral("title"), QStringLiteral("Autre"));
        });
        QTest::newRow("payload field") << Typing([](Document &d, const QString &text) {
            d.setPayloadValue(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("question")}, text);
        }) << Edit([](Document &d) {
            d.setPayloadValue(module(d, arnaques), activity(d, arnaques, fauxConseiller),
                              {QStringLiteral("choices"), 0, QStringLiteral("text")}, QStringLiteral("Autre"));
        });
        QTest::newRow("media alt") << Typing([](Document &d, const QString &text) {
            d.setMediaField(0, QStringLiteral("alt"), text);
        }) << Edit([](Document &d) { d.setMediaField(0, QStringLiteral("credit"), QStringLiteral("Autre")); });
    }

    void typingMerges()
    {
        QFETCH(Typing, type);
        QFETCH(Edit, other);
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        QUndoStack &undo = *doc.undoStack();
        const QMap<QString, QByteArray> before = xmlFiles(doc);

        const QString word = QStringLiteral("Bonjour");
        for (int i = 1; i <= word.size(); ++i)
            type(doc, word.left(i));
        QCOMPARE(undo.count(), 1);
        const QMap<QString, QByteArray> typed = xmlFiles(doc);

        other(doc);
        QCOMPARE(undo.count(), 2);
        // Back in the first field after another: a new step.
        type(doc, QStringLiteral("Encore"));
        type(doc, QStringLiteral("Encore !"));
        QCOMPARE(undo.count(), 3);

        doc.undo();
        doc.undo();
        QVERIFY(xmlFiles(doc) == typed);
        doc.undo();
        QVERIFY2(xmlFiles(doc) == before, qPrintable(difference(xmlFiles(doc), before)));

        // Typing after an undo does not merge into the undone step.
        type(doc, QStringLiteral("A"));
        type(doc, QStringLiteral("AB"));
        doc.undo();
        type(doc, QStringLiteral("C"));
        QCOMPARE(undo.count(), 1);
        doc.undo();
        QVERIFY(xmlFiles(doc) == before);
        doc.redo();

        // A save ends the step: the next keystroke starts a new one.
        QVERIFY(doc.save());
        QVERIFY(!doc.isModified());
        type(doc, QStringLiteral("Après"));
        QCOMPARE(undo.count(), 2);
        QVERIFY(doc.isModified());
        type(doc, QStringLiteral("Après enregistrement"));
        QCOMPARE(undo.count(), 2);
        doc.undo();
        QVERIFY(!doc.isModified());
    }

    // Undoing brings the trainer back to what changed.
    void undoSelects()
    {
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        const int m = module(doc, arnaques);
        doc.select(QStringLiteral("activity"), m, 2);
        doc.setActivityField(m, 2, QStringLiteral("title"), QStringLiteral("Vrai ou faux"));
        doc.select(QStringLiteral("curriculum"));
        doc.undo();
        QCOMPARE(doc.selectionKind(), QStringLiteral("activity"));
        QCOMPARE(doc.moduleIndex(), m);
        QCOMPARE(doc.activityIndex(), 2);

        doc.select(QStringLiteral("pathway"), 1);
        doc.setPathwayField(1, QStringLiteral("title"), QStringLiteral("Jeunes"));
        doc.select(QStringLiteral("module"), 0);
        doc.undo();
        QCOMPARE(doc.selectionKind(), QStringLiteral("pathway"));
        QCOMPARE(doc.pathwayIndex(), 1);
    }

    // A save writes the files whose bytes changed and no other; the result
    // opens again and validates.
    void saveWritesOnlyChanges()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QDateTime old = QDateTime::currentDateTime().addDays(-30);
        const QMap<QString, QByteArray> shipped = TestUtil::readTree(root);
        for (const QString &path : shipped.keys()) {
            QFile f(root + QLatin1Char('/') + path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }

        Document doc;
        QVERIFY(doc.open(root));
        const int m = module(doc, arnaques);
        doc.setModuleField(m, QStringLiteral("title"), QStringLiteral("Repérer les arnaques en ligne"));
        QVERIFY(doc.save());
        QVERIFY(!doc.isModified());
        QVERIFY(doc.lastError().isEmpty());

        const QString changed = QStringLiteral("modules/arnaques-reperer.xml");
        const QMap<QString, QByteArray> saved = TestUtil::readTree(root);
        QCOMPARE(saved.keys(), shipped.keys());
        for (const QString &path : saved.keys()) {
            const bool touched = QFileInfo(root + QLatin1Char('/') + path).lastModified() > old.addSecs(60);
            QVERIFY2(touched == (path == changed), qPrintable(path));
            QVERIFY2((saved.value(path) == shipped.value(path)) == (path != changed), qPrintable(path));
        }
        QCOMPARE(saved.value(changed), xmlFiles(doc).value(changed));

        doc.close();
        QVERIFY2(errors(root).isEmpty(), qPrintable(errors(root).join(QLatin1Char('\n'))));
        Document again;
        QVERIFY(again.open(root));
        QCOMPARE(again.curriculum().modules.at(m).title, QStringLiteral("Repérer les arnaques en ligne"));
    }

    // Files of removed and renamed modules and pathways go at the save.
    void saveAfterRemoveAndRename()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        Document doc;
        QVERIFY(doc.open(root));
        const int jeunes = pathway(doc, QStringLiteral("emploi-numerique-jeunes"));

        // The step that ran the removed module runs the other one only.
        doc.setStepField(jeunes, 2, QStringLiteral("modules"), QStringList{QStringLiteral("mots-de-passe-surs")});
        doc.removeModule(module(doc, QStringLiteral("reputation-reseaux-sociaux")));
        doc.setModuleField(module(doc, QStringLiteral("cv-rediger")), QStringLiteral("id"), QStringLiteral("Rédiger son CV"));
        doc.setModuleField(module(doc, QStringLiteral("bilan-sortie-jeunes")), QStringLiteral("id"), QStringLiteral("bilan-jeunes"));
        doc.setPathwayField(jeunes, QStringLiteral("id"), QStringLiteral("jeunes-emploi"));
        QVERIFY(doc.save());

        for (const QString &gone : {QStringLiteral("reputation-reseaux-sociaux"), QStringLiteral("cv-rediger"),
                                    QStringLiteral("bilan-sortie-jeunes")})
            QVERIFY2(!QFileInfo::exists(modulePath(root, gone)), qPrintable(gone));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/pathways/emploi-numerique-jeunes.xml")));
        QVERIFY(QFileInfo::exists(modulePath(root, QStringLiteral("rediger-son-cv"))));
        QVERIFY(QFileInfo::exists(modulePath(root, QStringLiteral("bilan-jeunes"))));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/pathways/jeunes-emploi.xml")));
        QCOMPARE(QDir(root + QStringLiteral("/modules")).entryList(QDir::Files).size(), 13);
        doc.close();

        QVERIFY2(errors(root).isEmpty(), qPrintable(errors(root).join(QLatin1Char('\n'))));
        Document again;
        QVERIFY(again.open(root));
        QCOMPARE(again.moduleCount(), 13);
        const Pathway &p = again.curriculum().pathways.at(pathway(again, QStringLiteral("jeunes-emploi")));
        QCOMPARE(p.steps.at(0).modules, QStringList{QStringLiteral("rediger-son-cv")});
        QCOMPARE(p.exitAssessment, QStringLiteral("bilan-jeunes"));
    }

    void saveAsFolder()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QMap<QString, QByteArray> original = TestUtil::readTree(root);
        Document doc;
        QVERIFY(doc.open(root));
        doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Ma version"));

        // Not over an existing curriculum.
        QVERIFY(!doc.saveAs(StudioTest::copyCurriculum(tmp, QStringLiteral("autre"))));
        QVERIFY(!doc.lastError().isEmpty());
        QCOMPARE(doc.folder(), root);

        const QString copy = tmp.path() + QStringLiteral("/ma-version");
        QVERIFY2(doc.saveAs(copy), qPrintable(doc.lastError()));
        QCOMPARE(doc.sourcePath(), copy);
        QCOMPARE(doc.folder(), copy);
        QVERIFY(!doc.sourceIsPack());
        QVERIFY(!doc.isModified());
        QCOMPARE(TestUtil::readTree(copy).keys(), original.keys());
        QVERIFY2(errors(copy).isEmpty(), qPrintable(errors(copy).join(QLatin1Char('\n'))));

        // Later saves go to the new folder; the first is left as it was.
        doc.setModuleField(module(doc, arnaques), QStringLiteral("title"), QStringLiteral("Arnaques"));
        QVERIFY(doc.save());
        QVERIFY(TestUtil::readTree(root) == original);
        QVERIFY(TestUtil::readFile(modulePath(copy, arnaques)).contains("<title>Arnaques</title>"));

        // The folder it left is free again.
        Document other;
        QVERIFY2(other.open(root), qPrintable(other.lastError()));
    }

    // Reopening while the previous validation still runs: that run's result is
    // dropped and the new document is validated all the same.
    void reopenWhileValidating()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        Document doc;
        QVERIFY(doc.open(root));
        doc.close();
        QVERIFY(doc.open(root));
        const int opened = doc.diagnostics()->revision();
        QTRY_VERIFY_WITH_TIMEOUT(doc.diagnostics()->revision() > opened && !doc.diagnostics()->isRunning(), 20000);
        doc.setModuleField(module(doc, arnaques), QStringLiteral("title"), QString());
        doc.validateNow();
        QCOMPARE(doc.diagnostics()->errorCount(), 1);
    }

    // Exporting writes the curriculum as it is now, errors refused, without
    // saving the folder or leaving it.
    void exportPack()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString pack = tmp.path() + QStringLiteral("/export.relais");
        const QMap<QString, QByteArray> before = TestUtil::readTree(root);
        Document doc;
        QVERIFY(doc.open(root));
        const int m = module(doc, arnaques);
        doc.setModuleField(m, QStringLiteral("title"), QString());
        QVERIFY(!doc.canExport());
        QVERIFY(!doc.exportPack(pack));
        QVERIFY2(doc.lastError().contains(QStringLiteral("Le titre est vide")), qPrintable(doc.lastError()));
        QVERIFY(!QFileInfo::exists(pack));

        doc.setModuleField(m, QStringLiteral("title"), QStringLiteral("Exporté sans enregistrer"));
        QVERIFY(doc.canExport());
        QVERIFY2(doc.exportPack(pack), qPrintable(doc.lastError()));
        QVERIFY2(errors(pack).isEmpty(), qPrintable(errors(pack).join(QLatin1Char('\n'))));
        Document exported;
        QVERIFY2(exported.open(pack), qPrintable(exported.lastError()));
        QCOMPARE(exported.curriculum().modules.at(m).title, QStringLiteral("Exporté sans enregistrer"));
        // The document stays on its folder, unsaved, and the folder is untouched.
        QCOMPARE(doc.sourcePath(), QFileInfo(root).absoluteFilePath());
        QVERIFY(doc.isModified());
        QVERIFY(TestUtil::readTree(root) == before);
    }

    void saveAsPack()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString pack = tmp.path() + QStringLiteral("/parcours.relais");
        {
            Document doc;
            QVERIFY(doc.open(root));
            doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Publié"));
            QVERIFY2(doc.saveAs(pack), qPrintable(doc.lastError()));
            QVERIFY(doc.sourceIsPack());
            QCOMPARE(doc.sourcePath(), pack);
            QVERIFY(QFileInfo(pack).isFile());
            QVERIFY(!doc.isModified());
            QVERIFY2(errors(pack).isEmpty(), qPrintable(errors(pack).join(QLatin1Char('\n'))));

            doc.setModuleField(module(doc, arnaques), QStringLiteral("title"), QStringLiteral("Deuxième"));
            QVERIFY2(doc.save(), qPrintable(doc.lastError()));
            doc.close();
        }
        {
            Document doc;
            QVERIFY2(doc.open(pack), qPrintable(doc.lastError()));
            QVERIFY(doc.sourceIsPack());
            QVERIFY(doc.folder() != pack);
            QCOMPARE(doc.title(), QStringLiteral("Publié"));
            QCOMPARE(doc.curriculum().modules.at(module(doc, arnaques)).title, QStringLiteral("Deuxième"));
            doc.setModuleField(module(doc, arnaques), QStringLiteral("title"), QStringLiteral("Troisième"));
            QVERIFY2(doc.save(), qPrintable(doc.lastError()));
            doc.close();
        }
        Document doc;
        QVERIFY(doc.open(pack));
        QCOMPARE(doc.curriculum().modules.at(module(doc, arnaques)).title, QStringLiteral("Troisième"));
        QCOMPARE(doc.moduleCount(), 14);
        QVERIFY2(errors(pack).isEmpty(), qPrintable(errors(pack).join(QLatin1Char('\n'))));
        // The source folder was never written to.
        QVERIFY(TestUtil::readTree(root) == TestUtil::readTree(StudioTest::shippedCurriculum()));
    }

    void importMedia_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("again");  // the id of a second import of the same file
        QTest::newRow("plain") << QStringLiteral("photo.png") << QStringLiteral("photo") << QStringLiteral("media/photo.png")
                               << QStringLiteral("photo-2");
        QTest::newRow("spaces and accents") << QStringLiteral("Écran d'accueil.PNG") << QStringLiteral("ecran-d-accueil")
                                            << QStringLiteral("media/ecran-d-accueil.png") << QStringLiteral("ecran-d-accueil-2");
        QTest::newRow("name taken") << QStringLiteral("plan-cv.svg") << QStringLiteral("plan-cv-2")
                                    << QStringLiteral("media/plan-cv-2.svg") << QStringLiteral("plan-cv-3");
        QTest::newRow("punctuation at the end") << QStringLiteral("Capture (2).png") << QStringLiteral("capture-2")
                                                << QStringLiteral("media/capture-2.png") << QStringLiteral("capture-2-2");
        QTest::newRow("punctuation at the start") << QStringLiteral("_photo.png") << QStringLiteral("photo")
                                                  << QStringLiteral("media/photo.png") << QStringLiteral("photo-2");
        QTest::newRow("no usable letter") << QStringLiteral("%%%.png") << QStringLiteral("media")
                                          << QStringLiteral("media/media.png") << QStringLiteral("media-2");
    }

    // An imported file is copied into media/ under a safe, unique name, and
    // the curriculum still validates once it is described.
    void importMedia()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, id);
        QFETCH(QString, href);
        QFETCH(QString, again);
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString source = tmp.path() + QStringLiteral("/import/") + fileName;
        QVERIFY(QDir().mkpath(QFileInfo(source).absolutePath()));
        if (fileName.endsWith(QLatin1String(".svg"))) {
            QVERIFY(QFile::copy(root + QStringLiteral("/media/plan-cv.svg"), source));
        } else {
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(Qt::darkGreen);
            QVERIFY(image.save(source, "PNG"));
        }
        const QByteArray bytes = TestUtil::readFile(source);
        const QByteArray planCv = TestUtil::readFile(root + QStringLiteral("/media/plan-cv.svg"));

        Document doc;
        QVERIFY(doc.open(root));
        const QMap<QString, QByteArray> before = xmlFiles(doc);
        const int count = int(doc.curriculum().media.size());
        const int i = doc.importMedia(QUrl::fromLocalFile(source));
        QCOMPARE(i, count);
        const MediaAsset a = doc.curriculum().media.at(i);
        QCOMPARE(a.id, id);
        QCOMPARE(a.href, href);
        QVERIFY(slugPattern().match(a.id).hasMatch());
        QCOMPARE(TestUtil::readFile(root + QLatin1Char('/') + a.href), bytes);
        QCOMPARE(a.size, bytes.size());
        QCOMPARE(a.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(TestUtil::readFile(root + QStringLiteral("/media/plan-cv.svg")), planCv);
        QCOMPARE(doc.undoText(), QStringLiteral("Importer « %1 »").arg(fileName));
        doc.undo();
        QVERIFY(xmlFiles(doc) == before);
        doc.redo();

        // Importing the same file again gives another name.
        const int second = doc.importMedia(QUrl::fromLocalFile(source));
        QCOMPARE(second, count + 1);
        QCOMPARE(doc.curriculum().media.at(second).id, again);

        doc.setMediaField(i, QStringLiteral("alt"), QStringLiteral("Une image."));
        doc.setMediaField(second, QStringLiteral("alt"), QStringLiteral("La même image."));
        QVERIFY(doc.save());
        doc.close();
        QVERIFY2(errors(root).isEmpty(), qPrintable(errors(root).join(QLatin1Char('\n'))));
    }

    void importRefusesOtherFiles()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString source = tmp.path() + QStringLiteral("/notes.txt");
        QVERIFY(TestUtil::writeFile(source, "du texte"));
        Document doc;
        QVERIFY(doc.open(root));
        QCOMPARE(doc.importMedia(QUrl::fromLocalFile(source)), -1);
        QVERIFY(doc.lastError().contains(QStringLiteral("notes.txt")));
        QCOMPARE(doc.importMedia(QUrl::fromLocalFile(tmp.path() + QStringLiteral("/absent.png"))), -1);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/media/notes.txt")));
    }

    // A removed media file goes at the save, unless the removal was undone.
    void removeMedia()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString image = tmp.path() + QStringLiteral("/photo.png");
        QImage(4, 4, QImage::Format_RGB32).save(image, "PNG");
        Document doc;
        QVERIFY(doc.open(root));

        // Imported then removed before any save: nothing is left behind.
        const int imported = doc.importMedia(QUrl::fromLocalFile(image));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/media/photo.png")));
        doc.removeMedia(imported);
        QVERIFY(doc.save());
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/media/photo.png")));
        QVERIFY2(errors(root).isEmpty(), qPrintable(errors(root).join(QLatin1Char('\n'))));

        // Removed, undone, saved: the file stays.
        const QString planCv = root + QStringLiteral("/media/plan-cv.svg");
        doc.removeMedia(asset(doc, QStringLiteral("plan-cv")));
        QCOMPARE(asset(doc, QStringLiteral("plan-cv")), -1);
        doc.undo();
        QVERIFY(doc.save());
        QVERIFY(QFileInfo::exists(planCv));

        // Removed and saved: the file goes with its declaration.
        doc.removeMedia(asset(doc, QStringLiteral("plan-cv")));
        QVERIFY(doc.save());
        QVERIFY(!QFileInfo::exists(planCv));
        QVERIFY(!TestUtil::readFile(root + QStringLiteral("/curriculum.xml")).contains("plan-cv"));
    }

    // Giving up unsaved changes leaves the folder as it was saved: files
    // imported since go, files taken out since stay.
    void discardedMediaChanges()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString image = tmp.path() + QStringLiteral("/photo.png");
        QImage(4, 4, QImage::Format_RGB32).save(image, "PNG");
        const QString planCv = root + QStringLiteral("/media/plan-cv.svg");
        Document doc;
        QVERIFY(doc.open(root));
        QVERIFY(doc.importMedia(QUrl::fromLocalFile(image)) >= 0);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/media/photo.png")));
        doc.removeMedia(asset(doc, QStringLiteral("plan-cv")));
        doc.discardRecovery();
        doc.close();
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/media/photo.png")));
        QVERIFY(QFileInfo::exists(planCv));
        QVERIFY2(errors(root).isEmpty(), qPrintable(errors(root).join(QLatin1Char('\n'))));
    }

    void brokenFolder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");  // empty: the file is removed
        QTest::newRow("no curriculum.xml") << QStringLiteral("curriculum.xml") << QByteArray();
        QTest::newRow("not XML") << QStringLiteral("curriculum.xml") << QByteArray("ceci n'est pas du XML");
        QTest::newRow("wrong root") << QStringLiteral("curriculum.xml")
                                    << QByteArray("<module xmlns=\"urn:relais:curriculum:1\" formatVersion=\"1\"/>");
        QTest::newRow("future format") << QStringLiteral("curriculum.xml")
                                       << QByteArray("<curriculum xmlns=\"urn:relais:curriculum:1\" formatVersion=\"99\"/>");
    }

    void brokenFolder()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        if (bytes.isEmpty())
            QVERIFY(QFile::remove(root + QLatin1Char('/') + file));
        else
            QVERIFY(TestUtil::writeFile(root + QLatin1Char('/') + file, bytes));
        Document doc;
        QVERIFY(!doc.open(root));
        QVERIFY(!doc.isOpen());
        QVERIFY(!doc.lastError().isEmpty());
        QCOMPARE(doc.navigator()->rowCount(), 0);
        // Nothing of the failed attempt stays: a good folder opens next.
        QVERIFY2(doc.open(StudioTest::copyCurriculum(tmp, QStringLiteral("bon"))), qPrintable(doc.lastError()));
        QVERIFY(doc.lastError().isEmpty());
    }

    void brokenPaths()
    {
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(!doc.open(tmp.path() + QStringLiteral("/absent")));
        QVERIFY(doc.lastError().contains(QStringLiteral("absent")));
        QVERIFY(QDir().mkpath(tmp.path() + QStringLiteral("/vide")));
        QVERIFY(!doc.open(tmp.path() + QStringLiteral("/vide")));
        QVERIFY(!doc.lastError().isEmpty());
        const QString notPack = tmp.path() + QStringLiteral("/faux.relais");
        QVERIFY(TestUtil::writeFile(notPack, "pas une archive"));
        QVERIFY(!doc.open(notPack));
        QVERIFY(!doc.lastError().isEmpty());
        QVERIFY(!doc.isOpen());
    }

    // A module file that cannot be read is either refused at opening or left
    // as it is: saving another change must never drop it from the curriculum.
    void damagedModuleIsKept()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString damaged = modulePath(root, QStringLiteral("cv-rediger"));
        const QByteArray bytes = TestUtil::readFile(damaged).left(900);
        QVERIFY(TestUtil::writeFile(damaged, bytes));
        Document doc;
        if (!doc.open(root)) {
            QVERIFY(doc.lastError().contains(QStringLiteral("cv-rediger")));
            return;
        }
        doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Autre titre"));
        QVERIFY(doc.save());
        QCOMPARE(TestUtil::readFile(damaged), bytes);
        QVERIFY(TestUtil::readFile(root + QStringLiteral("/curriculum.xml")).contains("<module ref=\"cv-rediger\"/>"));
    }

    // One curriculum, one window: a second document cannot open what the first holds.
    void lock()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        Document first;
        Document second;
        QVERIFY(first.open(root));
        QVERIFY(!second.open(root));
        QVERIFY(!second.isOpen());
        QVERIFY2(second.lastError().contains(QStringLiteral("déjà ouvert")), qPrintable(second.lastError()));
        // The same folder by another spelling of its path is the same curriculum.
        QVERIFY(!second.open(root + QStringLiteral("/../parcours-relais")));
        first.close();
        QVERIFY2(second.open(root), qPrintable(second.lastError()));
        QVERIFY(!first.open(root));
    }

    // Unsaved work survives the Studio being killed: the journal brings it
    // back as one step that can be undone.
    void recovery()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString title = QStringLiteral("Titre jamais enregistré");
        {
            Document doc;
            QVERIFY(doc.open(root));
            doc.writeJournal();
            QVERIFY(!Document::hasRecovery(root));  // nothing to recover yet
            doc.setModuleField(module(doc, arnaques), QStringLiteral("title"), title);
            doc.duplicateModule(module(doc, arnaques));
            doc.writeJournal();
            QVERIFY(Document::hasRecovery(root));
        }
        QVERIFY(Document::hasRecovery(root));
        bool listed = false;
        for (const QVariant &v : Document::recoverableDocuments())
            listed = listed || v.toMap().value(QStringLiteral("source")).toString() == root;
        QVERIFY(listed);

        Document doc;
        QVERIFY(doc.open(root));
        QCOMPARE(doc.moduleCount(), 14);
        QVERIFY(doc.restoreRecovery());
        QCOMPARE(doc.moduleCount(), 15);
        QCOMPARE(doc.curriculum().modules.at(module(doc, arnaques)).title, title);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoText(), QStringLiteral("Restaurer le travail non enregistré"));
        QVERIFY(doc.isModified());
        doc.undo();
        QCOMPARE(doc.moduleCount(), 14);
        doc.redo();
        QVERIFY(doc.save());
        QVERIFY(!Document::hasRecovery(root));
        doc.close();

        Document again;
        QVERIFY(again.open(root));
        QCOMPARE(again.curriculum().modules.at(module(again, arnaques)).title, title);
        QVERIFY2(errors(root).isEmpty(), qPrintable(errors(root).join(QLatin1Char('\n'))));
    }

    // Closing is the trainer's decision (the Studio asks first): the journal goes.
    void closeDiscardsJournal()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        Document doc;
        QVERIFY(doc.open(root));
        doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Brouillon"));
        doc.writeJournal();
        QVERIFY(Document::hasRecovery(root));
        doc.undo();
        doc.writeJournal();  // back to the saved state: nothing to recover
        QVERIFY(!Document::hasRecovery(root));
        doc.redo();
        doc.writeJournal();
        QVERIFY(Document::hasRecovery(root));
        doc.close();
        QVERIFY(!Document::hasRecovery(root));
    }

    // What the Studio adds is valid as it comes, except for the content only
    // the trainer can write: a question, the modules of a session.
    void newItems_data()
    {
        QTest::addColumn<Edit>("add");
        QTest::newRow("module") << Edit([](Document &d) { d.addModule(); });
        QTest::newRow("pathway") << Edit([](Document &d) { d.addPathway(); });
        QTest::newRow("step") << Edit([](Document &d) { d.addStep(0); });
        QTest::newRow("segment") << Edit([](Document &d) { d.addModuleItem(0, QStringLiteral("runningOrder")); });
        QTest::newRow("equipment") << Edit([](Document &d) { d.addModuleItem(0, QStringLiteral("equipment")); });
        QTest::newRow("competency") << Edit([](Document &d) { d.addModuleItem(0, QStringLiteral("competencies")); });
        QTest::newRow("author") << Edit([](Document &d) { d.addCurriculumItem(QStringLiteral("authors")); });
        for (const QString &type : PluginRegistry::instance().exerciseTypeIds())
            QTest::newRow(qPrintable(QStringLiteral("activity ") + type)) << Edit([type](Document &d) { d.addActivity(0, type); });
    }

    void newItems()
    {
        QFETCH(Edit, add);
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        add(doc);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.validateNow();
        const QStringList toWrite{QStringLiteral("payload.required"), QStringLiteral("mcq.no-right-answer"),
                                  QStringLiteral("hotspot.no-right-zone"), QStringLiteral("matching.empty-side")};
        QStringList wrong;
        for (const Diagnostic &d : doc.diagnostics()->diagnostics()) {
            const QString message = d.message(QStringLiteral("en"));
            if (d.severity != Severity::Error || toWrite.contains(d.code)
                || (d.code == QLatin1String("schema.invalid") && message.contains(QLatin1String("Missing child element"))))
                continue;
            wrong << d.code + QLatin1Char(' ') + d.element + QLatin1Char(' ') + message;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void goToDiagnostic_data()
    {
        QTest::addColumn<Edit>("breakIt");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("first");   // pathway or module id
        QTest::addColumn<QString>("second");  // step or activity id
        QTest::addColumn<QString>("field");

        QTest::newRow("activity title") << Edit([](Document &d) {
            d.setActivityField(module(d, arnaques), activity(d, arnaques, fauxConseiller), QStringLiteral("title"), QString());
        }) << QStringLiteral("title.empty") << QStringLiteral("activity") << arnaques << fauxConseiller << QStringLiteral("title");
        QTest::newRow("module title") << Edit([](Document &d) {
            d.setModuleField(module(d, arnaques), QStringLiteral("title"), QStringLiteral("  "));
        }) << QStringLiteral("title.empty") << QStringLiteral("module") << arnaques << QString() << QStringLiteral("title");
        QTest::newRow("step on a removed module") << Edit([](Document &d) {
            d.removeModule(module(d, QStringLiteral("franceconnect-demarches")));
        }) << QStringLiteral("ref.module") << QStringLiteral("step") << QStringLiteral("numerique-au-quotidien-seniors")
           << QStringLiteral("seance-4-demarches") << QString();
        QTest::newRow("step title") << Edit([](Document &d) {
            d.setStepField(pathway(d, QStringLiteral("emploi-numerique-jeunes")), 1, QStringLiteral("title"), QString());
        }) << QStringLiteral("title.empty") << QStringLiteral("step") << QStringLiteral("emploi-numerique-jeunes")
           << QStringLiteral("seance-2-emploi") << QStringLiteral("title");
        QTest::newRow("payload field") << Edit([](Document &d) {
            d.setPayloadValue(module(d, arnaques), activity(d, arnaques, fauxConseiller), {QStringLiteral("question")}, QString());
        }) << QStringLiteral("payload.required") << QStringLiteral("activity") << arnaques << fauxConseiller
           << QStringLiteral("payload/question");
    }

    // A diagnostic leads to what it is about and names the field to focus.
    void goToDiagnostic()
    {
        QFETCH(Edit, breakIt);
        QFETCH(QString, code);
        QFETCH(QString, kind);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, field);
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        breakIt(doc);
        doc.select(QStringLiteral("media"));
        doc.validateNow();
        QVERIFY(doc.diagnostics()->errorCount() > 0);

        int row = -1;
        for (int i = 0; i < doc.diagnostics()->rowCount() && row < 0; ++i)
            if (doc.diagnostics()->at(i)->code == code)
                row = i;
        QVERIFY2(row >= 0, qPrintable(doc.diagnostics()->errorSummary()));
        const QString focus = doc.goToDiagnostic(row);
        QCOMPARE(doc.selectionKind(), kind);
        if (kind == QLatin1String("step")) {
            const int p = pathway(doc, first);
            QCOMPARE(doc.pathwayIndex(), p);
            QCOMPARE(doc.curriculum().pathways.at(p).steps.at(doc.stepIndex()).id, second);
        } else {
            QCOMPARE(doc.moduleIndex(), module(doc, first));
            QCOMPARE(doc.activityIndex(), second.isEmpty() ? -1 : activity(doc, first, second));
        }
        QCOMPARE(focus, field);
        QCOMPARE(doc.goToDiagnostic(doc.diagnostics()->rowCount()), QString());
    }

    // Every payload goes through the form unchanged: opening an exercise
    // and leaving it must not rewrite its file.
    void payloadsSurviveTheForm()
    {
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(tmp)));
        const QMap<QString, QByteArray> before = xmlFiles(doc);
        int payloads = 0;
        for (int m = 0; m < doc.moduleCount(); ++m)
            for (int a = 0; a < doc.curriculum().modules.at(m).activities.size(); ++a) {
                const QVariantMap values = doc.payload(m, a);
                QVERIFY(!values.isEmpty());
                doc.setPayload(m, a, values, QString());
                ++payloads;
            }
        QVERIFY(payloads > 40);
        QVERIFY2(xmlFiles(doc) == before, qPrintable(difference(xmlFiles(doc), before)));
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
