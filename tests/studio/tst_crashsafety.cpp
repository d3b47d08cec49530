// Crash safety: processes killed (SIGKILL) at random moments while they save
// a curriculum, import a pack into a library or write a pack. After each
// kill, what is on disk is all of the old state or all of the new one, and
// the recovery journal brings back the edits a killed save did not write.
//
// Saves run in a child: this program started with --save-child opens a copy
// of parcours-relais as a Document and makes edit after edit (edit k is a
// fixed function of k: a field, a payload, a module added, duplicated,
// renamed, removed, a media imported and removed), each journaled and saved,
// telling the parent on its standard output. The parent made the same edits
// in-process beforehand and kept the bytes of every state. The child lives
// in a sandbox (HOME, XDG folders and TMPDIR inside the test's folder), so a
// file it writes anywhere but the curriculum folder, the journals, the locks
// and the hash cache shows.
//
// The moments come from a seeded generator: the seed is printed, and
// RELAIS_CRASH_SEED=<seed> replays a run. RELAIS_CRASH_SAVES (default 300),
// RELAIS_CRASH_IMPORTS (200) and RELAIS_CRASH_PACKS (100) set how many
// processes of each kind are killed, for slower builds (sanitizers).

#include "libraryprobe.h"
#include "librarytest.h"
#include "studiotest.h"

#include <curriculumwriter.h>
#include <fileset.h>
#include <validator.h>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Relais;
using Files = QMap<QString, QByteArray>;

namespace {

const char saveChildFlag[] = "--save-child";
constexpr int lastEdit = 40;
// Where a save stages its files, and its commit record, in the curriculum folder.
const QString stagingName = QStringLiteral(".relais-save");
const QString recordName = QStringLiteral("commit");
const QString curriculumId = LibraryTest::curriculumId;

int knob(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

// The files of a state that differ from another's, for failure messages.
QString difference(const Files &actual, const Files &expected)
{
    QStringList out;
    QStringList paths = actual.keys() + expected.keys();
    paths.removeDuplicates();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        if (!expected.contains(path))
            out << QStringLiteral("extra %1").arg(path);
        else if (!actual.contains(path))
            out << QStringLiteral("missing %1").arg(path);
        else if (actual.value(path) != expected.value(path))
            out << QStringLiteral("changed %1").arg(path);
    }
    return out.join(QStringLiteral(", "));
}

QString imageName(int k)
{
    return QStringLiteral("image-%1.svg").arg(k);
}

QByteArray image(int k)
{
    return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\" viewBox=\"0 0 40 40\">"
                             "<rect width=\"40\" height=\"40\" fill=\"#1b5e20\"/><text x=\"6\" y=\"26\" fill=\"#fff\">")
        + QByteArray::number(k) + QByteArrayLiteral("</text></svg>\n");
}

// The first activity of a type, as (module, activity).
std::pair<int, int> firstActivity(const Curriculum &c, const QString &type)
{
    for (int m = 0; m < c.modules.size(); ++m)
        for (int a = 0; a < c.modules.at(m).activities.size(); ++a)
            if (c.modules.at(m).activities.at(a).type == type)
                return {m, a};
    return {-1, -1};
}

// Edit k, the same whoever makes it: saves that change one file, several
// (a renamed module and the pathways that run it), add files and remove them.
void applyEdit(Document &doc, int k, const QString &sources)
{
    const Curriculum &c = doc.curriculum();
    const QString n = QString::number(k);
    const int last = int(c.modules.size()) - 1;
    doc.select(QStringLiteral("curriculum"));  // new modules go at the end
    switch (k % 10) {
    case 1:
        doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Parcours Relais numériques, révision ") + n);
        break;
    case 2:
        doc.setModuleField((k / 10) % int(c.modules.size()), QStringLiteral("title"), QStringLiteral("Atelier révisé n° ") + n);
        break;
    case 3: {
        const auto [m, a] = firstActivity(c, QStringLiteral("mcq"));
        doc.setPayloadValue(m, a, {QStringLiteral("question")}, QStringLiteral("Que faites-vous, cas n° %1 ?").arg(n));
        break;
    }
    case 4: {
        // What the Studio adds, completed as the schema requires.
        const int m = doc.addModule();
        doc.addModuleItem(m, QStringLiteral("equipment"));
        doc.setModuleItemField(m, QStringLiteral("equipment"), 0, QStringLiteral("text"), QStringLiteral("Un ordinateur par personne"));
        doc.addModuleItem(m, QStringLiteral("runningOrder"));
        break;
    }
    case 5:
        doc.setModuleField(2, QStringLiteral("id"), QStringLiteral("atelier-") + n);
        break;
    case 6:
        doc.duplicateModule(last);
        break;
    case 7:
        doc.setMediaField(doc.importMedia(QUrl::fromLocalFile(sources + QLatin1Char('/') + imageName(k))), QStringLiteral("alt"),
                          QStringLiteral("Le chiffre ") + n + QStringLiteral(" en blanc sur fond vert."));
        break;
    case 8:
        doc.setPathwayField(0, QStringLiteral("title"), QStringLiteral("Parcours révisé n° ") + n);
        doc.setActivityField(0, 0, QStringLiteral("title"), QStringLiteral("Activité révisée n° ") + n);
        break;
    case 9:
        doc.removeModule(last);
        doc.removeMedia(int(c.media.size()) - 1);
        break;
    default:
        doc.removeModule(last);
        break;
    }
}

