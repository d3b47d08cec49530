#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "fileset.h"
#include "pack.h"

#include <optional>

namespace Relais {

class PluginRegistry;

// Loads a curriculum from a FileSet: every XML file is parsed (and, when
// asked, checked against the schema) in parallel, then assembled in the order
// curriculum.xml lists them.
class CurriculumLoader
{
public:
    struct Options
    {
        bool schema = true;
        // Whose payload schemas to check against; none: the format's alone.
        const PluginRegistry *plugins = nullptr;
    };
    struct Result
    {
        std::optional<Curriculum> curriculum;
        Diagnostics diagnostics;
    };

    static Result load(const FileSet &files, const Options &options);
    static Result load(const FileSet &files) { return load(files, Options()); }

    // Opens a folder or a pack (read without unpacking); nullopt with
    // diagnostics when it is neither or cannot be used.
    static std::optional<FileSet> open(const QString &path, Diagnostics &diags, const PackLimits &limits = {});
};

} // namespace Relais
