// The Studio's versions: a new release as one undoable edit, the versions
// each kind of release gives, the comparison with another version (the bump
// it suggests, its rows and field pairs, going to what changed), and the
// merge of an upstream update into a local adaptation, conflicts decided one
// by one and the result written, valid, and opened.
#include "studiotest.h"

#include <document.h>
#include <exporter.h>
#include <fileset.h>
#include <library.h>
#include <mergecontroller.h>
#include <pack.h>
#include <validator.h>
#include <versioncontroller.h>

#include <QDate>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Relais;
using StudioTest::xmlFiles;

using Edit = std::function<void(Document &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const QString arnaques = QStringLiteral("arnaques-reperer");
const QString email = QStringLiteral("courriel-envoyer-message");
const QString passwords = QStringLiteral("mots-de-passe-surs");
const QString today = QDate::currentDate().toString(Qt::ISODate);

int module(const Document &doc, const QString &id)
{
    return StudioTest::moduleIndex(doc.curriculum(), id);
}

QVariantList notes(const QString &kind, const QString &text)
{
    return {QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}}};
}

// The row of the comparison about one entity.
int rowOf(const DiffModel &model, const QString &kind, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariantMap e = model.get(row);
        if (e.value(QStringLiteral("kind")).toString() == kind && e.value(QStringLiteral("entityId")).toString() == id)
            return row;
    }
    return -1;
}

// Imports go to the end without a word.
class SilentMonitor : public ExportMonitor
{
public:
    void progress(int, int, const QString &) override {}
    bool isCancelled() const override { return false; }
};

} // namespace

