#pragma once

#include "curriculum.h"
#include "curriculumdiff.h"
#include "diagnostic.h"
#include "packsignature.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Relais {

class ExportMonitor;

// One installed version of a curriculum, as the catalogue knows it.
struct LibraryVersion
{
    QString curriculumId;
    QString version;
    QString title;
    QString publisher;
    QString lang;
    SignatureCheck::Status signature = SignatureCheck::Status::Unsigned;  // Valid or Unsigned
    QString signerName;         // the trust store's name for the key (the signature's when untrusted)
    QString signerFingerprint;  // empty when unsigned
    bool trusted = false;       // signed by a key of the trust store at the time of the import
    QDateTime installedAt;      // UTC
    QString packSha256;         // of the pack file that was imported
    qint64 packSize = 0;
    int pathways = 0;
    int modules = 0;
    int activities = 0;
    int media = 0;
    bool active = false;
    QString folder;  // absolute path of its source folder: open it, export it, never write into it
};

// One curriculum of the library: every installed version, newest first.
struct LibraryEntry
{
    QString id;
    QString activeVersion;
    QList<LibraryVersion> versions;

    const LibraryVersion *active() const;
    const LibraryVersion *version(const QString &version) const;
};

// One search result: a place in an installed curriculum whose text matches.
struct SearchHit
{
    enum class Kind { Curriculum, Pathway, Module, Activity };

    QString curriculumId;
    QString version;
    Kind kind = Kind::Module;
    QString id;      // of the pathway, module or activity (the curriculum's for Kind::Curriculum)
    QString module;  // the module of an activity
    QString title;
    QString snippet;  // plain text around the match, "…" where it was cut
    QList<std::pair<int, int>> highlights;  // (start, length) in snippet of each matched word
    double rank = 0;  // bm25: lower is better; hits come best first

    // The snippet with each highlight between open and close; with escapeHtml
    // the text outside the markers is escaped (for StyledText in QML).
    QString markedSnippet(const QString &open, const QString &close, bool escapeHtml = false) const;

    static QString kindName(Kind kind);  // curriculum, pathway, module, activity
};

// What importing a pack would do, shown to the user before they confirm.
struct ImportPlan
{
    // Where the pack stands against what is installed with the same curriculum id.
    enum class Relation {
        New,        // no version of this curriculum is installed
        Newer,      // newer than the active version: it becomes active
        Older,      // older than the active version: active only when asked
        Installed,  // this version is already installed: refused
    };

    QString packPath;
    QString packSha256;
    qint64 packSize = 0;
    std::optional<Curriculum> curriculum;  // as read from the pack; absent when unreadable

    SignatureCheck signature;
    bool trusted = false;  // a valid signature by a key of the trust store
    QString signerName;    // the trust store's name when trusted, else the signature's

    Diagnostics validation;  // what `relais validate` says about the pack
    // What the user should know before confirming: no signature or an
    // untrusted one, an older version, an installed version that cannot be read.
    Diagnostics warnings;
    // Why the pack cannot be installed (integrity, signature, errors,
    // already installed); empty when it can.
    Diagnostics refusals;

    Relation relation = Relation::New;
    QString activeVersion;               // of the installed curriculum with this id
    std::optional<CurriculumDiff> diff;  // against that active version

    bool isInstallable() const { return refusals.isEmpty(); }
    // Unsigned, or signed by a key that is not trusted: installing needs the
    // user's explicit consent (InstallOptions::allowUnsigned).
    bool needsConsent() const { return !trusted; }
    QString curriculumId() const { return curriculum ? curriculum->id : QString(); }
    QString version() const { return curriculum ? curriculum->version : QString(); }
};

struct InstallOptions
{
    bool allowUnsigned = false;  // the user accepted an unsigned or untrusted pack
    bool activate = false;       // make an older version active
};

// The packs installed on this computer: one folder holding
//   catalogue.sqlite                          the catalogue and its full-text index
//   curricula/<curriculum-id>/<version>/      the source folder of each installed version
//   .staging-*                                only while an import or a removal runs
// Any import or removal that stops half-way (error, cancel, killed process,
// full disk) leaves the library as it was: the catalogue changes in one
// transaction committed after the folder is in place, and opening a Library
// removes folders the catalogue does not know. Several programs may use one
// library at once (the Studio and `relais library`): imports and removals
// take turns. Like the Qt SQL connection it holds, a Library belongs to the
// thread that created it: an import in a worker thread opens its own Library.
class Library
{
public:
    enum class Outcome { Done, Refused, Cancelled, Failed };

    // Opens (creating it if needed) the library in folder; see isOpen().
    explicit Library(const QString &folder = defaultFolder());
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // RELAIS_LIBRARY when set, else userDataFolder()/library.
    static QString defaultFolder();

    bool isOpen() const;
    // Why the library could not be opened (unwritable folder, damaged or
    // newer catalogue): sentences that say what to do.
    Diagnostics openProblems() const;
    QString folder() const;

    // Reads, checks and compares a pack without changing anything. The monitor,
    // when given, sees the steps and may cancel (the plan is then refused).
    ImportPlan prepare(const QString &packPath, ExportMonitor *monitor = nullptr) const;
    // Installs a prepared pack if it is still the same file and still
    // installable; Refused when it is not (or consent is missing), Cancelled
    // when the monitor asked, Failed on a write error. Only Done changes the
    // library.
    Outcome install(const ImportPlan &plan, const InstallOptions &options, ExportMonitor &monitor,
                    Diagnostics &diags);

    // Errors of the catalogue (a damaged file) go to diags.
    QList<LibraryEntry> list(Diagnostics &diags) const;
    // nullopt when the curriculum is not installed (diags then stays empty) or on error.
    std::optional<LibraryEntry> entry(const QString &curriculumId, Diagnostics &diags) const;

    // Removes one version (empty: every version) and its folder. When the
    // active version goes, the newest remaining one becomes active.
    bool remove(const QString &curriculumId, const QString &version, Diagnostics &diags);
    // Makes toVersion active (empty: the newest installed version older than
    // the active one). Nothing is deleted.
    bool rollback(const QString &curriculumId, const QString &toVersion, Diagnostics &diags);

    struct SearchOptions
    {
        bool allVersions = false;  // default: the active version of each curriculum
        int limit = 50;
    };
    // Words as a person types them: accents and case do not matter, every
    // word must appear, the last one may be the beginning of a word.
    QList<SearchHit> search(const QString &words, const SearchOptions &options, Diagnostics &diags) const;
    QList<SearchHit> search(const QString &words, Diagnostics &diags) const { return search(words, {}, diags); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Relais
