#pragma once

#include <scormexporterbase.h>

// SCORM 2004 4th edition: mastery as the primary objective's
// minNormalizedMeasure (the LMS hands it to the SCO as
// cmi.scaled_passing_score), free navigation in pathway order, the LMS
// reached through window.API_1484_11.
class Scorm2004Exporter : public Relais::ScormExporterBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RelaisExporter_iid FILE "scorm2004.json")

public:
    Scorm2004Exporter();

protected:
    void writeNamespaces(QXmlStreamWriter &xml) const override;
    QString schemaVersion() const override;
    void writeClusterExtras(QXmlStreamWriter &xml) const override;
    void writeScoItemExtras(QXmlStreamWriter &xml, const Sco &sco, int masteryScore) const override;
    void writeScormType(QXmlStreamWriter &xml, bool sco) const override;
};
