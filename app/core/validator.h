#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "fileset.h"
#include "pack.h"

#include <optional>

namespace Relais {

// The semantic rules of the format, on top of the schema: references that
// resolve, media that are present, described and unchanged, timings that add
// up, rich text that stays in its safe subset.
class PluginRegistry;

class Validator
{
public:
    // Exercise types come from plugins: their payloads are checked against
    // their schema, their fields and their rules; other types get a warning.
    explicit Validator(const PluginRegistry *plugins = nullptr);  // nullptr: the program's registry

    Diagnostics check(const Curriculum &curriculum, const FileSet &files) const;

    struct Report
    {
        bool usable = false;  // false: the input could not be read at all
        std::optional<FileSet> files;
        std::optional<Curriculum> curriculum;
        Diagnostics diagnostics;  // sorted
    };
    // Opens a folder or a pack, checks it against the schema and the rules.
    Report validate(const QString &path, const PackLimits &limits = {}) const;
    Report validate(const FileSet &files) const;

    // Checks one rich text: only p, ul, ol, li, em, strong, br and a, links
    // to http, https, mailto and tel.
    static void checkRichText(const RichText &text, const QString &element, const Location &fallback,
                              Diagnostics &diags);

private:
    const PluginRegistry *m_plugins;
};

} // namespace Relais
