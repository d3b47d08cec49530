#pragma once

#include "location.h"

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace Relais {

// A small owned XML tree: used for content the core keeps but does not model
// field by field (exercise payloads, elements from unknown namespaces, rich
// text). Names are kept as written, prefixes included.
struct XmlNode
{
    enum Kind { Element, Text };

    Kind kind = Element;
    QString name;  // element name, or the text itself for Text nodes
    QList<QPair<QString, QString>> attributes;
    std::vector<XmlNode> children;
    Location location;

    static XmlNode text(const QString &t) { XmlNode n; n.kind = Text; n.name = t; return n; }
    static XmlNode element(const QString &name) { XmlNode n; n.name = name; return n; }

    bool isElement() const { return kind == Element; }
    QString attribute(const QString &name) const;
    void setAttribute(const QString &name, const QString &value);
    // The concatenated text of this node and its descendants.
    QString plainText() const;
    const XmlNode *firstChild(const QString &name) const;
    QString localName() const;
    QString prefix() const;

    bool operator==(const XmlNode &other) const;
};

// Rich text is a list of block elements (p, ul, ol) in the core namespace.
using RichText = std::vector<XmlNode>;

QString richTextPlain(const RichText &text);
// A one-paragraph rich text holding plain text; empty text gives empty rich text.
RichText richTextFromPlain(const QString &plain);

} // namespace Relais
