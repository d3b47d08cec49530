#pragma once

#include "testutil.h"

#include <fileset.h>
#include <pack.h>
#include <packsignature.h>
#include <truststore.h>

#include <QTemporaryDir>

// Packs for the library's tests (the controller's and the page's): the
// shipped curriculum as 1.0.0, a 1.1.0 with one module renamed, signed by a
// trusted publisher, by an unknown one, or not at all, and tampered with.
namespace LibraryTest {

const QString curriculumId = QStringLiteral("org.emmaus-connect.parcours-relais");
const QString renamedModule = QStringLiteral("arnaques-reperer");
const QString oldModuleTitle = QStringLiteral("Repérer les arnaques : SMS, courriels et faux appels");
const QString newModuleTitle = QStringLiteral("Repérer les arnaques en ligne et au téléphone");

// The library, the trust store and the user data folder of this process, in dir.
inline void isolate(const QTemporaryDir &dir)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    qputenv("RELAIS_LIBRARY", QFile::encodeName(dir.filePath(QStringLiteral("library"))));
    qputenv("RELAIS_TRUST_STORE", QFile::encodeName(dir.filePath(QStringLiteral("trusted-keys"))));
}

inline bool writePack(const QString &folder, const QString &packPath)
{
    Relais::Diagnostics diags;
    const Relais::FileSet files = Relais::FileSet::fromFolder(folder, diags);
    return diags.isEmpty() && Relais::Pack::write(files, packPath, diags);
}

// The shipped curriculum as 1.1.0: one module renamed, its release in the changelog.
inline bool writeNextVersion(const QString &from, const QString &to)
{
    if (!TestUtil::copyTree(from, to))
        return false;
    const QString xml = to + QStringLiteral("/curriculum.xml");
    QByteArray c = TestUtil::readFile(xml);
    const QByteArray root = "id=\"org.emmaus-connect.parcours-relais\" version=\"1.0.0\"";
    const QByteArray changelog = "<changelog>\n";
    if (!c.contains(root) || !c.contains(changelog))
        return false;
    c.replace(root, "id=\"org.emmaus-connect.parcours-relais\" version=\"1.1.0\"");
    c.replace(changelog, changelog
                             + QByteArray("    <release version=\"1.1.0\" date=\"2026-12-01\">\n"
                                          "      <change kind=\"changed\">Un atelier renommé.</change>\n"
                                          "    </release>\n"));
    const QString module = to + QStringLiteral("/modules/") + renamedModule + QStringLiteral(".xml");
    QByteArray m = TestUtil::readFile(module);
    const QByteArray oldTitle = "<title>" + oldModuleTitle.toUtf8() + "</title>";
    if (!m.contains(oldTitle))
        return false;
    m.replace(oldTitle, "<title>" + newModuleTitle.toUtf8() + "</title>");
    return TestUtil::writeFile(xml, c) && TestUtil::writeFile(module, m);
}

inline bool sign(const QString &packPath, const Relais::SigningKey &key)
{
    Relais::Diagnostics diags;
    return Relais::PackSignature::sign(packPath, key, diags);
}

// The publisher's public key in this process's trust store.
inline bool trust(const Relais::SigningKey &key)
{
    Relais::SigningKey publicOnly;
    publicOnly.name = key.name;
    publicOnly.publicKey = key.publicKey;
    Relais::Diagnostics diags;
    return Relais::TrustStore(Relais::TrustStore::defaultFolder()).add(publicOnly, diags);
}

// A copy of a pack with one byte changed in the middle.
inline bool writeTampered(const QString &packPath, const QString &copy)
{
    QByteArray bytes = TestUtil::readFile(packPath);
    if (bytes.size() < 100)
        return false;
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    return TestUtil::writeFile(copy, bytes);
}

} // namespace LibraryTest
