#pragma once

#include "testutil.h"

#include <curriculum.h>
#include <curriculumwriter.h>
#include <document.h>
#include <journal.h>

#include <QCoreApplication>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>

// Helpers shared by the Studio's C++ tests.
namespace StudioTest {

// The names app/studio/main.cpp gives the application, so that locks,
// journals and working copies go where the Studio puts them, under Qt's
// test-mode folders rather than the user's own.
inline void initMain()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("emmaus-connect.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais Studio"));
}

inline QString shippedCurriculum()
{
    return TestUtil::curriculaDir() + QStringLiteral("/parcours-relais");
}

// A private copy of the shipped curriculum under dir, to edit and save.
inline QString copyCurriculum(const QTemporaryDir &dir, const QString &name = QStringLiteral("parcours-relais"))
{
    const QString root = dir.path() + QLatin1Char('/') + name;
    const QMap<QString, QByteArray> files = TestUtil::readTree(shippedCurriculum());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (!TestUtil::writeFile(root + QLatin1Char('/') + it.key(), it.value()))
            return {};
    return root;
}

// A document destroyed with unsaved changes keeps its journal, as after a
// crash. Those of finished tests, whose folders are gone, go.
inline void removeStaleJournals()
{
    for (const QVariant &v : Relais::Document::recoverableDocuments()) {
        const QVariantMap journal = v.toMap();
        if (!journal.value(QStringLiteral("exists")).toBool())
            Relais::Journal::remove(journal.value(QStringLiteral("source")).toString());
    }
}

// The XML files a save would write now.
inline QMap<QString, QByteArray> xmlFiles(const Relais::Document &doc)
{
    return Relais::CurriculumWriter::files(doc.curriculum());
}

inline int moduleIndex(const Relais::Curriculum &c, const QString &id)
{
    for (int m = 0; m < c.modules.size(); ++m)
        if (c.modules.at(m).id == id)
            return m;
    return -1;
}

inline int pathwayIndex(const Relais::Curriculum &c, const QString &id)
{
    for (int p = 0; p < c.pathways.size(); ++p)
        if (c.pathways.at(p).id == id)
            return p;
    return -1;
}

inline int activityIndex(const Relais::Module &m, const QString &id)
{
    for (int a = 0; a < m.activities.size(); ++a)
        if (m.activities.at(a).id == id)
            return a;
    return -1;
}

} // namespace StudioTest