void say(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    // One write per line, unbuffered: what the parent reads was said before the kill.
    [[maybe_unused]] const ssize_t written = ::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size()));
}

// The child: --save-child <folder> <first edit> <sources> [<file size limit>].
// With a limit, files may not grow past it from the first save on (as on a
// full disk) and the child stops at the first save that fails.
int runSaveChild(const QStringList &args)
{
    const QString folder = args.value(2);
    const int first = args.value(3).toInt();
    const QString sources = args.value(4);
    const qint64 limit = args.size() > 5 ? args.value(5).toLongLong() : -1;
    Document doc;
    if (!doc.open(folder)) {
        say("error " + doc.lastError().toUtf8().replace('\n', " | "));
        return 2;
    }
    say("ready");
    for (int k = first; k <= lastEdit; ++k) {
        const QByteArray n = QByteArray::number(k);
        applyEdit(doc, k, sources);
        say(n + " edited");
        // Every third edit is journaled by save() itself.
        if (k % 3 != 0) {
            doc.writeJournal();
            say(n + " journaled");
        }
        if (limit >= 0) {
            std::signal(SIGXFSZ, SIG_IGN);  // writing past the limit fails with EFBIG
            const struct rlimit capped{rlim_t(limit), rlim_t(limit)};
            setrlimit(RLIMIT_FSIZE, &capped);
        }
        say(n + " saving");
        QElapsedTimer timer;
        timer.start();
        if (!doc.save()) {
            say(n + " failed " + doc.lastError().toUtf8().replace('\n', " | "));
            return 3;
        }
        say(n + " saved " + QByteArray::number(timer.nsecsElapsed() / 1000));
    }
    say("done");
    return 0;
}

// Reads the child's output until a whole line that starts with `start`;
// false when the child ended first.
bool waitForLine(QProcess &p, QByteArray &out, const QByteArray &start)
{
    const QDeadlineTimer deadline(120000);
    for (;;) {
        out += p.readAllStandardOutput();
        const QByteArray lines = '\n' + out;
        const qsizetype at = lines.indexOf('\n' + start);
        if (at >= 0 && lines.indexOf('\n', at + 1) >= 0)
            return true;
        if (p.state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        p.waitForReadyRead(50);
    }
}

// SIGKILL, unless it ended already; true once it is gone and reaped.
bool kill(QProcess &p)
{
    if (p.state() != QProcess::NotRunning)
        p.kill();
    return p.state() == QProcess::NotRunning || p.waitForFinished(60000);
}

void sleepMicroseconds(qint64 us)
{
    if (us > 0)
        QThread::usleep(quint64(us));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void interruptedSave_data();
    void interruptedSave();
    void hostileLeftovers_data();
    void hostileLeftovers();
    void fullDisk_data();
    void fullDisk();

    void killedSaves();
    void killedImports();
    void killedPackWrites();

private:
    struct Counts
    {
        int killed = 0, finished = 0;
        int midSave = 0, rolledForward = 0, discarded = 0;
        int restoredAndSaved = 0, restoredAndClosed = 0, journalDiscarded = 0, journalDropped = 0;
        int orphanWithoutJournal = 0;
    };

    // How long a `relais` run takes, whole and from its first write (a file
    // whose name starts with `prefix` appearing in `folder`), in µs.
    struct Timing
    {
        qint64 full = 0, writing = 0;
    };
    void timeRelais(const QStringList &args, const QMap<QString, QString> &env, const QString &folder, const QByteArray &prefix,
                    Timing &timing) const;
    // Runs `relais` and kills it at a random moment of its run, or of what
    // follows its first write.
    void killRelais(const QStringList &args, const QMap<QString, QString> &env, const QString &folder, const QByteArray &prefix,
                    const Timing &timing, bool fromWriting);

    void resetWork(const QString &folder, int state) const;
    void startChild(QProcess &p, const QString &folder, int first, qint64 limit = -1) const;
    void checkAfterKill(const QByteArray &out, int first, Counts &counts, int &state);
    void checkRestored(const Document &doc, int state) const;
    void checkNothingOutside() const;
    QMap<QString, QString> cliEnvironment() const;
    // A writable copy of a state, to leave a save's remains in by hand.
    QString leftoversFolder(const QString &name) const;

    QTemporaryDir m_tmp;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QString m_sandbox, m_home, m_work, m_sources;
    QMap<QString, QString> m_childEnv;
    QList<Files> m_states;  // m_states[k]: every file of the folder after edit k is saved
};

void TestCrashSafety::initTestCase()
{
    bool replay = false;
    m_seed = quint32(qEnvironmentVariableIntValue("RELAIS_CRASH_SEED", &replay));
    if (!replay)
        m_seed = QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    qInfo("seed %u (RELAIS_CRASH_SEED=%u replays these moments)", m_seed, m_seed);

    QVERIFY(m_tmp.isValid());
    m_sandbox = m_tmp.filePath(QStringLiteral("sandbox"));
    m_home = m_sandbox + QStringLiteral("/home");
    for (const QString &dir : {QStringLiteral("home"), QStringLiteral("tmp"), QStringLiteral("work"), QStringLiteral("xdg/data"),
                               QStringLiteral("xdg/cache"), QStringLiteral("xdg/config"), QStringLiteral("run")})
        QVERIFY(QDir().mkpath(m_sandbox + QLatin1Char('/') + dir));
    QVERIFY(QFile::setPermissions(m_sandbox + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_childEnv = {{QStringLiteral("HOME"), m_home},
                  {QStringLiteral("TMPDIR"), m_sandbox + QStringLiteral("/tmp")},
                  {QStringLiteral("XDG_DATA_HOME"), m_sandbox + QStringLiteral("/xdg/data")},
                  {QStringLiteral("XDG_CACHE_HOME"), m_sandbox + QStringLiteral("/xdg/cache")},
                  {QStringLiteral("XDG_CONFIG_HOME"), m_sandbox + QStringLiteral("/xdg/config")},
                  {QStringLiteral("XDG_RUNTIME_DIR"), m_sandbox + QStringLiteral("/run")}};
    // This process reads the journals, takes the locks and fills the hash
    // cache of the child's home: the same folders, found the same way.
    qputenv("HOME", QFile::encodeName(m_home));
    m_work = m_sandbox + QStringLiteral("/work/parcours-relais");

    m_sources = m_tmp.filePath(QStringLiteral("sources"));
    for (int k = 7; k <= lastEdit; k += 10)
        QVERIFY(TestUtil::writeFile(m_sources + QLatin1Char('/') + imageName(k), image(k)));

    // Every state, made by the same edits in this process.
    const QString folder = m_tmp.filePath(QStringLiteral("states/parcours-relais"));
    QVERIFY(TestUtil::copyTree(StudioTest::shippedCurriculum(), folder));
    m_states = {TestUtil::readTree(folder)};
    Document doc;
    QVERIFY2(doc.open(folder), qPrintable(doc.lastError()));
    for (int k = 1; k <= lastEdit; ++k) {
        applyEdit(doc, k, m_sources);
        QVERIFY2(doc.save(), qPrintable(doc.lastError()));
        m_states << TestUtil::readTree(folder);
        QVERIFY2(m_states.at(k) != m_states.at(k - 1), qPrintable(QStringLiteral("edit %1 changes nothing").arg(k)));
        const Validator::Report report = Validator().validate(folder);
        QStringList errors;
        for (const Diagnostic &d : report.diagnostics)
            if (d.severity == Severity::Error)
                errors << d.location.file + QStringLiteral(": ") + d.message(QStringLiteral("en"));
        QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("state %1: %2").arg(k).arg(errors.join(QLatin1Char('\n')))));
    }
    doc.close();
}

void TestCrashSafety::cleanup()
{
    StudioTest::removeStaleJournals();
}

void TestCrashSafety::resetWork(const QString &folder, int state) const
{
    QDir(folder).removeRecursively();
    Journal::remove(folder);
    const Files &files = m_states.at(state);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(TestUtil::writeFile(folder + QLatin1Char('/') + it.key(), it.value()));
}

void TestCrashSafety::startChild(QProcess &p, const QString &folder, int first, qint64 limit) const
{
    p.setProcessEnvironment(TestUtil::environment(m_childEnv));
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QString::fromLatin1(saveChildFlag), folder, QString::number(first), m_sources};
    if (limit >= 0)
        args << QString::number(limit);
    p.start(QCoreApplication::applicationFilePath(), args);
    QVERIFY(p.waitForStarted());
}

