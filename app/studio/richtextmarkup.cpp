#include "richtextmarkup.h"

#include <QRegularExpression>
#include <QStringList>

namespace Relais {

namespace {

void inlineMarkup(const XmlNode &node, QString &out)
{
    if (node.kind == XmlNode::Text) {
        out += node.name;
        return;
    }
    const QString name = node.localName();
    QString inner;
    for (const XmlNode &c : node.children)
        inlineMarkup(c, inner);
    if (name == QLatin1String("br"))
        out += QLatin1Char('\n');
    else if (name == QLatin1String("strong"))
        out += QStringLiteral("**") + inner + QStringLiteral("**");
    else if (name == QLatin1String("em"))
        out += QLatin1Char('*') + inner + QLatin1Char('*');
    else if (name == QLatin1String("a"))
        out += QLatin1Char('[') + inner + QStringLiteral("](") + node.attribute(QStringLiteral("href")) + QLatin1Char(')');
    else
        out += inner;
}

QString collapse(const QString &text)
{
    // Indentation and line breaks between XML elements are not part of the text.
    static const QRegularExpression space(QStringLiteral("[ \\t]*\\n[ \\t\\n]*"));
    QString s = text;
    return s.replace(space, QStringLiteral(" "));
}

QString inlineOf(const XmlNode &block)
{
    QString out;
    for (const XmlNode &c : block.children) {
        if (c.kind == XmlNode::Text)
            out += collapse(c.name);
        else
            inlineMarkup(c, out);
    }
    return out.trimmed();
}

// Inline markup to nodes: links first, then strong, then emphasis. Only the
// addresses the format allows make a link; any other stays text as typed.
void parseInline(const QString &text, std::vector<XmlNode> &out)
{
    static const QRegularExpression token(
        QStringLiteral("\\[([^\\]\\n]+)\\]\\(((?:https?://|mailto:|tel:)[^)\\s]+)\\)|\\*\\*(.+?)\\*\\*|\\*([^*\\n]+)\\*|\\n"));
    qsizetype pos = 0;
    auto appendText = [&out](const QString &t) {
        if (t.isEmpty())
            return;
        if (!out.empty() && out.back().kind == XmlNode::Text)
            out.back().name += t;
        else
            out.push_back(XmlNode::text(t));
    };
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        appendText(text.mid(pos, m.capturedStart() - pos));
        pos = m.capturedEnd();
        if (m.captured(0) == QLatin1String("\n")) {
            out.push_back(XmlNode::element(QStringLiteral("br")));
        } else if (m.capturedLength(1)) {
            XmlNode a = XmlNode::element(QStringLiteral("a"));
            a.setAttribute(QStringLiteral("href"), m.captured(2));
            parseInline(m.captured(1), a.children);
            out.push_back(std::move(a));
        } else {
            XmlNode e = XmlNode::element(m.capturedLength(3) ? QStringLiteral("strong") : QStringLiteral("em"));
            parseInline(m.capturedLength(3) ? m.captured(3) : m.captured(4), e.children);
            out.push_back(std::move(e));
        }
    }
    appendText(text.mid(pos));
}

const QRegularExpression &bullet()
{
    static const QRegularExpression re(QStringLiteral("^\\s*[-•*]\\s+"));
    return re;
}

const QRegularExpression &number()
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\d+[.)]\\s+"));
    return re;
}

} // namespace

QString RichTextMarkup::toMarkup(const RichText &text)
{
    QStringList blocks;
    for (const XmlNode &b : text) {
        if (b.kind != XmlNode::Element)
            continue;
        const QString name = b.localName();
        if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            QStringList items;
            for (const XmlNode &li : b.children) {
                if (li.kind != XmlNode::Element)
                    continue;
                const QString prefix = name == QLatin1String("ul") ? QStringLiteral("- ")
                                                                    : QString::number(items.size() + 1) + QStringLiteral(". ");
                items << prefix + inlineOf(li).replace(QLatin1Char('\n'), QLatin1Char(' '));
            }
            blocks << items.join(QLatin1Char('\n'));
        } else {
            blocks << inlineOf(b);
        }
    }
    return blocks.join(QStringLiteral("\n\n"));
}

RichText RichTextMarkup::fromMarkup(const QString &markup)
{
    RichText out;
    QString text = markup;
    // Control characters pasted from elsewhere have no place in XML 1.0: a NUL
    // cuts the file short when it is read back, the others make other XML
    // readers (xmllint, browsers) refuse it. They go before line ends are
    // read, or "\r<control>\n" would become a line end only the next time.
    static const QRegularExpression notXml(QStringLiteral("[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{FFFE}\\x{FFFF}]"));
    text.remove(notXml);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    for (const QString &raw : text.split(blankLine)) {
        const QString block = raw.trimmed();
        if (block.isEmpty())
            continue;
        // Lines of bullets or numbers make a list; any other line continues
        // the previous item, so that a long item can wrap.
        const QStringList lines = block.split(QLatin1Char('\n'));
        const bool ul = bullet().match(lines.first()).hasMatch();
        const bool ol = !ul && number().match(lines.first()).hasMatch();
        if (ul || ol) {
            XmlNode list = XmlNode::element(ul ? QStringLiteral("ul") : QStringLiteral("ol"));
            QStringList items;
            for (const QString &line : lines) {
                QRegularExpressionMatch m = (ul ? bullet() : number()).match(line);
                if (m.hasMatch() || items.isEmpty())
                    items << line.mid(m.hasMatch() ? m.capturedEnd() : 0).trimmed();
                else
                    items.last() += QLatin1Char(' ') + line.trimmed();
            }
            for (const QString &item : std::as_const(items)) {
                XmlNode li = XmlNode::element(QStringLiteral("li"));
                parseInline(item, li.children);
                list.children.push_back(std::move(li));
            }
            out.push_back(std::move(list));
        } else {
            XmlNode p = XmlNode::element(QStringLiteral("p"));
            QStringList trimmed;
            for (const QString &line : lines)
                trimmed << line.trimmed();
            parseInline(trimmed.join(QLatin1Char('\n')), p.children);
            out.push_back(std::move(p));
        }
    }
    return out;
}

} // namespace Relais
