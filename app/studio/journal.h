#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariantList>
#include <optional>

namespace Relais {

// The recovery journal of one curriculum: the XML a save would write and the
// media imported since the last save, in one file replaced atomically, in the
// application's data folder. It exists while there are unsaved changes and
// until the save that writes them is complete, so that a kill at any moment
// leaves the old files and this journal, or the new files.
struct Journal
{
    QString source;  // the folder or pack being edited
    QString title;
    QString written;  // ISO date and time
    QMap<QString, QByteArray> files;
    QMap<QString, QByteArray> media;

    bool write();
    static std::optional<Journal> read(const QString &source);
    static bool exists(const QString &source);
    static void remove(const QString &source);
    static QString pathFor(const QString &source);
    // Every journal left behind: source, title and time.
    static QVariantList list();
};

} // namespace Relais
