#pragma once

#include "curriculum.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QMap>

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

    // Writes the XML files into folder: each file is replaced atomically and
    // only when its bytes change. Media files are not touched.
    static bool save(const Curriculum &curriculum, const QString &folder, Diagnostics &diags);
    // The same for files already written out by files().
    static bool save(const QMap<QString, QByteArray> &files, const QString &folder, Diagnostics &diags);
};

QString modulePath(const QString &id);
QString pathwayPath(const QString &id);

} // namespace Relais