QString TestCrashSafety::leftoversFolder(const QString &name) const
{
    const QString folder = m_tmp.filePath(QStringLiteral("leftovers/") + name);
    resetWork(folder, 4);
    return folder;
}

// ---- Saves left half-way, by hand -------------------------------------------

// What a save killed at each of its steps leaves: the save of edit 5, which
// renames a module (a new file, curriculum.xml, a pathway, an old file gone).
// Opening the folder finishes it once its commit record is written, and
// discards it before.
void TestCrashSafety::interruptedSave_data()
{
    QTest::addColumn<int>("staged");        // files written into the staging folder (-1: all)
    QTest::addColumn<bool>("record");       // the commit record written
    QTest::addColumn<int>("applied");       // files renamed into place (-1: all, and the removal done)
    QTest::addColumn<bool>("stagingLeft");  // the staging folder still there
    QTest::addColumn<int>("expected");      // the state found after opening

    QTest::newRow("killed while staging") << 1 << false << 0 << true << 4;
    QTest::newRow("killed before its record") << -1 << false << 0 << true << 4;
    QTest::newRow("killed before applying") << -1 << true << 0 << true << 5;
    QTest::newRow("killed while applying") << -1 << true << 2 << true << 5;
    QTest::newRow("killed while removing its staging") << 0 << false << -1 << true << 5;
    QTest::newRow("killed holding the lock only") << 0 << false << 0 << false << 4;
}

