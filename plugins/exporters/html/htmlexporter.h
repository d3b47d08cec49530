#pragma once

#include <exporter.h>

#include <QObject>

// The "kit tablette": an offline website opened from file:// on a tablet or a
// USB stick. index.html lists the pathways of the scope, their sessions and
// modules; each module is a learner page under ateliers/ with a navigation bar
// and its answers kept in the browser's local storage.
class HtmlExporter : public QObject, public Relais::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "html.json")
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const Relais::ExportRequest &request, Relais::ExportMonitor &monitor, Relais::ExportReport &report) override;
};
