#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "diagnosticsmodel.h"
#include "navigatormodel.h"
#include "selection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QLockFile;

namespace Relais {

class ValidationRunner;
struct PluginInfo;

// The curriculum being edited: its working folder, its model, its undo stack,
// its lock and recovery journal. Every edit from the interface goes through
// one of the invokable methods below, which record an undo command; QML reads
// values back with the *Data() methods, re-evaluated when `revision` changes.
class Document : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Studio owns the document")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString title READ title NOTIFY revisionChanged)
    Q_PROPERTY(QString sourcePath READ sourcePath NOTIFY openedChanged)
    Q_PROPERTY(bool sourceIsPack READ sourceIsPack NOTIFY openedChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY openedChanged)
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString selectionKind READ selectionKind NOTIFY selectionChanged)
    Q_PROPERTY(int pathwayIndex READ pathwayIndex NOTIFY selectionChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY selectionChanged)
    Q_PROPERTY(int moduleIndex READ moduleIndex NOTIFY selectionChanged)
    Q_PROPERTY(int activityIndex READ activityIndex NOTIFY selectionChanged)
    Q_PROPERTY(int mediaIndex READ mediaIndex NOTIFY selectionChanged)
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY revisionChanged)
    Q_PROPERTY(int pathwayCount READ pathwayCount NOTIFY revisionChanged)
    Q_PROPERTY(QString lang READ lang WRITE setLang NOTIFY langChanged)
    Q_PROPERTY(Relais::NavigatorModel *navigator READ navigator CONSTANT)
    Q_PROPERTY(Relais::DiagnosticsModel *diagnostics READ diagnostics CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QVariantList exerciseTypes READ exerciseTypes NOTIFY langChanged)

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // Opening and saving. Errors are sentences in `lastError`.
    Q_INVOKABLE bool open(const QString &path);
    Q_INVOKABLE bool openUrl(const QUrl &url) { return open(url.toLocalFile()); }
    // A new curriculum in an empty (or new) folder: from a template folder or pack, or empty.
    Q_INVOKABLE bool create(const QString &folder, const QString &title, const QString &templatePath = {});
    Q_INVOKABLE bool save();
    // Saves to a folder or, when the path ends in .relais, to a pack; the
    // document then belongs to that path.
    Q_INVOKABLE bool saveAs(const QString &path);
    Q_INVOKABLE void close();
    // Validates now; false, with the errors listed in lastError, when the
    // curriculum may not be exported.
    Q_INVOKABLE bool canExport();
    // Writes the curriculum as it is now to a pack, leaving the document where
    // it is; refused as canExport() says.
    Q_INVOKABLE bool exportPack(const QString &path);

    // A recovery journal newer than the last save of `path`, if any.
    Q_INVOKABLE static bool hasRecovery(const QString &path);
    Q_INVOKABLE static QVariantList recoverableDocuments();
    // Applies the journal of the open document as one undoable edit.
    Q_INVOKABLE bool restoreRecovery();
    Q_INVOKABLE void discardRecovery();
    Q_INVOKABLE void writeJournal();
    static QString journalFolder();
    // Error findings as lines "file:line : message" in lang.
    static QString describe(const Diagnostics &diags, const QString &lang);

    bool isOpen() const { return m_open; }
    QString title() const { return m_cur.title; }
    QString sourcePath() const { return m_source; }
    bool sourceIsPack() const { return m_sourceIsPack; }
    QString folder() const { return m_folder; }
    bool isModified() const { return m_open && !m_undo.isClean(); }
    int revision() const { return m_revision; }
    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    QString undoText() const { return m_undo.undoText(); }
    QString redoText() const { return m_undo.redoText(); }
    QString lang() const { return m_lang; }
    void setLang(const QString &lang);
    QString lastError() const { return m_lastError; }
    NavigatorModel *navigator() const { return m_navigator; }
    DiagnosticsModel *diagnostics() const { return m_diagnostics; }
    QUndoStack *undoStack() { return &m_undo; }
    const Curriculum &curriculum() const { return m_cur; }
    int moduleCount() const { return int(m_cur.modules.size()); }
    int pathwayCount() const { return int(m_cur.pathways.size()); }

    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }

    // Selection
    QString selectionKind() const { return m_sel.kind; }
    int pathwayIndex() const { return m_sel.pathway; }
    int stepIndex() const { return m_sel.step; }
    int moduleIndex() const { return m_sel.module; }
    int activityIndex() const { return m_sel.activity; }
    int mediaIndex() const { return m_sel.media; }
    Q_INVOKABLE void select(const QString &kind, int first = -1, int second = -1);
    const Selection &selection() const { return m_sel; }

    // Reading, for the editors. Rich text comes as markup (RichTextMarkup);
    // lists of words as one entry per line.
    Q_INVOKABLE QVariantMap curriculumData() const;
    Q_INVOKABLE QVariantMap pathwayData(int p) const;
    Q_INVOKABLE QVariantMap stepData(int p, int s) const;
    Q_INVOKABLE QVariantMap moduleData(int m) const;
    Q_INVOKABLE QVariantMap activityData(int m, int a) const;
    Q_INVOKABLE QVariantMap payload(int m, int a) const;
    Q_INVOKABLE QVariantList moduleChoices() const;  // id and title of every module
    Q_INVOKABLE QVariantList mediaList(const QString &kind = {}) const;
    Q_INVOKABLE QVariantMap mediaData(int i) const;
    Q_INVOKABLE QVariantList unusedMedia() const;
    Q_INVOKABLE QVariantMap exerciseType(const QString &id) const;
    QVariantList exerciseTypes() const;
    Q_INVOKABLE QUrl mediaUrl(const QString &assetId) const;

    // Editing. Each call is one undo step, except that consecutive calls on
    // the same field merge (typing).
    Q_INVOKABLE void setCurriculumField(const QString &field, const QVariant &value);
    Q_INVOKABLE void addCurriculumItem(const QString &list);
    Q_INVOKABLE void removeCurriculumItem(const QString &list, int i);
    Q_INVOKABLE void setCurriculumItemField(const QString &list, int i, const QString &field, const QVariant &value);
    // A new release: the version becomes `version` and the changelog gains its
    // entry dated today, with its changes [{kind: added|changed|fixed|removed,
    // text}], as one undoable edit. False, with lastError, when the version is
    // not a version number above the current one or no change is described.
    Q_INVOKABLE bool newVersion(const QString &version, const QVariantList &changes);

    Q_INVOKABLE void setPathwayField(int p, const QString &field, const QVariant &value);
    Q_INVOKABLE int addPathway();
    Q_INVOKABLE int duplicatePathway(int p);
    Q_INVOKABLE void removePathway(int p);
    Q_INVOKABLE void movePathway(int from, int to);
    Q_INVOKABLE int addStep(int p);
    Q_INVOKABLE void removeStep(int p, int s);
    Q_INVOKABLE void moveStep(int p, int from, int to);
    Q_INVOKABLE void setStepField(int p, int s, const QString &field, const QVariant &value);

    Q_INVOKABLE void setModuleField(int m, const QString &field, const QVariant &value);
    Q_INVOKABLE void addModuleItem(int m, const QString &list);
    Q_INVOKABLE void removeModuleItem(int m, const QString &list, int i);
    Q_INVOKABLE void moveModuleItem(int m, const QString &list, int from, int to);
    Q_INVOKABLE void setModuleItemField(int m, const QString &list, int i, const QString &field, const QVariant &value);
    Q_INVOKABLE int addModule();
    Q_INVOKABLE int duplicateModule(int m);
    Q_INVOKABLE void removeModule(int m);
    Q_INVOKABLE void moveModule(int from, int to);

    Q_INVOKABLE int addActivity(int m, const QString &type);
    Q_INVOKABLE int duplicateActivity(int m, int a);
    Q_INVOKABLE void removeActivity(int m, int a);
    Q_INVOKABLE void moveActivity(int m, int from, int to);
    Q_INVOKABLE void moveActivityToModule(int m, int a, int target);
    Q_INVOKABLE void setActivityField(int m, int a, const QString &field, const QVariant &value);

    // Payload values by path: ["choices", 1, "text"].
    Q_INVOKABLE void setPayloadValue(int m, int a, const QVariantList &path, const QVariant &value);
    Q_INVOKABLE void insertPayloadItem(int m, int a, const QVariantList &listPath, int index);
    Q_INVOKABLE void removePayloadItem(int m, int a, const QVariantList &listPath, int index);
    Q_INVOKABLE void movePayloadItem(int m, int a, const QVariantList &listPath, int from, int to);
    // A whole payload at once, for exercise types' own editors.
    Q_INVOKABLE void setPayload(int m, int a, const QVariantMap &values, const QString &actionName,
                                const QString &mergeKey = {});

    // Media: the file is copied into media/ under a safe unique name; returns the asset index or -1.
    Q_INVOKABLE int importMedia(const QUrl &file);
    Q_INVOKABLE void setMediaField(int i, const QString &field, const QVariant &value);
    Q_INVOKABLE void removeMedia(int i);

    // Diagnostics: moves the selection to what the diagnostic is about and
    // returns the field key to focus ("title", "payload/choices/1/text").
    Q_INVOKABLE QString goToDiagnostic(int row);
    // The first error (or else warning) about a field of the selected object,
    // by the editors' field key ("title", "payload/choices/1/text"); "" when none.
    Q_INVOKABLE QString fieldProblem(const QString &fieldKey) const;
    Q_INVOKABLE void validateNow();
    // Writes the current module as learners see it and returns its index.html ("" on failure).
    Q_INVOKABLE QString writePreview();
    Q_INVOKABLE bool openPreview();

    // Called by undo commands.
    void restore(const Curriculum &c, const Selection &sel);
    void restoreModule(int index, const Module &m, const Selection &sel);
    bool mayMerge() const;

