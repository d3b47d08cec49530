#pragma once

#include "xmlnode.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace Relais {

// What an element carries that Relais does not model: attributes in other
// namespaces (namespace declarations included) and child elements it does not
// know, each remembered after the known child it followed, so that load and
// save keep them where they were.
struct Foreign
{
    QList<QPair<QString, QString>> attributes;
    std::vector<QPair<QString, XmlNode>> elements;  // (local name of the preceding known child, node)

    bool isEmpty() const { return attributes.isEmpty() && elements.empty(); }
};

// Locations of an object's fields (child elements and attributes, by name),
// so that a diagnostic or an editor can point at "title" or "@duration".
using FieldLocations = QHash<QString, Location>;

} // namespace Relais
