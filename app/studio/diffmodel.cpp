#include "diffmodel.h"

#include <algorithm>

namespace Relais {

namespace {

// The groups in the order the view shows them; steps go with their pathway.
int groupRank(DiffEntry::Kind kind)
{
    switch (kind) {
    case DiffEntry::Kind::Curriculum: return 0;
    case DiffEntry::Kind::Pathway:
    case DiffEntry::Kind::Step: return 1;
    case DiffEntry::Kind::Module: return 2;
    case DiffEntry::Kind::Activity: return 3;
    case DiffEntry::Kind::Media: return 4;
    }
    return 5;
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

DiffModel::DiffModel(QObject *parent) : QAbstractListModel(parent) {}

void DiffModel::setDiff(const CurriculumDiff &diff, const QString &lang)
{
    beginResetModel();
    m_entries = diff.entries;
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const DiffEntry &a, const DiffEntry &b) {
        return groupRank(a.kind) < groupRank(b.kind);
    });
    m_lang = lang;
    endResetModel();
    emit countChanged();
}

void DiffModel::setLang(const QString &lang)
{
    beginResetModel();
    m_lang = lang;
    endResetModel();
}

void DiffModel::clear()
{
    setDiff(CurriculumDiff(), m_lang);
}

const DiffEntry *DiffModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    const DiffEntry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case GroupRole: return group(e->kind);
    case ChangeRole: return changeName(e->change);
    case BadgeRole: return badge(*e);
    case Qt::DisplayRole:
    case SentenceRole: return e->sentence(m_lang);
    case KindRole: return kindName(e->kind);
    case IdRole: return e->id;
    case ParentRole: return e->parent;
    case BumpRole: return bumpName(e->bump);
    }
    return {};
}

QHash<int, QByteArray> DiffModel::roleNames() const
{
    return {{GroupRole, "group"},   {ChangeRole, "change"}, {BadgeRole, "badge"},   {SentenceRole, "sentence"},
            {KindRole, "kind"},     {IdRole, "entityId"},   {ParentRole, "parentId"}, {BumpRole, "bump"}};
}

QVariantList DiffModel::fields(int row) const
{
    const DiffEntry *e = entry(row);
    if (!e)
        return {};
    QVariantList out;
    const auto add = [&out](const QString &label, const QString &before, const QString &after) {
        out << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("before"), before},
                           {QStringLiteral("after"), after}};
    };
    for (const FieldChange &f : e->fields)
        add(capitalized(f.label(m_lang)), f.before, f.after);
    if (e->change == DiffEntry::Change::Moved && !e->oldParent.isEmpty())
        add(tr("Emplacement"), e->oldParentTitle.isEmpty() ? e->oldParent : e->oldParentTitle,
            e->parentTitle.isEmpty() ? e->parent : e->parentTitle);
    else if (e->change == DiffEntry::Change::Moved)
        add(tr("Place"), tr("%1e").arg(e->oldPosition), tr("%1e").arg(e->position));
    if (out.isEmpty() && e->change == DiffEntry::Change::Added)
        add(tr("Titre"), {}, e->title);
    else if (out.isEmpty() && e->change == DiffEntry::Change::Removed)
        add(tr("Titre"), e->oldTitle.isEmpty() ? e->title : e->oldTitle, {});
    return out;
}

QVariantMap DiffModel::get(int row) const
{
    const DiffEntry *e = entry(row);
    if (!e)
        return {};
    return {{QStringLiteral("group"), group(e->kind)},
            {QStringLiteral("change"), changeName(e->change)},
            {QStringLiteral("badge"), badge(*e)},
            {QStringLiteral("sentence"), e->sentence(m_lang)},
            {QStringLiteral("kind"), kindName(e->kind)},
            {QStringLiteral("entityId"), e->id},
            {QStringLiteral("parentId"), e->parent},
            {QStringLiteral("bump"), bumpName(e->bump)}};
}

QString DiffModel::badge(const DiffEntry &e)
{
    const bool feminine = kindIsFeminine(e.kind);
    switch (e.change) {
    case DiffEntry::Change::Added: return feminine ? tr("Ajoutée") : tr("Ajouté");
    case DiffEntry::Change::Removed: return feminine ? tr("Retirée") : tr("Retiré");
    case DiffEntry::Change::Moved: return feminine ? tr("Déplacée") : tr("Déplacé");
    case DiffEntry::Change::Renamed: return feminine ? tr("Renommée") : tr("Renommé");
    case DiffEntry::Change::Changed: return feminine ? tr("Modifiée") : tr("Modifié");
    }
    return {};
}

QString DiffModel::group(DiffEntry::Kind kind)
{
    switch (kind) {
    case DiffEntry::Kind::Curriculum: return tr("Cursus");
    case DiffEntry::Kind::Pathway:
    case DiffEntry::Kind::Step: return tr("Parcours et séances");
    case DiffEntry::Kind::Module: return tr("Ateliers");
    case DiffEntry::Kind::Activity: return tr("Activités");
    case DiffEntry::Kind::Media: return tr("Médias");
    }
    return {};
}

} // namespace Relais
