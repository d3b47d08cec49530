#include "curriculum.h"

#include <numeric>

namespace Relais {

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}
} // namespace

int Module::runningOrderTotal() const
{
    return std::accumulate(runningOrder.cbegin(), runningOrder.cend(), 0,
                           [](int sum, const Segment &s) { return sum + s.duration; });
}

const Activity *Module::activity(const QString &activityId) const
{
    return findById(activities, activityId);
}

const Module *Curriculum::module(const QString &moduleId) const
{
    return findById(modules, moduleId);
}

const Pathway *Curriculum::pathway(const QString &pathwayId) const
{
    return findById(pathways, pathwayId);
}

const MediaAsset *Curriculum::asset(const QString &assetId) const
{
    return findById(media, assetId);
}

} // namespace Relais
