#include "progressmonitor.h"

#include <QMetaObject>

namespace Relais {

ProgressMonitor::ProgressMonitor(QObject *receiver, Report report) : m_receiver(receiver), m_report(std::move(report))
{
    m_clock.start();
}

void ProgressMonitor::progress(int done, int total, const QString &what)
{
    if (m_clock.elapsed() < 50 && done != 0 && done < total)
        return;
    m_clock.restart();
    QMetaObject::invokeMethod(m_receiver, [report = m_report, done, total, what] { report(done, total, what); },
                              Qt::QueuedConnection);
}

} // namespace Relais
