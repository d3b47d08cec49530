// The input is one XML file of the format. It is parsed under the format's
// limits (ParsedXml), read by CurriculumReader after its root element, then
// validated the way a curriculum is: put in the place of a file of
// curricula/parcours-relais (curriculum.xml, one of its modules or pathways)
// and checked by Validator, which loads the set with the plugins' schemas
// (libxml2) and runs the rules, payloads included.
//
// Properties of canonical writing. A file that reads without errors, once
// written by CurriculumWriter, reads back without errors and writes the same
// bytes again; and when libxml2 (the parser of xmllint) finds the file
// well-formed, namespaces included, it finds what Relais wrote well-formed too.

#include "fuzzsupport.h"

#include <curriculumreader.h>
#include <curriculumwriter.h>
#include <validator.h>
#include <xmlparser.h>

#include <libxml/parser.h>

#include <cstring>

using namespace Relais;

namespace {

enum class Kind { Curriculum, Module, Pathway, Other };

Kind kindOf(const ParsedXml &xml)
{
    const pugi::xml_node root = xml.root();
    if (!root || !ParsedXml::isCore(root))
        return Kind::Other;
    const char *name = ParsedXml::localName(root.name());
    if (std::strcmp(name, "curriculum") == 0)
        return Kind::Curriculum;
    if (std::strcmp(name, "module") == 0)
        return Kind::Module;
    if (std::strcmp(name, "pathway") == 0)
        return Kind::Pathway;
    return Kind::Other;
}

// Where the file goes in the base curriculum: in the place of one it lists.
QString pathFor(Kind kind)
{
    switch (kind) {
    case Kind::Module:
        return modulePath(QStringLiteral("premiers-pas-ecrans"));
    case Kind::Pathway:
        return pathwayPath(QStringLiteral("numerique-au-quotidien-seniors"));
    default:
        return QStringLiteral("curriculum.xml");
    }
}

// The file read and written again in canonical form; nothing when it could
// not be read without errors.
std::optional<QByteArray> rewrite(const QByteArray &data, const QString &path, Kind *kind = nullptr)
{
    ParsedXml xml;
    Diagnostics diags;
    if (!xml.parse(data, path, diags)) {
        RelaisFuzz::render(diags);
        return std::nullopt;
    }
    const Kind k = kindOf(xml);
    if (kind)
        *kind = k;
    QByteArray out;
    switch (k) {
    case Kind::Curriculum:
        if (std::optional<Curriculum> c = CurriculumReader::readCurriculum(xml, diags)) {
            // The lists as the loader fills them, so that writing keeps them.
            const CurriculumReader::Lists lists = CurriculumReader::readLists(xml);
            for (const CurriculumReader::Reference &ref : lists.pathways)
                c->pathways.emplaceBack().id = ref.id;
            for (const CurriculumReader::Reference &ref : lists.modules)
                c->modules.emplaceBack().id = ref.id;
            out = CurriculumWriter::curriculumXml(*c);
        }
        break;
    case Kind::Module:
        if (const std::optional<Module> m = CurriculumReader::readModule(xml, diags))
            out = CurriculumWriter::moduleXml(*m);
        break;
    case Kind::Pathway:
        if (const std::optional<Pathway> p = CurriculumReader::readPathway(xml, diags))
            out = CurriculumWriter::pathwayXml(*p);
        break;
    case Kind::Other:
        break;
    }
    RelaisFuzz::render(diags);
    if (out.isEmpty() || hasErrors(diags))
        return std::nullopt;
    return out;
}

bool wellFormedForLibxml2(const QByteArray &data)
{
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    const xmlDocPtr doc = xmlCtxtReadMemory(context, data.constData(), int(data.size()), nullptr, nullptr,
                                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    const bool ok = doc && context->wellFormed && context->nsWellFormed;
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(context);
    return ok;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RelaisFuzz::initialize(argc, argv);
    RelaisFuzz::baseFiles();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = RelaisFuzz::bytes(data, size);
    Kind kind = Kind::Other;
    const std::optional<QByteArray> written = rewrite(input, QStringLiteral("fuzz.xml"), &kind);
    if (written) {
        const std::optional<QByteArray> again = rewrite(*written, QStringLiteral("fuzz.xml"));
        if (!again)
            RelaisFuzz::finding("a file Relais wrote does not read back without errors", QString::fromUtf8(*written));
        if (*again != *written)
            RelaisFuzz::finding("canonical writing is not stable: writing what was read gives other bytes",
                                QStringLiteral("first:\n%1\nsecond:\n%2").arg(QString::fromUtf8(*written), QString::fromUtf8(*again)));
        if (!wellFormedForLibxml2(*written) && wellFormedForLibxml2(input))
            RelaisFuzz::finding("libxml2 reads the file but not what Relais wrote from it", QString::fromUtf8(*written));
    }

    FileSet files = RelaisFuzz::baseFiles();
    FileEntry &entry = files.files[pathFor(kind)];
    entry.data = input;
    entry.size = input.size();
    RelaisFuzz::render(Validator().validate(files).diagnostics);
    return 0;
}
