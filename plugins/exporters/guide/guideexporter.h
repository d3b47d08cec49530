#pragma once

#include <exporter.h>

#include <QObject>

// The facilitator's guide: for each module its duration, modality, level,
// objectives, competencies, equipment, running order with its times,
// facilitator notes, and each activity with its answer key. A pathway's guide
// opens with a cover and a table of contents, then follows its sessions.
class GuideExporter : public QObject, public Relais::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "guide.json")
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const Relais::ExportRequest &request, Relais::ExportMonitor &monitor, Relais::ExportReport &report) override;
};
