#pragma once

#include <QString>

namespace Relais {

// Where something was read from: a path relative to the curriculum root,
// with 1-based line and column (0 when unknown).
struct Location
{
    QString file;
    int line = 0;
    int column = 0;
};

} // namespace Relais
