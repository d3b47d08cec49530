#include "librarymodel.h"

#include <algorithm>

namespace Relais {

namespace {

QVariantMap versionData(const LibraryVersion &v)
{
    return {{QStringLiteral("version"), v.version},
            {QStringLiteral("active"), v.active},
            {QStringLiteral("installedAt"), v.installedAt.toLocalTime()},
            {QStringLiteral("signed"), v.signature == SignatureCheck::Status::Valid},
            {QStringLiteral("trusted"), v.trusted},
            {QStringLiteral("signerName"), v.signerName},
            {QStringLiteral("signerFingerprint"), v.signerFingerprint}};
}

} // namespace

LibraryModel::LibraryModel(QObject *parent) : QAbstractListModel(parent) {}

void LibraryModel::setEntries(QList<LibraryEntry> entries)
{
    // An entry always has an active version (the catalogue says which); one
    // without would be a catalogue from elsewhere, and is left out.
    entries.removeIf([](const LibraryEntry &e) { return !e.active(); });
    std::sort(entries.begin(), entries.end(), [](const LibraryEntry &a, const LibraryEntry &b) {
        const int byTitle = QString::localeAwareCompare(a.active()->title, b.active()->title);
        return byTitle != 0 ? byTitle < 0 : a.id < b.id;
    });
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

const LibraryEntry *LibraryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int LibraryModel::indexOf(const QString &curriculumId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == curriculumId)
            return row;
    return -1;
}

QVariantMap LibraryModel::get(int row) const
{
    QVariantMap out;
    if (!entry(row))
        return out;
    const QModelIndex i = index(row);
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return out;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    const LibraryEntry *e = entry(index.row());
    if (!e)
        return {};
    const LibraryVersion &a = *e->active();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return a.title;
    case IdRole: return e->id;
    case PublisherRole: return a.publisher;
    case ActiveVersionRole: return a.version;
    case VersionsRole: {
        QVariantList out;
        for (const LibraryVersion &v : e->versions)
            out << versionData(v);
        return out;
    }
    case SignedRole: return a.signature == SignatureCheck::Status::Valid;
    case TrustedRole: return a.trusted;
    case SignerNameRole: return a.signerName;
    case SignerFingerprintRole: return a.signerFingerprint;
    case InstalledAtRole: return a.installedAt.toLocalTime();
    case FolderRole: return a.folder;
    case PathwaysRole: return a.pathways;
    case ModulesRole: return a.modules;
    case ActivitiesRole: return a.activities;
    case HasEarlierRole:
        // Versions come newest first: any after the active one is older.
        return &a != &e->versions.constLast();
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    return {{IdRole, "curriculumId"},
            {TitleRole, "title"},
            {PublisherRole, "publisher"},
            {ActiveVersionRole, "activeVersion"},
            {VersionsRole, "versions"},
            {SignedRole, "signed"},
            {TrustedRole, "trusted"},
            {SignerNameRole, "signerName"},
            {SignerFingerprintRole, "signerFingerprint"},
            {InstalledAtRole, "installedAt"},
            {FolderRole, "folder"},
            {PathwaysRole, "pathways"},
            {ModulesRole, "modules"},
            {ActivitiesRole, "activities"},
            {HasEarlierRole, "hasEarlier"}};
}

} // namespace Relais
