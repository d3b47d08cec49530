#pragma once

#include <QString>

namespace Relais {

// What the Studio shows in its editor: one object of the curriculum, by
// position. Undo commands remember it so that undoing brings the trainer back
// to what changed.
struct Selection
{
    QString kind = QStringLiteral("curriculum");  // curriculum, pathway, step, module, activity, media
    int pathway = -1;
    int step = -1;
    int module = -1;
    int activity = -1;
    int media = -1;
    bool operator==(const Selection &) const = default;
};

} // namespace Relais
