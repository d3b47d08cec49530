#include "scorm12exporter.h"

#include <QXmlStreamWriter>

namespace {
const QString imscp = QStringLiteral("http://www.imsproject.org/xsd/imscp_rootv1p1p2");
const QString adlcp = QStringLiteral("http://www.adlnet.org/xsd/adlcp_rootv1p2");
const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
} // namespace

Scorm12Exporter::Scorm12Exporter() : ScormExporterBase(QStringLiteral("scorm12"))
{
}

void Scorm12Exporter::writeNamespaces(QXmlStreamWriter &xml) const
{
    xml.writeDefaultNamespace(imscp);
    xml.writeNamespace(adlcp, QStringLiteral("adlcp"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeAttribute(xsi, QStringLiteral("schemaLocation"),
                       imscp + QStringLiteral(" imscp_rootv1p1p2.xsd ")
                           + QStringLiteral("http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ")
                           + adlcp + QStringLiteral(" adlcp_rootv1p2.xsd"));
}

QString Scorm12Exporter::schemaVersion() const
{
    return QStringLiteral("1.2");
}

void Scorm12Exporter::writeScoItemExtras(QXmlStreamWriter &xml, const Sco &sco, int masteryScore) const
{
    if (sco.scored)
        xml.writeTextElement(adlcp, QStringLiteral("masteryscore"), QString::number(masteryScore));
}

void Scorm12Exporter::writeScormType(QXmlStreamWriter &xml, bool sco) const
{
    xml.writeAttribute(adlcp, QStringLiteral("scormtype"), sco ? QStringLiteral("sco") : QStringLiteral("asset"));
}

// The 1.2 content-packaging schema caps titles at 200 characters.
int Scorm12Exporter::titleLimit() const
{
    return 200;
}
