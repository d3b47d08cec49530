#include "document.h"

#include "curriculumloader.h"
#include "curriculumwriter.h"
#include "diagnosticsmodel.h"
#include "editcommand.h"
#include "exercisetype.h"
#include "fileset.h"
#include "htmlrenderer.h"
#include "journal.h"
#include "navigatormodel.h"
#include "pack.h"
#include "payloadcodec.h"
#include "pluginregistry.h"
#include "richtextmarkup.h"
#include "validationrunner.h"
#include "version.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Relais {

namespace {

QString lines(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

QStringList fromLines(const QVariant &value)
{
    QStringList out;
    for (const QString &line : value.toString().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// Ids are slugs: what is typed is lowered, accents dropped, and any run of
// other characters becomes one dash between words ("Arnaques !" → "arnaques").
QString slug(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    if (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

std::optional<int> optionalInt(const QVariant &value)
{
    bool ok = false;
    const int v = value.toString().trimmed().toInt(&ok);
    return ok && !value.toString().trimmed().isEmpty() ? std::optional<int>(v) : std::nullopt;
}

QVariant fromOptional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QString());
}

template<typename T>
void moveItem(QList<T> &list, int from, int to)
{
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
        return;
    list.move(from, to);
}

QVariantMap fieldJson(const Field &f, const QString &lang)
{
    QVariantList options;
    for (const Field::Option &o : f.options)
        options << QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label.text(lang)}};
    QVariantList children;
    for (const Field &c : f.fields)
        children << fieldJson(c, lang);
    return {{QStringLiteral("key"), f.key},
            {QStringLiteral("kind"), Field::kindName(f.kind)},
            {QStringLiteral("label"), f.label.text(lang)},
            {QStringLiteral("help"), f.help.text(lang)},
            {QStringLiteral("required"), f.required},
            {QStringLiteral("maxLength"), f.maxLength},
            {QStringLiteral("min"), f.min},
            {QStringLiteral("max"), f.max},
            {QStringLiteral("mediaKind"), f.mediaKind},
            {QStringLiteral("options"), options},
            {QStringLiteral("fields"), children}};
}

// Rich text values travel as XML in payloads and as markup in the forms.
QVariant convertRichText(const QVariant &value, const Field &f, bool toMarkup)
{
    switch (f.kind) {
    case Field::Kind::RichText:
        return toMarkup ? RichTextMarkup::toMarkup(PayloadCodec::richTextFromString(value.toString()))
                        : PayloadCodec::richTextToString(RichTextMarkup::fromMarkup(value.toString()));
    case Field::Kind::Group: {
        QVariantMap map = value.toMap();
        for (const Field &c : f.fields)
            if (map.contains(c.key))
                map.insert(c.key, convertRichText(map.value(c.key), c, toMarkup));
        return map;
    }
    case Field::Kind::List: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = convertRichText(item, f.fields.first(), toMarkup);
        return list;
    }
    default:
        return value;
    }
}

QVariantMap convertPayload(const QVariantMap &values, const FieldList &fields, bool toMarkup)
{
    QVariantMap out = values;
    for (const Field &f : fields)
        if (out.contains(f.key))
            out.insert(f.key, convertRichText(out.value(f.key), f, toMarkup));
    return out;
}

// The field a path in the payload leads to (list indices skipped).
const Field *fieldAt(const FieldList &fields, const QVariantList &path)
{
    const FieldList *level = &fields;
    const Field *found = nullptr;
    for (const QVariant &step : path) {
        if (found && found->kind == Field::Kind::List) {
            found = &found->fields.first();
            level = &found->fields;
            continue;  // the index
        }
        found = nullptr;
        for (const Field &f : *level)
            if (f.key == step.toString())
                found = &f;
        if (!found)
            return nullptr;
        level = &found->fields;
    }
    return found;
}

QVariant setAt(const QVariant &root, const QVariantList &path, int depth, const std::function<QVariant(const QVariant &)> &f)
{
    if (depth == path.size())
        return f(root);
    const QVariant &step = path.at(depth);
    if (root.typeId() == QMetaType::QVariantList) {
        QVariantList list = root.toList();
        const int i = step.toInt();
        if (i < 0 || i >= list.size())
            return root;
        list[i] = setAt(list.at(i), path, depth + 1, f);
        return list;
    }
    QVariantMap map = root.toMap();
    map.insert(step.toString(), setAt(map.value(step.toString()), path, depth + 1, f));
    return map;
}

QString hashOf(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex());
}

QSet<QString> declaredMedia(const Curriculum &c)
{
    QSet<QString> out;
    for (const MediaAsset &m : c.media)
        out.insert(m.href);
    return out;
}

// True when a journal holds nothing that is not in the curriculum as opened.
bool isSaved(const Journal &journal, const Curriculum &c, const QString &folder)
{
    if (journal.files != CurriculumWriter::files(c))
        return false;
    for (auto it = journal.media.cbegin(); it != journal.media.cend(); ++it)
        if (!hasBytes(folder + QLatin1Char('/') + it.key(), it.value()))
            return false;
    return true;
}

bool copyMedia(const Curriculum &c, const QString &from, const QString &to, Diagnostics &diags)
{
    for (const MediaAsset &m : c.media) {
        const QString target = to + QLatin1Char('/') + m.href;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(from + QLatin1Char('/') + m.href, target)) {
            diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {m.href, 0, 0}, {},
                                      {QDir::toNativeSeparators(target), QStringLiteral("copy failed")});
            return false;
        }
    }
    return true;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_navigator(new NavigatorModel(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_validation(new ValidationRunner(this))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &Document::modifiedChanged);
    connect(&m_undo, &QUndoStack::indexChanged, this, &Document::undoStateChanged);
    connect(&m_undo, &QUndoStack::undoTextChanged, this, &Document::undoStateChanged);
    connect(&m_undo, &QUndoStack::redoTextChanged, this, &Document::undoStateChanged);
    // Plugins are loaded here, on the interface thread, before any validation
    // thread asks for them: their objects belong to this thread.
    PluginRegistry::instance();
    m_validation->setInput([this] { return ValidationRunner::Input{m_cur, m_folder}; });
    connect(m_validation, &ValidationRunner::started, this, [this] { m_diagnostics->setRunning(true); });
    connect(m_validation, &ValidationRunner::finished, this, [this](const Diagnostics &d) {
        m_diagnostics->setRunning(m_validation->isRunning());
        m_diagnostics->setDiagnostics(d);
        m_navigator->refresh();
    });
    const int journalMs = qEnvironmentVariableIntValue("RELAIS_STUDIO_JOURNAL_MS");
    m_journalTimer.setInterval(journalMs > 0 ? journalMs : 30000);
    connect(&m_journalTimer, &QTimer::timeout, this, &Document::writeJournal);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state != Qt::ApplicationActive)
                writeJournal();
        });
}

Document::~Document()
{
    m_validation->cancel();
    if (m_open) {
        // Quitting without a decision (a crash, a kill) keeps the journal; here the
        // Studio asked the trainer before closing, so what remains is saved or discarded.
        writeJournal();
        if (!m_workingCopy.isEmpty() && !Journal::exists(m_source))
            QDir(m_workingCopy).removeRecursively();
    }
}

void Document::setLang(const QString &lang)
{
    const QString l = lang.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
    if (l == m_lang)
        return;
    m_lang = l;
    m_diagnostics->setLang(l);
    emit langChanged();
    m_navigator->refresh();
    ++m_revision;
    emit revisionChanged();
}

void Document::setError(const QString &message)
{
    m_lastError = message;
    emit lastErrorChanged();
}

void Document::setError(const Diagnostics &diags)
{
    setError(describe(diags));
}

QString Document::describe(const Diagnostics &diags, const QString &lang)
{
    QStringList out;
    for (const Diagnostic &d : diags) {
        if (d.severity != Severity::Error)
            continue;
        const QString where = d.location.line > 0 ? QStringLiteral("%1:%2 : ").arg(d.location.file).arg(d.location.line)
            : d.location.file.isEmpty() ? QString() : d.location.file + QStringLiteral(" : ");
        out << where + d.message(lang);
    }
    return out.join(QLatin1Char('\n'));
}

