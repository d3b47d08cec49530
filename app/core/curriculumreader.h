#pragma once

#include "curriculum.h"
#include "diagnostic.h"

#include <QByteArray>

#include <optional>

namespace Relais {

class ParsedXml;

// Turns the XML files of the format into the model. Reading is forgiving:
// whatever it does not understand goes into Foreign so that saving keeps it;
// the schema and the semantic rules say what is wrong.
class CurriculumReader
{
public:
    static std::optional<Curriculum> readCurriculum(const ParsedXml &xml, Diagnostics &diags);
    static std::optional<Module> readModule(const ParsedXml &xml, Diagnostics &diags);
    static std::optional<Pathway> readPathway(const ParsedXml &xml, Diagnostics &diags);

    // The references listed by curriculum.xml, with their locations, in order.
    struct Reference
    {
        QString id;
        Location location;
    };
    struct Lists
    {
        QList<Reference> pathways;
        QList<Reference> modules;
    };
    static Lists readLists(const ParsedXml &xml);
};

} // namespace Relais
