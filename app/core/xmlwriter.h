#pragma once

#include "xmlnode.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Relais {

using Attributes = QList<QPair<QString, QString>>;

// Writes the canonical form of the format: UTF-8, LF, two-space indentation,
// one element per line, text-only elements on one line, mixed content (rich
// text) written inline exactly as it is. Same model, same bytes.
class XmlWriter
{
public:
    XmlWriter();

    void start(const QString &name, const Attributes &attributes = {});
    void end();
    void textElement(const QString &name, const QString &text, const Attributes &attributes = {});
    void emptyElement(const QString &name, const Attributes &attributes = {});
    void node(const XmlNode &node);
    // <name> with the blocks of a rich text inside; nothing when it is empty.
    void richText(const QString &name, const RichText &text);

    QByteArray data() const;

private:
    friend QString inlineXml(const XmlNode &node);
    void indent();
    void openTag(const QString &name, const Attributes &attributes);
    void inlineNode(const XmlNode &node);

    QString m_out;
    QList<QString> m_open;
    qsizetype m_emptyUntil = -1;  // end of the last start tag, while nothing follows it
};

QString escapeText(const QString &text);
// The node written on one line, as it is (mixed content kept).
QString inlineXml(const XmlNode &node);
QString escapeAttribute(const QString &value);

} // namespace Relais