signals:
    void openedChanged();
    void modifiedChanged();
    void revisionChanged();
    void undoStateChanged();
    void selectionChanged();
    void langChanged();
    void lastErrorChanged();
    // A structural change (something added, removed or moved), as opposed to a value edited.
    void structureChanged();
    void saved();

private:
    void setError(const QString &message);
    void setError(const Diagnostics &diags);
    QString describe(const Diagnostics &diags) const { return describe(diags, m_lang); }
    bool loadFolder(const QString &folder);
    bool takeLock(const QString &path);
    void edit(const QString &text, const QString &mergeKey, const std::function<void(Curriculum &)> &change,
              const Selection &selectAfter);
    void edit(const QString &text, const QString &mergeKey, const std::function<void(Curriculum &)> &change);
    void editModule(int m, const QString &text, const QString &mergeKey, const std::function<void(Module &)> &change,
                    const Selection &selectAfter);
    void editModule(int m, const QString &text, const QString &mergeKey, const std::function<void(Module &)> &change);
    void pushCommand(QUndoCommand *command);
    void changed(bool structural);
    void setSelection(const Selection &sel);
    void clampSelection();
    void rememberSaved();
    bool writeFolder(const QMap<QString, QByteArray> &files, Diagnostics &diags);
    // writeJournal() with the curriculum's XML already written out, or null.
    void updateJournal(const QMap<QString, QByteArray> *files);
    QString uniqueModuleId(const QString &base) const;
    QString uniquePathwayId(const QString &base) const;
    const PluginInfo *typeOf(const Activity &a) const;

    Curriculum m_cur;
    bool m_open = false;
    QString m_source;   // the folder or pack the user chose
    bool m_sourceIsPack = false;
    QString m_folder;   // where the files are: the source folder, or the working copy of a pack
    QString m_workingCopy;  // the working copy's folder, removed on close
    QUndoStack m_undo;
    Selection m_sel;
    int m_revision = 0;
    int m_mergeIndex = -1;  // stack index after the last push; merging only continues from there
    QString m_lang = QStringLiteral("fr");
    QString m_lastError;
    std::unique_ptr<QLockFile> m_lock;
    QSet<QString> m_savedFiles;  // XML files at the last save: those no longer written are removed
    // Media files copied in, and media taken out, since the last save: at the
    // next save, those no longer declared are deleted; files imported and
    // never saved are deleted when the document is closed.
    QSet<QString> m_importedMedia;
    QSet<QString> m_removedMedia;
    QTimer m_journalTimer;
    int m_journalRevision = -1;    // revision at the last journal write
    NavigatorModel *m_navigator;
    DiagnosticsModel *m_diagnostics;
    ValidationRunner *m_validation;
};

} // namespace Relais
