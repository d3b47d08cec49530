#pragma once

#include "document.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QTemporaryDir;

// What the Qt Quick tests need from C++, as the context property `fixture`:
// documents opened on throwaway copies of the shipped curricula, the plugins'
// editors, and places to write files. Each TestCase calls cleanup() from its
// own cleanup(): the documents are closed and the folders removed then; the
// document objects themselves stay valid until the end of the test file.
class QmlFixture : public QObject
{
    Q_OBJECT

public:
    explicit QmlFixture(QObject *parent = nullptr);
    ~QmlFixture() override;

    // A document open on a fresh copy of curricula/<name>; null (and a
    // warning with the document's error) when it does not open.
    Q_INVOKABLE Relais::Document *openCopy(const QString &name = QStringLiteral("parcours-relais"));
    // A new empty folder, removed at cleanup.
    Q_INVOKABLE QString temporaryFolder();
    // The QML editor an exercise type provides ("" when it has none).
    Q_INVOKABLE QString editorUrl(const QString &type) const;
    // A file of the source tree, from its path relative to the top folder.
    Q_INVOKABLE QString sourcePath(const QString &relative) const;
    // Where a test may leave files to look at afterwards (screenshots): the
    // build folder of the Qt Quick tests, which is kept.
    Q_INVOKABLE QString artifactPath(const QString &fileName) const;
    Q_INVOKABLE void cleanup();

private:
    QList<Relais::Document *> m_documents;
    std::vector<std::unique_ptr<QTemporaryDir>> m_folders;
};
