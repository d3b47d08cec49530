#include "manifest.h"

#include "schemavalidator.h"
#include "xmlparser.h"
#include "xmlwriter.h"

#include <cstring>

namespace Relais {

const QString Manifest::path = QStringLiteral("META-INF/manifest.xml");

QByteArray Manifest::write(const FileSet &files)
{
    XmlWriter w;
    w.start(QStringLiteral("manifest"), {{QStringLiteral("xmlns"), QString::fromLatin1(coreNamespace)},
                                         {QStringLiteral("formatVersion"), QStringLiteral("1")}});
    for (auto it = files.files.cbegin(); it != files.files.cend(); ++it)
        w.emptyElement(QStringLiteral("file"), {{QStringLiteral("path"), it.key()},
                                                {QStringLiteral("size"), QString::number(it->size)},
                                                {QStringLiteral("sha256"), it->sha256},
                                                {QStringLiteral("mediaType"), mediaTypeForPath(it.key())}});
    w.end();
    return w.data();
}

std::optional<QMap<QString, ManifestEntry>> Manifest::read(const QByteArray &data, Diagnostics &diags)
{
    ParsedXml xml;
    if (!xml.parse(data, path, diags))
        return std::nullopt;
    const pugi::xml_node root = xml.root();
    if (!ParsedXml::isCore(root) || std::strcmp(ParsedXml::localName(root.name()), "manifest") != 0) {
        diags << Diagnostic::make(QStringLiteral("xml.wrong-root"), xml.locate(root), {},
                                  {QStringLiteral("manifest"), QString::fromUtf8(root.name())});
        return std::nullopt;
    }
    const Diagnostics schema = SchemaValidator::core().validate(xml);
    if (!schema.isEmpty()) {
        diags << schema;
        return std::nullopt;
    }
    QMap<QString, ManifestEntry> entries;
    for (pugi::xml_node f = root.first_child(); f; f = f.next_sibling()) {
        if (f.type() != pugi::node_element)
            continue;
        entries.insert(QString::fromUtf8(f.attribute("path").value()),
                       {f.attribute("size").as_llong(), QString::fromUtf8(f.attribute("sha256").value()),
                        QString::fromUtf8(f.attribute("mediaType").value())});
    }
    return entries;
}

} // namespace Relais
