#pragma once

#include <scormexporterbase.h>

// SCORM 1.2, what Moodle plays fully: mastery as adlcp:masteryscore, the LMS
// reached through window.API.
class Scorm12Exporter : public Relais::ScormExporterBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "scorm12.json")

public:
    Scorm12Exporter();

protected:
    void writeNamespaces(QXmlStreamWriter &xml) const override;
    QString schemaVersion() const override;
    void writeScoItemExtras(QXmlStreamWriter &xml, const Sco &sco, int masteryScore) const override;
    void writeScormType(QXmlStreamWriter &xml, bool sco) const override;
    int titleLimit() const override;
};
