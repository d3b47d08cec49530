#pragma once

#include "diffmodel.h"

#include <curriculum.h>
#include <curriculumdiff.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Relais {

class Document;

// The "Nouvelle version" dialog and the comparison view: the versions each
// kind of release gives, and the semantic difference between another version
// (a folder or a pack, read on a thread of its own) and the document as it is
// now, unsaved edits included, with the release it calls for.
class VersionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Relais::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(Relais::DiffModel *changes READ changes CONSTANT)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)  // idle, running, done, failed
    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString otherPath READ otherPath NOTIFY stateChanged)
    Q_PROPERTY(QString otherVersion READ otherVersion NOTIFY stateChanged)
    Q_PROPERTY(QString currentVersion READ currentVersion NOTIFY stateChanged)
    Q_PROPERTY(QString suggestedBump READ suggestedBump NOTIFY stateChanged)  // none, patch, minor, major
    Q_PROPERTY(QString suggestedVersion READ suggestedVersion NOTIFY stateChanged)
    Q_PROPERTY(QString suggestion READ suggestion NOTIFY stateChanged)

public:
    explicit VersionController(QObject *parent = nullptr);
    ~VersionController() override;

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    DiffModel *changes() const { return m_changes; }
    QString state() const { return m_state; }
    bool isRunning() const { return m_state == QLatin1String("running"); }
    QString error() const { return m_error; }
    QString otherPath() const { return m_otherPath; }
    QString otherVersion() const { return m_diff.versionBefore; }
    QString currentVersion() const { return m_diff.versionAfter; }
    QString suggestedBump() const;
    // The other version raised by the bump the changes call for.
    QString suggestedVersion() const;
    // In words: what the changes call for, and which changes call for it.
    QString suggestion() const;

    // The version a release of the document would get: bump is major, minor,
    // patch, or local (the relay's next adaptation); "" when it cannot be told.
    Q_INVOKABLE QString versionFor(const QString &bump, const QString &relay = {}) const;
    // The relay of the document's local version ("" for an upstream version).
    Q_INVOKABLE QString currentRelay() const;
    Q_INVOKABLE static bool isValidRelay(const QString &relay);
    // The newest changelog entry: {version, date, changes: [{kind, text}]}.
    Q_INVOKABLE QVariantMap lastRelease() const;
    // A warning in words when a release of that kind announces less than the
    // compared changes call for; "" when it fits (or nothing was compared).
    Q_INVOKABLE QString bumpWarning(const QString &bump) const;

    // Compares the version at path (left) with the document (right) in the background.
    Q_INVOKABLE void compareWith(const QString &path);
    // The same comparison again, with the document as it is now.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void reset();
    // Selects the changed entity in the document; false when it is not there (removed).
    Q_INVOKABLE bool canGoTo(int row) const;
    Q_INVOKABLE bool goTo(int row);

    // Tests: waits for the comparison to end.
    bool waitForDone(int ms);

    // Reads a folder or a pack as the document reads its own; nullopt with
    // sentences in `error` (in lang) when it cannot be read whole.
    static std::optional<Curriculum> load(const QString &path, const QString &lang, QString &error);

signals:
    void documentChanged();
    void stateChanged();

private:
    struct Outcome
    {
        std::optional<Curriculum> other;
        CurriculumDiff diff;
        QString error;
    };
    void run(const std::function<Outcome()> &work);
    void finished();
    QString lang() const;
    QString bumpLabel(Bump bump) const;

    QPointer<Document> m_document;
    DiffModel *m_changes;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    QString m_state = QStringLiteral("idle");
    QString m_error;
    QString m_otherPath;
    std::optional<Curriculum> m_other;
    CurriculumDiff m_diff;
};

} // namespace Relais
