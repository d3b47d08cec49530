#include "studiotest.h"
#include "studiowindow.h"

#include <journal.h>
#include <pluginregistry.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

using namespace Relais;

namespace {

// The scenario's objects in curricula/parcours-relais.
const QString firstPages = QStringLiteral("premiers-pas-ecrans");   // module 1
const QString email = QStringLiteral("courriel-envoyer-message");   // module 2
const QString titleSuffix = QStringLiteral(" (essai)");
const QString statement = QStringLiteral("Le wifi d'un café est public.");
const QString newType = QStringLiteral("truefalse");
// What the killed child types into the title of module 2, in two bursts.
const QString crashFirst = QStringLiteral(" : à");
const QString crashSecond = QStringLiteral(" reprendre");

QString modulePath(const QString &root, const QString &id)
{
    return root + QStringLiteral("/modules/") + id + QStringLiteral(".xml");
}

QString moduleTitle(const Document &doc, int m)
{
    return doc.moduleData(m).value(QStringLiteral("title")).toString();
}

// The modules in the order curriculum.xml lists them.
QStringList moduleRefs(const QByteArray &curriculumXml)
{
    QStringList out;
    static const QRegularExpression ref(QStringLiteral("<module ref=\"([^\"]+)\"/>"));
    for (const QRegularExpressionMatch &m : ref.globalMatch(QString::fromUtf8(curriculumXml)))
        out << m.captured(1);
    return out;
}

// The errors `relais validate --json` reports, listed in `report`; -1 when
// the curriculum could not be read at all.
int cliErrors(const QString &root, QString &report)
{
    QProcess p;
    p.start(QStringLiteral(RELAIS_CLI), {QStringLiteral("validate"), root, QStringLiteral("--json")});
    if (!p.waitForFinished(120000)) {
        report = QStringLiteral("relais validate did not finish");
        return -1;
    }
    const QByteArray out = p.readAllStandardOutput();
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    for (const QJsonValue &d : json.value(QStringLiteral("diagnostics")).toArray())
        if (d[QStringLiteral("severity")].toString() == QLatin1String("error"))
            report += d[QStringLiteral("file")].toString() + QLatin1Char(':') + QString::number(d[QStringLiteral("line")].toInt())
                + QLatin1Char(' ') + d[QStringLiteral("message_en")].toString() + QLatin1Char('\n');
    if (!json.value(QStringLiteral("usable")).toBool()) {
        report += QString::fromUtf8(out + p.readAllStandardError());
        return -1;
    }
    return json.value(QStringLiteral("errors")).toInt();
}

// The child of crashAndRestore(): types into a title through the window,
// waits for the journal, says "ready" and waits to be killed.
int runChild(const QString &folder)
{
    auto fail = [](const char *what) {
        std::fprintf(stderr, "child: %s\n", what);
        return 1;
    };
    StudioWindow w;
    if (!w.window() || !w.show())
        return fail("the window did not show");
    if (!w.open(folder))
        return fail("the folder did not open");
    Document *doc = w.doc();
    const int m = StudioTest::moduleIndex(doc->curriculum(), email);
    if (!QTest::qWaitFor([&] { return w.navigatorRow(QStringLiteral("module"), m); }, 20000)
        || !w.click(w.navigatorRow(QStringLiteral("module"), m)))
        return fail("no navigator row to click");
    if (!QTest::qWaitFor([&] { return w.field(QStringLiteral("title")); }, 20000) || !w.focusField(QStringLiteral("title")))
        return fail("no title field");
    const QString original = moduleTitle(*doc, m);
    const QString journalFile = QStringLiteral("modules/") + email + QStringLiteral(".xml");
    auto journalHas = [&](const QString &title) {
        const std::optional<Journal> j = Journal::read(folder);
        return j && QString::fromUtf8(j->files.value(journalFile)).contains(QStringLiteral("<title>") + title + QStringLiteral("</title>"));
    };
    // Typing goes on after the journal was first written: the journal must
    // follow, though the undo stack merges the typing into one step.
    w.type(crashFirst);
    if (!QTest::qWaitFor([&] { return journalHas(original + crashFirst); }, 20000))
        return fail("the journal was not written");
    // The parent finds out what the journal missed: the restored title.
    w.type(crashSecond);
    if (!QTest::qWaitFor([&] { return journalHas(original + crashFirst + crashSecond); }, 5000))
        std::fprintf(stderr, "child: the journal still lacks the second part of the typing\n");
    std::printf("ready\n");
    std::fflush(stdout);
    // Never outlive a parent that died before killing this process.
    QTimer::singleShot(300000, qApp, &QCoreApplication::quit);
    return qApp->exec();
}

} // namespace

