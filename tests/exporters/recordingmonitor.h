#pragma once

#include <exporter.h>

#include <QStringList>

// The exporters' tests' monitor: it records what is reported and cancels
// once more than `cancelAfter` reports were made (never when negative).
class RecordingMonitor : public Relais::ExportMonitor
{
public:
    void progress(int, int, const QString &what) override
    {
        steps << what;
        ++calls;
        if (cancelAfter >= 0 && calls > cancelAfter)
            cancelled = true;
    }
    bool isCancelled() const override { return cancelled; }

    QStringList steps;
    int calls = 0;
    int cancelAfter = -1;
    bool cancelled = false;
};
