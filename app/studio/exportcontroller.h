#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <exportrunner.h>

#include "progressmonitor.h"

namespace Relais {

class Document;

// The export dialog's controller: the formats and their options (from the
// exporters' metadata), what can be exported (the curriculum, a pathway, a
// module), and one export at a time run on its own thread through the same
// ExportRunner as `relais export`, on the files a save would write.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Relais::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QVariantList formats READ formats NOTIFY documentChanged)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)  // idle, running, done, refused, failed, cancelled
    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)  // 0..1; -1 while it cannot be told
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString output READ output NOTIFY stateChanged)
    Q_PROPERTY(QStringList skipped READ skipped NOTIFY stateChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY stateChanged)

public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QVariantList formats() const;
    QString state() const { return m_state; }
    bool isRunning() const { return m_state == QLatin1String("running"); }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString output() const { return m_output; }
    QStringList skipped() const { return m_skipped; }
    QStringList problems() const { return m_problems; }

    // [{kind: "curriculum"|"pathway"|"module", id, title}], the curriculum first.
    Q_INVOKABLE QVariantList scopes() const;
    // The index in scopes() of what is selected in the editor.
    Q_INVOKABLE int selectedScope() const;
    // A path for the export beside the curriculum's folder: <name>-<format>[.ext].
    Q_INVOKABLE QString suggestedPath(const QString &format, const QString &scopeKind, const QString &scopeId) const;
    Q_INVOKABLE bool start(const QString &format, const QString &output, const QString &scopeKind,
                           const QString &scopeId, const QVariantMap &options);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void reset();
    // The folder holding the export (the export itself when it is a folder).
    Q_INVOKABLE QString outputFolder() const;
    // Tests: waits for the export to end.
    bool waitForDone(int ms);

signals:
    void documentChanged();
    void stateChanged();
    void progressChanged();

private:
    void setProgress(int done, int total, const QString &what);
    void finished();

    QPointer<Document> m_document;
    QThreadPool m_pool;
    QFutureWatcher<ExportRunner::Result> m_watcher;
    std::unique_ptr<ProgressMonitor> m_monitor;
    QString m_state = QStringLiteral("idle");
    double m_progress = 0;
    QString m_progressText;
    QString m_output;
    QStringList m_skipped;
    QStringList m_problems;
};

} // namespace Relais