QString Document::journalFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool Document::takeLock(const QString &path)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/locks");
    QDir().mkpath(dir);
    auto lock = std::make_unique<QLockFile>(dir + QLatin1Char('/') + hashOf(path) + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);  // only a dead owner makes a lock stale, however old it is
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        setError(tr("Ce cursus est déjà ouvert dans une autre fenêtre de Relais Studio (processus %1 sur %2). "
                   "Fermez-le là-bas avant de l'ouvrir ici, pour ne pas perdre de modifications.")
                     .arg(pid)
                     .arg(host));
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool Document::open(const QString &rawPath)
{
    if (rawPath.isEmpty())
        return false;
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        setError(tr("« %1 » n'existe pas.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const bool isPack = QFileInfo(path).isFile();
    close();
    if (!takeLock(path))
        return false;
    QString folder = path;
    if (isPack) {
        // A pack is edited in a working copy, kept in the application's data
        // so that a crash does not lose imported media.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/working/");
        folder = base + hashOf(path);
        if (QFileInfo::exists(folder) && !Journal::exists(path))
            QDir(folder).removeRecursively();
        if (!QFileInfo::exists(folder)) {
            Diagnostics diags;
            if (!Pack::unpack(path, folder, diags)) {
                setError(diags);
                m_lock.reset();
                return false;
            }
        }
        m_workingCopy = folder;
    }
    m_source = path;
    m_sourceIsPack = isPack;
    if (!loadFolder(folder)) {
        if (isPack)
            QDir(folder).removeRecursively();
        m_workingCopy.clear();
        m_lock.reset();
        m_source.clear();
        return false;
    }
    return true;
}

bool Document::loadFolder(const QString &folder)
{
    Diagnostics diags;
    std::optional<FileSet> files = CurriculumLoader::open(folder, diags);
    if (!files) {
        setError(diags);
        return false;
    }
    // The schema is checked by the first validation, off the interface thread.
    CurriculumLoader::Options options;
    options.schema = false;
    CurriculumLoader::Result result = CurriculumLoader::load(*files, options);
    // A file that could not be read would be missing from the model, and the
    // next save would drop it from curriculum.xml: such a curriculum is not
    // opened until the file is mended (relais validate says where).
    if (!result.curriculum || hasErrors(result.diagnostics)) {
        setError(tr("Ce cursus ne peut pas être ouvert sans risquer de perdre une partie de son contenu :")
                 + QLatin1Char('\n') + describe(result.diagnostics));
        return false;
    }
    m_cur = std::move(*result.curriculum);
    m_folder = folder;
    m_open = true;
    m_undo.clear();
    m_mergeIndex = -1;
    m_journalRevision = m_revision;
    m_importedMedia.clear();
    m_removedMedia.clear();
    m_savedFiles.clear();
    for (auto it = files->files.cbegin(); it != files->files.cend(); ++it)
        if (FileSet::isXml(it.key()))
            m_savedFiles.insert(it.key());
    // A save killed after it was complete leaves its journal behind: nothing to offer.
    if (const std::optional<Journal> journal = Journal::read(m_source); journal && isSaved(*journal, m_cur, m_folder))
        Journal::remove(m_source);
    m_sel = Selection();
    m_journalTimer.start();
    setError(QString());
    emit openedChanged();
    emit modifiedChanged();
    emit undoStateChanged();
    changed(true);
    emit selectionChanged();
    m_diagnostics->setDiagnostics(result.diagnostics);
    m_validation->runNow();
    return true;
}

bool Document::create(const QString &rawFolder, const QString &title, const QString &templatePath)
{
    const QString folder = QFileInfo(rawFolder).absoluteFilePath();
    if (QDir(folder).exists() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        setError(tr("Le dossier « %1 » n'est pas vide : choisissez un dossier vide ou un nouveau nom.")
                     .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    Diagnostics diags;
    Curriculum c;
    QString mediaFrom;
    std::unique_ptr<QTemporaryDir> unpacked;
    if (!templatePath.isEmpty()) {
        std::optional<FileSet> files = CurriculumLoader::open(templatePath, diags);
        if (!files) {
            setError(diags);
            return false;
        }
        CurriculumLoader::Options options;
        options.schema = false;
        CurriculumLoader::Result r = CurriculumLoader::load(*files, options);
        if (!r.curriculum) {
            setError(r.diagnostics);
            return false;
        }
        c = std::move(*r.curriculum);
        if (files->origin == FileSet::Origin::Pack) {
            // Media of a pack template come out of the pack itself, unpacked
            // in a temporary folder rather than beside the user's.
            unpacked = std::make_unique<QTemporaryDir>();
            const QString tmp = unpacked->path() + QStringLiteral("/template");
            if (!unpacked->isValid() || !Pack::unpack(templatePath, tmp, diags)) {
                setError(diags);
                return false;
            }
            mediaFrom = tmp;
        } else {
            mediaFrom = files->source;
        }
    } else {
        c.version = QStringLiteral("0.1.0");
        c.lang = QStringLiteral("fr");
        c.publisher = tr("À compléter");
        c.licence = QStringLiteral("CC-BY-SA-4.0");
        c.changelog.append({c.version, QDate::currentDate().toString(Qt::ISODate),
                            {{QStringLiteral("added"), tr("Première version.")}}});
    }
    c.title = title.trimmed().isEmpty() ? tr("Nouveau cursus") : title.trimmed();
    c.id = QStringLiteral("org.relais.") + (slug(c.title).isEmpty() ? QStringLiteral("cursus") : slug(c.title));
    QDir().mkpath(folder);
    bool ok = CurriculumWriter::save(c, folder, diags)
        && (mediaFrom.isEmpty() || copyMedia(c, mediaFrom, folder, diags));
    if (!ok) {
        setError(diags);
        return false;
    }
    return open(folder);
}

void Document::close()
{
    m_validation->cancel();
    if (m_open) {
        Journal::remove(m_source);
        // The trainer saved or gave up: files imported since are not part of the curriculum.
        if (m_workingCopy.isEmpty())
            for (const QString &href : std::as_const(m_importedMedia))
                QFile::remove(m_folder + QLatin1Char('/') + href);
    }
    if (!m_workingCopy.isEmpty())
        QDir(m_workingCopy).removeRecursively();
    m_workingCopy.clear();
    m_lock.reset();
    m_journalTimer.stop();
    const bool wasOpen = m_open;
    m_open = false;
    m_cur = Curriculum();
    m_undo.clear();
    m_source.clear();
    m_folder.clear();
    m_sel = Selection();
    m_savedFiles.clear();
    m_importedMedia.clear();
    m_removedMedia.clear();
    m_diagnostics->setDiagnostics({});
    if (wasOpen) {
        emit openedChanged();
        emit modifiedChanged();
        changed(true);
        emit selectionChanged();
    }
}

bool Document::writeFolder(const QMap<QString, QByteArray> &files, Diagnostics &diags)
{
    // Files of modules and pathways that are gone (removed, renamed) and
    // media no longer declared go in the same step as the new files.
    QStringList gone;
    for (const QString &file : std::as_const(m_savedFiles))
        if (!files.contains(file))
            gone << file;
    const QSet<QString> declared = declaredMedia(m_cur);
    for (const QString &href : m_importedMedia + m_removedMedia)
        if (!declared.contains(href))
            gone << href;
    if (!CurriculumWriter::save(files, m_folder, diags, gone))
        return false;
    m_savedFiles = QSet<QString>(files.keyBegin(), files.keyEnd());
    return true;
}

bool Document::save()
{
    if (!m_open)
        return false;
    // The journal holds the edits until the save is complete: a save killed
    // or failed half-way leaves the old files and this journal.
    // Written out once, for the journal and the folder.
    const QMap<QString, QByteArray> files = CurriculumWriter::files(m_cur);
    updateJournal(&files);
    Diagnostics diags;
    if (!writeFolder(files, diags)) {
        setError(diags);
        return false;
    }
    if (m_sourceIsPack) {
        FileSet files = FileSet::fromFolder(m_folder, diags);
        if (!Pack::write(files, m_source, diags)) {
            setError(diags);
            return false;
        }
    }
    m_undo.setClean();
    m_mergeIndex = -1;
    m_journalRevision = m_revision;
    m_importedMedia.clear();
    m_removedMedia.clear();
    Journal::remove(m_source);
    setError(QString());
    emit saved();
    return true;
}

bool Document::saveAs(const QString &rawPath)
{
    if (!m_open || rawPath.isEmpty())
        return false;
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const bool asPack = path.endsWith(QLatin1String(".relais"), Qt::CaseInsensitive);
    if (path == m_source)
        return save();
    Diagnostics diags;
    QString folder = path;
    if (asPack) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/working/") + hashOf(path);
        QDir(folder).removeRecursively();
    } else if (QDir(folder).exists() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        setError(tr("Le dossier « %1 » n'est pas vide : choisissez un dossier vide ou un nouveau nom.")
                     .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    std::unique_ptr<QLockFile> oldLock = std::move(m_lock);
    if (!takeLock(path)) {
        m_lock = std::move(oldLock);
        return false;
    }
    QDir().mkpath(folder);
    const QMap<QString, QByteArray> files = CurriculumWriter::files(m_cur);
    bool ok = copyMedia(m_cur, m_folder, folder, diags) && CurriculumWriter::save(files, folder, diags);
    if (ok && asPack)
        ok = Pack::write(FileSet::fromFolder(folder, diags), path, diags);
    if (!ok) {
        setError(diags);
        if (asPack)
            QDir(folder).removeRecursively();
        m_lock = std::move(oldLock);
        return false;
    }
    Journal::remove(m_source);
    if (!m_workingCopy.isEmpty())
        QDir(m_workingCopy).removeRecursively();
    oldLock.reset();
    m_workingCopy = asPack ? folder : QString();
    m_source = path;
    m_sourceIsPack = asPack;
    m_folder = folder;
    m_importedMedia.clear();
    m_removedMedia.clear();
    m_savedFiles = QSet<QString>(files.keyBegin(), files.keyEnd());
    m_undo.setClean();
    m_mergeIndex = -1;
    setError(QString());
    emit openedChanged();
    emit saved();
    return true;
}

bool Document::canExport()
{
    if (!m_open)
        return false;
    validateNow();
    if (m_diagnostics->errorCount() > 0) {
        setError(tr("Le cursus contient %n erreur(s). Un paquet n'est exporté que sans erreur, pour que les relais "
                    "qui l'importent reçoivent un cursus qui fonctionne. Corrigez d'abord :", nullptr,
                    m_diagnostics->errorCount())
                 + QStringLiteral("\n\n") + m_diagnostics->errorSummary(8));
        return false;
    }
    return true;
}

bool Document::exportPack(const QString &path)
{
    if (!canExport())
        return false;
    Diagnostics diags;
    FileSet files = FileSet::fromFolder(m_folder, diags);
    files.replaceXml(CurriculumWriter::files(m_cur));
    files.computeMissingHashes();
    if (!Pack::write(files, QFileInfo(path).absoluteFilePath(), diags)) {
        setError(diags);
        return false;
    }
    setError(QString());
    return true;
}

// ---- Recovery ---------------------------------------------------------------

bool Document::hasRecovery(const QString &path)
{
    return Journal::exists(QFileInfo(path).absoluteFilePath());
}

QVariantList Document::recoverableDocuments()
{
    return Journal::list();
}

void Document::writeJournal()
{
    updateJournal(nullptr);
}

void Document::updateJournal(const QMap<QString, QByteArray> *files)
{
    if (!m_open)
        return;
    // The revision, not the undo index: typing in one field stays one undo
    // step, and each keystroke must still reach the journal.
    if (m_undo.isClean()) {
        Journal::remove(m_source);
        m_journalRevision = m_revision;
        return;
    }
    if (m_revision == m_journalRevision && Journal::exists(m_source))
        return;
    Journal j;
    j.source = m_source;
    j.title = m_cur.title;
    j.files = files ? *files : CurriculumWriter::files(m_cur);
    for (const QString &href : std::as_const(m_importedMedia)) {
        QFile f(m_folder + QLatin1Char('/') + href);
        if (f.open(QIODevice::ReadOnly))
            j.media.insert(href, f.readAll());
    }
    if (j.write())
        m_journalRevision = m_revision;
}

bool Document::restoreRecovery()
{
    if (!m_open)
        return false;
    std::optional<Journal> j = Journal::read(m_source);
    if (!j) {
        setError(tr("Le journal de récupération est illisible."));
        return false;
    }
    Diagnostics diags;
    const QSet<QString> saved = declaredMedia(m_cur);
    for (auto it = j->media.cbegin(); it != j->media.cend(); ++it) {
        const QString path = m_folder + QLatin1Char('/') + it.key();
        // A file the stopped session copied in and never saved is still there:
        // this session's import now, deleted if it is not saved either.
        if (QFileInfo::exists(path) ? !saved.contains(it.key()) && hasBytes(path, it.value())
                                    : writeFileAtomically(path, it.value(), diags))
            m_importedMedia.insert(it.key());
    }
    FileSet files = FileSet::fromFolder(m_folder, diags);
    files.replaceXml(j->files);
    CurriculumLoader::Options options;
    options.schema = false;
    CurriculumLoader::Result r = CurriculumLoader::load(files, options);
    if (!r.curriculum) {
        setError(r.diagnostics);
        return false;
    }
    const Curriculum restored = std::move(*r.curriculum);
    // Media the journal no longer declares go at the next save, as if removed here.
    m_removedMedia += saved - declaredMedia(restored);
    edit(tr("Restaurer le travail non enregistré"), {}, [&restored](Curriculum &c) { c = restored; });
    return true;
}

void Document::discardRecovery()
{
    if (!m_open)
        return;
    // Media a stopped session copied in and never saved go with its journal;
    // this session's own imports go when it is closed.
    if (const std::optional<Journal> j = Journal::read(m_source)) {
        const QSet<QString> declared = declaredMedia(m_cur);
        for (auto it = j->media.cbegin(); it != j->media.cend(); ++it) {
            const QString path = m_folder + QLatin1Char('/') + it.key();
            if (!declared.contains(it.key()) && !m_importedMedia.contains(it.key()) && hasBytes(path, it.value()))
                QFile::remove(path);
        }
    }
    Journal::remove(m_source);
}

// ---- Edits ------------------------------------------------------------------

bool Document::mayMerge() const
{
    return m_undo.index() == m_mergeIndex;
}

void Document::pushCommand(QUndoCommand *command)
{
    m_undo.push(command);
    m_mergeIndex = m_undo.index();
}

void Document::edit(const QString &text, const QString &mergeKey, const std::function<void(Curriculum &)> &change,
                    const Selection &selectAfter)
{
    if (!m_open)
        return;
    Curriculum after = m_cur;
    change(after);
    pushCommand(new SnapshotCommand(this, m_cur, std::move(after), selectAfter, text, mergeKey));
}

void Document::edit(const QString &text, const QString &mergeKey, const std::function<void(Curriculum &)> &change)
{
    edit(text, mergeKey, change, m_sel);
}

void Document::editModule(int m, const QString &text, const QString &mergeKey, const std::function<void(Module &)> &change,
                          const Selection &selectAfter)
{
    if (!m_open || m < 0 || m >= m_cur.modules.size())
        return;
    Module after = m_cur.modules.at(m);
    change(after);
    pushCommand(new ModuleCommand(this, m, m_cur.modules.at(m), std::move(after), selectAfter, text, mergeKey));
}

void Document::editModule(int m, const QString &text, const QString &mergeKey, const std::function<void(Module &)> &change)
{
    editModule(m, text, mergeKey, change, m_sel);
}

void Document::restore(const Curriculum &c, const Selection &sel)
{
    m_cur = c;
    setSelection(sel);
    changed(true);
}

void Document::restoreModule(int index, const Module &m, const Selection &sel)
{
    if (index < 0 || index >= m_cur.modules.size())
        return;
    m_cur.modules[index] = m;
    setSelection(sel);
    changed(false);
}

void Document::changed(bool structural)
{
    ++m_revision;
    emit revisionChanged();
    m_navigator->refresh();
    if (structural)
        emit structureChanged();
    if (m_open)
        m_validation->schedule();
}

void Document::setSelection(const Selection &sel)
{
    const Selection old = m_sel;
    m_sel = sel;
    clampSelection();
    if (!(old == m_sel))
        emit selectionChanged();
}

void Document::clampSelection()
{
    Selection &s = m_sel;
    auto valid = [](int i, qsizetype n) { return i >= 0 && i < n; };
    if (s.kind == QLatin1String("pathway") || s.kind == QLatin1String("step")) {
        if (!valid(s.pathway, m_cur.pathways.size())) {
            s = Selection();
        } else if (s.kind == QLatin1String("step") && !valid(s.step, m_cur.pathways.at(s.pathway).steps.size())) {
            s.kind = QStringLiteral("pathway");
            s.step = -1;
        }
    } else if (s.kind == QLatin1String("module") || s.kind == QLatin1String("activity")) {
        if (!valid(s.module, m_cur.modules.size())) {
            s = Selection();
        } else if (s.kind == QLatin1String("activity") && !valid(s.activity, m_cur.modules.at(s.module).activities.size())) {
            s.kind = QStringLiteral("module");
            s.activity = -1;
        }
    } else if (s.kind == QLatin1String("media")) {
        if (!valid(s.media, m_cur.media.size()))
            s.media = -1;
    } else {
        s = Selection();
    }
}

void Document::select(const QString &kind, int first, int second)
{
    setSelection(Selection::of(kind, first, second));
}

// ---- Reading ----------------------------------------------------------------

QVariantMap Document::curriculumData() const
{
    const Curriculum &c = m_cur;
    QVariantList authors;
    for (const Author &a : c.authors)
        authors << QVariantMap{{QStringLiteral("name"), a.name}, {QStringLiteral("role"), a.role}};
    QVariantList changelog;
    for (const Release &r : c.changelog) {
        QStringList changes;
        for (const Change &ch : r.changes)
            changes << ch.text;
        changelog << QVariantMap{{QStringLiteral("version"), r.version}, {QStringLiteral("date"), r.date},
                                 {QStringLiteral("changes"), changes}};
    }
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("lang"), c.lang},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("subtitle"), c.subtitle},
            {QStringLiteral("summary"), RichTextMarkup::toMarkup(c.summary)},
            {QStringLiteral("publisher"), c.publisher},
            {QStringLiteral("publisherUrl"), c.publisherUrl},
            {QStringLiteral("licence"), c.licence},
            {QStringLiteral("audiences"), lines(c.audiences)},
            {QStringLiteral("authors"), authors},
            {QStringLiteral("changelog"), changelog},
            {QStringLiteral("pathwayCount"), c.pathways.size()},
            {QStringLiteral("moduleCount"), c.modules.size()},
            {QStringLiteral("mediaCount"), c.media.size()}};
}

QVariantMap Document::pathwayData(int p) const
{
    if (p < 0 || p >= m_cur.pathways.size())
        return {};
    const Pathway &pw = m_cur.pathways.at(p);
    QVariantList steps;
    int minutes = 0;
    for (int s = 0; s < pw.steps.size(); ++s) {
        steps << stepData(p, s);
        for (const QString &id : pw.steps.at(s).modules)
            if (const Module *m = m_cur.module(id))
                minutes += m->duration;
    }
    return {{QStringLiteral("id"), pw.id},
            {QStringLiteral("title"), pw.title},
            {QStringLiteral("modality"), pw.modality},
            {QStringLiteral("sessions"), fromOptional(pw.sessions)},
            {QStringLiteral("duration"), fromOptional(pw.duration)},
            {QStringLiteral("summary"), RichTextMarkup::toMarkup(pw.summary)},
            {QStringLiteral("audiences"), lines(pw.audiences)},
            {QStringLiteral("prerequisites"), lines(pw.prerequisites)},
            {QStringLiteral("entryDiagnostic"), pw.entryDiagnostic},
            {QStringLiteral("exitAssessment"), pw.exitAssessment},
            {QStringLiteral("completionMinSessions"), fromOptional(pw.completionMinSessions)},
            {QStringLiteral("completionExitAssessment"), pw.completionExitAssessment.value_or(false)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("stepMinutes"), minutes}};
}

QVariantMap Document::stepData(int p, int s) const
{
    if (p < 0 || p >= m_cur.pathways.size() || s < 0 || s >= m_cur.pathways.at(p).steps.size())
        return {};
    const Step &st = m_cur.pathways.at(p).steps.at(s);
    QVariantList modules;
    for (const QString &id : st.modules) {
        const Module *m = m_cur.module(id);
        modules << QVariantMap{{QStringLiteral("id"), id},
                               {QStringLiteral("title"), m ? m->title : QString()},
                               {QStringLiteral("duration"), m ? m->duration : 0},
                               {QStringLiteral("broken"), m == nullptr}};
    }
    return {{QStringLiteral("id"), st.id},
            {QStringLiteral("title"), st.title},
            {QStringLiteral("goal"), RichTextMarkup::toMarkup(st.goal)},
            {QStringLiteral("notes"), RichTextMarkup::toMarkup(st.notes)},
            {QStringLiteral("modules"), modules},
            {QStringLiteral("moduleIds"), st.modules}};
}

QVariantMap Document::moduleData(int i) const
{
    if (i < 0 || i >= m_cur.modules.size())
        return {};
    const Module &m = m_cur.modules.at(i);
    QVariantList competencies, equipment, running, activities;
    for (const Competency &c : m.competencies)
        competencies << QVariantMap{{QStringLiteral("code"), c.code}, {QStringLiteral("text"), c.text}};
    for (const EquipmentItem &e : m.equipment)
        equipment << QVariantMap{{QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("quantity"), e.quantity ? QVariant(e.quantity) : QVariant(QString())},
                                 {QStringLiteral("text"), e.text}};
    for (const Segment &s : m.runningOrder)
        running << QVariantMap{{QStringLiteral("duration"), s.duration},
                               {QStringLiteral("activity"), s.activity},
                               {QStringLiteral("title"), s.title},
                               {QStringLiteral("description"), RichTextMarkup::toMarkup(s.description)}};
    for (const Activity &a : m.activities)
        activities << QVariantMap{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("title"), a.title},
                                  {QStringLiteral("type"), a.type},
                                  {QStringLiteral("typeName"), exerciseType(a.type).value(QStringLiteral("name"))}};
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("duration"), m.duration},
            {QStringLiteral("modality"), m.modality},
            {QStringLiteral("level"), m.level},
            {QStringLiteral("summary"), RichTextMarkup::toMarkup(m.summary)},
            {QStringLiteral("audiences"), lines(m.audiences)},
            {QStringLiteral("prerequisites"), lines(m.prerequisites)},
            {QStringLiteral("objectives"), lines(m.objectives)},
            {QStringLiteral("competencies"), competencies},
            {QStringLiteral("equipment"), equipment},
            {QStringLiteral("facilitatorNotes"), RichTextMarkup::toMarkup(m.facilitatorNotes)},
            {QStringLiteral("runningOrder"), running},
            {QStringLiteral("runningTotal"), m.runningOrderTotal()},
            {QStringLiteral("activities"), activities}};
}

