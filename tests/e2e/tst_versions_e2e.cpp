#include "studiotest.h"
#include "studiowindow.h"

#include <mergecontroller.h>
#include <versioncontroller.h>

#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

using namespace Relais;

namespace {

const QString email = QStringLiteral("courriel-envoyer-message");
const QString arnaques = QStringLiteral("arnaques-reperer");
const QString note = QStringLiteral("Nouvel atelier sur les SMS");
const QString titleSuffix = QStringLiteral(" (révisé)");

QVariantList changed(const QString &text)
{
    return {QVariantMap{{QStringLiteral("kind"), QStringLiteral("changed")}, {QStringLiteral("text"), text}}};
}

} // namespace

// The versions' screens of Relais Studio driven through its window, offscreen,
// at 1280×800: a new version from the File menu, the comparison with the
// folder the curriculum came from after a title was edited, and the merge of
// an update with its conflicts decided by the buttons. Each screen is saved
// as a PNG under the build folder (tests/e2e/versions-screens), to be looked at.
class TestVersionsE2E : public QObject
{
    Q_OBJECT

private:
    // The menu opened by a click on its title in the menu bar, then the item clicked.
    static bool fromMenu(StudioWindow &w, const QString &menu, const QString &itemName)
    {
        QQuickItem *title = StudioWindow::findItem(w.window()->contentItem(), [&menu](QQuickItem *i) {
            return i->inherits("QQuickMenuBarItem") && i->property("text").toString().remove(QLatin1Char('&')) == menu;
        });
        if (!w.click(title))
            return false;
        QQuickItem *item = nullptr;
        if (!QTest::qWaitFor([&] { return (item = w.item(itemName)) && item->isVisible() && item->height() > 0; }, 5000))
            return false;
        QTest::qWait(200);  // the menu's opening transition
        return w.click(item);
    }

    // Scrolled into view, as a person scrolls a long dialog, then clicked.
    static bool scrollAndClick(StudioWindow &w, QQuickItem *target)
    {
        for (QQuickItem *p = target ? target->parentItem() : nullptr; p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            const qreal y = target->mapToItem(p->property("contentItem").value<QQuickItem *>(), QPointF(0, 0)).y();
            const qreal end = qMax(0.0, p->property("contentHeight").toReal() - p->height());
            p->setProperty("contentY", qBound(0.0, y - 40, end));
            break;
        }
        return w.click(target);
    }

    static QObject *controllerOf(QObject *view)
    {
        return view->property("controller").value<QObject *>();
    }

    void screenshot(StudioWindow &w, const QString &name)
    {
        QTest::qWait(300);  // layouts that depend on sizes settle over a few frames
        const QImage image = w.window()->grabWindow();
        QCOMPARE(image.size(), QSize(1280, 800) * w.window()->devicePixelRatio());
        QVERIFY(image.save(QStringLiteral(RELAIS_VERSIONS_SCREENS_DIR "/fr-%1.png").arg(name)));
    }

