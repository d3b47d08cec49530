#pragma once

#include <exporter.h>

#include <QTextStream>

#include <atomic>
#include <csignal>

#include <unistd.h>

namespace Relais {

// The terminal's progress: a bar redrawn in place on a terminal, nothing
// when standard error goes to a file. Ctrl+C cancels (the staging folder is
// removed) instead of killing the process half-way.
class TerminalMonitor : public ExportMonitor
{
public:
    explicit TerminalMonitor(QTextStream &err) : m_err(err), m_tty(isatty(STDERR_FILENO))
    {
        std::signal(SIGINT, [](int) { s_interrupted = true; });
    }
    ~TerminalMonitor() override
    {
        finish();
        std::signal(SIGINT, SIG_DFL);
    }
    void progress(int done, int total, const QString &what) override
    {
        if (!m_tty)
            return;
        constexpr int width = 30;
        const int filled = total > 0 ? int(qint64(width) * done / total) : 0;
        QString bar = total > 0 ? QString(filled, QChar(0x2588)) + QString(width - filled, QChar(0x2591))
                                : QString(width, QChar(0x2591));
        QString label = what.left(40);
        QString line = QStringLiteral("\r[%1] %2 %3").arg(bar, total > 0 ? QStringLiteral("%1 %").arg(100 * done / total, 3) : QStringLiteral("  …  "), label);
        m_err << line.leftJustified(m_width) << Qt::flush;
        m_width = int(line.size());
        m_drawn = true;
    }
    bool isCancelled() const override { return s_interrupted; }
    void finish()
    {
        if (m_drawn)
            m_err << "\r" << QString(m_width, QLatin1Char(' ')) << "\r" << Qt::flush;
        m_drawn = false;
    }

private:
    static inline std::atomic_bool s_interrupted{false};
    QTextStream &m_err;
    bool m_tty;
    bool m_drawn = false;
    int m_width = 0;
};

} // namespace Relais
