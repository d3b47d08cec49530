#include "library.h"

#include "curriculumloader.h"
#include "exporter.h"
#include "fileset.h"
#include "pack.h"
#include "truststore.h"
#include "validator.h"
#include "version.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace Relais {

namespace {

// Raised whenever the tables change; a library written by a newer Relais is
// refused rather than misread.
constexpr int schemaVersion = 1;

const QString catalogueFile = QStringLiteral("catalogue.sqlite");
const QString curriculaFolder = QStringLiteral("curricula");
const QString stagingPrefix = QStringLiteral(".staging-");
// How long a write waits for another program's to finish.
constexpr int busyTimeoutMs = 5000;

// Markers of the matched words in FTS5 snippets: control characters, which
// XML 1.0 forbids, so they never occur in curriculum text.
const QChar highlightOpen(0x02);
const QChar highlightClose(0x03);

const char *const schema[] = {
    "CREATE TABLE curricula ("
    " id TEXT PRIMARY KEY,"
    " active_version TEXT NOT NULL)",
    "CREATE TABLE versions ("
    " id INTEGER PRIMARY KEY,"
    " curriculum_id TEXT NOT NULL,"
    " version TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " publisher TEXT NOT NULL,"
    " lang TEXT NOT NULL,"
    " signed INTEGER NOT NULL,"
    " signer_name TEXT NOT NULL,"
    " signer_fingerprint TEXT NOT NULL,"
    " trusted INTEGER NOT NULL,"
    " installed_at TEXT NOT NULL,"
    " pack_sha256 TEXT NOT NULL,"
    " pack_size INTEGER NOT NULL,"
    " pathways INTEGER NOT NULL,"
    " modules INTEGER NOT NULL,"
    " activities INTEGER NOT NULL,"
    " media INTEGER NOT NULL,"
    " UNIQUE (curriculum_id, version))",
    // One row per searchable place; its id is the rowid of its text in search.
    "CREATE TABLE items ("
    " id INTEGER PRIMARY KEY,"
    " version_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " item_id TEXT NOT NULL,"
    " module_id TEXT NOT NULL)",
    "CREATE INDEX items_by_version ON items (version_id)",
    "CREATE VIRTUAL TABLE search USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')",
};

Diagnostic problem(const char *code, const QStringList &args = {})
{
    return Diagnostic::make(QString::fromLatin1(code), {}, {}, args);
}

// Qt binds a null QString as SQL NULL; the catalogue's text columns hold ''
// for "none".
QVariant bindable(const QVariant &value)
{
    return value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Text for the index: words of different elements kept apart, inline markup
// (emphasis, links) joined to its words.
void appendText(const XmlNode &node, QString &out)
{
    if (node.kind == XmlNode::Text) {
        out += node.name;
        return;
    }
    static const QSet<QString> inlineNames{QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("a")};
    const bool isInline = inlineNames.contains(node.localName());
    if (!isInline)
        out += QLatin1Char(' ');
    for (const XmlNode &child : node.children)
        appendText(child, out);
    if (!isInline)
        out += QLatin1Char(' ');
}

QString searchText(const RichText &text)
{
    QString out;
    for (const XmlNode &block : text)
        appendText(block, out);
    return out.simplified();
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QLatin1Char('\n'));
}

// Words as people type them, as an FTS5 query: each word quoted (so that no
// word is read as an operator), all required, the last one also as the
// beginning of a longer word.
QString ftsQuery(const QString &words)
{
    QStringList terms;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            terms << QLatin1Char('"') + current + QLatin1Char('"');
        current.clear();
    };
    for (const QChar c : words) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            current += c;
        else
            flush();
    }
    flush();
    if (!terms.isEmpty())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

SearchHit::Kind kindFromName(const QString &name)
{
    for (SearchHit::Kind k : {SearchHit::Kind::Curriculum, SearchHit::Kind::Pathway, SearchHit::Kind::Module})
        if (SearchHit::kindName(k) == name)
            return k;
    return SearchHit::Kind::Activity;
}

// Newest first; versions that do not parse (never written by this code) last.
void sortNewestFirst(QList<LibraryVersion> &versions)
{
    std::sort(versions.begin(), versions.end(), [](const LibraryVersion &a, const LibraryVersion &b) {
        const auto va = Version::parse(a.version), vb = Version::parse(b.version);
        if (va && vb)
            return vb->compare(*va) < 0;
        return bool(va);
    });
}

