#pragma once

#include <curriculumdiff.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Relais {

// The changes between two versions of a curriculum as the comparison view
// lists them: grouped (curriculum, pathways, modules, activities, media), each
// with its badge and its sentence in the interface's language.
class DiffModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a VersionController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        GroupRole = Qt::UserRole + 1,  // the group's heading, for ListView sections
        ChangeRole,                    // added, removed, moved, renamed, changed
        BadgeRole,                     // the change in a word
        SentenceRole,
        KindRole,                      // curriculum, pathway, step, module, activity, media
        IdRole,
        ParentRole,
        BumpRole,                      // patch, minor, major
    };

    explicit DiffModel(QObject *parent = nullptr);

    void setDiff(const CurriculumDiff &diff, const QString &lang);
    void setLang(const QString &lang);
    void clear();
    const DiffEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The fields that changed, [{label, before, after}]; an entity added or
    // removed shows its title on its one side, one moved its place.
    Q_INVOKABLE QVariantList fields(int row) const;
    Q_INVOKABLE QVariantMap get(int row) const;

    // The change in a word, agreeing with the entity it is about.
    static QString badge(const DiffEntry &e);

signals:
    void countChanged();

private:
    static QString group(DiffEntry::Kind kind);

    QList<DiffEntry> m_entries;
    QString m_lang = QStringLiteral("fr");
};

} // namespace Relais
