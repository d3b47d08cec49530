#pragma once

#include "module.h"
#include "pathway.h"

namespace Relais {

struct MediaAsset
{
    QString id;
    QString href;  // media/<name>
    QString type;  // media type
    qint64 size = 0;
    QString sha256;
    QString alt;
    RichText transcript;
    QString captions;  // id of a captions asset (WebVTT)
    QString credit;
    QString licence;
    Foreign foreign;
    Location location;

    bool isImage() const { return type.startsWith(QLatin1String("image/")); }
    bool isTimeBased() const
    {
        return type.startsWith(QLatin1String("audio/")) || type.startsWith(QLatin1String("video/"));
    }
};

struct Change
{
    QString kind;  // added, changed, fixed, removed; empty when not said
    QString text;
};

struct Release
{
    QString version;
    QString date;  // YYYY-MM-DD
    QList<Change> changes;
};

struct Author
{
    QString name;
    QString role;
};

// The package: curriculum.xml plus the pathways and modules it lists, in the
// order it lists them.
struct Curriculum
{
    QString id;
    QString version;
    QString lang;
    QString title;
    QString subtitle;
    RichText summary;
    QString publisher;
    QString publisherUrl;
    QList<Author> authors;
    QString licence;
    QStringList audiences;
    QList<Release> changelog;
    QList<MediaAsset> media;
    Foreign foreign;
    Location location;
    FieldLocations fields;

    QList<Pathway> pathways;
    QList<Module> modules;

    const Module *module(const QString &moduleId) const;
    const Pathway *pathway(const QString &pathwayId) const;
    const MediaAsset *asset(const QString &assetId) const;
};

} // namespace Relais