std::optional<LibraryEntry> installedEntry(const Library &library, const QString &curriculumId, Diagnostics &diags)
{
    std::optional<LibraryEntry> e = library.entry(curriculumId, diags);
    if (!e && diags.isEmpty())
        diags << problem("library.not-installed", {curriculumId});
    return e;
}

Diagnostic versionNotInstalled(const LibraryEntry &e, const QString &version)
{
    QStringList installed;
    for (const LibraryVersion &v : e.versions)
        installed << v.version;
    return problem("library.version-not-installed", {e.id, version, installed.join(QStringLiteral(", "))});
}

} // namespace

const LibraryVersion *LibraryEntry::active() const
{
    return version(activeVersion);
}

const LibraryVersion *LibraryEntry::version(const QString &v) const
{
    for (const LibraryVersion &lv : versions)
        if (lv.version == v)
            return &lv;
    return nullptr;
}

QString SearchHit::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Curriculum:
        return QStringLiteral("curriculum");
    case Kind::Pathway:
        return QStringLiteral("pathway");
    case Kind::Module:
        return QStringLiteral("module");
    case Kind::Activity:
        return QStringLiteral("activity");
    }
    return {};
}

QString SearchHit::markedSnippet(const QString &open, const QString &close, bool escapeHtml) const
{
    const auto plain = [&](qsizetype from, qsizetype length) {
        const QString part = snippet.mid(from, length);
        return escapeHtml ? part.toHtmlEscaped() : part;
    };
    QString out;
    qsizetype at = 0;
    for (const auto &[start, length] : highlights) {
        out += plain(at, start - at) + open + plain(start, length) + close;
        at = start + length;
    }
    return out + plain(at, snippet.size() - at);
}

struct Library::Private
{
    QString folder;
    QString connection;
    Diagnostics problems;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    QString catalogue() const { return folder + QLatin1Char('/') + catalogueFile; }
    QString curricula() const { return folder + QLatin1Char('/') + curriculaFolder; }
    QString versionFolder(const QString &id, const QString &version) const
    {
        return curricula() + QLatin1Char('/') + id + QLatin1Char('/') + version;
    }

    // A failed statement as a sentence: a damaged file says so and what to do.
    Diagnostic sqlProblem(const QSqlError &error) const
    {
        // The primary result code (the low byte of an extended one).
        const int code = error.nativeErrorCode().toInt() & 0xff;
        constexpr int busy = 5, ioError = 10, corrupt = 11, full = 13, notADatabase = 26;
        if (code == busy)
            return problem("library.busy", {native(folder)});
        if (code == corrupt || code == notADatabase)
            return problem("library.catalogue-damaged", {native(catalogue()), error.databaseText(), native(folder)});
        if (code == ioError || code == full)
            return problem("library.disk-full", {native(folder), error.databaseText()});
        return problem("library.database", {native(catalogue()), error.databaseText().isEmpty() ? error.text() : error.databaseText()});
    }

    bool exec(QSqlQuery &query, Diagnostics &diags) const
    {
        if (query.exec())
            return true;
        diags << sqlProblem(query.lastError());
        return false;
    }