void TestCrashSafety::interruptedSave()
{
    QFETCH(int, staged);
    QFETCH(bool, record);
    QFETCH(int, applied);
    QFETCH(bool, stagingLeft);
    QFETCH(int, expected);
    const QString folder = leftoversFolder(QString::fromLatin1(QTest::currentDataTag()));
    const QString staging = folder + QLatin1Char('/') + stagingName;
    const Files &before = m_states.at(4);
    const Files &after = m_states.at(5);
    Files writes;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            writes.insert(it.key(), it.value());
    QStringList removals;
    for (const QString &path : before.keys())
        if (!after.contains(path))
            removals << path;
    QCOMPARE(writes.size(), 3);
    QCOMPARE(removals.size(), 1);

    if (stagingLeft)
        QVERIFY(QDir().mkpath(staging));
    QJsonArray recordWrites;
    int i = 0;
    for (auto it = writes.cbegin(); it != writes.cend(); ++it, ++i) {
        recordWrites.append(QJsonObject{{QStringLiteral("path"), it.key()}, {QStringLiteral("staged"), QString::number(i)}});
        if (applied < 0 || i < applied)
            QVERIFY(TestUtil::writeFile(folder + QLatin1Char('/') + it.key(), it.value()));
        else if (staged < 0 || i < staged)
            QVERIFY(TestUtil::writeFile(staging + QLatin1Char('/') + QString::number(i), it.value()));
    }
    if (applied < 0)
        for (const QString &path : std::as_const(removals))
            QVERIFY(QFile::remove(folder + QLatin1Char('/') + path));
    if (record)
        QVERIFY(TestUtil::writeFile(staging + QLatin1Char('/') + recordName,
                                    QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                                              {QStringLiteral("write"), recordWrites},
                                                              {QStringLiteral("remove"), QJsonArray::fromStringList(removals)}})
                                        .toJson()));
    // The lock of the killed save: its process is gone.
    QVERIFY(TestUtil::writeFile(folder + QStringLiteral("/.relais-save.lock"), "99999999\nrelais\n\n"));

    Diagnostics diags;
    const FileSet files = FileSet::fromFolder(folder, diags);
    QVERIFY2(diags.isEmpty(), qPrintable(diags.value(0).message(QStringLiteral("en"))));
    const Files found = TestUtil::readTree(folder);
    QVERIFY2(found == m_states.at(expected), qPrintable(difference(found, m_states.at(expected))));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("curriculum.xml"), QStringLiteral("media"), QStringLiteral("modules"), QStringLiteral("pathways")}));
    // What was read is what is there now.
    QCOMPARE(files.file(QStringLiteral("curriculum.xml"))->data, m_states.at(expected).value(QStringLiteral("curriculum.xml")));
}

// Remains of a save that Relais did not write (a folder received from
// someone else): nothing outside the folder is ever written, read or
// removed, and the folder keeps its files.
void TestCrashSafety::hostileLeftovers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");  // in the record; {outside} is the folder beside the curriculum

    QTest::newRow("write to the parent folder") << QStringLiteral("write") << QStringLiteral("../outside/written.xml");
    QTest::newRow("write by an absolute path") << QStringLiteral("write") << QStringLiteral("{outside}/written.xml");
    QTest::newRow("write through a dot-dot") << QStringLiteral("write") << QStringLiteral("modules/../../outside/written.xml");
    QTest::newRow("write a file that is not the curriculum's") << QStringLiteral("write") << QStringLiteral(".git/config");
    QTest::newRow("write through a link") << QStringLiteral("write") << QStringLiteral("media/lien/written.xml");
    QTest::newRow("remove in the parent folder") << QStringLiteral("remove") << QStringLiteral("../outside/keep.txt");
    QTest::newRow("remove through a link") << QStringLiteral("remove") << QStringLiteral("media/lien/keep.txt");
    QTest::newRow("staged file is a link") << QStringLiteral("staged-link") << QStringLiteral("modules/lu-ailleurs.xml");
    QTest::newRow("staging folder is a link") << QStringLiteral("staging-link") << QStringLiteral("modules/lu-ailleurs.xml");
}

void TestCrashSafety::hostileLeftovers()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    static int row = 0;
    const QString folder = leftoversFolder(QStringLiteral("hostile-%1/parcours-relais").arg(++row));
    const QString outside = QFileInfo(folder).absolutePath() + QStringLiteral("/outside");
    QVERIFY(TestUtil::writeFile(outside + QStringLiteral("/keep.txt"), "à garder\n"));
    QVERIFY(TestUtil::writeFile(outside + QStringLiteral("/0"), "lu ailleurs\n"));
    QVERIFY(QFile::link(outside, folder + QStringLiteral("/media/lien")));
    path.replace(QStringLiteral("{outside}"), outside);

    const QString staging = folder + QLatin1Char('/') + stagingName;
    QJsonObject record{{QStringLiteral("format"), 1}, {QStringLiteral("write"), QJsonArray()}, {QStringLiteral("remove"), QJsonArray()}};
    if (kind == QLatin1String("remove"))
        record.insert(QStringLiteral("remove"), QJsonArray{path});
    else
        record.insert(QStringLiteral("write"), QJsonArray{QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("staged"), QStringLiteral("0")}}});
    const QByteArray recordBytes = QJsonDocument(record).toJson();
    if (kind == QLatin1String("staging-link")) {
        QVERIFY(TestUtil::writeFile(outside + QStringLiteral("/commit"), recordBytes));
        QVERIFY(QFile::link(outside, staging));
    } else {
        QVERIFY(TestUtil::writeFile(staging + QLatin1Char('/') + recordName, recordBytes));
        if (kind == QLatin1String("staged-link"))
            QVERIFY(QFile::link(outside + QStringLiteral("/0"), staging + QStringLiteral("/0")));
        else
            QVERIFY(TestUtil::writeFile(staging + QStringLiteral("/0"), "<module/>\n"));
    }
    const Files outsideWithRecord = TestUtil::readTree(outside);

    Diagnostics diags;
    FileSet::fromFolder(folder, diags);
    QCOMPARE(TestUtil::readTree(outside), outsideWithRecord);
    QVERIFY(!QFileInfo::exists(staging) && !QFileInfo(staging).isSymLink());
    QVERIFY(QFile::remove(folder + QStringLiteral("/media/lien")));
    const Files found = TestUtil::readTree(folder);
    QVERIFY2(found == m_states.at(4), qPrintable(difference(found, m_states.at(4))));
    QStringList codes;
    for (const Diagnostic &d : diags)
        codes << d.code;
    // The link to outside is reported as any link in a curriculum. A link
    // named like the staging folder is only removed; a record that names
    // other paths is refused as a whole.
    QStringList expected{QStringLiteral("io.symlink")};
    if (kind != QLatin1String("staging-link"))
        expected.prepend(QStringLiteral("save.record-damaged"));
    QCOMPARE(codes, expected);
}