const PluginInfo *Document::typeOf(const Activity &a) const
{
    return PluginRegistry::instance().exerciseType(a.type);
}

QVariantMap Document::activityData(int m, int a) const
{
    if (m < 0 || m >= m_cur.modules.size() || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return {};
    const Activity &act = m_cur.modules.at(m).activities.at(a);
    return {{QStringLiteral("id"), act.id},
            {QStringLiteral("title"), act.title},
            {QStringLiteral("type"), act.type},
            {QStringLiteral("instructions"), RichTextMarkup::toMarkup(act.instructions)},
            {QStringLiteral("media"), act.media},
            {QStringLiteral("weight"), fromOptional(act.weight)},
            {QStringLiteral("passingScore"), fromOptional(act.passingScore)},
            {QStringLiteral("known"), typeOf(act) != nullptr},
            {QStringLiteral("moduleTitle"), m_cur.modules.at(m).title}};
}

QVariantMap Document::payload(int m, int a) const
{
    if (m < 0 || m >= m_cur.modules.size() || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return {};
    const Activity &act = m_cur.modules.at(m).activities.at(a);
    const PluginInfo *type = typeOf(act);
    if (!type || !act.payload)
        return {};
    return convertPayload(PayloadCodec::read(*act.payload, type->fields), type->fields, true);
}

QVariantList Document::moduleChoices() const
{
    QVariantList out;
    out.reserve(m_cur.modules.size());
    for (const Module &m : m_cur.modules)
        out << QVariantMap{{QStringLiteral("id"), m.id}, {QStringLiteral("title"), m.title},
                           {QStringLiteral("duration"), m.duration}};
    return out;
}

QUrl Document::mediaUrl(const QString &assetId) const
{
    const MediaAsset *m = m_cur.asset(assetId);
    return m ? QUrl::fromLocalFile(m_folder + QLatin1Char('/') + m->href) : QUrl();
}

QVariantMap Document::mediaData(int i) const
{
    if (i < 0 || i >= m_cur.media.size())
        return {};
    const MediaAsset &m = m_cur.media.at(i);
    return {{QStringLiteral("index"), i},
            {QStringLiteral("id"), m.id},
            {QStringLiteral("href"), m.href},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("size"), m.size},
            {QStringLiteral("alt"), m.alt},
            {QStringLiteral("transcript"), RichTextMarkup::toMarkup(m.transcript)},
            {QStringLiteral("credit"), m.credit},
            {QStringLiteral("licence"), m.licence},
            {QStringLiteral("isImage"), m.isImage()},
            {QStringLiteral("isTimeBased"), m.isTimeBased()},
            {QStringLiteral("url"), QUrl::fromLocalFile(m_folder + QLatin1Char('/') + m.href)}};
}

QVariantList Document::mediaList(const QString &kind) const
{
    QVariantList out;
    for (int i = 0; i < m_cur.media.size(); ++i)
        if (kind.isEmpty() || m_cur.media.at(i).type.startsWith(kind + QLatin1Char('/')))
            out << mediaData(i);
    return out;
}

QVariantList Document::unusedMedia() const
{
    QSet<QString> used;
    std::function<void(const XmlNode &)> walk = [&](const XmlNode &n) {
        const QString id = n.attribute(QStringLiteral("media"));
        if (!id.isEmpty())
            used.insert(id);
        for (const XmlNode &c : n.children)
            walk(c);
    };
    for (const Module &m : m_cur.modules)
        for (const Activity &a : m.activities) {
            for (const QString &id : a.media)
                used.insert(id);
            if (a.payload)
                walk(*a.payload);
        }
    for (const MediaAsset &m : m_cur.media)
        if (!m.captions.isEmpty())
            used.insert(m.captions);
    QVariantList out;
    for (int i = 0; i < m_cur.media.size(); ++i)
        if (!used.contains(m_cur.media.at(i).id))
            out << mediaData(i);
    return out;
}

QVariantMap Document::exerciseType(const QString &id) const
{
    const PluginInfo *type = PluginRegistry::instance().exerciseType(id);
    if (!type)
        return {{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("known"), false}};
    QVariantList fields;
    for (const Field &f : type->fields)
        fields << fieldJson(f, m_lang);
    return {{QStringLiteral("id"), type->id},
            {QStringLiteral("name"), type->name.text(m_lang)},
            {QStringLiteral("description"), type->description.text(m_lang)},
            {QStringLiteral("category"), type->category},
            {QStringLiteral("icon"), type->icon},
            {QStringLiteral("scored"), type->scored},
            {QStringLiteral("known"), true},
            {QStringLiteral("editor"), type->metadata.value(QStringLiteral("editor")).toString()},
            {QStringLiteral("fields"), fields}};
}

QVariantList Document::exerciseTypes() const
{
    QVariantList out;
    for (const QString &id : PluginRegistry::instance().exerciseTypeIds())
        out << exerciseType(id);
    return out;
}

// ---- Curriculum and pathways --------------------------------------------------

void Document::setCurriculumField(const QString &field, const QVariant &value)
{
    const QString v = value.toString();
    edit(tr("Modifier le cursus"), QStringLiteral("c:") + field, [&](Curriculum &c) {
        if (field == QLatin1String("title")) c.title = v;
        else if (field == QLatin1String("subtitle")) c.subtitle = v;
        else if (field == QLatin1String("summary")) c.summary = RichTextMarkup::fromMarkup(v);
        else if (field == QLatin1String("publisher")) c.publisher = v;
        else if (field == QLatin1String("publisherUrl")) c.publisherUrl = v.trimmed();
        else if (field == QLatin1String("licence")) c.licence = v.trimmed();
        else if (field == QLatin1String("audiences")) c.audiences = fromLines(value);
        else if (field == QLatin1String("id")) c.id = v.trimmed();
        else if (field == QLatin1String("lang")) c.lang = v.trimmed();
    });
}

void Document::addCurriculumItem(const QString &list)
{
    if (list == QLatin1String("authors"))
        edit(tr("Ajouter un auteur"), {}, [](Curriculum &c) { c.authors.append(Author()); });
}

void Document::removeCurriculumItem(const QString &list, int i)
{
    if (list == QLatin1String("authors") && i >= 0 && i < m_cur.authors.size())
        edit(tr("Retirer un auteur"), {}, [i](Curriculum &c) { c.authors.removeAt(i); });
}

void Document::setCurriculumItemField(const QString &list, int i, const QString &field, const QVariant &value)
{
    if (list != QLatin1String("authors") || i < 0 || i >= m_cur.authors.size())
        return;
    edit(tr("Modifier un auteur"), QStringLiteral("c:authors:%1:%2").arg(i).arg(field), [&](Curriculum &c) {
        (field == QLatin1String("role") ? c.authors[i].role : c.authors[i].name) = value.toString();
    });
}

bool Document::newVersion(const QString &version, const QVariantList &changes)
{
    if (!m_open)
        return false;
    const std::optional<Version> next = Version::parse(version.trimmed());
    if (!next) {
        setError(tr("« %1 » n'est pas un numéro de version : écrivez-le comme 1.2.0, ou 1.2.0+leers.1 pour une "
                    "adaptation locale.").arg(version));
        return false;
    }
    const std::optional<Version> current = Version::parse(m_cur.version);
    if (current && !(*current < *next)) {
        setError(tr("La version %1 n'est pas plus récente que la version actuelle %2 : choisissez un numéro plus grand.")
                     .arg(next->toString(), m_cur.version));
        return false;
    }
    static const QStringList kinds{QStringLiteral("added"), QStringLiteral("changed"), QStringLiteral("fixed"),
                                   QStringLiteral("removed")};
    Release release{next->toString(), QDate::currentDate().toString(Qt::ISODate), {}};
    for (const QVariant &v : changes) {
        const QVariantMap change = v.toMap();
        const QString text = change.value(QStringLiteral("text")).toString().simplified();
        const QString kind = change.value(QStringLiteral("kind")).toString();
        if (!text.isEmpty())
            release.changes.append({kinds.contains(kind) ? kind : QString(), text});
    }
    if (release.changes.isEmpty()) {
        setError(tr("Décrivez au moins un changement de la version %1, pour les relais qui la recevront.")
                     .arg(release.version));
        return false;
    }
    // The newest release first, as people read a changelog.
    edit(tr("Nouvelle version %1").arg(release.version), {}, [&release](Curriculum &c) {
        c.version = release.version;
        c.changelog.prepend(release);
    });
    setError(QString());
    return true;
}

QString Document::uniquePathwayId(const QString &base) const
{
    const QString root = slug(base).isEmpty() ? QStringLiteral("parcours") : slug(base);
    QString id = root;
    for (int n = 2; m_cur.pathway(id); ++n)
        id = root + QLatin1Char('-') + QString::number(n);
    return id;
}

QString Document::uniqueModuleId(const QString &base) const
{
    QString root = slug(base).isEmpty() ? QStringLiteral("atelier") : slug(base);
    QString id = root;
    for (int n = 2; m_cur.module(id); ++n)
        id = root + QLatin1Char('-') + QString::number(n);
    return id;
}

void Document::setPathwayField(int p, const QString &field, const QVariant &value)
{
    if (p < 0 || p >= m_cur.pathways.size())
        return;
    const QString v = value.toString();
    QString newId;
    if (field == QLatin1String("id")) {
        newId = slug(v);
        if (newId.isEmpty() || (newId != m_cur.pathways.at(p).id && m_cur.pathway(newId)))
            return;
    }
    edit(tr("Modifier le parcours"), QStringLiteral("p:%1:%2").arg(p).arg(field), [&](Curriculum &c) {
        Pathway &pw = c.pathways[p];
        if (field == QLatin1String("title")) pw.title = v;
        else if (field == QLatin1String("id")) { pw.id = newId; pw.file = pathwayPath(newId); }
        else if (field == QLatin1String("modality")) pw.modality = v;
        else if (field == QLatin1String("sessions")) pw.sessions = optionalInt(value);
        else if (field == QLatin1String("duration")) pw.duration = optionalInt(value);
        else if (field == QLatin1String("summary")) pw.summary = RichTextMarkup::fromMarkup(v);
        else if (field == QLatin1String("audiences")) pw.audiences = fromLines(value);
        else if (field == QLatin1String("prerequisites")) pw.prerequisites = fromLines(value);
        else if (field == QLatin1String("entryDiagnostic")) pw.entryDiagnostic = v;
        else if (field == QLatin1String("exitAssessment")) pw.exitAssessment = v;
        else if (field == QLatin1String("completionMinSessions")) {
            pw.completionMinSessions = optionalInt(value);
            pw.hasCompletion = pw.completionMinSessions || pw.completionExitAssessment.value_or(false);
        } else if (field == QLatin1String("completionExitAssessment")) {
            pw.completionExitAssessment = value.toBool() ? std::optional<bool>(true) : std::nullopt;
            pw.hasCompletion = pw.completionMinSessions || pw.completionExitAssessment.value_or(false);
        }
    });
}

int Document::addPathway()
{
    Pathway p;
    p.title = tr("Nouveau parcours");
    p.id = uniquePathwayId(p.title);
    p.file = pathwayPath(p.id);
    p.modality = QStringLiteral("collectif");
    Step s;
    s.id = QStringLiteral("seance-1");
    s.title = tr("Première séance");
    p.steps.append(s);
    const int index = int(m_cur.pathways.size());
    const Selection sel = Selection::of(QStringLiteral("pathway"), index);
    edit(tr("Ajouter un parcours"), {}, [&p](Curriculum &c) { c.pathways.append(p); }, sel);
    return index;
}

int Document::duplicatePathway(int p)
{
    if (p < 0 || p >= m_cur.pathways.size())
        return -1;
    Pathway copy = m_cur.pathways.at(p);
    copy.id = uniquePathwayId(copy.id + QStringLiteral("-copie"));
    copy.file = pathwayPath(copy.id);
    copy.title += tr(" (copie)");
    const Selection sel = Selection::of(QStringLiteral("pathway"), p + 1);
    edit(tr("Dupliquer le parcours"), {}, [&](Curriculum &c) { c.pathways.insert(p + 1, copy); }, sel);
    return p + 1;
}

void Document::removePathway(int p)
{
    if (p < 0 || p >= m_cur.pathways.size())
        return;
    Selection sel;
    edit(tr("Supprimer le parcours « %1 »").arg(m_cur.pathways.at(p).title), {},
         [p](Curriculum &c) { c.pathways.removeAt(p); }, sel);
}

void Document::movePathway(int from, int to)
{
    if (from < 0 || from >= m_cur.pathways.size() || to < 0 || to >= m_cur.pathways.size() || from == to)
        return;
    const Selection sel = Selection::of(QStringLiteral("pathway"), to);
    edit(tr("Déplacer le parcours"), {}, [&](Curriculum &c) { moveItem(c.pathways, from, to); }, sel);
}

int Document::addStep(int p)
{
    if (p < 0 || p >= m_cur.pathways.size())
        return -1;
    const Pathway &pw = m_cur.pathways.at(p);
    Step s;
    int n = int(pw.steps.size()) + 1;
    auto taken = [&pw](const QString &id) {
        return std::any_of(pw.steps.cbegin(), pw.steps.cend(), [&id](const Step &x) { return x.id == id; });
    };
    while (taken(QStringLiteral("seance-%1").arg(n)))
        ++n;
    s.id = QStringLiteral("seance-%1").arg(n);
    s.title = tr("Séance %1").arg(pw.steps.size() + 1);
    const Selection sel = Selection::of(QStringLiteral("step"), p, int(pw.steps.size()));
    edit(tr("Ajouter une séance"), {}, [&](Curriculum &c) { c.pathways[p].steps.append(s); }, sel);
    return sel.step;
}

void Document::removeStep(int p, int s)
{
    if (p < 0 || p >= m_cur.pathways.size() || s < 0 || s >= m_cur.pathways.at(p).steps.size())
        return;
    const Selection sel = Selection::of(QStringLiteral("pathway"), p);
    edit(tr("Supprimer la séance"), {}, [&](Curriculum &c) { c.pathways[p].steps.removeAt(s); }, sel);
}

void Document::moveStep(int p, int from, int to)
{
    if (p < 0 || p >= m_cur.pathways.size())
        return;
    const qsizetype n = m_cur.pathways.at(p).steps.size();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    const Selection sel = Selection::of(QStringLiteral("step"), p, to);
    edit(tr("Déplacer la séance"), {}, [&](Curriculum &c) { moveItem(c.pathways[p].steps, from, to); }, sel);
}

void Document::setStepField(int p, int s, const QString &field, const QVariant &value)
{
    if (p < 0 || p >= m_cur.pathways.size() || s < 0 || s >= m_cur.pathways.at(p).steps.size())
        return;
    edit(tr("Modifier la séance"), QStringLiteral("s:%1:%2:%3").arg(p).arg(s).arg(field), [&](Curriculum &c) {
        Step &st = c.pathways[p].steps[s];
        if (field == QLatin1String("title")) st.title = value.toString();
        else if (field == QLatin1String("goal")) st.goal = RichTextMarkup::fromMarkup(value.toString());
        else if (field == QLatin1String("notes")) st.notes = RichTextMarkup::fromMarkup(value.toString());
        else if (field == QLatin1String("modules")) {
            st.modules = value.toStringList();
            st.moduleLocations.clear();
        }
    });
}

// ---- Modules ----------------------------------------------------------------

void Document::setModuleField(int m, const QString &field, const QVariant &value)
{
    if (m < 0 || m >= m_cur.modules.size())
        return;
    const QString v = value.toString();
    const QString text = tr("Modifier l'atelier");
    const QString key = QStringLiteral("m:%1:%2").arg(m).arg(field);
    if (field == QLatin1String("id")) {
        // Renaming a module follows it everywhere it is used.
        const QString oldId = m_cur.modules.at(m).id;
        const QString newId = slug(v);
        if (newId.isEmpty() || newId == oldId || m_cur.module(newId))
            return;
        edit(text, key, [&](Curriculum &c) {
            c.modules[m].id = newId;
            c.modules[m].file = modulePath(newId);
            for (Pathway &p : c.pathways) {
                if (p.entryDiagnostic == oldId) p.entryDiagnostic = newId;
                if (p.exitAssessment == oldId) p.exitAssessment = newId;
                for (Step &s : p.steps)
                    s.modules.replaceInStrings(QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(oldId))), newId);
            }
        });
        return;
    }
    editModule(m, text, key, [&](Module &mod) {
        if (field == QLatin1String("title")) mod.title = v;
        else if (field == QLatin1String("duration")) mod.duration = std::max(0, v.toInt());
        else if (field == QLatin1String("modality")) mod.modality = v;
        else if (field == QLatin1String("level")) mod.level = v;
        else if (field == QLatin1String("summary")) mod.summary = RichTextMarkup::fromMarkup(v);
        else if (field == QLatin1String("audiences")) mod.audiences = fromLines(value);
        else if (field == QLatin1String("prerequisites")) mod.prerequisites = fromLines(value);
        else if (field == QLatin1String("objectives")) mod.objectives = fromLines(value);
        else if (field == QLatin1String("facilitatorNotes")) mod.facilitatorNotes = RichTextMarkup::fromMarkup(v);
    });
}