    bool exec(const QString &sql, const QVariantList &values, Diagnostics &diags, QSqlQuery *result = nullptr) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql)) {
            diags << sqlProblem(query.lastError());
            return false;
        }
        for (const QVariant &v : values)
            query.addBindValue(bindable(v));
        const bool ok = exec(query, diags);
        if (ok && result)
            *result = std::move(query);
        return ok;
    }

    // A write transaction, rolled back unless committed. IMMEDIATE takes
    // SQLite's write lock at once, for the whole import or removal: it is
    // what makes them take turns across programs (readers go on reading),
    // and the system releases it when a process dies, so a killed import
    // never leaves a stale lock. Statements rather than QSqlDatabase's
    // transaction() and commit(), whose errors lose SQLite's code (a full
    // disk would read as an unknown error).
    class Transaction
    {
    public:
        Transaction(const Private &d, Diagnostics &diags) : m_d(d)
        {
            m_open = d.exec(QStringLiteral("BEGIN IMMEDIATE"), {}, diags);
        }
        ~Transaction()
        {
            // After a failed COMMIT SQLite may have rolled back already: nothing to report.
            Diagnostics ignored;
            if (m_open)
                m_d.exec(QStringLiteral("ROLLBACK"), {}, ignored);
        }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        bool isOpen() const { return m_open; }
        bool commit(Diagnostics &diags)
        {
            m_open = !m_d.exec(QStringLiteral("COMMIT"), {}, diags);
            return !m_open;
        }

    private:
        const Private &m_d;
        bool m_open = false;
    };

    void open();
    bool createSchema(Diagnostics &diags);
    void tidy();
    QList<LibraryVersion> versions(const QString &curriculumId, Diagnostics &diags) const;
    bool index(const Curriculum &c, qint64 versionId, ExportMonitor &monitor, int &done, int total,
               Diagnostics &diags) const;
    // Its rows and its text in the index; its folder stays.
    bool removeVersion(const QString &curriculumId, const QString &version, Diagnostics &diags) const;
};

void Library::Private::open()
{
    if (!QDir().mkpath(folder)) {
        problems << problem("library.open-failed", {native(folder), QStringLiteral("mkdir")});
        return;
    }
    // A new catalogue goes into an empty folder only: opening removes the
    // version folders that the catalogue does not know, and a folder given
    // by mistake (a home folder) must never lose anything. The catalogue's
    // own files may be there: another program creating it at the same time.
    if (!QFileInfo::exists(catalogue())) {
        QStringList present = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        present.removeIf([](const QString &name) { return name.startsWith(catalogueFile); });
        if (!present.isEmpty()) {
            problems << problem("library.not-library", {native(folder)});
            return;
        }
    }
    static QAtomicInt counter;
    connection = QStringLiteral("relais-library-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(catalogue());
    // Another program (the Studio, a second terminal) may be writing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        problems << problem("library.open-failed", {native(catalogue()), db.lastError().text()});
        return;
    }
    Diagnostics diags;
    QSqlQuery version;
    // The rollback journal rather than WAL: the library may be moved to a
    // network or removable drive, where WAL's shared memory does not work;
    // imports are rare, so WAL's readers-during-writes gain nothing. FULL
    // synchronous makes a committed import survive a power cut.
    if (!exec(QStringLiteral("PRAGMA journal_mode = DELETE"), {}, diags)
        || !exec(QStringLiteral("PRAGMA synchronous = FULL"), {}, diags)
        || !exec(QStringLiteral("PRAGMA user_version"), {}, diags, &version) || !version.next()) {
        problems << diags;
        return;
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found > schemaVersion) {
        problems << problem("library.catalogue-newer", {native(catalogue()), QString::number(found), QString::number(schemaVersion)});
        return;
    }
    if (found == 0 && !createSchema(diags)) {
        problems << diags;
        return;
    }
    // The tables read once: a damaged file is found now, not halfway through an import.
    if (!exec(QStringLiteral("SELECT count(*) FROM versions JOIN curricula ON curricula.id = versions.curriculum_id"), {}, diags)) {
        problems << diags;
        return;
    }
    tidy();
}

bool Library::Private::createSchema(Diagnostics &diags)
{
    Transaction transaction(*this, diags);
    QSqlQuery version;
    if (!transaction.isOpen() || !exec(QStringLiteral("PRAGMA user_version"), {}, diags, &version) || !version.next())
        return false;
    // Another program opening the same new library may have been first.
    if (version.value(0).toInt() != 0)
        return true;
    for (const char *statement : schema)
        if (!exec(QString::fromLatin1(statement), {}, diags))
            return false;
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion), {}, diags) && transaction.commit(diags);
}

