#include "journal.h"

#include "diagnostic.h"
#include "fileset.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Relais {

namespace {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QJsonObject encode(const QMap<QString, QByteArray> &files, bool binary)
{
    QJsonObject out;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        out.insert(it.key(), binary ? QString::fromLatin1(it.value().toBase64()) : QString::fromUtf8(it.value()));
    return out;
}

QMap<QString, QByteArray> decode(const QJsonObject &object, bool binary)
{
    QMap<QString, QByteArray> out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Only the parts of a curriculum, never a path that leaves it.
        const QString path = QDir::cleanPath(it.key());
        if (path.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(path) || !FileSet::belongsToCurriculum(path))
            continue;
        const QString text = it.value().toString();
        out.insert(path, binary ? QByteArray::fromBase64(text.toLatin1()) : text.toUtf8());
    }
    return out;
}

} // namespace

QString Journal::pathFor(const QString &source)
{
    const QByteArray key = QFileInfo(source).absoluteFilePath().toUtf8();
    return folder() + QLatin1Char('/') + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex())
        + QStringLiteral(".json");
}

bool Journal::write()
{
    written = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("source"), QFileInfo(source).absoluteFilePath()},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("written"), written},
                           {QStringLiteral("files"), encode(files, false)},
                           {QStringLiteral("media"), encode(media, true)}};
    Diagnostics diags;
    return writeFileAtomically(pathFor(source), QJsonDocument(root).toJson(QJsonDocument::Compact), diags);
}

std::optional<Journal> Journal::read(const QString &source)
{
    QFile f(pathFor(source));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return std::nullopt;
    Journal j;
    j.source = root.value(QStringLiteral("source")).toString();
    j.title = root.value(QStringLiteral("title")).toString();
    j.written = root.value(QStringLiteral("written")).toString();
    j.files = decode(root.value(QStringLiteral("files")).toObject(), false);
    j.media = decode(root.value(QStringLiteral("media")).toObject(), true);
    if (!j.files.contains(QStringLiteral("curriculum.xml")))
        return std::nullopt;
    return j;
}

bool Journal::exists(const QString &source)
{
    return !source.isEmpty() && QFileInfo::exists(pathFor(source));
}

void Journal::remove(const QString &source)
{
    if (!source.isEmpty())
        QFile::remove(pathFor(source));
}

QVariantList Journal::list()
{
    QVariantList out;
    const QFileInfoList entries = QDir(folder()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : entries) {
        QFile f(info.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QString source = root.value(QStringLiteral("source")).toString();
        if (source.isEmpty() || pathFor(source) != info.absoluteFilePath())
            continue;
        out << QVariantMap{{QStringLiteral("source"), source},
                           {QStringLiteral("title"), root.value(QStringLiteral("title")).toString()},
                           {QStringLiteral("written"), root.value(QStringLiteral("written")).toString()},
                           {QStringLiteral("exists"), QFileInfo::exists(source)}};
    }
    return out;
}

} // namespace Relais
