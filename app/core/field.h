#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace Relais {

// A text in French and English; the language falls back to French.
struct LocalizedText
{
    QString fr;
    QString en;
    QString text(const QString &lang) const { return lang.startsWith(QLatin1String("en")) && !en.isEmpty() ? en : fr; }
    // A program's own sentence (UTF-8 literals) in the language asked for.
    static QString pick(const QString &lang, const char *fr, const char *en)
    {
        return QString::fromUtf8(lang.startsWith(QLatin1String("en")) ? en : fr);
    }
    static LocalizedText fromJson(const QJsonValue &value);
};

// One field of an exercise type's payload, described declaratively (in the
// spirit of H5P semantics): the core reads and writes the payload XML from
// it, validates it, and the Studio builds its forms from it.
//
// XML mapping: boolean, integer and choice fields are attributes of their
// parent element; text, rich text, media, list and group fields are child
// elements named after their key. A media field is <key media="asset-id"/>;
// a list is <key> holding one element per item, named after the item's key.
struct Field
{
    enum class Kind { Text, RichText, Integer, Boolean, Choice, Media, List, Group };

    Kind kind = Kind::Text;
    QString key;
    LocalizedText label;
    LocalizedText help;
    bool required = false;
    QVariant defaultValue;
    int maxLength = 0;  // text: 0 = the format's default
    qint64 min = 0;     // integer: bounds; list: item count bounds
    qint64 max = 0;     // 0 = none
    QString mediaKind;  // media: image, audio or video
    struct Option
    {
        QString value;
        LocalizedText label;
    };
    QList<Option> options;  // choice
    QList<Field> fields;    // group: its fields; list: one entry, the item
    // Text or media only ("attribute": true): an attribute of its parent rather
    // than a child element, for the short coded values the format writes inline
    // (<zone points="10,20 30,40">, <figure media="asset-id">).
    bool attribute = false;

    bool isScalar() const { return attribute || kind == Kind::Integer || kind == Kind::Boolean || kind == Kind::Choice; }
    static QString kindName(Kind kind);
    // Parses a "fields" array; on error returns false with a reason (English, for developers).
    static bool listFromJson(const QJsonValue &value, QList<Field> &out, QString &error);
};

using FieldList = QList<Field>;

} // namespace Relais