// What an import or a removal killed half-way left behind: staging folders
// and version folders the catalogue does not know. Skipped while another
// program writes (its staging folder is in use), or when the catalogue
// cannot be written at all.
void Library::Private::tidy()
{
    Diagnostics diags;
    exec(QStringLiteral("PRAGMA busy_timeout = 0"), {}, diags);
    const Transaction transaction(*this, diags);
    exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), {}, diags);
    if (!transaction.isOpen())
        return;
    const QDir root(folder);
    for (const QString &name : root.entryList({stagingPrefix + QLatin1Char('*')}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(root.filePath(name)).removeRecursively();

    QSqlQuery query;
    if (!exec(QStringLiteral("SELECT curriculum_id, version FROM versions"), {}, diags, &query))
        return;
    QSet<QString> known;
    while (query.next())
        known.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString());
    const QDir curriculaDir(curricula());
    const auto entries = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    for (const QString &id : curriculaDir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QDir idDir(curriculaDir.filePath(id));
        for (const QString &version : idDir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
            if (!known.contains(id + QLatin1Char('/') + version))
                QDir(idDir.filePath(version)).removeRecursively();
        if (idDir.entryList(entries).isEmpty())
            curriculaDir.rmdir(id);
    }
}

QList<LibraryVersion> Library::Private::versions(const QString &curriculumId, Diagnostics &diags) const
{
    QString sql = QStringLiteral(
        "SELECT v.curriculum_id, v.version, v.title, v.publisher, v.lang, v.signed, v.signer_name,"
        " v.signer_fingerprint, v.trusted, v.installed_at, v.pack_sha256, v.pack_size, v.pathways, v.modules,"
        " v.activities, v.media, c.active_version = v.version"
        " FROM versions v JOIN curricula c ON c.id = v.curriculum_id");
    QVariantList values;
    if (!curriculumId.isNull()) {
        sql += QStringLiteral(" WHERE v.curriculum_id = ?");
        values << curriculumId;
    }
    QSqlQuery q;
    QList<LibraryVersion> out;
    if (!exec(sql, values, diags, &q))
        return out;
    while (q.next()) {
        LibraryVersion v;
        v.curriculumId = q.value(0).toString();
        v.version = q.value(1).toString();
        v.title = q.value(2).toString();
        v.publisher = q.value(3).toString();
        v.lang = q.value(4).toString();
        v.signature = q.value(5).toBool() ? SignatureCheck::Status::Valid : SignatureCheck::Status::Unsigned;
        v.signerName = q.value(6).toString();
        v.signerFingerprint = q.value(7).toString();
        v.trusted = q.value(8).toBool();
        v.installedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        v.packSha256 = q.value(10).toString();
        v.packSize = q.value(11).toLongLong();
        v.pathways = q.value(12).toInt();
        v.modules = q.value(13).toInt();
        v.activities = q.value(14).toInt();
        v.media = q.value(15).toInt();
        v.active = q.value(16).toBool();
        v.folder = versionFolder(v.curriculumId, v.version);
        out << v;
    }
    if (q.lastError().isValid())
        diags << sqlProblem(q.lastError());
    return out;
}

bool Library::Private::index(const Curriculum &c, qint64 versionId, ExportMonitor &monitor, int &done, int total,
                             Diagnostics &diags) const
{
    QSqlQuery item(db()), text(db());
    if (!item.prepare(QStringLiteral("INSERT INTO items (version_id, kind, item_id, module_id) VALUES (?, ?, ?, ?)"))
        || !text.prepare(QStringLiteral("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)"))) {
        diags << sqlProblem(item.lastError().isValid() ? item.lastError() : text.lastError());
        return false;
    }
    const auto add = [&](SearchHit::Kind kind, const QString &id, const QString &module, const QString &title,
                         const QString &body) {
        item.addBindValue(versionId);
        item.addBindValue(SearchHit::kindName(kind));
        item.addBindValue(bindable(id));
        item.addBindValue(bindable(module));
        if (!exec(item, diags))
            return false;
        text.addBindValue(item.lastInsertId());
        text.addBindValue(bindable(title));
        text.addBindValue(bindable(body));
        return exec(text, diags);
    };

    if (!add(SearchHit::Kind::Curriculum, c.id, {}, c.title, joined({c.subtitle, searchText(c.summary)})))
        return false;
    for (const Pathway &p : c.pathways) {
        QStringList body{searchText(p.summary)};
        for (const Step &s : p.steps)
            body << s.title << searchText(s.goal);
        if (!add(SearchHit::Kind::Pathway, p.id, {}, p.title, joined(body)))
            return false;
    }
    for (const Module &m : c.modules) {
        if (monitor.isCancelled())
            return false;
        monitor.progress(done++, total, m.title);
        QStringList body{searchText(m.summary)};
        body << m.objectives;
        for (const Competency &k : m.competencies)
            body << k.text;
        if (!add(SearchHit::Kind::Module, m.id, {}, m.title, joined(body)))
            return false;
        for (const Activity &a : m.activities) {
            QString payload;
            if (a.payload)
                appendText(*a.payload, payload);
            if (!add(SearchHit::Kind::Activity, a.id, m.id, a.title, joined({searchText(a.instructions), payload.simplified()})))
                return false;
        }
    }
    return true;
}

bool Library::Private::removeVersion(const QString &curriculumId, const QString &version, Diagnostics &diags) const
{
    const QVariantList key{curriculumId, version};
    return exec(QStringLiteral("DELETE FROM search WHERE rowid IN (SELECT items.id FROM items JOIN versions ON versions.id = items.version_id"
                               " WHERE versions.curriculum_id = ? AND versions.version = ?)"),
                key, diags)
        && exec(QStringLiteral("DELETE FROM items WHERE version_id IN (SELECT id FROM versions WHERE curriculum_id = ? AND version = ?)"),
                key, diags)
        && exec(QStringLiteral("DELETE FROM versions WHERE curriculum_id = ? AND version = ?"), key, diags);
}

Library::Library(const QString &folder) : d(std::make_unique<Private>())
{
    d->folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    d->open();
}

Library::~Library()
{
    if (d->connection.isEmpty())
        return;
    d->db().close();
    QSqlDatabase::removeDatabase(d->connection);
}

QString Library::defaultFolder()
{
    const QString env = qEnvironmentVariable("RELAIS_LIBRARY");
    return env.isEmpty() ? userDataFolder() + QStringLiteral("/library") : env;
}

bool Library::isOpen() const
{
    return d->problems.isEmpty();
}

Diagnostics Library::openProblems() const
{
    return d->problems;
}

QString Library::folder() const
{
    return d->folder;
}

ImportPlan Library::prepare(const QString &packPath, ExportMonitor *monitor) const
{
    ImportPlan plan;
    plan.packPath = QFileInfo(packPath).absoluteFilePath();
    constexpr int steps = 4;
    const auto step = [&](int done, const QString &what) {
        if (monitor)
            monitor->progress(done, steps, what);
        if (monitor && monitor->isCancelled()) {
            plan.refusals << problem("library.cancelled");
            return false;
        }
        return true;
    };
    if (!isOpen()) {
        plan.refusals << d->problems;
        return plan;
    }
    if (!step(0, QFileInfo(packPath).fileName()))
        return plan;
    plan.packSha256 = sha256OfFile(plan.packPath, &plan.packSize);

    // The signature first: for a signed pack, "changed after it was signed"
    // is the clearest reason, whatever else the change broke.
    plan.signature = PackSignature::verify(plan.packPath);
    switch (plan.signature.status) {
    case SignatureCheck::Status::Invalid:
        plan.refusals << problem("library.signature-invalid");
        break;
    case SignatureCheck::Status::Unreadable:
        plan.refusals << problem("library.signature-unreadable");
        break;
    case SignatureCheck::Status::Unsigned:
        plan.warnings << problem("library.unsigned");
        break;
    case SignatureCheck::Status::Valid:
        if (const auto key = TrustStore(TrustStore::defaultFolder()).find(plan.signature.publicKey)) {
            plan.trusted = true;
            plan.signerName = key->name;
        } else {
            plan.signerName = plan.signature.signer;
            plan.warnings << problem("library.untrusted", {plan.signature.signer, plan.signature.fingerprint});
        }
        break;
    }

    if (!step(1, QFileInfo(packPath).fileName()))
        return plan;
    Diagnostics readDiags;
    const std::optional<FileSet> files = Pack::read(plan.packPath, readDiags);
    if (!files) {
        plan.refusals << readDiags;
        return plan;
    }
    if (!step(2, QFileInfo(packPath).fileName()))
        return plan;
    Validator::Report report = Validator().validate(*files);
    plan.validation = report.diagnostics;
    plan.curriculum = std::move(report.curriculum);
    if (const int errors = countSeverity(plan.validation, Severity::Error))
        plan.refusals << problem("library.invalid", {QString::number(errors)});
    if (!plan.curriculum)
        return plan;
    const Curriculum &c = *plan.curriculum;
    if (!step(3, c.title))
        return plan;

    const std::optional<Version> version = Version::parse(c.version);
    Diagnostics diags;
    const QList<LibraryVersion> installed = d->versions(c.id, diags);
    plan.refusals << diags;
    if (!version || !diags.isEmpty())
        return plan;
    const LibraryVersion *active = nullptr;
    for (const LibraryVersion &v : installed) {
        if (v.active)
            active = &v;
        if (v.version == c.version) {
            plan.relation = ImportPlan::Relation::Installed;
            plan.refusals << (v.packSha256 == plan.packSha256 ? problem("library.already-installed", {c.title, c.version})
                                                                 : problem("library.same-version-differs", {c.title, c.version}));
        }
    }
    if (active) {
        plan.activeVersion = active->version;
        if (plan.relation != ImportPlan::Relation::Installed) {
            const auto activeVersion = Version::parse(active->version);
            plan.relation = activeVersion && version->compare(*activeVersion) < 0 ? ImportPlan::Relation::Older
                                                                                   : ImportPlan::Relation::Newer;
            if (plan.relation == ImportPlan::Relation::Older)
                plan.warnings << problem("library.older", {c.version, active->version});
        }
        Diagnostics loadDiags;
        const std::optional<FileSet> activeFiles = CurriculumLoader::open(active->folder, loadDiags);
        const CurriculumLoader::Result before = activeFiles ? CurriculumLoader::load(*activeFiles, {false}) : CurriculumLoader::Result();
        if (before.curriculum)
            plan.diff = CurriculumDiff::compare(*before.curriculum, c);
        else
            plan.warnings << problem("library.installed-unreadable", {active->version, native(active->folder)});
    }
    step(steps, c.title);
    return plan;
}

Library::Outcome Library::install(const ImportPlan &plan, const InstallOptions &options, ExportMonitor &monitor,
                                  Diagnostics &diags)
{
    if (!isOpen()) {
        diags << d->problems;
        return Outcome::Failed;
    }
    if (!plan.isInstallable() || !plan.curriculum) {
        diags << plan.refusals;
        return Outcome::Refused;
    }
    if (plan.needsConsent() && !options.allowUnsigned) {
        diags << problem(plan.signature.status == SignatureCheck::Status::Valid ? "library.untrusted-refused"
                                                                                 : "library.unsigned-refused");
        return Outcome::Refused;
    }
    const Curriculum &c = *plan.curriculum;
    const int total = int(c.modules.size()) + 3;
    int done = 0;
    monitor.progress(done++, total, QFileInfo(plan.packPath).fileName());

    Private::Transaction transaction(*d, diags);
    if (!transaction.isOpen())
        return Outcome::Failed;
    if (sha256OfFile(plan.packPath) != plan.packSha256) {
        diags << problem("library.pack-changed", {native(plan.packPath)});
        return Outcome::Refused;
    }
    // Checked again in the transaction: another program may have imported since.
    const QList<LibraryVersion> installed = d->versions(c.id, diags);
    if (!diags.isEmpty())
        return Outcome::Failed;
    const LibraryVersion *active = nullptr;
    for (const LibraryVersion &v : installed) {
        if (v.version == c.version) {
            diags << problem("library.already-installed", {c.title, c.version});
            return Outcome::Refused;
        }
        if (v.active)
            active = &v;
    }
    const auto version = Version::parse(c.version);
    const auto activeVersion = active ? Version::parse(active->version) : std::nullopt;
    const bool activate = !activeVersion || !version || version->compare(*activeVersion) > 0 || options.activate;
    if (monitor.isCancelled())
        return Outcome::Cancelled;

    monitor.progress(done++, total, QFileInfo(plan.packPath).fileName());
    QTemporaryDir staging(d->folder + QLatin1Char('/') + stagingPrefix + QStringLiteral("XXXXXX"));
    if (!staging.isValid()) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {native(d->folder), staging.errorString()});
        return Outcome::Failed;
    }
    const QString unpacked = staging.filePath(c.version);
    if (!Pack::unpack(plan.packPath, unpacked, diags))
        return Outcome::Failed;
    if (monitor.isCancelled())
        return Outcome::Cancelled;

    const auto fail = [&monitor] { return monitor.isCancelled() ? Outcome::Cancelled : Outcome::Failed; };
    int activities = 0;
    for (const Module &m : c.modules)
        activities += int(m.activities.size());
    QSqlQuery inserted;
    if (!d->exec(QStringLiteral("INSERT INTO versions (curriculum_id, version, title, publisher, lang, signed, signer_name,"
                                " signer_fingerprint, trusted, installed_at, pack_sha256, pack_size, pathways, modules,"
                                " activities, media) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {c.id, c.version, c.title, c.publisher, c.lang,
                  plan.signature.status == SignatureCheck::Status::Valid, plan.signerName, plan.signature.fingerprint,
                  plan.trusted, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), plan.packSha256, plan.packSize,
                  int(c.pathways.size()), int(c.modules.size()), activities, int(c.media.size())},
                 diags, &inserted)
        || !d->index(c, inserted.lastInsertId().toLongLong(), monitor, done, total, diags))
        return fail();
    if (activate
        && !d->exec(QStringLiteral("INSERT INTO curricula (id, active_version) VALUES (?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET active_version = excluded.active_version"),
                    {c.id, c.version}, diags))
        return fail();
    if (monitor.isCancelled())
        return fail();

    // The folder is put in place before the commit: a process killed in
    // between leaves a folder that the catalogue does not know, removed the
    // next time the library is opened.
    monitor.progress(done++, total, c.title);
    const QString target = d->versionFolder(c.id, c.version);
    QDir(target).removeRecursively();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {native(target), QStringLiteral("mkdir")});
        return fail();
    }
    if (!renameReplacing(unpacked, target, diags))
        return fail();
    if (!transaction.commit(diags)) {
        QDir(target).removeRecursively();
        QDir().rmdir(QFileInfo(target).absolutePath());
        return Outcome::Failed;
    }
    monitor.progress(total, total, c.title);
    return Outcome::Done;
}

