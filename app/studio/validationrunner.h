#pragma once

#include "curriculum.h"
#include "diagnostic.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>

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

    // What to validate: the curriculum as it is when a run starts, and the
    // folder of its media. Asked for only then, so that the runner holds no
    // copy between keystrokes (a copy would make each edit unshare the model).
    struct Input
    {
        Curriculum curriculum;
        QString folder;
    };
    void setInput(std::function<Input()> input) { m_input = std::move(input); }
    void setDelay(int ms) { m_timer.setInterval(ms); }
    // Validates after the delay; edits in between push the run back.
    void schedule();
    void runNow();
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
    std::function<Input()> m_input;
    bool m_pending = false;
    bool m_busy = false;  // from a run's start until its result is delivered
    int m_generation = 0;  // moves on at cancel(): results of older runs are dropped
    int m_runGeneration = 0;
};

} // namespace Relais