void Document::addModuleItem(int m, const QString &list)
{
    editModule(m, tr("Ajouter une ligne"), {}, [&](Module &mod) {
        if (list == QLatin1String("competencies")) mod.competencies.append(Competency());
        else if (list == QLatin1String("equipment")) mod.equipment.append(EquipmentItem{QStringLiteral("ordinateur"), 0, QString()});
        else if (list == QLatin1String("runningOrder")) mod.runningOrder.append(Segment{10, {}, tr("Nouvelle étape"), {}, {}});
    });
}

void Document::removeModuleItem(int m, const QString &list, int i)
{
    editModule(m, tr("Retirer une ligne"), {}, [&](Module &mod) {
        if (list == QLatin1String("competencies") && i >= 0 && i < mod.competencies.size()) mod.competencies.removeAt(i);
        else if (list == QLatin1String("equipment") && i >= 0 && i < mod.equipment.size()) mod.equipment.removeAt(i);
        else if (list == QLatin1String("runningOrder") && i >= 0 && i < mod.runningOrder.size()) mod.runningOrder.removeAt(i);
    });
}

void Document::moveModuleItem(int m, const QString &list, int from, int to)
{
    editModule(m, tr("Déplacer une ligne"), {}, [&](Module &mod) {
        if (list == QLatin1String("competencies")) moveItem(mod.competencies, from, to);
        else if (list == QLatin1String("equipment")) moveItem(mod.equipment, from, to);
        else if (list == QLatin1String("runningOrder")) moveItem(mod.runningOrder, from, to);
    });
}