// Relais Studio driven as a trainer drives it, with the mouse and the
// keyboard on its window, on a copy of a shipped curriculum: the files on
// disk must say what was done, undo must come back to the very same bytes,
// and a killed Studio must offer the unsaved work back.
class TestStudioE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(PluginRegistry::instance().exerciseType(newType));
    }

    void editUndoRedoSave()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        QVERIFY(!root.isEmpty());
        const QMap<QString, QByteArray> original = TestUtil::readTree(root);

        StudioWindow w;
        QVERIFY(w.window());
        QVERIFY(w.show());
        QVERIFY2(w.open(root), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        QQuickWindow *window = w.window();
        const int m = StudioTest::moduleIndex(doc->curriculum(), firstPages);
        QCOMPARE(m, 1);
        const QString title = moduleTitle(*doc, m);
        QVERIFY(!window->title().contains(QStringLiteral("●")));

        // A click on the module in the navigator opens its form.
        QTRY_VERIFY(w.navigatorRow(QStringLiteral("module"), m));
        QVERIFY(w.click(w.navigatorRow(QStringLiteral("module"), m)));
        QCOMPARE(doc->selectionKind(), QStringLiteral("module"));
        QCOMPARE(doc->moduleIndex(), m);
        QTRY_VERIFY(w.field(QStringLiteral("title")));
        QCOMPARE(w.field(QStringLiteral("title"))->property("text").toString(), title);

        // Typing in the title: one undo step, the window says it is modified.
        QVERIFY(w.focusField(QStringLiteral("title")));
        w.type(titleSuffix);
        QCOMPARE(moduleTitle(*doc, m), title + titleSuffix);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->isModified());
        QTRY_VERIFY(window->title().startsWith(QStringLiteral("● ")));

        // Ctrl+Z, still in the field, takes the whole typing back: the
        // document is as it was opened. Redo brings the typing again.
        w.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(moduleTitle(*doc, m), title);
        QCOMPARE(w.field(QStringLiteral("title"))->property("text").toString(), title);
        QVERIFY2(!doc->isModified(), qPrintable(QStringLiteral("undo stack: %1 step(s), at %2").arg(doc->undoStack()->count()).arg(doc->undoStack()->index())));
        QTRY_VERIFY(!window->title().contains(QStringLiteral("●")));
        w.key(QKeySequence::Redo);
        QTRY_COMPARE(moduleTitle(*doc, m), title + titleSuffix);
        QCOMPARE(w.field(QStringLiteral("title"))->property("text").toString(), title + titleSuffix);
        QVERIFY(doc->isModified());

        // Alt+Down in the navigator moves the module down.
        QVERIFY(w.click(w.navigatorRow(QStringLiteral("module"), m)));
        w.key(Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(StudioTest::moduleIndex(doc->curriculum(), firstPages), m + 1);
        QCOMPARE(StudioTest::moduleIndex(doc->curriculum(), email), m);
        QCOMPARE(doc->selectionKind(), QStringLiteral("module"));
        QCOMPARE(doc->moduleIndex(), m + 1);

        // Ctrl+Shift+A, then the arrows and Enter in the list of types, adds an activity.
        const int moved = m + 1;
        const qsizetype activities = doc->curriculum().modules.at(moved).activities.size();
        w.key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QObject *typeDialog = w.object(QStringLiteral("activityTypeDialog"));
        QVERIFY(typeDialog);
        QTRY_VERIFY(typeDialog->property("opened").toBool());
        const QStringList types = PluginRegistry::instance().exerciseTypeIds();
        QVERIFY(types.indexOf(newType) > 0);
        for (qsizetype i = 0; i < types.indexOf(newType); ++i)
            w.key(Qt::Key_Down);
        w.key(Qt::Key_Return);
        QTRY_VERIFY(!typeDialog->property("visible").toBool());
        QCOMPARE(doc->curriculum().modules.at(moved).activities.size(), activities + 1);
        QCOMPARE(doc->selectionKind(), QStringLiteral("activity"));
        const int a = doc->activityIndex();
        const Activity added = doc->curriculum().modules.at(moved).activities.at(a);
        QCOMPARE(added.type, newType);

        // Its first statement, typed in the form built from the type's fields.
        const QString statementKey = QStringLiteral("payload/statements/0/text");
        QTRY_VERIFY(w.field(statementKey));
        QVERIFY(w.focusField(statementKey));
        w.type(statement);
        QTRY_COMPARE(doc->payload(moved, a).value(QStringLiteral("statements")).toList().value(0).toMap()
                         .value(QStringLiteral("text")).toString(),
                     statement);

        // Ctrl+S writes the folder.
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->isModified());
        QTRY_VERIFY(!window->title().contains(QStringLiteral("●")));

        const QString moduleXml = QString::fromUtf8(TestUtil::readFile(modulePath(root, firstPages)));
        QVERIFY(moduleXml.contains(QStringLiteral("<title>") + title + titleSuffix + QStringLiteral("</title>")));
        QVERIFY(moduleXml.contains(QStringLiteral("<activity id=\"%1\" type=\"%2\">").arg(added.id, newType)));
        QVERIFY(moduleXml.contains(statement));
        QStringList order = moduleRefs(original.value(QStringLiteral("curriculum.xml")));
        QCOMPARE(order.indexOf(firstPages), m);
        order.move(m, m + 1);
        QCOMPARE(moduleRefs(TestUtil::readFile(root + QStringLiteral("/curriculum.xml"))), order);
        QString report;
        QCOMPARE(cliErrors(root, report), 0);
        QVERIFY2(report.isEmpty(), qPrintable(report));

        // Undo everything from the keyboard, save: the very files of the start.
        QVERIFY(w.click(w.navigatorRow(QStringLiteral("module"), moved)));
        for (int i = 0; i < 50 && doc->canUndo(); ++i)
            w.key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!doc->canUndo());
        QVERIFY(doc->isModified());
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->isModified());
        const QMap<QString, QByteArray> after = TestUtil::readTree(root);
        QCOMPARE(after.keys(), original.keys());
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    // In a dialog, Ctrl+Z takes back what is typed there, not the document's last step.
    void undoInDialog()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        const QString image = tmp.path() + QStringLiteral("/photo.png");
        QImage(4, 4, QImage::Format_RGB32).save(image, "PNG");
        StudioWindow w;
        QVERIFY(w.show());
        QVERIFY2(w.open(root), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        const int index = doc->importMedia(QUrl::fromLocalFile(image));
        QVERIFY(index >= 0);
        const int steps = doc->undoStack()->count();
        QObject *dialog = w.object(QStringLiteral("describeMediaDialog"));
        QVERIFY(dialog);
        dialog->setProperty("index", index);
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        w.type(QStringLiteral("Une photo"));
        w.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->undoStack()->count(), steps);
        QCOMPARE(doc->undoStack()->index(), steps);
        QCOMPARE(doc->curriculum().media.size(), index + 1);
    }

    // Ctrl+E, the offline site chosen with the arrow keys, the module being
    // edited as the content, "Exporter" clicked: the site is written beside
    // the curriculum and the dialog says where.
    void exportThroughTheDialog()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        StudioWindow w;
        QVERIFY(w.show());
        QVERIFY2(w.open(root), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        doc->select(QStringLiteral("module"), StudioTest::moduleIndex(doc->curriculum(), email));
        QTRY_VERIFY(w.editor());

        w.key(Qt::Key_E, Qt::ControlModifier);
        QObject *dialog = w.object(QStringLiteral("exportToolDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        const QVariantList formats = dialog->property("formats").toList();
        int html = -1;
        for (int i = 0; i < formats.size(); ++i)
            if (formats.at(i).toMap().value(QStringLiteral("id")) == QLatin1String("html"))
                html = i;
        QVERIFY2(html >= 0, "the html exporter is installed");
        QQuickItem *list = w.item(QStringLiteral("exportFormats"));
        QTRY_VERIFY(w.window()->activeFocusItem() == list || list->isAncestorOf(w.window()->activeFocusItem()));
        for (int i = 0; i < html; ++i)
            w.key(Qt::Key_Down);
        QCOMPARE(dialog->property("formatIndex").toInt(), html);
        const QString expected = tmp.filePath(email + QStringLiteral("-html"));
        QCOMPARE(dialog->property("path").toString(), expected);

        QVERIFY(w.click(w.item(QStringLiteral("exportStart"))));
        QObject *controller = dialog->property("controller").value<QObject *>();
        QTRY_COMPARE_WITH_TIMEOUT(controller->property("state").toString(), QStringLiteral("done"), 60000);
        QVERIFY(QFileInfo(expected + QStringLiteral("/index.html")).isFile());
        QTRY_VERIFY(w.item(QStringLiteral("exportOutcome"))->isVisible());
        QVERIFY(w.item(QStringLiteral("exportOutcome"))->property("text").toString().contains(email + QStringLiteral("-html")));
        QVERIFY(w.item(QStringLiteral("exportOpenFolder"))->isVisible());
        QVERIFY(!doc->isModified());
    }

    void crashAndRestore()
    {
        QTemporaryDir tmp;
        const QString root = StudioTest::copyCurriculum(tmp);
        QVERIFY(!root.isEmpty());
        const QMap<QString, QByteArray> before = TestUtil::readTree(root);
        const QString title = [&] {
            Document d;
            return d.open(root) ? moduleTitle(d, StudioTest::moduleIndex(d.curriculum(), email)) : QString();
        }();
        QVERIFY(!title.isEmpty());
        const QString edited = title + crashFirst + crashSecond;

        // The child is this program: same test locations, so the same journal and lock.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_STUDIO_JOURNAL_MS"), QStringLiteral("200"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), root});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray out;
        auto ready = [&] {
            out += child.readAllStandardOutput();
            return out.contains("ready\n");
        };
        QTRY_VERIFY_WITH_TIMEOUT(ready() || child.state() == QProcess::NotRunning, 120000);
        QVERIFY2(ready(), qPrintable(QString::fromLocal8Bit(out + child.readAllStandardError())));

        // While it runs, the folder is locked: a second Studio says by whom.
        {
            Document other;
            QVERIFY(!other.open(root));
            QVERIFY2(other.lastError().contains(QString::number(child.processId())), qPrintable(other.lastError()));
        }
        QVERIFY(Document::hasRecovery(root));

        child.kill();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(TestUtil::readTree(root) == before);
        QVERIFY(Document::hasRecovery(root));

        // The next start offers the work back.
        StudioWindow w;
        QVERIFY(w.window());
        QVERIFY(w.show());
        QVERIFY2(w.open(root), qPrintable(w.doc()->lastError()));
        Document *doc = w.doc();
        const int m = StudioTest::moduleIndex(doc->curriculum(), email);
        QCOMPARE(moduleTitle(*doc, m), title);
        QObject *dialog = w.object(QStringLiteral("recoveryDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(w.click(w.item(QStringLiteral("restoreButton"))));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY2(w.openPopups().isEmpty(), qPrintable(QStringLiteral("still open: ") + w.openPopups().join(QStringLiteral(", "))));
        QCOMPARE(moduleTitle(*doc, m), edited);
        QVERIFY(doc->isModified());
        QTRY_VERIFY(w.window()->title().startsWith(QStringLiteral("● ")));

        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->isModified());
        QVERIFY(QString::fromUtf8(TestUtil::readFile(modulePath(root, email)))
                    .contains(QStringLiteral("<title>") + edited + QStringLiteral("</title>")));
        QVERIFY(!Document::hasRecovery(root));
        QVERIFY(!QFileInfo::exists(Journal::pathFor(root)));
    }
};

int main(int argc, char *argv[])
{
    // `--child <folder>`: the Studio that crashAndRestore() kills. It shares
    // the parent's home; the tests get one of their own, so that journals,
    // locks and settings left by other tests never show up here.
    const bool child = argc == 3 && qstrcmp(argv[1], "--child") == 0;
    std::optional<QTemporaryDir> home;
    if (!child) {
        home.emplace();
        qputenv("HOME", QFile::encodeName(home->path()));
    }
    StudioWindow::initApplication();
    QGuiApplication app(argc, argv);
    if (child)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestStudioE2E test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studio_e2e.moc"
