#pragma once

#include "xmlnode.h"

#include <QString>

namespace Relais {

// Rich text as trainers type it in the Studio: paragraphs separated by an
// empty line, "- " starts a bullet and "1. " a numbered item, **bold**,
// *emphasis* and [text](https://link). It maps one to one onto the format's
// safe subset (p, ul, ol, li, strong, em, br, a), so nothing a trainer types
// can become markup the format refuses.
class RichTextMarkup
{
public:
    static QString toMarkup(const RichText &text);
    static RichText fromMarkup(const QString &markup);
};

} // namespace Relais

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Relais {

// The markup's normal form, for QML fields that must tell a real change from
// what typing leaves half-done (a trailing empty line, a bullet not yet typed).
class MarkupHelper : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Markup)
    QML_SINGLETON

public:
    using QObject::QObject;
    Q_INVOKABLE static QString normalize(const QString &markup)
    {
        return RichTextMarkup::toMarkup(RichTextMarkup::fromMarkup(markup));
    }
};

} // namespace Relais