void Document::setModuleItemField(int m, const QString &list, int i, const QString &field, const QVariant &value)
{
    const QString v = value.toString();
    editModule(m, tr("Modifier une ligne"), QStringLiteral("m:%1:%2:%3:%4").arg(m).arg(list).arg(i).arg(field),
               [&](Module &mod) {
                   if (list == QLatin1String("competencies") && i >= 0 && i < mod.competencies.size()) {
                       (field == QLatin1String("code") ? mod.competencies[i].code : mod.competencies[i].text) = v;
                   } else if (list == QLatin1String("equipment") && i >= 0 && i < mod.equipment.size()) {
                       EquipmentItem &e = mod.equipment[i];
                       if (field == QLatin1String("kind")) e.kind = v;
                       else if (field == QLatin1String("quantity")) e.quantity = std::max(0, v.toInt());
                       else e.text = v;
                   } else if (list == QLatin1String("runningOrder") && i >= 0 && i < mod.runningOrder.size()) {
                       Segment &s = mod.runningOrder[i];
                       if (field == QLatin1String("duration")) s.duration = std::max(0, v.toInt());
                       else if (field == QLatin1String("activity")) s.activity = v;
                       else if (field == QLatin1String("title")) s.title = v;
                       else if (field == QLatin1String("description")) s.description = RichTextMarkup::fromMarkup(v);
                   }
               });
}

