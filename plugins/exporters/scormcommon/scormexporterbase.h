#pragma once

#include <exporter.h>

#include <QObject>

class QXmlStreamWriter;

namespace Relais {

// What the SCORM 1.2 and SCORM 2004 exporters share: one SCO per module (its
// learner page under modules/, the runtime, players and LMS bridge under
// assets/, the media it uses under media/), an organisation that follows the
// export's scope (a pathway's modules in its order; for a whole curriculum an
// item per pathway, then the modules no pathway uses), the official schemas
// at the package's root, and a zip whose bytes depend on the curriculum only.
// What differs between the versions (namespaces, how mastery is said, the
// bridge to the LMS's API) is left to the subclasses, whose resources live
// under :/relais/exporters/<id>/: relais-<id>.js (the bridge) and schemas/.
class ScormExporterBase : public QObject, public Exporter
{
    Q_OBJECT
    Q_INTERFACES(Relais::Exporter)

public:
    bool run(const ExportRequest &request, ExportMonitor &monitor, ExportReport &report) override;

protected:
    struct Sco
    {
        const Module *module = nullptr;
        QString resource;   // the resource's identifier
        QString page;       // the learner page, from the package's root
        QStringList files;  // the page and the media it uses
        bool scored = false;
    };

    explicit ScormExporterBase(const QString &id, QObject *parent = nullptr);

    // The manifest's namespaces and schema locations, written on its root element.
    virtual void writeNamespaces(QXmlStreamWriter &xml) const = 0;
    // The <schemaversion> of the manifest's metadata.
    virtual QString schemaVersion() const = 0;
    // Written last in the organisation and in each pathway's item.
    virtual void writeClusterExtras(QXmlStreamWriter &xml) const;
    // Written last in a module's item: how a scored SCO is mastered.
    virtual void writeScoItemExtras(QXmlStreamWriter &xml, const Sco &sco, int masteryScore) const = 0;
    // The resource's SCORM type attribute: "sco" or "asset".
    virtual void writeScormType(QXmlStreamWriter &xml, bool sco) const = 0;
    // The longest title the manifest takes; 0 for no limit.
    virtual int titleLimit() const;

private:
    QString m_id;
};

} // namespace Relais
