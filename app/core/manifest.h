#pragma once

#include "diagnostic.h"
#include "fileset.h"

#include <QByteArray>
#include <QMap>

#include <optional>

namespace Relais {

struct ManifestEntry
{
    qint64 size = 0;
    QString sha256;
    QString mediaType;
};

// META-INF/manifest.xml: every file of a pack with its size, hash and type.
class Manifest
{
public:
    static QByteArray write(const FileSet &files);
    static std::optional<QMap<QString, ManifestEntry>> read(const QByteArray &data, Diagnostics &diags);

    static const QString path;
};

} // namespace Relais