QList<LibraryEntry> Library::list(Diagnostics &diags) const
{
    QList<LibraryEntry> out;
    if (!isOpen()) {
        diags << d->problems;
        return out;
    }
    QMap<QString, LibraryEntry> byId;
    for (const LibraryVersion &v : d->versions(QString(), diags)) {
        LibraryEntry &e = byId[v.curriculumId];
        e.id = v.curriculumId;
        if (v.active)
            e.activeVersion = v.version;
        e.versions << v;
    }
    for (LibraryEntry &e : byId) {
        sortNewestFirst(e.versions);
        out << e;
    }
    return out;
}

std::optional<LibraryEntry> Library::entry(const QString &curriculumId, Diagnostics &diags) const
{
    if (!isOpen()) {
        diags << d->problems;
        return std::nullopt;
    }
    LibraryEntry e;
    e.id = curriculumId;
    e.versions = d->versions(curriculumId, diags);
    if (e.versions.isEmpty())
        return std::nullopt;
    sortNewestFirst(e.versions);
    for (const LibraryVersion &v : std::as_const(e.versions))
        if (v.active)
            e.activeVersion = v.version;
    return e;
}

bool Library::remove(const QString &curriculumId, const QString &version, Diagnostics &diags)
{
    if (!isOpen()) {
        diags << d->problems;
        return false;
    }
    Private::Transaction transaction(*d, diags);
    if (!transaction.isOpen())
        return false;
    const std::optional<LibraryEntry> e = installedEntry(*this, curriculumId, diags);
    if (!e)
        return false;
    QList<LibraryVersion> going, staying;
    for (const LibraryVersion &v : e->versions)
        (version.isEmpty() || v.version == version ? going : staying) << v;
    if (going.isEmpty()) {
        diags << versionNotInstalled(*e, version);
        return false;
    }
    for (const LibraryVersion &v : std::as_const(going))
        if (!d->removeVersion(curriculumId, v.version, diags))
            return false;
    if (staying.isEmpty() && !d->exec(QStringLiteral("DELETE FROM curricula WHERE id = ?"), {curriculumId}, diags))
        return false;
    // The newest remaining version takes the place of an active one removed.
    const bool activeGoes = std::none_of(staying.cbegin(), staying.cend(), [](const LibraryVersion &v) { return v.active; });
    if (!staying.isEmpty() && activeGoes
        && !d->exec(QStringLiteral("UPDATE curricula SET active_version = ? WHERE id = ?"), {staying.first().version, curriculumId}, diags))
        return false;

    // Folders leave for a staging folder before the commit and come back if
    // it fails; once committed they are deleted (a kill during the deletion
    // leaves a staging folder, removed on the next opening).
    QTemporaryDir staging(d->folder + QLatin1Char('/') + stagingPrefix + QStringLiteral("XXXXXX"));
    if (!staging.isValid()) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {}, {native(d->folder), staging.errorString()});
        return false;
    }
    QList<std::pair<QString, QString>> moved;
    const auto restore = [&moved] {
        for (const auto &[from, to] : std::as_const(moved))
            QDir().rename(to, from);
        return false;
    };
    for (const LibraryVersion &v : std::as_const(going)) {
        if (!QFileInfo::exists(v.folder))
            continue;
        const QString to = staging.filePath(QString::number(moved.size()));
        if (!renameReplacing(v.folder, to, diags))
            return restore();
        moved << std::pair{v.folder, to};
    }
    if (!transaction.commit(diags))
        return restore();
    if (staying.isEmpty())
        QDir(d->curricula()).rmdir(curriculumId);
    return true;
}

