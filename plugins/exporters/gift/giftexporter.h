#pragma once

#include <exporter.h>

#include <QObject>

// The scored exercises as GIFT, the text format of Moodle's question import
// (question/format/gift/format.php): a $CATEGORY line per module, multiple
// choice, true/false (one per statement), matching and missing-word questions
// in HTML, every GIFT special character of author text escaped. GIFT carries
// no file: pictures are named by their description between brackets.
class GiftExporter : public QObject, public Relais::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "gift.json")
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const Relais::ExportRequest &request, Relais::ExportMonitor &monitor, Relais::ExportReport &report) override;
};
