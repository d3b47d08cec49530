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

    // pathway(p), step(p, s), module(m), activity(m, a), media(i), curriculum.
    static Selection of(const QString &kind, int first = -1, int second = -1)
    {
        Selection s;
        s.kind = kind;
        if (kind == QLatin1String("pathway") || kind == QLatin1String("step")) {
            s.pathway = first;
            s.step = kind == QLatin1String("step") ? second : -1;
        } else if (kind == QLatin1String("module") || kind == QLatin1String("activity")) {
            s.module = first;
            s.activity = kind == QLatin1String("activity") ? second : -1;
        } else if (kind == QLatin1String("media")) {
            s.media = first;
        }
        return s;
    }
};

} // namespace Relais