bool Library::rollback(const QString &curriculumId, const QString &toVersion, Diagnostics &diags)
{
    const std::optional<LibraryEntry> e = installedEntry(*this, curriculumId, diags);
    if (!e)
        return false;
    QString target = toVersion;
    if (target.isEmpty()) {
        // Versions are newest first: the previous one follows the active one.
        const auto active = std::find_if(e->versions.cbegin(), e->versions.cend(), [](const LibraryVersion &v) { return v.active; });
        if (active == e->versions.cend() || active + 1 == e->versions.cend()) {
            diags << problem("library.no-earlier", {curriculumId, e->activeVersion});
            return false;
        }
        target = (active + 1)->version;
    } else if (!e->version(target)) {
        diags << versionNotInstalled(*e, target);
        return false;
    } else if (target == e->activeVersion) {
        diags << problem("library.already-active", {curriculumId, target});
        return false;
    }
    return d->exec(QStringLiteral("UPDATE curricula SET active_version = ? WHERE id = ?"), {target, curriculumId}, diags);
}

QList<SearchHit> Library::search(const QString &words, const SearchOptions &options, Diagnostics &diags) const
{
    QList<SearchHit> hits;
    if (!isOpen()) {
        diags << d->problems;
        return hits;
    }
    const QString query = ftsQuery(words);
    if (query.isEmpty())
        return hits;
    // Titles weigh more than the text under them.
    QString sql = QStringLiteral(
        "SELECT v.curriculum_id, v.version, i.kind, i.item_id, i.module_id, search.title,"
        " snippet(search, -1, char(2), char(3), '…', 16), bm25(search, 4.0, 1.0) AS score"
        " FROM search JOIN items i ON i.id = search.rowid JOIN versions v ON v.id = i.version_id");
    if (!options.allVersions)
        sql += QStringLiteral(" JOIN curricula c ON c.id = v.curriculum_id AND c.active_version = v.version");
    sql += QStringLiteral(" WHERE search MATCH ? ORDER BY score, v.curriculum_id, i.id LIMIT ?");
    QSqlQuery q;
    if (!d->exec(sql, {query, options.limit}, diags, &q))
        return hits;
    while (q.next()) {
        SearchHit hit;
        hit.curriculumId = q.value(0).toString();
        hit.version = q.value(1).toString();
        hit.kind = kindFromName(q.value(2).toString());
        hit.id = q.value(3).toString();
        hit.module = q.value(4).toString();
        hit.title = q.value(5).toString();
        const QString marked = q.value(6).toString();
        hit.rank = q.value(7).toDouble();
        int start = -1;
        for (const QChar ch : marked) {
            if (ch == highlightOpen) {
                start = int(hit.snippet.size());
            } else if (ch == highlightClose && start >= 0) {
                hit.highlights << std::pair{start, int(hit.snippet.size()) - start};
                start = -1;
            } else {
                hit.snippet += ch;
            }
        }
        hits << hit;
    }
    if (q.lastError().isValid())
        diags << d->sqlProblem(q.lastError());
    return hits;
}

} // namespace Relais
