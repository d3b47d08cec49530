// The input is taken two ways.
//
// (a) As rich-text blocks (<p>…</p><ul>…) inside an element of the core
//     namespace, read as CurriculumReader reads a summary, then checked by
//     Validator::checkRichText and rendered by HtmlRenderer::richTextHtml.
//     Property: the HTML holds no script, whatever the checker said.
//
// (b) As what a trainer types in a rich-text field of the Studio
//     (RichTextMarkup). Properties: the markup's normal form is a fixed point
//     (toMarkup(fromMarkup(x)) comes back unchanged through both again), what
//     fromMarkup makes passes checkRichText without an error (nothing a trainer
//     types becomes rich text the format refuses), it is written and read back
//     as the same nodes, and its HTML holds no script.

#include "fuzzsupport.h"

#include <htmlrenderer.h>
#include <payloadcodec.h>
#include <richtextmarkup.h>
#include <validator.h>
#include <xmlparser.h>

using namespace Relais;

namespace {

const Location where{QStringLiteral("fuzz.xml"), 1, 1};

void blocks(const QByteArray &input)
{
    ParsedXml xml;
    Diagnostics diags;
    const QByteArray wrapped = "<summary xmlns=\"urn:relais:curriculum:1\">" + input + "</summary>";
    if (!xml.parse(wrapped, where.file, diags)) {
        RelaisFuzz::render(diags);
        return;
    }
    RichText text;
    for (pugi::xml_node c = xml.root().first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element
            || ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
                && !QString::fromUtf8(c.value()).trimmed().isEmpty()))
            text.push_back(xml.toNode(c));
    }
    Validator::checkRichText(text, QStringLiteral("summary"), where, diags);
    RelaisFuzz::render(diags);
    RelaisFuzz::checkHtml(HtmlRenderer::richTextHtml(text), "richTextHtml of rich-text blocks");
}

void markup(const QByteArray &input)
{
    const QString typed = QString::fromUtf8(input);
    const RichText text = RichTextMarkup::fromMarkup(typed);

    Diagnostics diags;
    Validator::checkRichText(text, QStringLiteral("summary"), where, diags);
    RelaisFuzz::render(diags);
    if (hasErrors(diags))
        RelaisFuzz::finding("markup typed in the Studio became rich text the format refuses",
                            diags.first().message(QStringLiteral("en")) + QStringLiteral("\nmarkup: ") + typed);

    const QString normal = RichTextMarkup::toMarkup(text);
    const QString again = RichTextMarkup::toMarkup(RichTextMarkup::fromMarkup(normal));
    if (again != normal)
        RelaisFuzz::finding("the markup's normal form is not a fixed point",
                            QStringLiteral("typed:\n%1\nonce:\n%2\ntwice:\n%3").arg(typed, normal, again));

    const QString xml = PayloadCodec::richTextToString(text);
    if (!(PayloadCodec::richTextFromString(xml) == text))
        RelaisFuzz::finding("rich text made from markup does not read back as written",
                            QStringLiteral("markup: %1\nxml: %2").arg(typed, xml));

    RelaisFuzz::checkHtml(HtmlRenderer::richTextHtml(text), "richTextHtml of markup");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RelaisFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = RelaisFuzz::bytes(data, size);
    blocks(input);
    markup(input);
    return 0;
}
