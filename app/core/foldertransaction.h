#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Relais {

// Changes several files of a curriculum folder as one step: whoever reads the
// folder finds all the old files or all the new ones, even when the process
// is killed or the disk fills up half-way.
//
// The new files are written into a staging folder inside the curriculum
// folder (.relais-save/), then a commit record naming the files to put in
// place and to remove is written atomically, then applied by renames in the
// same file system; the staging folder goes last. recover() finishes a save
// killed after its commit record (roll forward) and discards one killed
// before it; FileSet::fromFolder calls it before reading, so the command
// line, the Studio, validation and the library never see half a save.
// Saves and recoveries of one folder take turns through a lock file beside
// the staging folder, between processes and between threads.
class FolderTransaction
{
public:
    explicit FolderTransaction(const QString &folder);

    // Paths are relative to the folder, with '/'; only files that belong to a
    // curriculum (FileSet::belongsToCurriculum) may be written or removed.
    void write(const QString &relativePath, const QByteArray &bytes);
    void remove(const QString &relativePath);

    // Applies every write and removal. False with a diagnostic when the old
    // files are still all in place (nothing could be written: a full disk,
    // a read-only folder), or when a rename failed after the commit record:
    // the next opening of the folder then finishes the save.
    bool commit(Diagnostics &diags);

    // Finishes or discards what a killed save left in folder; nothing is
    // written when there is nothing to recover. False with a diagnostic when
    // a save was left and could not be finished or discarded.
    static bool recover(const QString &folder, Diagnostics &diags);

    static const QString stagingName;  // ".relais-save"

private:
    QString m_folder;
    QMap<QString, QByteArray> m_writes;
    QStringList m_removals;
};

} // namespace Relais