class TestVersionController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { StudioTest::initMain(); }
    void cleanupTestCase() { StudioTest::removeStaleJournals(); }

    void newVersionIsOneUndoStep()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        const QMap<QString, QByteArray> before = xmlFiles(doc);
        QCOMPARE(doc.curriculum().version, QStringLiteral("1.0.0"));

        const QVariantList changes{
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("added")}, {QStringLiteral("text"), QStringLiteral("  Un atelier sur les SMS. ")}},
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("fixed")}, {QStringLiteral("text"), QStringLiteral("Une faute de frappe.")}},
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("added")}, {QStringLiteral("text"), QStringLiteral("   ")}},
        };
        QVERIFY2(doc.newVersion(QStringLiteral("1.1.0"), changes), qPrintable(doc.lastError()));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoText(), QStringLiteral("Nouvelle version 1.1.0"));
        QCOMPARE(doc.curriculum().version, QStringLiteral("1.1.0"));
        const Release &release = doc.curriculum().changelog.first();
        QCOMPARE(release.version, QStringLiteral("1.1.0"));
        QCOMPARE(release.date, today);
        QCOMPARE(release.changes.size(), 2);
        QCOMPARE(release.changes.at(0).kind, QStringLiteral("added"));
        QCOMPARE(release.changes.at(0).text, QStringLiteral("Un atelier sur les SMS."));
        QCOMPARE(release.changes.at(1).kind, QStringLiteral("fixed"));
        QCOMPARE(doc.curriculum().changelog.at(1).version, QStringLiteral("1.0.0"));

        VersionController versions;
        versions.setDocument(&doc);
        QCOMPARE(versions.lastRelease().value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));

        doc.undo();
        QCOMPARE(xmlFiles(doc), before);
        QCOMPARE(versions.lastRelease().value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        doc.redo();
        QVERIFY(doc.save());
        const QByteArray xml = TestUtil::readFile(doc.folder() + QStringLiteral("/curriculum.xml"));
        QVERIFY(xml.contains("id=\"org.emmaus-connect.parcours-relais\" version=\"1.1.0\""));
        QVERIFY(xml.contains(QStringLiteral("<release version=\"1.1.0\" date=\"%1\">\n      <change kind=\"added\">Un atelier sur les SMS.</change>")
                                 .arg(today).toUtf8()));
    }

    void newVersionRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QVariantList>("changes");
        QTest::addColumn<QString>("error");
        const QVariantList note = notes(QStringLiteral("changed"), QStringLiteral("Une consigne plus claire."));
        QTest::newRow("not above") << QStringLiteral("1.0.0") << note << QStringLiteral("n'est pas plus récente");
        QTest::newRow("older") << QStringLiteral("0.9.0") << note << QStringLiteral("n'est pas plus récente");
        QTest::newRow("not a version") << QStringLiteral("1.1") << note << QStringLiteral("n'est pas un numéro de version");
        QTest::newRow("bad relay") << QStringLiteral("1.0.0+Leers.1") << note << QStringLiteral("n'est pas un numéro de version");
        QTest::newRow("no change") << QStringLiteral("1.1.0") << notes(QStringLiteral("added"), QStringLiteral(" "))
                                   << QStringLiteral("Décrivez au moins un changement");
    }

    void newVersionRefused()
    {
        QFETCH(QString, version);
        QFETCH(QVariantList, changes);
        QFETCH(QString, error);
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        QVERIFY(!doc.newVersion(version, changes));
        QVERIFY2(doc.lastError().contains(error), qPrintable(doc.lastError()));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.curriculum().version, QStringLiteral("1.0.0"));
    }

    void versionFor_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("bump");
        QTest::addColumn<QString>("relay");
        QTest::addColumn<QString>("expected");
        QTest::newRow("major") << "1.0.0" << "major" << "" << "2.0.0";
        QTest::newRow("minor") << "1.0.0" << "minor" << "" << "1.1.0";
        QTest::newRow("patch") << "1.0.0" << "patch" << "" << "1.0.1";
        QTest::newRow("local") << "1.0.0" << "local" << "leers" << "1.0.0+leers.1";
        QTest::newRow("local again") << "1.0.0+leers.1" << "local" << "leers" << "1.0.0+leers.2";
        QTest::newRow("minor of a local") << "1.0.0+leers.2" << "minor" << "" << "1.1.0";
        QTest::newRow("relay with capitals") << "1.0.0" << "local" << "Leers" << "";
        QTest::newRow("relay with a space") << "1.0.0" << "local" << "ccas roubaix" << "";
        QTest::newRow("unknown kind") << "1.0.0" << "huge" << "" << "";
    }

    void versionFor()
    {
        QFETCH(QString, current);
        QFETCH(QString, bump);
        QFETCH(QString, relay);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        if (current != doc.curriculum().version)
            QVERIFY2(doc.newVersion(current, notes(QStringLiteral("changed"), QStringLiteral("Adapté à Leers."))),
                     qPrintable(doc.lastError()));
        VersionController versions;
        versions.setDocument(&doc);
        QCOMPARE(versions.versionFor(bump, relay), expected);
        QCOMPARE(versions.currentRelay(), current.contains(QLatin1Char('+')) ? QStringLiteral("leers") : QString());
    }

    // The document edited, compared with the folder it came from: the bump
    // the changes call for is suggested, and a smaller one is warned about.
    void suggestedBumpFromComparedFolder_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("bump");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing") << Edit([](Document &) {}) << "none" << "" << "Aucune différence";
        QTest::newRow("typo") << Edit([](Document &d) {
            d.setModuleField(module(d, email), QStringLiteral("title"), QStringLiteral("Envoyer un courriel"));
        }) << "patch" << "1.0.1" << "un atelier renommé";
        QTest::newRow("longer") << Edit([](Document &d) {
            d.setModuleField(module(d, email), QStringLiteral("duration"), 150);
        }) << "minor" << "1.1.0" << "un atelier modifié (la durée)";
        QTest::newRow("new module") << Edit([](Document &d) { d.addModule(); }) << "minor" << "1.1.0" << "un atelier ajouté";
        QTest::newRow("module removed") << Edit([](Document &d) { d.removeModule(module(d, passwords)); })
                                        << "major" << "2.0.0" << "un atelier supprimé";
    }

    void suggestedBumpFromComparedFolder()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, bump);
        QFETCH(QString, version);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        edit(doc);
        VersionController versions;
        versions.setDocument(&doc);
        versions.compareWith(StudioTest::shippedCurriculum());
        QCOMPARE(versions.state(), QStringLiteral("running"));
        QVERIFY(versions.waitForDone(30000));
        QCOMPARE(versions.state(), QStringLiteral("done"));
        QCOMPARE(versions.otherVersion(), QStringLiteral("1.0.0"));
        QCOMPARE(versions.suggestedBump(), bump);
        QCOMPARE(versions.suggestedVersion(), version);
        QVERIFY2(versions.suggestion().contains(reason), qPrintable(versions.suggestion()));
        // Nothing smaller than what is needed goes without a warning, nothing else gets one.
        for (const QString &chosen : {QStringLiteral("patch"), QStringLiteral("minor"), QStringLiteral("major")}) {
            const bool smaller = (bump == QLatin1String("major") && chosen != QLatin1String("major"))
                || (bump == QLatin1String("minor") && chosen == QLatin1String("patch"));
            const QString warning = versions.bumpWarning(chosen);
            QVERIFY2(warning.isEmpty() != smaller, qPrintable(chosen + QStringLiteral(": ") + warning));
            if (smaller)
                QVERIFY2(warning.contains(reason) && warning.contains(version), qPrintable(warning));
        }
        QVERIFY(versions.bumpWarning(QStringLiteral("local")).isEmpty());
    }

    void unreadableVersionFails()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        VersionController versions;
        versions.setDocument(&doc);
        versions.compareWith(dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(versions.waitForDone(30000));
        QCOMPARE(versions.state(), QStringLiteral("failed"));
        QVERIFY(!versions.error().isEmpty());
        QCOMPARE(versions.changes()->rowCount(), 0);
        QVERIFY(versions.suggestion().isEmpty());
    }

    // Known edits give known rows, each with its fields before and after;
    // going to a row selects what it is about, when it is still there.
    void diffRowsAndFieldPairs()
    {
        QTemporaryDir dir;
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir)));
        const int m = module(doc, email);
        const QString oldTitle = doc.curriculum().modules.at(m).title;
        const int oldDuration = doc.curriculum().modules.at(m).duration;
        doc.setModuleField(m, QStringLiteral("title"), QStringLiteral("Envoyer un courriel"));
        doc.setModuleField(m, QStringLiteral("duration"), oldDuration + 30);
        doc.removeModule(module(doc, passwords));
        const int a = 0;
        const QString activityId = doc.curriculum().modules.at(module(doc, arnaques)).activities.at(a).id;
        doc.setActivityField(module(doc, arnaques), a, QStringLiteral("title"), QStringLiteral("Bienvenue"));

        VersionController versions;
        versions.setDocument(&doc);
        versions.compareWith(StudioTest::shippedCurriculum());
        QVERIFY(versions.waitForDone(30000));
        const DiffModel &rows = *versions.changes();
        QCOMPARE(rows.rowCount(), 3);

        // Modules first, then activities: the groups of the view, in order.
        const int changed = rowOf(rows, QStringLiteral("module"), email);
        const int removed = rowOf(rows, QStringLiteral("module"), passwords);
        const int activity = rowOf(rows, QStringLiteral("activity"), activityId);
        QVERIFY(changed >= 0 && removed >= 0 && activity >= 0);
        QVERIFY(activity > changed && activity > removed);
        const QModelIndex index = rows.index(changed);
        QCOMPARE(rows.data(index, DiffModel::GroupRole).toString(), QStringLiteral("Ateliers"));
        QCOMPARE(rows.data(index, DiffModel::ChangeRole).toString(), QStringLiteral("renamed"));
        QCOMPARE(rows.data(index, DiffModel::BadgeRole).toString(), QStringLiteral("Renommé"));
        QCOMPARE(rows.data(index, DiffModel::BumpRole).toString(), QStringLiteral("minor"));
        QVERIFY(rows.data(index, DiffModel::SentenceRole).toString().contains(QStringLiteral("Envoyer un courriel")));
        QCOMPARE(rows.data(rows.index(removed), DiffModel::BadgeRole).toString(), QStringLiteral("Retiré"));
        QCOMPARE(rows.data(rows.index(activity), DiffModel::BadgeRole).toString(), QStringLiteral("Renommée"));
        QCOMPARE(rows.data(rows.index(activity), DiffModel::GroupRole).toString(), QStringLiteral("Activités"));

        const QVariantList fields = rows.fields(changed);
        QCOMPARE(fields.size(), 2);
        const auto pair = [](const QString &label, const QString &before, const QString &after) {
            return QVariant(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("before"), before},
                                        {QStringLiteral("after"), after}});
        };
        QCOMPARE(fields.at(0), pair(QStringLiteral("Le titre"), oldTitle, QStringLiteral("Envoyer un courriel")));
        QCOMPARE(fields.at(1).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("La durée"));
        QVERIFY(fields.at(1).toMap().value(QStringLiteral("before")).toString().contains(QString::number(oldDuration)));
        QVERIFY(fields.at(1).toMap().value(QStringLiteral("after")).toString().contains(QString::number(oldDuration + 30)));
        const QVariantList gone = rows.fields(removed);
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.at(0).toMap().value(QStringLiteral("after")).toString(), QString());
        QVERIFY(!gone.at(0).toMap().value(QStringLiteral("before")).toString().isEmpty());

        doc.select(QStringLiteral("curriculum"));
        QVERIFY(!versions.canGoTo(removed));
        QVERIFY(!versions.goTo(removed));
        QCOMPARE(doc.selectionKind(), QStringLiteral("curriculum"));
        QVERIFY(versions.goTo(activity));
        QCOMPARE(doc.selectionKind(), QStringLiteral("activity"));
        QCOMPARE(doc.moduleIndex(), module(doc, arnaques));
        QCOMPARE(doc.activityIndex(), a);
        QVERIFY(versions.goTo(changed));
        QCOMPARE(doc.selectionKind(), QStringLiteral("module"));
        QCOMPARE(doc.moduleIndex(), module(doc, email));

        // Again after an undo: the same version against the document as it is now.
        doc.undo();
        versions.refresh();
        QVERIFY(versions.waitForDone(30000));
        QCOMPARE(versions.changes()->rowCount(), 2);
        QCOMPARE(rowOf(*versions.changes(), QStringLiteral("activity"), activityId), -1);

        // In English, the same rows in English.
        doc.setLang(QStringLiteral("en"));
        QVERIFY(versions.changes()->get(rowOf(*versions.changes(), QStringLiteral("module"), passwords))
                    .value(QStringLiteral("sentence")).toString().contains(QStringLiteral("removed")));
    }

    // Base, a local adaptation and an upstream update that both change the
    // title and the duration of one module: two conflicts, decided one by
    // one; the rest merges by itself; the result is written, valid, opened.
    void mergeConflictsResolvedOneByOne()
    {
        QTemporaryDir dir;
        const QString base = StudioTest::copyCurriculum(dir, QStringLiteral("base"));
        const QString local = StudioTest::copyCurriculum(dir, QStringLiteral("leers"));
        const QString upstream = StudioTest::copyCurriculum(dir, QStringLiteral("upstream"));
        QString oldTitle, arnaquesSummary;
        {
            Document up;
            QVERIFY(up.open(upstream));
            const int m = module(up, email);
            oldTitle = up.curriculum().modules.at(m).title;
            up.setModuleField(m, QStringLiteral("title"), QStringLiteral("Écrire et envoyer un courriel"));
            up.setModuleField(m, QStringLiteral("duration"), 150);
            up.setModuleField(module(up, arnaques), QStringLiteral("summary"), QStringLiteral("Repérer les arnaques, édition 2027."));
            QVERIFY(up.newVersion(QStringLiteral("1.1.0"), notes(QStringLiteral("changed"), QStringLiteral("Courriel revu."))));
            QVERIFY(up.save());
        }
        Document doc;
        QVERIFY(doc.open(local));
        const int m = module(doc, email);
        doc.setModuleField(m, QStringLiteral("title"), QStringLiteral("Le courriel à Leers"));
        doc.setModuleField(m, QStringLiteral("duration"), 90 == doc.curriculum().modules.at(m).duration ? 100 : 90);
        const int localDuration = doc.curriculum().modules.at(m).duration;
        QVERIFY(doc.newVersion(QStringLiteral("1.0.0+leers.1"), notes(QStringLiteral("changed"), QStringLiteral("Adapté à Leers."))));
        QVERIFY(doc.save());

        MergeController merger;
        merger.setDocument(&doc);
        merger.start(upstream, base);
        QVERIFY(merger.isBusy());
        QVERIFY(merger.waitForDone(60000));
        QVERIFY2(merger.state() == QLatin1String("ready"), qPrintable(merger.error()));
        QCOMPARE(merger.baseVersion(), QStringLiteral("1.0.0"));
        QCOMPARE(merger.localVersion(), QStringLiteral("1.0.0+leers.1"));
        QCOMPARE(merger.upstreamVersion(), QStringLiteral("1.1.0"));
        QCOMPARE(merger.resultVersion(), QStringLiteral("1.1.0+leers.1"));
        QCOMPARE(merger.merged().size(), 1);
        QVERIFY2(merger.merged().first().contains(QStringLiteral("le résumé")), qPrintable(merger.merged().first()));
        QCOMPARE(merger.conflictCount(), 2);
        QCOMPARE(merger.unresolvedCount(), 2);

        // Writing before every conflict is decided is refused, and writes nothing.
        const QString target = dir.filePath(QStringLiteral("fusion"));
        merger.write(target);
        QVERIFY(merger.error().contains(QStringLiteral("2 conflit(s)")));
        QVERIFY(!QFileInfo::exists(target));

        // The title is about the module, each side wrote its own; the base's is the shipped one.
        const QVariantMap first = merger.conflict();
        QCOMPARE(first.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("field"));
        QCOMPARE(first.value(QStringLiteral("choice")).toString(), QStringLiteral("unresolved"));
        QVERIFY(first.value(QStringLiteral("sentence")).toString().contains(QStringLiteral("différemment")));
        const bool titleFirst = first.value(QStringLiteral("label")).toString() == QLatin1String("Le titre");
        merger.setCurrent(titleFirst ? 0 : 1);
        const QVariantMap title = merger.conflict();
        QCOMPARE(title.value(QStringLiteral("label")).toString(), QStringLiteral("Le titre"));
        QCOMPARE(title.value(QStringLiteral("base")).toString(), oldTitle);
        QCOMPARE(title.value(QStringLiteral("local")).toString(), QStringLiteral("Le courriel à Leers"));
        QCOMPARE(title.value(QStringLiteral("upstream")).toString(), QStringLiteral("Écrire et envoyer un courriel"));

        // Decided one by one: each choice goes on to the other, undecided one.
        merger.choose(QStringLiteral("local"));
        QCOMPARE(merger.unresolvedCount(), 1);
        QCOMPARE(merger.current(), titleFirst ? 1 : 0);
        const QVariantMap duration = merger.conflict();
        QCOMPARE(duration.value(QStringLiteral("label")).toString(), QStringLiteral("La durée"));
        QVERIFY(duration.value(QStringLiteral("upstream")).toString().contains(QStringLiteral("150")));
        merger.setCurrent(titleFirst ? 0 : 1);
        QCOMPARE(merger.conflict().value(QStringLiteral("choice")).toString(), QStringLiteral("local"));
        merger.setCurrent(titleFirst ? 1 : 0);
        merger.choose(QStringLiteral("upstream"));
        QCOMPARE(merger.unresolvedCount(), 0);
        QCOMPARE(merger.conflict().value(QStringLiteral("choice")).toString(), QStringLiteral("upstream"));

        QCOMPARE(merger.suggestedTarget(), dir.filePath(QStringLiteral("leers-1.1.0+leers.1")));
        QSignalSpy written(&merger, &MergeController::written);
        merger.write(target);
        QVERIFY(merger.waitForDone(60000));
        QVERIFY2(written.count() == 1, qPrintable(merger.error()));
        QCOMPARE(doc.sourcePath(), target);
        QCOMPARE(merger.state(), QStringLiteral("idle"));
        const Module &merged = doc.curriculum().modules.at(module(doc, email));
        QCOMPARE(merged.title, QStringLiteral("Le courriel à Leers"));
        QCOMPARE(merged.duration, 150);
        QVERIFY(localDuration != 150);
        QCOMPARE(doc.curriculum().version, QStringLiteral("1.1.0+leers.1"));
        QCOMPARE(doc.moduleData(module(doc, arnaques)).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Repérer les arnaques, édition 2027."));
        const Validator::Report report = Validator().validate(target);
        QVERIFY(report.usable);
        QCOMPARE(countSeverity(report.diagnostics, Severity::Error), 0);
    }

    // The bases offered are the versions of the curriculum installed in the
    // library, the one the local version adapts first in line.
    void baseCandidatesFromTheLibrary()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library"));
        qputenv("RELAIS_LIBRARY", QFile::encodeName(library));
        const auto cleanup = qScopeGuard([] { qunsetenv("RELAIS_LIBRARY"); });

        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir, QStringLiteral("leers"))));
        MergeController merger;
        merger.setDocument(&doc);
        QVERIFY(merger.baseCandidates().isEmpty());
        QVERIFY2(!QFileInfo::exists(library), "looking for a base does not create a library");

        // 1.0.0 as shipped, and 1.1.0, installed from their packs.
        const QString newer = StudioTest::copyCurriculum(dir, QStringLiteral("upstream"));
        {
            Document up;
            QVERIFY(up.open(newer));
            QVERIFY(up.newVersion(QStringLiteral("1.1.0"), notes(QStringLiteral("fixed"), QStringLiteral("Coquilles."))));
            QVERIFY(up.save());
        }
        QVERIFY(QDir().mkpath(library));
        Library installed(library);
        QVERIFY(installed.isOpen());
        for (const QString &folder : {StudioTest::shippedCurriculum(), newer}) {
            Diagnostics diags;
            const QString pack = dir.filePath(QFileInfo(folder).fileName() + QStringLiteral(".relais"));
            QVERIFY(Pack::write(FileSet::fromFolder(folder, diags), pack, diags));
            const ImportPlan plan = installed.prepare(pack);
            QVERIFY(plan.isInstallable());
            InstallOptions options;
            options.allowUnsigned = true;
            SilentMonitor monitor;
            QCOMPARE(installed.install(plan, options, monitor, diags), Library::Outcome::Done);
        }

        QVERIFY(doc.newVersion(QStringLiteral("1.0.0+leers.1"), notes(QStringLiteral("changed"), QStringLiteral("Adapté à Leers."))));
        const QVariantList bases = merger.baseCandidates();
        QCOMPARE(bases.size(), 2);
        const QVariantMap newest = bases.at(0).toMap(), oldest = bases.at(1).toMap();
        QCOMPARE(newest.value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));
        QCOMPARE(newest.value(QStringLiteral("suggested")).toBool(), false);
        QCOMPARE(oldest.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(oldest.value(QStringLiteral("suggested")).toBool(), true);
        QVERIFY(QFileInfo(oldest.value(QStringLiteral("folder")).toString() + QStringLiteral("/curriculum.xml")).isFile());
    }

    // A result that does not validate is not written, and says why.
    void invalidMergeShowsItsErrors()
    {
        QTemporaryDir dir;
        const QString base = StudioTest::copyCurriculum(dir, QStringLiteral("base"));
        const QString upstream = StudioTest::copyCurriculum(dir, QStringLiteral("upstream"));
        Document doc;
        QVERIFY(doc.open(StudioTest::copyCurriculum(dir, QStringLiteral("leers"))));
        // The pathways still use it: their sessions point at nothing.
        doc.removeModule(module(doc, passwords));

        MergeController merger;
        merger.setDocument(&doc);
        merger.start(upstream, base);
        QVERIFY(merger.waitForDone(60000));
        QCOMPARE(merger.state(), QStringLiteral("ready"));
        QCOMPARE(merger.conflictCount(), 0);
        const QString target = dir.filePath(QStringLiteral("fusion"));
        merger.write(target);
        QVERIFY(merger.waitForDone(60000));
        QCOMPARE(merger.state(), QStringLiteral("ready"));
        QVERIFY2(merger.error().contains(QStringLiteral("n'est pas valide")), qPrintable(merger.error()));
        QVERIFY2(merger.error().contains(passwords), qPrintable(merger.error()));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(doc.sourcePath(), dir.filePath(QStringLiteral("leers")));
    }
};

QTEST_MAIN(TestVersionController)
#include "tst_versioncontroller.moc"
