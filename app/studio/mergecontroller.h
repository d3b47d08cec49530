#pragma once

#include <curriculummerge.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace Relais {

class Document;

// The merge view: the open document is a local adaptation; an upstream update
// and the base both started from are read and merged on a thread of their
// own; what merged by itself is listed, the conflicts are walked through one
// by one, and once all are decided the result is written to a new folder,
// validated, and opened as the document. Nothing is written before.
class MergeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Relais::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    // idle, running, ready (conflicts to decide, or the result to write), failed, writing
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString baseVersion READ baseVersion NOTIFY stateChanged)
    Q_PROPERTY(QString upstreamVersion READ upstreamVersion NOTIFY stateChanged)
    Q_PROPERTY(QString localVersion READ localVersion NOTIFY stateChanged)
    Q_PROPERTY(QString resultVersion READ resultVersion NOTIFY stateChanged)
    // What the update brought in without a conflict, one sentence each.
    Q_PROPERTY(QStringList merged READ merged NOTIFY stateChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY stateChanged)
    Q_PROPERTY(int unresolvedCount READ unresolvedCount NOTIFY choicesChanged)
    Q_PROPERTY(int current READ current WRITE setCurrent NOTIFY choicesChanged)
    // The current conflict: {number, id, kind, field, sentence, label, base,
    // local, upstream, details: [sentences], choice: unresolved|local|upstream}.
    Q_PROPERTY(QVariantMap conflict READ conflict NOTIFY choicesChanged)

public:
    explicit MergeController(QObject *parent = nullptr);
    ~MergeController() override;

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QString state() const { return m_state; }
    bool isBusy() const { return m_state == QLatin1String("running") || m_state == QLatin1String("writing"); }
    QString error() const { return m_error; }
    QString baseVersion() const { return m_baseVersion; }
    QString upstreamVersion() const { return m_upstreamVersion; }
    QString localVersion() const { return m_localVersion; }
    QString resultVersion() const { return m_merge ? m_merge->resultVersion() : QString(); }
    QStringList merged() const;
    int conflictCount() const { return m_merge ? int(m_merge->conflicts().size()) : 0; }
    int unresolvedCount() const { return m_merge ? m_merge->unresolvedCount() : 0; }
    int current() const { return m_current; }
    void setCurrent(int index);
    QVariantMap conflict() const;

    // The versions of this curriculum installed in the library, newest first:
    // [{version, title, folder, suggested}], suggested for the version the
    // local adaptation was made from.
    Q_INVOKABLE QVariantList baseCandidates() const;
    // Reads upstream and base (folders or packs) and merges them with the document.
    Q_INVOKABLE void start(const QString &upstreamPath, const QString &basePath);
    // Decides the current conflict ("local" or "upstream") and goes on to the next undecided one.
    Q_INVOKABLE void choose(const QString &side);
    Q_INVOKABLE void next() { setCurrent(m_current + 1); }
    Q_INVOKABLE void previous() { setCurrent(m_current - 1); }
    // A new folder beside the document's for the result: <name>-<version>.
    Q_INVOKABLE QString suggestedTarget() const;
    // Writes the result into target (new or empty) and opens it as the document.
    Q_INVOKABLE void write(const QString &target);
    Q_INVOKABLE void reset();

    // Tests: waits for reading, merging or writing to end.
    bool waitForDone(int ms);

signals:
    void documentChanged();
    void stateChanged();
    void choicesChanged();
    // The result was written and opened.
    void written(const QString &folder);

private:
    struct Prepared
    {
        std::optional<CurriculumMerge> merge;
        QList<DiffEntry> merged;
        QString baseVersion;
        QString upstreamVersion;
        QString upstreamFolder;
        std::shared_ptr<QTemporaryDir> unpacked;  // an upstream pack's files, for its media
        QString error;
    };
    struct Written
    {
        QString target;
        QString error;
    };
    void prepared();
    void writeDone();
    void setState(const QString &state, const QString &error = {});
    QString lang() const;

    QPointer<Document> m_document;
    QThreadPool m_pool;
    QFutureWatcher<Prepared> m_prepareWatcher;
    QFutureWatcher<Written> m_writeWatcher;
    QString m_state = QStringLiteral("idle");
    QString m_error;
    std::optional<CurriculumMerge> m_merge;
    QList<DiffEntry> m_merged;
    QString m_baseVersion;
    QString m_upstreamVersion;
    QString m_localVersion;
    QString m_localFolder;
    QString m_upstreamFolder;
    std::shared_ptr<QTemporaryDir> m_unpacked;
    int m_current = 0;
};

} // namespace Relais
