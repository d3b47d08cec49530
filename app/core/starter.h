#pragma once

#include "diagnostic.h"

namespace Relais {

// `relais new`: a small, valid curriculum to start from (one pathway, one
// module with a running order, a content page and a quiz, one picture).
bool createStarterCurriculum(const QString &folder, const QString &id, const QString &title, Diagnostics &diags);

} // namespace Relais
