#pragma once

#include "librarymodel.h"
#include "progressmonitor.h"

#include <library.h>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace Relais {

// The "Bibliothèque" page's controller: the curricula installed on this
// computer (the same library as `relais library`), the import of a pack in
// two steps run on a thread of their own (prepare: integrity, signature,
// validation and the changes against the installed version, for the user to
// confirm; then install), rollback, removal, a copy of an installed version
// to adapt, and the full-text search of the catalogue.
class LibraryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lang READ lang WRITE setLang NOTIFY langChanged)
    Q_PROPERTY(Relais::LibraryModel *curricula READ curricula CONSTANT)
    Q_PROPERTY(QString folder READ folder NOTIFY openedChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    // Why the library could not be opened, as sentences.
    Q_PROPERTY(QStringList openProblems READ openProblems NOTIFY openedChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE select NOTIFY selectedChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectedChanged)
    // The selected row's roles (LibraryModel::get) and previousVersion, the
    // version a rollback would make active ("" when there is none).
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    // What the selected curriculum's active version holds:
    // {pathways: [{id, title}], modules: [{id, title, activities: [{id, title}]}]}.
    Q_PROPERTY(QVariantMap outline READ outline NOTIFY selectedChanged)
    // idle, preparing, confirming (the plan is shown), installing, failed
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)  // 0..1
    // What is being read or written (a file name, a module title).
    Q_PROPERTY(QString progressWhat READ progressWhat NOTIFY progressChanged)
    // The prepared import, for the confirmation panel (see planData()).
    Q_PROPERTY(QVariantMap plan READ plan NOTIFY planChanged)
    // Why an import failed (state "failed"), as sentences.
    Q_PROPERTY(QStringList problems READ problems NOTIFY stateChanged)
    // What the last operation did, for a short message:
    // {kind: installed|import-cancelled|install-cancelled|rolled-back|removed, title, version}.
    Q_PROPERTY(QVariantMap notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchChanged)
    // [{curriculumId, curriculumTitle, version, kind, id, module, moduleTitle, title, snippet}];
    // the snippet is StyledText, the matched words in bold.
    Q_PROPERTY(QVariantList searchResults READ searchResults NOTIFY searchChanged)
    // The search result chosen, shown in the selected curriculum; empty when none.
    Q_PROPERTY(QVariantMap chosenHit READ chosenHit NOTIFY chosenHitChanged)
    // Why the last rollback, removal or copy failed.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit LibraryController(QObject *parent = nullptr);
    ~LibraryController() override;

    QString lang() const { return m_lang; }
    void setLang(const QString &lang);
    LibraryModel *curricula() { return &m_model; }
    QString folder() const;
    bool isOpen() const;
    QStringList openProblems() const;
    QString selectedId() const { return m_selectedId; }
    void select(const QString &curriculumId);
    int selectedIndex() const { return m_model.indexOf(m_selectedId); }
    QVariantMap selected() const;
    QVariantMap outline() const { return outlineOf(m_selectedId); }
    QString state() const { return m_state; }
    bool isBusy() const;
    double progress() const { return m_progress; }
    QString progressWhat() const { return m_progressWhat; }
    QVariantMap plan() const { return m_planData; }
    QStringList problems() const { return sentences(m_problems); }
    QVariantMap notice() const { return m_notice; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QVariantList searchResults() const { return m_results; }
    QVariantMap chosenHit() const { return m_chosenHit; }
    QString lastError() const { return sentences(m_lastError).join(QLatin1Char('\n')); }

    // Opens the library (the first time) and reads the catalogue again.
    Q_INVOKABLE void refresh();
    // Starts reading and checking a pack; false when busy.
    Q_INVOKABLE bool prepareImport(const QString &packPath);
    Q_INVOKABLE bool prepareImportUrl(const QUrl &url) { return prepareImport(url.toLocalFile()); }
    // A local .relais file: what the page accepts when something is dropped on it.
    Q_INVOKABLE static bool isPackUrl(const QUrl &url);
    // Installs the prepared pack; acceptRisk is the user's consent to an
    // unsigned or untrusted pack, activate makes an older version active.
    Q_INVOKABLE bool install(bool acceptRisk, bool activate = false);
    Q_INVOKABLE void cancel();
    // Leaves the confirmation panel or the failure for the list.
    Q_INVOKABLE void closeImport();
    // Makes the version before the active one active again.
    Q_INVOKABLE bool rollback(const QString &curriculumId);
    // Removes every installed version of a curriculum.
    Q_INVOKABLE bool remove(const QString &curriculumId);
    // Copies the active version's folder into parentFolder (into a new folder
    // named after the curriculum when parentFolder is not empty) and returns
    // the copy's path, to be opened as the document; "" on failure.
    Q_INVOKABLE QString copyForAdaptation(const QString &curriculumId, const QString &parentFolder);
    Q_INVOKABLE void dismissNotice() { setNotice({}, {}, {}); }
    // Selects the curriculum of searchResults[index] and shows where the hit is.
    Q_INVOKABLE void chooseHit(int index);

    // The confirmation panel's content, in lang: see the .cpp.
    static QVariantMap planData(const ImportPlan &plan, const QString &lang);
    // Tests: waits until nothing runs in the background.
    bool waitForIdle(int ms);

signals:
    void langChanged();
    void openedChanged();
    void selectedChanged();
    void stateChanged();
    void progressChanged();
    void planChanged();
    void noticeChanged();
    void searchChanged();
    void chosenHitChanged();
    void lastErrorChanged();

private:
    struct InstallResult
    {
        Library::Outcome outcome = Library::Outcome::Failed;
        Diagnostics diags;
    };

    std::unique_ptr<ProgressMonitor> newMonitor();
    bool ensureLibrary();
    void setState(const QString &state);
    void setProgress(int done, int total, const QString &what);
    void setNotice(const QString &kind, const QString &title, const QString &version);
    void setLastError(const Diagnostics &diags);
    // Runs a change of the library on this thread, then reads it again; its
    // problems go to lastError.
    bool change(const std::function<bool(Library &, Diagnostics &)> &operation);
    void setChosenHit(const QVariantMap &hit);
    void runSearch();
    QVariantMap outlineOf(const QString &curriculumId) const;
    QStringList sentences(const Diagnostics &diags) const;
    void prepared();
    void installed();

    QString m_lang = QStringLiteral("fr");
    std::unique_ptr<Library> m_library;
    LibraryModel m_model;
    QString m_selectedId;
    QString m_state = QStringLiteral("idle");
    double m_progress = 0;
    QString m_progressWhat;
    std::optional<ImportPlan> m_plan;
    QVariantMap m_planData;
    Diagnostics m_problems;
    QVariantMap m_notice;
    QString m_searchText;
    QList<SearchHit> m_hits;
    QVariantList m_results;
    QVariantMap m_chosenHit;
    Diagnostics m_lastError;
    // Outlines by version folder: an installed version never changes.
    mutable QHash<QString, QVariantMap> m_outlines;

    QThreadPool m_pool;
    std::unique_ptr<ProgressMonitor> m_monitor;
    QFutureWatcher<ImportPlan> m_prepareWatcher;
    QFutureWatcher<InstallResult> m_installWatcher;
};

} // namespace Relais