// ---- A full disk ------------------------------------------------------------

void TestCrashSafety::fullDisk_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<qint64>("limit");  // bytes any one file may reach

    QTest::newRow("module renamed, 1 KiB") << 5 << qint64(1024);
    QTest::newRow("module renamed, 8 KiB") << 5 << qint64(8192);
    QTest::newRow("pathway and module, 4 KiB") << 8 << qint64(4096);
}

// A save that cannot write leaves the folder as it was, says why and what to
// do, and its journal still holds the edit.
void TestCrashSafety::fullDisk()
{
    QFETCH(int, edit);
    QFETCH(qint64, limit);
    const QString folder = m_tmp.filePath(QStringLiteral("full/%1-%2/parcours-relais").arg(edit).arg(limit));
    resetWork(folder, edit - 1);
    QProcess child;
    startChild(child, folder, edit, limit);
    QVERIFY(child.waitForFinished(120000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 3, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("%1 failed ").arg(edit)), qPrintable(out));
    // In French, the Studio's language: the file, the reason, and what to do.
    QVERIFY2(out.contains(QStringLiteral("Impossible d'écrire « %1/").arg(folder)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("File too large")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("les fichiers du dossier n'ont pas changé")), qPrintable(out));

    const Files found = TestUtil::readTree(folder);
    QVERIFY2(found == m_states.at(edit - 1), qPrintable(difference(found, m_states.at(edit - 1))));
    Document doc;
    QVERIFY(doc.open(folder));
    QVERIFY(Document::hasRecovery(folder));
    QVERIFY(doc.restoreRecovery());
    checkRestored(doc, edit);
    QVERIFY2(doc.save(), qPrintable(doc.lastError()));
    const Files saved = TestUtil::readTree(folder);
    QVERIFY2(saved == m_states.at(edit), qPrintable(difference(saved, m_states.at(edit))));
}

// ---- Saves killed at random moments -------------------------------------------

void TestCrashSafety::checkRestored(const Document &doc, int state) const
{
    Files expected;
    const Files &files = m_states.at(state);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (FileSet::isXml(it.key()))
            expected.insert(it.key(), it.value());
    const Files restored = CurriculumWriter::files(doc.curriculum());
    QVERIFY2(restored == expected, qPrintable(QStringLiteral("the journal restores another state than %1: %2")
                                                  .arg(state)
                                                  .arg(difference(restored, expected))));
}

// Every file in the sandbox is in the curriculum folder, a journal, a lock or
// the hash cache: the child wrote nothing anywhere else.
void TestCrashSafety::checkNothingOutside() const
{
    const QStringList allowed{m_work + QLatin1Char('/'), Document::journalFolder() + QLatin1Char('/'),
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/locks/"),
                              QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/relais/hash-cache/")};
    QStringList stray;
    QDirIterator it(m_sandbox, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (std::none_of(allowed.cbegin(), allowed.cend(), [&path](const QString &root) { return path.startsWith(root); }))
            stray << path;
    }
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("written outside the curriculum folder: ") + stray.join(QStringLiteral(", "))));
}