int Document::addModule()
{
    Module m;
    m.title = tr("Nouvel atelier");
    m.id = uniqueModuleId(m.title);
    m.file = modulePath(m.id);
    m.duration = 120;
    m.modality = QStringLiteral("collectif");
    m.level = QStringLiteral("debutant");
    m.objectives << tr("À compléter");
    const int index = m_sel.module >= 0 ? m_sel.module + 1 : int(m_cur.modules.size());
    const Selection sel = Selection::of(QStringLiteral("module"), index);
    edit(tr("Ajouter un atelier"), {}, [&](Curriculum &c) { c.modules.insert(index, m); }, sel);
    return index;
}

int Document::duplicateModule(int i)
{
    if (i < 0 || i >= m_cur.modules.size())
        return -1;
    Module copy = m_cur.modules.at(i);
    copy.id = uniqueModuleId(copy.id + QStringLiteral("-copie"));
    copy.file = modulePath(copy.id);
    copy.title += tr(" (copie)");
    const Selection sel = Selection::of(QStringLiteral("module"), i + 1);
    edit(tr("Dupliquer l'atelier"), {}, [&](Curriculum &c) { c.modules.insert(i + 1, copy); }, sel);
    return i + 1;
}

void Document::removeModule(int i)
{
    if (i < 0 || i >= m_cur.modules.size())
        return;
    // Steps that ran it keep the reference, shown as broken, so that nothing
    // is silently changed in a pathway.
    const Selection sel = i > 0 ? Selection::of(QStringLiteral("module"), i - 1) : Selection();
    edit(tr("Supprimer l'atelier « %1 »").arg(m_cur.modules.at(i).title), {},
         [i](Curriculum &c) { c.modules.removeAt(i); }, sel);
}

void Document::moveModule(int from, int to)
{
    if (from < 0 || from >= m_cur.modules.size() || to < 0 || to >= m_cur.modules.size() || from == to)
        return;
    const Selection sel = Selection::of(QStringLiteral("module"), to);
    edit(tr("Déplacer l'atelier"), {}, [&](Curriculum &c) { moveItem(c.modules, from, to); }, sel);
}

// ---- Activities -------------------------------------------------------------

