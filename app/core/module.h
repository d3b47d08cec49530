#pragma once

#include "foreign.h"

#include <QStringList>

#include <optional>

namespace Relais {

struct Competency
{
    QString code;
    QString text;
};

struct EquipmentItem
{
    QString kind;  // ordinateur, smartphone, tablette, videoprojecteur, …
    int quantity = 0;  // 0: not said
    QString text;
};

// One timed line of the facilitator's running order ("déroulé").
struct Segment
{
    int duration = 0;  // minutes
    QString activity;  // optional activity id
    QString title;
    RichText description;
    Location location;
};

// The envelope owned by the core; the payload belongs to the exercise type.
struct Activity
{
    QString id;
    QString type;
    QString title;
    RichText instructions;
    QStringList media;  // asset ids
    bool hasScoring = false;
    std::optional<int> weight;
    std::optional<int> passingScore;
    std::optional<XmlNode> payload;  // the element inside <payload>
    QString payloadNamespace;        // its resolved namespace URI
    Foreign foreign;
    Location location;
    FieldLocations fields;
};

struct Module
{
    QString id;
    int duration = 0;  // minutes
    QString modality;
    QString level;
    QString title;
    RichText summary;
    QStringList audiences;
    QStringList prerequisites;
    QStringList objectives;
    QList<Competency> competencies;
    QList<EquipmentItem> equipment;
    RichText facilitatorNotes;
    QList<Segment> runningOrder;
    QList<Activity> activities;
    Foreign foreign;
    QString file;  // path relative to the curriculum root
    Location location;
    FieldLocations fields;

    int runningOrderTotal() const;
    const Activity *activity(const QString &activityId) const;
};

} // namespace Relais
