#pragma once

#include <library.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Relais {

// The curricula installed in the library, one row each, described by their
// active version, sorted by title: the list of the "Bibliothèque" page.
class LibraryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the library controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PublisherRole,
        ActiveVersionRole,
        VersionsRole,  // [{version, active, installedAt, signed, trusted, signerName, signerFingerprint}], newest first
        SignedRole,
        TrustedRole,
        SignerNameRole,
        SignerFingerprintRole,
        InstalledAtRole,
        FolderRole,
        PathwaysRole,
        ModulesRole,
        ActivitiesRole,
        HasEarlierRole,  // a version older than the active one is installed: rollback is possible
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setEntries(QList<LibraryEntry> entries);
    int count() const { return int(m_entries.size()); }
    const LibraryEntry *entry(int row) const;
    Q_INVOKABLE int indexOf(const QString &curriculumId) const;
    // Every role of a row by its name; empty for a row that does not exist.
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<LibraryEntry> m_entries;
};

} // namespace Relais
