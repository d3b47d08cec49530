#include "exercisetype.h"

namespace Relais {

Location PayloadContext::locate(const QString &path) const
{
    for (QString p = path;; p = p.section(QLatin1Char('/'), 0, -2)) {
        const auto it = locations.constFind(p);
        if (it != locations.constEnd())
            return *it;
        if (p.isEmpty())
            break;
    }
    return activity ? activity->location : Location();
}

const MediaAsset *PayloadContext::asset(const QString &id) const
{
    return curriculum ? curriculum->asset(id) : nullptr;
}

} // namespace Relais
