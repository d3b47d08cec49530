#pragma once

#include "testutil.h"

#include <curriculumloader.h>

// The real curriculum as a model, for the tests that edit it in memory
// (versions, diff, merge).
namespace CurriculumFixture {

inline QString parcoursRelais()
{
    return TestUtil::curriculaDir() + QStringLiteral("/parcours-relais");
}

// A folder or a pack as a model; an empty one when it cannot be read.
inline Relais::Curriculum load(const QString &path)
{
    Relais::Diagnostics diags;
    const std::optional<Relais::FileSet> files = Relais::CurriculumLoader::open(path, diags);
    return files ? Relais::CurriculumLoader::load(*files, {false}).curriculum.value_or(Relais::Curriculum())
                 : Relais::Curriculum();
}

template<typename T>
T &byId(QList<T> &list, const char *id)
{
    for (T &item : list)
        if (item.id == QLatin1String(id))
            return item;
    qFatal("no %s in the fixture", id);
}

} // namespace CurriculumFixture
