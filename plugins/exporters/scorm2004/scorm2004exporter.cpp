#include "scorm2004exporter.h"

#include <QXmlStreamWriter>

namespace {
const QString imscp = QStringLiteral("http://www.imsglobal.org/xsd/imscp_v1p1");
const QString adlcp = QStringLiteral("http://www.adlnet.org/xsd/adlcp_v1p3");
const QString adlseq = QStringLiteral("http://www.adlnet.org/xsd/adlseq_v1p3");
const QString adlnav = QStringLiteral("http://www.adlnet.org/xsd/adlnav_v1p3");
const QString imsss = QStringLiteral("http://www.imsglobal.org/xsd/imsss");
const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
} // namespace

Scorm2004Exporter::Scorm2004Exporter() : ScormExporterBase(QStringLiteral("scorm2004"))
{
}

void Scorm2004Exporter::writeNamespaces(QXmlStreamWriter &xml) const
{
    xml.writeDefaultNamespace(imscp);
    xml.writeNamespace(adlcp, QStringLiteral("adlcp"));
    xml.writeNamespace(adlseq, QStringLiteral("adlseq"));
    xml.writeNamespace(adlnav, QStringLiteral("adlnav"));
    xml.writeNamespace(imsss, QStringLiteral("imsss"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeAttribute(xsi, QStringLiteral("schemaLocation"),
                       imscp + QStringLiteral(" imscp_v1p1.xsd ") + adlcp + QStringLiteral(" adlcp_v1p3.xsd ")
                           + adlseq + QStringLiteral(" adlseq_v1p3.xsd ") + adlnav + QStringLiteral(" adlnav_v1p3.xsd ")
                           + imsss + QStringLiteral(" imsss_v1p0.xsd"));
}

QString Scorm2004Exporter::schemaVersion() const
{
    return QStringLiteral("2004 4th Edition");
}

// Without it, SCORM 2004 allows choosing from the table of contents but no
// "next": the learner could not simply go on in pathway order.
void Scorm2004Exporter::writeClusterExtras(QXmlStreamWriter &xml) const
{
    xml.writeStartElement(imsss, QStringLiteral("sequencing"));
    xml.writeEmptyElement(imsss, QStringLiteral("controlMode"));
    xml.writeAttribute(QStringLiteral("choice"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("flow"), QStringLiteral("true"));
    xml.writeEndElement();
}

void Scorm2004Exporter::writeScoItemExtras(QXmlStreamWriter &xml, const Sco &sco, int masteryScore) const
{
    xml.writeStartElement(imsss, QStringLiteral("sequencing"));
    if (sco.scored) {
        xml.writeStartElement(imsss, QStringLiteral("objectives"));
        xml.writeStartElement(imsss, QStringLiteral("primaryObjective"));
        xml.writeAttribute(QStringLiteral("objectiveID"), QStringLiteral("mastery"));
        xml.writeAttribute(QStringLiteral("satisfiedByMeasure"), QStringLiteral("true"));
        xml.writeTextElement(imsss, QStringLiteral("minNormalizedMeasure"), QString::number(masteryScore / 100.0));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    // The page itself says whether the module is completed, passed or failed.
    xml.writeEmptyElement(imsss, QStringLiteral("deliveryControls"));
    xml.writeAttribute(QStringLiteral("completionSetByContent"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("objectiveSetByContent"), QStringLiteral("true"));
    xml.writeEndElement();
}

void Scorm2004Exporter::writeScormType(QXmlStreamWriter &xml, bool sco) const
{
    xml.writeAttribute(adlcp, QStringLiteral("scormType"), sco ? QStringLiteral("sco") : QStringLiteral("asset"));
}