// After a child was killed (or ended): the folder, opened as every reader
// opens it, is exactly the last state saved or the next one, and a journal
// restores the next one when it is not on disk. `state` is then the state on
// disk once the journal (if any) was restored and saved, or discarded.
void TestCrashSafety::checkAfterKill(const QByteArray &out, int first, Counts &counts, int &state)
{
    int saved = first - 1;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines)
        if (line.split(' ').value(1) == "saved")
            saved = std::max(saved, line.split(' ').first().toInt());
    const int edit = saved + 1;
    const bool hasNext = edit <= lastEdit;
    const bool journaled = lines.contains(QByteArray::number(edit) + " journaled");
    const QString staging = m_work + QLatin1Char('/') + stagingName;
    const bool staged = QFileInfo::exists(staging);
    const bool committed = QFileInfo::exists(staging + QLatin1Char('/') + recordName);
    const bool journal = Journal::exists(m_work);
    const QString context = QStringLiteral("seed %1, killed after edit %2 was saved, %3; the child said: %4")
                                .arg(m_seed)
                                .arg(saved)
                                .arg(staged ? committed ? QLatin1String("during its save, committed") : QLatin1String("during its save")
                                            : QLatin1String("outside a save"))
                                .arg(QString::fromUtf8(out).simplified());

    // As the command line, the Studio, the library and validation open it.
    Diagnostics diags;
    FileSet::fromFolder(m_work, diags);
    QVERIFY2(!hasErrors(diags), qPrintable(diags.value(0).message(QStringLiteral("en")) + QStringLiteral(" (") + context + QLatin1Char(')')));
    Files found = TestUtil::readTree(m_work);
    bool orphan = false;
    state = -1;
    if (hasNext && found == m_states.at(edit)) {
        state = edit;
    } else if (found == m_states.at(saved)) {
        state = saved;
    } else if (hasNext && edit % 10 == 7) {
        // The media an import copies into media/ before a save declares it.
        Files withoutImport = found;
        orphan = withoutImport.take(QStringLiteral("media/") + imageName(edit)) == image(edit);
        if (orphan && withoutImport == m_states.at(saved))
            state = saved;
    }
    QVERIFY2(state >= 0, qPrintable(QStringLiteral("half a save on disk (%1): against state %2: %3; against state %4: %5")
                                        .arg(context)
                                        .arg(saved)
                                        .arg(difference(found, m_states.at(saved)))
                                        .arg(edit)
                                        .arg(hasNext ? difference(found, m_states.at(edit)) : QStringLiteral("none"))));
    counts.midSave += staged;
    counts.rolledForward += committed;
    counts.discarded += staged && !committed && state == saved;
    QVERIFY2(!committed || state == edit, qPrintable(QStringLiteral("a committed save was not finished: ") + context));
    // The journal of the edits exists until their save is complete.
    QVERIFY2(journal || state == edit || !(journaled || staged), qPrintable(QStringLiteral("no journal: ") + context));

    if (journal) {
        Document doc;
        QVERIFY2(doc.open(m_work), qPrintable(doc.lastError()));
        const int choice = counts.restoredAndSaved + counts.restoredAndClosed + counts.journalDiscarded;
        if (state == edit) {
            // Killed once its save was complete: nothing to offer.
            QVERIFY2(!Document::hasRecovery(m_work), qPrintable(QStringLiteral("journal of a saved state: ") + context));
            ++counts.journalDropped;
        } else if (choice % 3 == 2) {
            doc.discardRecovery();
            ++counts.journalDiscarded;
        } else {
            QVERIFY2(doc.restoreRecovery(), qPrintable(doc.lastError()));
            checkRestored(doc, edit);
            if (QTest::currentTestFailed())
                return;
            if (choice % 3 == 0) {
                QVERIFY2(doc.save(), qPrintable(doc.lastError()));
                state = edit;
                ++counts.restoredAndSaved;
            } else {
                ++counts.restoredAndClosed;  // the trainer does not save: back to the saved state
            }
        }
        doc.close();
        QVERIFY2(!Journal::exists(m_work), qPrintable(context));
        found = TestUtil::readTree(m_work);
        QVERIFY2(found == m_states.at(state),
                 qPrintable(QStringLiteral("after the journal: %1 (%2)").arg(difference(found, m_states.at(state)), context)));
    } else if (orphan) {
        // No journal recorded the import yet: nothing in Relais knows the file.
        QVERIFY(QFile::remove(m_work + QStringLiteral("/media/") + imageName(edit)));
        ++counts.orphanWithoutJournal;
    }
    checkNothingOutside();
}

