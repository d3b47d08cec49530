#pragma once

#include <exporter.h>

#include <QObject>

// A slideshow for a group workshop on a projector: one self-contained HTML
// file (style, script and pictures inside) with, for each module of the
// scope, a title slide, one slide per step of its running order showing the
// exercise as on paper, and a closing slide; the facilitator's notes open
// with the N key.
class SlidesExporter : public QObject, public Relais::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "slides.json")
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const Relais::ExportRequest &request, Relais::ExportMonitor &monitor, Relais::ExportReport &report) override;
};
