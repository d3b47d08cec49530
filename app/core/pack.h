#pragma once

#include "diagnostic.h"
#include "fileset.h"

#include <optional>

namespace Relais {

// Bounds that a pack may not cross; enforced while streaming, so that a
// decompression bomb never fills memory or disk.
struct PackLimits
{
    int maxEntries = 20000;
    qint64 maxTotalBytes = qint64(4) * 1024 * 1024 * 1024;
    qint64 maxXmlBytes = 16 * 1024 * 1024;
    int maxRatio = 200;                        // uncompressed / compressed, per entry
    qint64 ratioFloor = 1024 * 1024;           // entries smaller than this are not ratio-checked
    int maxPathBytes = 255;
};

// .relais packs: a zip whose first entry is "mimetype" (stored) and that
// carries META-INF/manifest.xml.
class Pack
{
public:
    static const QByteArray mimeType;

    // Writes files (read from their folder) as a pack, atomically: the same
    // folder always gives the same bytes.
    static bool write(const FileSet &files, const QString &packPath, Diagnostics &diags);

    // Reads a pack without unpacking it: XML kept in memory, media hashed as
    // they stream past. Any unsafe or inconsistent content refuses the pack.
    static std::optional<FileSet> read(const QString &packPath, Diagnostics &diags, const PackLimits &limits = {});

    // Unpacks into target (which must not exist, or be an empty folder),
    // through a staging folder beside it renamed at the end.
    static std::optional<FileSet> unpack(const QString &packPath, const QString &target, Diagnostics &diags,
                                         const PackLimits &limits = {});

    static bool looksLikePack(const QString &path);
};

} // namespace Relais