void TestCrashSafety::killedSaves()
{
    const int kills = knob("RELAIS_CRASH_SAVES", 300);
    // One child without a kill: it ends in the last state, and times a
    // cycle (edit, journal, save) and a save.
    resetWork(m_work, 0);
    qint64 cycleUs = 0, saveUs = 0;
    {
        QProcess child;
        startChild(child, m_work, 1);
        QByteArray out;
        QVERIFY2(waitForLine(child, out, "ready"), out.constData());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(child.waitForFinished(300000));
        cycleUs = std::max<qint64>(1, timer.nsecsElapsed() / 1000 / lastEdit);
        out += child.readAllStandardOutput();
        QVERIFY2(child.exitCode() == 0 && out.endsWith("done\n"), out.constData());
        for (const QByteArray &line : out.split('\n'))
            if (line.split(' ').value(1) == "saved")
                saveUs += line.split(' ').value(2).toLongLong();
        saveUs = std::max<qint64>(1, saveUs / lastEdit);
        const Files found = TestUtil::readTree(m_work);
        QVERIFY2(found == m_states.at(lastEdit), qPrintable(difference(found, m_states.at(lastEdit))));
        checkNothingOutside();
    }

    Counts counts;
    QElapsedTimer all, checking;
    all.start();
    qint64 checkNs = 0;
    int next = lastEdit + 1;
    for (int round = 0; round < kills; ++round) {
        if (next > lastEdit) {
            resetWork(m_work, 0);
            next = 1;
        }
        QProcess child;
        startChild(child, m_work, next);
        QByteArray out;
        QVERIFY2(waitForLine(child, out, "ready"), out.constData());
        // A quarter anywhere in the next cycles, half during a save, a
        // quarter right after one.
        const QByteArray edit = QByteArray::number(next + int(m_random.bounded(2)));
        switch (m_random.bounded(4)) {
        case 0:
            sleepMicroseconds(m_random.bounded(quint32(3 * cycleUs)));
            break;
        case 1:
        case 2:
            // From the moment the save writes (its lock, then its staging
            // folder): a save first lays out its files in memory, which takes
            // most of its time in a slow build (the sanitizers).
            if (waitForLine(child, out, edit + " saving")) {
                LibraryProbe::StagingWatch watch(m_work, stagingName.toUtf8());
                if (QFileInfo::exists(m_work + QLatin1Char('/') + stagingName) || watch.waitForWriting(child))
                    sleepMicroseconds(m_random.bounded(quint32(saveUs / 4 + 1)));
            }
            break;
        default:
            waitForLine(child, out, edit + " saved");
            break;
        }
        QVERIFY(kill(child));
        out += child.readAllStandardOutput();
        if (child.exitStatus() == QProcess::NormalExit) {
            QVERIFY2(child.exitCode() == 0 && out.endsWith("done\n"), out.constData());
            ++counts.finished;
        } else {
            ++counts.killed;
        }
        int state = -1;
        checking.start();
        checkAfterKill(out, next, counts, state);
        checkNs += checking.nsecsElapsed();
        if (QTest::currentTestFailed())
            return;
        next = state + 1;
    }
    qInfo("cycle (edit, journal, save) %lld µs, save %lld µs; %d children killed, %d ended first, in %lld s (%lld s of "
          "checks); killed during a save %d times: %d committed saves finished on opening, %d uncommitted ones discarded",
          cycleUs, saveUs, counts.killed, counts.finished, all.elapsed() / 1000, checkNs / 1000000000, counts.midSave,
          counts.rolledForward, counts.discarded);
    qInfo("journals: %d restored and saved, %d restored and closed unsaved, %d discarded, %d of saved states dropped "
          "on opening; %d imported media without a journal removed by the test",
          counts.restoredAndSaved, counts.restoredAndClosed, counts.journalDiscarded, counts.journalDropped,
          counts.orphanWithoutJournal);
    if (kills >= 100) {
        QVERIFY2(counts.midSave >= kills / 20, "too few kills during a save");
        QVERIFY2(counts.rolledForward > 0 && counts.discarded > 0, "no kill between a commit record and the end of its save");
        QVERIFY2(counts.restoredAndSaved + counts.restoredAndClosed > 0, "no journal restored");
    }
}

// ---- Imports and pack writes killed at random moments ---------------------------

void TestCrashSafety::timeRelais(const QStringList &args, const QMap<QString, QString> &env, const QString &folder,
                                 const QByteArray &prefix, Timing &timing) const
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    LibraryProbe::StagingWatch watch(folder, prefix);
    QVERIFY(TestUtil::startRelais(p, args, env));
    QVERIFY(watch.waitForWriting(p));
    const qint64 startOfWriting = timer.nsecsElapsed() / 1000;
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    timing.full = timer.nsecsElapsed() / 1000;
    timing.writing = timing.full - startOfWriting;
}

void TestCrashSafety::killRelais(const QStringList &args, const QMap<QString, QString> &env, const QString &folder,
                                 const QByteArray &prefix, const Timing &timing, bool fromWriting)
{
    QProcess p;
    LibraryProbe::StagingWatch watch(folder, prefix);
    QVERIFY(TestUtil::startRelais(p, args, env));
    if (fromWriting && !watch.waitForWriting(p))
        QFAIL(qPrintable(QStringLiteral("it ended before it wrote anything: ") + QString::fromUtf8(p.readAllStandardError())));
    sleepMicroseconds(m_random.bounded(quint32(std::max<qint64>(1, fromWriting ? timing.writing : timing.full))));
    QVERIFY(kill(p));
}

QMap<QString, QString> TestCrashSafety::cliEnvironment() const
{
    return {{QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("cli/data"))},
            {QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cli/cache"))},
            {QStringLiteral("RELAIS_TRUST_STORE"), m_tmp.filePath(QStringLiteral("cli/trust"))},
            {QStringLiteral("RELAIS_LIBRARY"), {}}};
}