int Document::addActivity(int m, const QString &typeId)
{
    const PluginInfo *type = PluginRegistry::instance().exerciseType(typeId);
    if (!type || m < 0 || m >= m_cur.modules.size())
        return -1;
    const Module &mod = m_cur.modules.at(m);
    Activity a;
    a.type = typeId;
    a.title = type->name.text(m_lang);
    QString id = typeId;
    for (int n = 2; mod.activity(id); ++n)
        id = typeId + QLatin1Char('-') + QString::number(n);
    a.id = id;
    a.payload = PayloadCodec::write(PayloadCodec::defaults(type->fields), type->fields, type->root, type->ns);
    a.payloadNamespace = type->ns;
    const int index = m_sel.kind == QLatin1String("activity") && m_sel.module == m ? m_sel.activity + 1
                                                                                   : int(mod.activities.size());
    const Selection sel = Selection::of(QStringLiteral("activity"), m, index);
    editModule(m, tr("Ajouter une activité « %1 »").arg(a.title), {},
               [&](Module &x) { x.activities.insert(index, a); }, sel);
    return index;
}

int Document::duplicateActivity(int m, int a)
{
    if (m < 0 || m >= m_cur.modules.size() || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return -1;
    const Module &mod = m_cur.modules.at(m);
    Activity copy = mod.activities.at(a);
    QString id = copy.id + QStringLiteral("-copie");
    for (int n = 2; mod.activity(id); ++n)
        id = copy.id + QStringLiteral("-copie-") + QString::number(n);
    copy.id = id;
    copy.title += tr(" (copie)");
    const Selection sel = Selection::of(QStringLiteral("activity"), m, a + 1);
    editModule(m, tr("Dupliquer l'activité"), {}, [&](Module &x) { x.activities.insert(a + 1, copy); }, sel);
    return a + 1;
}

void Document::removeActivity(int m, int a)
{
    if (m < 0 || m >= m_cur.modules.size() || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return;
    const Selection sel = Selection::of(QStringLiteral("module"), m);
    const QString id = m_cur.modules.at(m).activities.at(a).id;
    editModule(m, tr("Supprimer l'activité « %1 »").arg(m_cur.modules.at(m).activities.at(a).title), {},
               [&](Module &x) {
                   x.activities.removeAt(a);
                   // The running order no longer points at it.
                   for (Segment &s : x.runningOrder)
                       if (s.activity == id)
                           s.activity.clear();
               },
               sel);
}

void Document::moveActivity(int m, int from, int to)
{
    if (m < 0 || m >= m_cur.modules.size())
        return;
    const qsizetype n = m_cur.modules.at(m).activities.size();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    const Selection sel = Selection::of(QStringLiteral("activity"), m, to);
    editModule(m, tr("Déplacer l'activité"), {}, [&](Module &x) { moveItem(x.activities, from, to); }, sel);
}

void Document::moveActivityToModule(int m, int a, int target)
{
    if (m < 0 || m >= m_cur.modules.size() || target < 0 || target >= m_cur.modules.size() || m == target
        || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return;
    Activity act = m_cur.modules.at(m).activities.at(a);
    const Module &dest = m_cur.modules.at(target);
    const QString base = act.id;
    for (int n = 2; dest.activity(act.id); ++n)
        act.id = base + QLatin1Char('-') + QString::number(n);
    const Selection sel = Selection::of(QStringLiteral("activity"), target, int(dest.activities.size()));
    edit(tr("Déplacer l'activité vers « %1 »").arg(dest.title), {}, [&](Curriculum &c) {
        Module &from = c.modules[m];
        from.activities.removeAt(a);
        for (Segment &s : from.runningOrder)
            if (s.activity == base)
                s.activity.clear();
        c.modules[target].activities.append(act);
    }, sel);
}

void Document::setActivityField(int m, int a, const QString &field, const QVariant &value)
{
    if (m < 0 || m >= m_cur.modules.size() || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return;
    const QString v = value.toString();
    QString newId;
    if (field == QLatin1String("id")) {
        newId = slug(v);
        const Module &mod = m_cur.modules.at(m);
        if (newId.isEmpty() || (newId != mod.activities.at(a).id && mod.activity(newId)))
            return;
    }
    editModule(m, tr("Modifier l'activité"), QStringLiteral("a:%1:%2:%3").arg(m).arg(a).arg(field),
               [&](Module &mod) {
                   Activity &act = mod.activities[a];
                   if (field == QLatin1String("title")) act.title = v;
                   else if (field == QLatin1String("instructions")) act.instructions = RichTextMarkup::fromMarkup(v);
                   else if (field == QLatin1String("media")) act.media = value.toStringList();
                   else if (field == QLatin1String("weight")) { act.weight = optionalInt(value); act.hasScoring = act.weight || act.passingScore; }
                   else if (field == QLatin1String("passingScore")) { act.passingScore = optionalInt(value); act.hasScoring = act.weight || act.passingScore; }
                   else if (field == QLatin1String("id")) {
                       for (Segment &s : mod.runningOrder)
                           if (s.activity == act.id)
                               s.activity = newId;
                       act.id = newId;
                   }
               });
}

void Document::setPayload(int m, int a, const QVariantMap &values, const QString &actionName, const QString &mergeKey)
{
    if (m < 0 || m >= m_cur.modules.size() || a < 0 || a >= m_cur.modules.at(m).activities.size())
        return;
    const PluginInfo *type = typeOf(m_cur.modules.at(m).activities.at(a));
    if (!type)
        return;
    const QVariantMap xmlValues = convertPayload(values, type->fields, false);
    editModule(m, actionName.isEmpty() ? tr("Modifier l'exercice") : actionName,
               mergeKey.isEmpty() ? QString() : QStringLiteral("a:%1:%2:payload:").arg(m).arg(a) + mergeKey,
               [&](Module &mod) {
                   Activity &act = mod.activities[a];
                   act.payload = PayloadCodec::write(xmlValues, type->fields, type->root, type->ns);
                   act.payloadNamespace = type->ns;
               });
}

void Document::setPayloadValue(int m, int a, const QVariantList &path, const QVariant &value)
{
    const QVariantMap current = payload(m, a);
    if (current.isEmpty() && path.isEmpty())
        return;
    QStringList key;
    for (const QVariant &p : path)
        key << p.toString();
    const QVariantMap next = setAt(current, path, 0, [&value](const QVariant &) { return value; }).toMap();
    const PluginInfo *type = m >= 0 && m < m_cur.modules.size() && a >= 0 && a < m_cur.modules.at(m).activities.size()
        ? typeOf(m_cur.modules.at(m).activities.at(a)) : nullptr;
    const Field *f = type ? fieldAt(type->fields, path) : nullptr;
    const QString label = f ? f->label.text(m_lang) : key.join(QLatin1Char('/'));
    setPayload(m, a, next, tr("Modifier « %1 »").arg(label), key.join(QLatin1Char('/')));
}

void Document::insertPayloadItem(int m, int a, const QVariantList &listPath, int index)
{
    const QVariantMap current = payload(m, a);
    const PluginInfo *type = m >= 0 && m < m_cur.modules.size() && a >= 0 && a < m_cur.modules.at(m).activities.size()
        ? typeOf(m_cur.modules.at(m).activities.at(a)) : nullptr;
    const Field *list = type ? fieldAt(type->fields, listPath) : nullptr;
    if (!list || list->kind != Field::Kind::List)
        return;
    const QVariant item = convertRichText(PayloadCodec::defaultValue(list->fields.first()), list->fields.first(), true);
    const QVariantMap next = setAt(current, listPath, 0, [&](const QVariant &v) {
        QVariantList l = v.toList();
        l.insert(std::clamp(index, 0, int(l.size())), item);
        return QVariant(l);
    }).toMap();
    setPayload(m, a, next, tr("Ajouter « %1 »").arg(list->fields.first().label.text(m_lang)));
}

void Document::removePayloadItem(int m, int a, const QVariantList &listPath, int index)
{
    const QVariantMap next = setAt(payload(m, a), listPath, 0, [&](const QVariant &v) {
        QVariantList l = v.toList();
        if (index >= 0 && index < l.size())
            l.removeAt(index);
        return QVariant(l);
    }).toMap();
    setPayload(m, a, next, tr("Retirer un élément"));
}

void Document::movePayloadItem(int m, int a, const QVariantList &listPath, int from, int to)
{
    const QVariantMap next = setAt(payload(m, a), listPath, 0, [&](const QVariant &v) {
        QVariantList l = v.toList();
        if (from >= 0 && from < l.size() && to >= 0 && to < l.size())
            l.move(from, to);
        return QVariant(l);
    }).toMap();
    setPayload(m, a, next, tr("Déplacer un élément"));
}

// ---- Media ------------------------------------------------------------------

int Document::importMedia(const QUrl &url)
{
    if (!m_open)
        return -1;
    const QString source = url.isLocalFile() ? url.toLocalFile() : url.toString();
    const QFileInfo info(source);
    const QString type = mediaTypeForPath(source);
    if (!info.isFile() || !(type.startsWith(QLatin1String("image/")) || type.startsWith(QLatin1String("audio/"))
                            || type.startsWith(QLatin1String("video/")) || type == QLatin1String("text/vtt"))) {
        setError(tr("« %1 » n'est pas une image, un son, une vidéo ou des sous-titres que Relais sait utiliser "
                   "(PNG, JPEG, SVG, WebP, GIF, MP3, OGG, M4A, WAV, MP4, WebM, VTT).")
                     .arg(info.fileName()));
        return -1;
    }
    // A safe name: a slug of the file's name, unique in media/.
    const QString base = slug(info.completeBaseName()).isEmpty() ? QStringLiteral("media") : slug(info.completeBaseName());
    const QString suffix = info.suffix().toLower();
    QString name = base;
    auto taken = [this, &suffix](const QString &n) {
        const QString href = QStringLiteral("media/") + n + QLatin1Char('.') + suffix;
        return QFileInfo::exists(m_folder + QLatin1Char('/') + href)
            || std::any_of(m_cur.media.cbegin(), m_cur.media.cend(), [&href, &n](const MediaAsset &m) { return m.href == href || m.id == n; });
    };
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    const QString href = QStringLiteral("media/") + name + QLatin1Char('.') + suffix;
    QDir().mkpath(m_folder + QStringLiteral("/media"));
    Diagnostics diags;
    if (!copyFileAtomically(source, m_folder + QLatin1Char('/') + href, diags)) {
        setError(tr("Impossible de copier « %1 » dans le dossier du cursus.")
                     .arg(info.fileName())
                 + QLatin1Char('\n') + describe(diags));
        return -1;
    }
    m_importedMedia.insert(href);
    MediaAsset asset;
    asset.id = name;
    asset.href = href;
    asset.type = type;
    asset.sha256 = sha256OfFile(m_folder + QLatin1Char('/') + href, &asset.size);
    const int index = int(m_cur.media.size());
    const Selection sel = Selection::of(QStringLiteral("media"), index);
    edit(tr("Importer « %1 »").arg(info.fileName()), {}, [&asset](Curriculum &c) { c.media.append(asset); },
         m_sel.kind == QLatin1String("media") ? sel : m_sel);
    return index;
}

void Document::setMediaField(int i, const QString &field, const QVariant &value)
{
    if (i < 0 || i >= m_cur.media.size())
        return;
    const QString v = value.toString();
    edit(tr("Modifier le média"), QStringLiteral("media:%1:%2").arg(i).arg(field), [&](Curriculum &c) {
        MediaAsset &m = c.media[i];
        if (field == QLatin1String("alt")) m.alt = v;
        else if (field == QLatin1String("transcript")) m.transcript = RichTextMarkup::fromMarkup(v);
        else if (field == QLatin1String("credit")) m.credit = v;
        else if (field == QLatin1String("licence")) m.licence = v;
    });
}

void Document::removeMedia(int i)
{
    if (i < 0 || i >= m_cur.media.size())
        return;
    const QString href = m_cur.media.at(i).href;
    // The file goes at the next save, once nothing declares it (undo brings it back).
    m_removedMedia.insert(href);
    edit(tr("Retirer le média « %1 »").arg(href.section(QLatin1Char('/'), 1)), {},
         [i](Curriculum &c) { c.media.removeAt(i); });
}

// ---- Diagnostics and preview -------------------------------------------------

QString Document::goToDiagnostic(int row)
{
    const Diagnostic *d = m_diagnostics->at(row);
    if (!d)
        return {};
    QStringList parts = d->element.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto take = [&parts](const QString &kind) -> QString {
        if (!parts.isEmpty() && parts.first().startsWith(kind + QLatin1Char(':')))
            return parts.takeFirst().mid(kind.size() + 1);
        return {};
    };
    Selection sel;
    if (const QString mid = take(QStringLiteral("module")); !mid.isEmpty()) {
        for (int m = 0; m < m_cur.modules.size(); ++m) {
            if (m_cur.modules.at(m).id != mid)
                continue;
            sel.kind = QStringLiteral("module");
            sel.module = m;
            if (const QString aid = take(QStringLiteral("activity")); !aid.isEmpty())
                for (int a = 0; a < m_cur.modules.at(m).activities.size(); ++a)
                    if (m_cur.modules.at(m).activities.at(a).id == aid) {
                        sel.kind = QStringLiteral("activity");
                        sel.activity = a;
                    }
        }
    } else if (const QString pid = take(QStringLiteral("pathway")); !pid.isEmpty()) {
        for (int p = 0; p < m_cur.pathways.size(); ++p) {
            if (m_cur.pathways.at(p).id != pid)
                continue;
            sel.kind = QStringLiteral("pathway");
            sel.pathway = p;
            if (const QString sid = take(QStringLiteral("step")); !sid.isEmpty())
                for (int s = 0; s < m_cur.pathways.at(p).steps.size(); ++s)
                    if (m_cur.pathways.at(p).steps.at(s).id == sid) {
                        sel.kind = QStringLiteral("step");
                        sel.step = s;
                    }
        }
    } else if (const QString media = take(QStringLiteral("media")); !media.isEmpty()) {
        sel.kind = QStringLiteral("media");
        for (int i = 0; i < m_cur.media.size(); ++i)
            if (m_cur.media.at(i).id == media)
                sel.media = i;
    } else if (d->location.file.startsWith(QLatin1String("modules/"))) {
        for (int m = 0; m < m_cur.modules.size(); ++m)
            if (m_cur.modules.at(m).file == d->location.file) {
                sel.kind = QStringLiteral("module");
                sel.module = m;
            }
    }
    if (!parts.isEmpty() && parts.first() == QLatin1String("curriculum"))
        parts.removeFirst();
    setSelection(sel);
    return parts.join(QLatin1Char('/'));
}

QString Document::fieldProblem(const QString &fieldKey) const
{
    QString element;
    const Selection &s = m_sel;
    if (s.kind == QLatin1String("module") || s.kind == QLatin1String("activity")) {
        if (s.module < 0 || s.module >= m_cur.modules.size())
            return {};
        const Module &m = m_cur.modules.at(s.module);
        element = QStringLiteral("module:") + m.id;
        if (s.kind == QLatin1String("activity") && s.activity >= 0 && s.activity < m.activities.size())
            element += QStringLiteral("/activity:") + m.activities.at(s.activity).id;
    } else if (s.kind == QLatin1String("pathway") || s.kind == QLatin1String("step")) {
        if (s.pathway < 0 || s.pathway >= m_cur.pathways.size())
            return {};
        const Pathway &p = m_cur.pathways.at(s.pathway);
        element = QStringLiteral("pathway:") + p.id;
        if (s.kind == QLatin1String("step") && s.step >= 0 && s.step < p.steps.size())
            element += QStringLiteral("/step:") + p.steps.at(s.step).id;
    } else if (s.kind == QLatin1String("curriculum")) {
        element = QStringLiteral("curriculum");
    } else {
        return {};
    }
    element += QLatin1Char('/') + fieldKey;
    const Diagnostic *warning = nullptr;
    for (const Diagnostic &d : m_diagnostics->diagnostics()) {
        if (d.element != element)
            continue;
        if (d.severity == Severity::Error)
            return d.message(m_lang);
        if (!warning && d.severity == Severity::Warning)
            warning = &d;
    }
    return warning ? warning->message(m_lang) : QString();
}

void Document::validateNow()
{
    if (m_open) {
        m_validation->runNow();
        m_validation->waitForIdle();
    }
}

QString Document::writePreview()
{
    if (!m_open || m_sel.module < 0 || m_sel.module >= m_cur.modules.size())
        return {};
    const Module &module = m_cur.modules.at(m_sel.module);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/preview/")
        + hashOf(m_source) + QLatin1Char('-') + module.id;
    Diagnostics diags;
    HtmlRenderer renderer(PluginRegistry::instance(), m_cur, m_cur.lang.isEmpty() ? QStringLiteral("fr") : m_cur.lang);
    // Only the module's own media are copied: the preview of one module of a
    // large curriculum stays instant.
    FileSet files;
    files.source = m_folder;
    for (const QString &href : renderer.mediaFiles(module))
        if (QFileInfo::exists(files.absolutePath(href)))
            files.files.insert(href, FileEntry());
    if (!renderer.writeModulePreview(module, files, folder, diags)) {
        setError(diags);
        return {};
    }
    return folder + QStringLiteral("/index.html");
}

bool Document::openPreview()
{
    const QString page = writePreview();
    if (page.isEmpty())
        return false;
    QUrl url = QUrl::fromLocalFile(page);
    if (m_sel.kind == QLatin1String("activity"))
        url.setFragment(QStringLiteral("activite-") + m_cur.modules.at(m_sel.module).activities.at(m_sel.activity).id);
    if (qEnvironmentVariableIsSet("RELAIS_STUDIO_NO_BROWSER"))
        return true;
    return QDesktopServices::openUrl(url);
}

} // namespace Relais
