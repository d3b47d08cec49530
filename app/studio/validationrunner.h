#pragma once

#include "curriculum.h"
#include "diagnostic.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Relais {

// Validates the document as it is being edited: a short while after the last
// edit, on a worker thread, exactly as `relais validate` would validate the
// files a save would write (schema and rules). One run at a time; edits made
// during a run start another one when it ends.
class ValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit ValidationRunner(QObject *parent = nullptr);
    ~ValidationRunner() override;

    void setDelay(int ms) { m_timer.setInterval(ms); }
    // Validates `curriculum` with the media of `folder`, after the delay.
    void schedule(const Curriculum &curriculum, const QString &folder);
    void runNow(const Curriculum &curriculum, const QString &folder);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the pending and running validations are over (tests, saving).
    void waitForIdle();

    static Diagnostics validate(const Curriculum &curriculum, const QString &folder);

signals:
    void started();
    void finished(const Relais::Diagnostics &diagnostics);

private:
    void start();

    QTimer m_timer;
    QFutureWatcher<Diagnostics> m_watcher;
    Curriculum m_next;
    QString m_folder;
    bool m_pending = false;
};

} // namespace Relais