void TestCrashSafety::killedImports()
{
    const int kills = knob("RELAIS_CRASH_IMPORTS", 200);
    const QMap<QString, QString> env = cliEnvironment();
    const QString v1 = m_tmp.filePath(QStringLiteral("packs/v1.relais"));
    const QString v2 = m_tmp.filePath(QStringLiteral("packs/v2.relais"));
    const QString v2Source = m_tmp.filePath(QStringLiteral("packs/v2"));
    QVERIFY(LibraryTest::writePack(StudioTest::shippedCurriculum(), v1));
    QVERIFY(LibraryTest::writeNextVersion(StudioTest::shippedCurriculum(), v2Source));
    QVERIFY(LibraryTest::writePack(v2Source, v2));
    const QList<QStringList> searches{{QStringLiteral("arnaques"), QStringLiteral("telephone")}};
    const auto contents = [&](const QString &library) { return LibraryProbe::contents(library, searches); };
    const auto import = [](const QString &library, const QString &pack) {
        return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("library"), QStringLiteral("--library"), library,
                           QStringLiteral("import"), QStringLiteral("--yes"), QStringLiteral("--allow-unsigned"), pack};
    };

    // The library before and after an import of v2, and how long the import
    // takes, whole and from its first write.
    const QString timing = m_tmp.filePath(QStringLiteral("libraries/timing"));
    QCOMPARE(TestUtil::runRelais(import(timing, v1), env).exitCode, 0);
    const QByteArray staging = QByteArrayLiteral(".staging-");
    Timing importTime;
    timeRelais(import(timing, v2), env, timing, staging, importTime);
    if (QTest::currentTestFailed())
        return;
    const QString library = m_tmp.filePath(QStringLiteral("libraries/killed"));
    const QString after = contents(timing).replace(timing, library);
    QCOMPARE(TestUtil::runRelais(import(library, v1), env).exitCode, 0);
    const QString before = contents(library);
    QVERIFY(before != after);
    // What `relais library` shows, before the kills and after them.
    const QString shown = LibraryProbe::snapshot(library, curriculumId, searches, env);

    int unchanged = 0, installed = 0, whileWriting = 0;
    for (int round = 0; round < kills; ++round) {
        killRelais(import(library, v2), env, library, staging, importTime, round % 2 == 1);
        if (QTest::currentTestFailed())
            return;
        whileWriting += LibraryProbe::stagingExists(library);
        const QString now = contents(library);
        if (now == before) {
            ++unchanged;
            continue;
        }
        QVERIFY2(now == after, qPrintable(QStringLiteral("seed %1, round %2, neither before nor after:\n%3").arg(m_seed).arg(round).arg(now)));
        ++installed;
        QCOMPARE(TestUtil::runRelais({QStringLiteral("library"), QStringLiteral("--library"), library, QStringLiteral("remove"), curriculumId,
                                      QStringLiteral("--version"), QStringLiteral("1.1.0"), QStringLiteral("--yes")},
                                     env)
                     .exitCode,
                 0);
        QCOMPARE(contents(library), before);
    }
    QCOMPARE(LibraryProbe::snapshot(library, curriculumId, searches, env), shown);
    qInfo("import %lld µs, writing %lld µs; %d imports killed: %d left the library as before (%d of them while writing), "
          "%d had installed",
          importTime.full, importTime.writing, kills, unchanged, whileWriting, installed);
    if (kills >= 100)
        QVERIFY2(unchanged >= kills / 4 && whileWriting >= kills / 20, "too few kills before an import's commit");
}

void TestCrashSafety::killedPackWrites()
{
    const int kills = knob("RELAIS_CRASH_PACKS", 100);
    const QMap<QString, QString> env = cliEnvironment();
    const QString sourceA = StudioTest::shippedCurriculum();
    const QString sourceB = m_tmp.filePath(QStringLiteral("pack-writes/b"));
    QVERIFY(LibraryTest::writeNextVersion(sourceA, sourceB));
    const QString out = m_tmp.filePath(QStringLiteral("pack-writes/out/parcours.relais"));
    const QString outName = QFileInfo(out).fileName();
    const QString outFolder = QFileInfo(out).absolutePath();
    const auto pack = [&out](const QString &source) { return QStringList{QStringLiteral("pack"), source, QStringLiteral("-o"), out}; };

    // Each pack as a complete write gives it, and how long a write takes,
    // whole and from its first byte.
    QCOMPARE(TestUtil::runRelais(pack(sourceB), env).exitCode, 0);
    const QByteArray packB = TestUtil::readFile(out);
    const QByteArray part = outName.toUtf8() + ".part";
    Timing packTime;
    timeRelais(pack(sourceA), env, outFolder, part, packTime);
    if (QTest::currentTestFailed())
        return;
    const QByteArray packA = TestUtil::readFile(out);
    QVERIFY(!packA.isEmpty() && !packB.isEmpty() && packA != packB);

    int kept = 0, replaced = 0, partLeft = 0;
    bool holdsA = true;
    for (int round = 0; round < kills; ++round) {
        killRelais(pack(holdsA ? sourceB : sourceA), env, outFolder, part, packTime, round % 2 == 1);
        if (QTest::currentTestFailed())
            return;
        const QByteArray now = TestUtil::readFile(out);
        const QByteArray &old = holdsA ? packA : packB;
        const QByteArray &next = holdsA ? packB : packA;
        QVERIFY2(now == old || now == next,
                 qPrintable(QStringLiteral("seed %1, round %2: the pack is neither the old one nor the new one (%3 bytes)").arg(m_seed).arg(round).arg(now.size())));
        if (now == next) {
            holdsA = !holdsA;
            ++replaced;
        } else {
            ++kept;
        }
        // Beside it, at most the unfinished write, which the next write replaces.
        QStringList beside = QDir(outFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        beside.removeOne(outName);
        partLeft += beside.removeAll(QString::fromUtf8(part));
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QStringLiteral(", "))));
    }
    qInfo("pack %lld µs, writing %lld µs; %d writes killed: %d kept the old pack, %d had replaced it; "
          "%d left their unfinished .part file beside it",
          packTime.full, packTime.writing, kills, kept, replaced, partLeft);
    if (kills >= 100)
        QVERIFY2(kept >= kills / 4, "too few kills before a pack was complete");
}

int main(int argc, char *argv[])
{
    StudioTest::initMain();
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], saveChildFlag) == 0)
        return runSaveChild(app.arguments());
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
