#pragma once

#include <exporter.h>

#include <QObject>

// The learners' handout: a PDF in large print, black on white, one module per
// chapter: what you will learn, then each activity with its pictures and
// captions and its exercise on paper, with room to write and never the answers.
class HandoutExporter : public QObject, public Relais::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "handout.json")
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const Relais::ExportRequest &request, Relais::ExportMonitor &monitor, Relais::ExportReport &report) override;
};
