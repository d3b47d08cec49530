#pragma once

#include <exporter.h>

#include <QObject>

// The scored exercises as a Moodle XML question bank, written as Moodle's
// importer (question/format/xml/format.php, qformat_xml) reads it: a category
// per module, multichoice, truefalse (one per statement), matching, ordering
// and cloze questions, pictures embedded as base64 files.
class MoodleXmlExporter : public QObject, public Relais::Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "moodlexml.json")
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const Relais::ExportRequest &request, Relais::ExportMonitor &monitor, Relais::ExportReport &report) override;
};