    // The window at 1280×800, the curriculum in root opened.
    static bool startWindow(StudioWindow &w, const QString &root)
    {
        if (!w.window())
            return false;
        w.window()->resize(1280, 800);
        return w.show() && w.open(root);
    }

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(RELAIS_VERSIONS_SCREENS_DIR))); }

    // Fichier › Nouvelle version…, « mineure », one line of notes, Créer:
    // version 1.1.0 and its changelog entry, in the file once saved.
    void newVersionFromTheMenu()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        StudioWindow w;
        QVERIFY2(startWindow(w, root), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        doc->removeModule(StudioTest::moduleIndex(doc->curriculum(), QStringLiteral("mots-de-passe-surs")));

        QVERIFY(fromMenu(w, QStringLiteral("Fichier"), QStringLiteral("newVersionMenuItem")));
        QObject *dialog = w.object(QStringLiteral("newVersionDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(w.item(QStringLiteral("newVersionCurrent"))->property("text").toString(), QStringLiteral("Version actuelle : 1.0.0"));
        QCOMPARE(w.item(QStringLiteral("newVersion-major"))->property("text").toString(), QStringLiteral("Version majeure : 2.0.0"));
        QVERIFY(w.click(w.item(QStringLiteral("newVersion-patch"))));
        QCOMPARE(dialog->property("version").toString(), QStringLiteral("1.0.1"));

        // Compared with the folder it came from, a module removed: a major
        // version is chosen for the trainer; a minor one is warned about.
        QQuickItem *warning = w.item(QStringLiteral("newVersionWarning"));
        QVERIFY(!warning->isVisible());
        QVERIFY(QMetaObject::invokeMethod(controllerOf(dialog), "compareWith", Q_ARG(QString, StudioTest::shippedCurriculum())));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->property("bump").toString(), QStringLiteral("major"), 30000);
        QVERIFY(w.item(QStringLiteral("newVersion-major"))->property("checked").toBool());
        QVERIFY(w.item(QStringLiteral("newVersionComparison"))->property("text").toString().contains(QStringLiteral("un atelier supprimé")));
        QVERIFY(!warning->isVisible());
        QVERIFY(w.click(w.item(QStringLiteral("newVersion-minor"))));
        QCOMPARE(dialog->property("version").toString(), QStringLiteral("1.1.0"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->property("text").toString().contains(QStringLiteral("2.0.0")));
        screenshot(w, QStringLiteral("new-version-open"));
        QQuickItem *apply = w.item(QStringLiteral("newVersionApply"));
        QVERIFY(!apply->isEnabled());  // no change described yet

        QVERIFY(scrollAndClick(w, w.item(QStringLiteral("newVersionNote0"))));
        w.type(note);
        QTRY_VERIFY(apply->isEnabled());
        QCOMPARE(apply->property("text").toString(), QStringLiteral("Créer la version 1.1.0"));
        screenshot(w, QStringLiteral("new-version"));
        QVERIFY(w.click(apply));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        QCOMPARE(doc->curriculum().version, QStringLiteral("1.1.0"));
        QCOMPARE(doc->undoText(), QStringLiteral("Nouvelle version 1.1.0"));
        // The curriculum's form shows the version, which changes only through the dialog.
        doc->select(QStringLiteral("curriculum"));
        QTRY_COMPARE(w.item(QStringLiteral("curriculumVersion"))->property("text").toString(), QStringLiteral("Version actuelle : 1.1.0"));
        QVERIFY(scrollAndClick(w, w.item(QStringLiteral("curriculumNewVersion"))));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("version").toString(), QStringLiteral("1.2.0"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        screenshot(w, QStringLiteral("curriculum-version"));
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->isModified());
        const QString xml = QString::fromUtf8(TestUtil::readFile(root + QStringLiteral("/curriculum.xml")));
        QVERIFY(xml.contains(QStringLiteral("id=\"org.emmaus-connect.parcours-relais\" version=\"1.1.0\"")));
        QVERIFY2(xml.contains(QStringLiteral("<release version=\"1.1.0\" date=\"%1\">\n      <change kind=\"added\">%2</change>")
                                  .arg(QDate::currentDate().toString(Qt::ISODate), note)),
                 qPrintable(xml.left(2000)));
    }

    // A module's title edited, then Affichage › Comparer… against the
    // original folder: one row, its title before and after, a patch
    // suggested; « Aller à » brings the editor to the module.
    void compareAfterEditingATitle()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        StudioWindow w;
        QVERIFY2(startWindow(w, root), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        const int m = StudioTest::moduleIndex(doc->curriculum(), email);
        const QString title = doc->curriculum().modules.at(m).title;
        QTRY_VERIFY(w.navigatorRow(QStringLiteral("module"), m));
        QVERIFY(w.click(w.navigatorRow(QStringLiteral("module"), m)));
        QTRY_VERIFY(w.field(QStringLiteral("title")));
        QVERIFY(w.focusField(QStringLiteral("title")));
        w.type(titleSuffix);
        QCOMPARE(doc->curriculum().modules.at(m).title, title + titleSuffix);
        doc->select(QStringLiteral("curriculum"));

        QVERIFY(fromMenu(w, QStringLiteral("Affichage"), QStringLiteral("compareMenuItem")));
        QObject *view = w.object(QStringLiteral("compareView"));
        QVERIFY(view);
        QTRY_VERIFY(view->property("opened").toBool());
        // The file dialogs are the platform's: the path chosen is given as they would give it.
        QVERIFY(QMetaObject::invokeMethod(view, "compareWith", Q_ARG(QVariant, StudioTest::shippedCurriculum())));
        QObject *versions = controllerOf(view);
        QTRY_COMPARE_WITH_TIMEOUT(versions->property("state").toString(), QStringLiteral("done"), 30000);
        QCOMPARE(versions->property("suggestedVersion").toString(), QStringLiteral("1.0.1"));
        QTRY_VERIFY(w.item(QStringLiteral("compareSuggestion"))->property("text").toString().contains(QStringLiteral("1.0.1")));
        auto *rows = versions->property("changes").value<DiffModel *>();
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->get(0).value(QStringLiteral("entityId")).toString(), email);
        QCOMPARE(rows->fields(0).value(0).toMap().value(QStringLiteral("before")).toString(), title);
        QCOMPARE(rows->fields(0).value(0).toMap().value(QStringLiteral("after")).toString(), title + titleSuffix);
        // The row shows; the detail shows the title on both sides.
        QTRY_VERIFY(StudioWindow::findItem(w.item(QStringLiteral("compareDetail")), [&](QQuickItem *i) {
            return i->isVisible() && i->property("text").toString() == title + titleSuffix;
        }));
        screenshot(w, QStringLiteral("compare"));

        QVERIFY(w.click(w.item(QStringLiteral("compareGoTo"))));
        QTRY_VERIFY(!view->property("visible").toBool());
        QCOMPARE(doc->selectionKind(), QStringLiteral("module"));
        QCOMPARE(doc->moduleIndex(), m);

        // More edits, the view opened again: the same version against the document as it is now.
        doc->setModuleField(m, QStringLiteral("duration"), 150);
        doc->removeModule(StudioTest::moduleIndex(doc->curriculum(), QStringLiteral("mots-de-passe-surs")));
        doc->addModule();
        doc->setActivityField(StudioTest::moduleIndex(doc->curriculum(), arnaques), 0, QStringLiteral("title"),
                              QStringLiteral("Accueil"));
        QVERIFY(fromMenu(w, QStringLiteral("Affichage"), QStringLiteral("compareMenuItem")));
        QTRY_VERIFY(view->property("opened").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(versions->property("state").toString(), QStringLiteral("done"), 30000);
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(versions->property("suggestedVersion").toString(), QStringLiteral("2.0.0"));
        screenshot(w, QStringLiteral("compare-several"));
        QVERIFY(QMetaObject::invokeMethod(view, "close"));
    }

    // Fichier › Intégrer une mise à jour…: the update and the base given,
    // « Lancer la fusion »; two conflicts decided with the buttons, the result
    // written into a new folder and opened.
    void mergeAnUpdate()
    {
        QTemporaryDir tmp;
        const QString base = StudioTest::copyCurriculum(tmp, QStringLiteral("base"));
        const QString local = StudioTest::copyCurriculum(tmp, QStringLiteral("leers"));
        const QString upstream = StudioTest::copyCurriculum(tmp, QStringLiteral("upstream"));
        {
            Document up;
            QVERIFY(up.open(upstream));
            const int m = StudioTest::moduleIndex(up.curriculum(), email);
            up.setModuleField(m, QStringLiteral("title"), QStringLiteral("Écrire et envoyer un courriel"));
            up.setModuleField(m, QStringLiteral("duration"), 150);
            up.setModuleField(StudioTest::moduleIndex(up.curriculum(), arnaques), QStringLiteral("summary"),
                              QStringLiteral("Repérer les arnaques, édition 2027."));
            QVERIFY(up.newVersion(QStringLiteral("1.1.0"), changed(QStringLiteral("Courriel revu."))));
            QVERIFY(up.save());
        }
        StudioWindow w;
        QVERIFY2(startWindow(w, local), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        const int m = StudioTest::moduleIndex(doc->curriculum(), email);
        doc->setModuleField(m, QStringLiteral("title"), QStringLiteral("Le courriel à Leers"));
        doc->setModuleField(m, QStringLiteral("duration"), 100);
        QVERIFY(doc->newVersion(QStringLiteral("1.0.0+leers.1"), changed(QStringLiteral("Adapté à Leers."))));
        QVERIFY(doc->save());

        QVERIFY(fromMenu(w, QStringLiteral("Fichier"), QStringLiteral("mergeMenuItem")));
        QObject *view = w.object(QStringLiteral("mergeView"));
        QVERIFY(view);
        QTRY_VERIFY(view->property("opened").toBool());
        QQuickItem *start = w.item(QStringLiteral("mergeStart"));
        QVERIFY(!start->isEnabled());
        view->setProperty("upstreamPath", upstream);
        view->setProperty("basePath", base);
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(w.click(start));
        QObject *merger = controllerOf(view);
        QTRY_COMPARE_WITH_TIMEOUT(merger->property("state").toString(), QStringLiteral("ready"), 60000);
        QCOMPARE(merger->property("conflictCount").toInt(), 2);
        QTRY_COMPARE(w.item(QStringLiteral("mergeConflictHeading"))->property("text").toString(), QStringLiteral("Conflit 1 sur 2"));
        screenshot(w, QStringLiteral("merge"));

        // The title as written here, the duration as the update has it, whichever comes first.
        const auto side = [merger] {
            return merger->property("conflict").toMap().value(QStringLiteral("field")).toString() == QLatin1String("title")
                ? QStringLiteral("mergeKeepLocal") : QStringLiteral("mergeTakeUpstream");
        };
        QVERIFY(w.click(w.item(side())));
        QTRY_COMPARE(w.item(QStringLiteral("mergeConflictHeading"))->property("text").toString(), QStringLiteral("Conflit 2 sur 2"));
        QCOMPARE(w.item(QStringLiteral("mergeRemaining"))->property("text").toString(), QStringLiteral("Encore 1 conflit(s) à trancher."));
        QVERIFY(w.click(w.item(side())));
        QTRY_COMPARE(merger->property("unresolvedCount").toInt(), 0);
        QTRY_VERIFY(w.item(QStringLiteral("mergeWrite"))->isEnabled());
        const QString target = tmp.filePath(QStringLiteral("leers-1.1.0+leers.1"));
        QCOMPARE(view->property("target").toString(), target);
        screenshot(w, QStringLiteral("merge-decided"));
        QVERIFY(w.click(w.item(QStringLiteral("mergeWrite"))));
        QTRY_COMPARE_WITH_TIMEOUT(doc->sourcePath(), target, 60000);
        QTRY_VERIFY(!view->property("visible").toBool());
        QCOMPARE(w.studio().recentFiles().value(0), target);
        QCOMPARE(doc->curriculum().version, QStringLiteral("1.1.0+leers.1"));
        const Module &merged = doc->curriculum().modules.at(StudioTest::moduleIndex(doc->curriculum(), email));
        QCOMPARE(merged.title, QStringLiteral("Le courriel à Leers"));
        QCOMPARE(merged.duration, 150);
        QVERIFY(TestUtil::readFile(target + QStringLiteral("/modules/") + arnaques + QStringLiteral(".xml"))
                    .contains("Repérer les arnaques, édition 2027."));
    }
};

int main(int argc, char *argv[])
{
    return runInOwnHome<TestVersionsE2E>(argc, argv);
}

#include "tst_versions_e2e.moc"
