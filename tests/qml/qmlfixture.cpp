#include "qmlfixture.h"

#include "pluginregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQmlEngine>
#include <QTemporaryDir>

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

QmlFixture::QmlFixture(QObject *parent)
    : QObject(parent)
{
}

QmlFixture::~QmlFixture()
{
    cleanup();
}

Relais::Document *QmlFixture::openCopy(const QString &name)
{
    const QString folder = temporaryFolder();
    if (folder.isEmpty() || !copyTree(sourcePath(QStringLiteral("curricula/") + name), folder)) {
        qWarning("Could not copy the curriculum %s", qPrintable(name));
        return nullptr;
    }
    auto *doc = new Relais::Document(this);
    // The fixture, not the garbage collector, decides when a document goes:
    // with the fixture, at the end of the test file.
    QQmlEngine::setObjectOwnership(doc, QQmlEngine::CppOwnership);
    m_documents << doc;
    if (!doc->open(folder)) {
        qWarning("Could not open %s: %s", qPrintable(folder), qPrintable(doc->lastError()));
        return nullptr;
    }
    return doc;
}

QString QmlFixture::temporaryFolder()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return {};
    const QString path = dir->path();
    m_folders.push_back(std::move(dir));
    return path;
}

QString QmlFixture::editorUrl(const QString &type) const
{
    const Relais::PluginInfo *info = Relais::PluginRegistry::instance().exerciseType(type);
    return info ? info->metadata.value(QStringLiteral("editor")).toString() : QString();
}

QString QmlFixture::sourcePath(const QString &relative) const
{
    return QStringLiteral(RELAIS_SOURCE_DIR "/") + relative;
}

QString QmlFixture::artifactPath(const QString &fileName) const
{
    return QStringLiteral(RELAIS_QML_ARTIFACTS "/") + fileName;
}

void QmlFixture::cleanup()
{
    // Closed rather than deleted: a TestCase destroys the objects it created
    // only after its cleanup(), and their bindings still read the document.
    // Closing removes the lock and the recovery journal, so the folders can go.
    for (Relais::Document *doc : std::as_const(m_documents))
        doc->close();
    m_documents.clear();
    m_folders.clear();
}
