#pragma once

#include <exporter.h>

#include <QAtomicInteger>
#include <QElapsedTimer>

#include <functional>

namespace Relais {

// The monitor a controller hands to work it runs on a thread of its own:
// progress goes back to the interface thread, at most every 50 ms (and always
// for the first and the last step), to a function run there in the context
// of the receiver; cancel is an atomic the work reads between its steps.
class ProgressMonitor : public ExportMonitor
{
public:
    using Report = std::function<void(int done, int total, const QString &what)>;

    ProgressMonitor(QObject *receiver, Report report);

    void progress(int done, int total, const QString &what) override;
    bool isCancelled() const override { return m_cancelled.loadRelaxed(); }
    void cancel() { m_cancelled.storeRelaxed(1); }

private:
    QObject *m_receiver;
    Report m_report;
    QElapsedTimer m_clock;
    QAtomicInteger<int> m_cancelled{0};
};

} // namespace Relais
