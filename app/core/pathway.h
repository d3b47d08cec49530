#pragma once

#include "foreign.h"

#include <QStringList>

#include <optional>

namespace Relais {

// One session of a pathway: it runs one or more modules, by id.
struct Step
{
    QString id;
    QString title;
    RichText goal;
    QStringList modules;
    RichText notes;
    Foreign foreign;
    Location location;
    QList<Location> moduleLocations;  // one per entry of modules
};

struct Pathway
{
    QString id;
    QString modality;
    std::optional<int> sessions;  // as announced; the steps are the truth
    std::optional<int> duration;  // minutes, as announced
    QString title;
    RichText summary;
    QStringList audiences;
    QStringList prerequisites;
    QString entryDiagnostic;  // module id
    QList<Step> steps;
    QString exitAssessment;  // module id
    bool hasCompletion = false;
    std::optional<int> completionMinSessions;
    std::optional<bool> completionExitAssessment;
    RichText completionDescription;
    Foreign foreign;
    QString file;
    Location location;
    FieldLocations fields;
};

} // namespace Relais
