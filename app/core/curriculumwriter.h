#pragma once

#include "curriculum.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace Relais {

// Writes the model in the canonical form of the format.
class CurriculumWriter
{
public:
    static QByteArray curriculumXml(const Curriculum &curriculum);
    static QByteArray moduleXml(const Module &module);
    static QByteArray pathwayXml(const Pathway &pathway);

    // Every XML file of the curriculum, by path relative to its root.
    static QMap<QString, QByteArray> files(const Curriculum &curriculum);

    // Writes the XML files into folder as one step (FolderTransaction): a
    // killed or failed save leaves all the old files or all the new ones.
    // Only files whose bytes change are replaced; media files are not touched.
    static bool save(const Curriculum &curriculum, const QString &folder, Diagnostics &diags);
    // The same for files already written out by files(), removing the files
    // in `remove` (relative to folder) in the same step.
    static bool save(const QMap<QString, QByteArray> &files, const QString &folder, Diagnostics &diags,
                     const QStringList &remove = {});
};

QString modulePath(const QString &id);
QString pathwayPath(const QString &id);

} // namespace Relais
