#include "navigatormodel.h"

#include "diagnosticsmodel.h"
#include "document.h"

namespace Relais {

namespace {

// Case and accents do not matter when searching: "Ecrire" finds "Écrire".
QString fold(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    return out;
}

} // namespace

NavigatorModel::NavigatorModel(Document *doc)
    : QAbstractListModel(doc)
    , m_doc(doc)
{
    connect(doc, &Document::selectionChanged, this, &NavigatorModel::updateSelectedRow);
}

void NavigatorModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_foldedFilter = fold(filter.trimmed());
    beginResetModel();
    m_rows = build();
    endResetModel();
    emit filterChanged();
    updateSelectedRow();
}

bool NavigatorModel::matches(const QString &text) const
{
    return m_foldedFilter.isEmpty() || fold(text).contains(m_foldedFilter);
}

QList<NavigatorModel::Row> NavigatorModel::build() const
{
    const Curriculum &c = m_doc->curriculum();
    QList<Row> rows;
    if (!m_doc->isOpen())
        return rows;
    const bool filtering = !m_foldedFilter.isEmpty();
    rows.append({QStringLiteral("curriculum"), 0, -1, -1, -1, -1, QString()});

    rows.append({QStringLiteral("section-pathways"), 0, -1, -1, -1, -1, QStringLiteral("#pathways")});
    for (int p = 0; p < c.pathways.size(); ++p) {
        const Pathway &pw = c.pathways.at(p);
        const QString key = QStringLiteral("pathway:") + pw.id;
        QList<Row> steps;
        for (int s = 0; s < pw.steps.size(); ++s)
            if (matches(pw.steps.at(s).title))
                steps.append({QStringLiteral("step"), 2, p, s, -1, -1, key + QStringLiteral("/step:") + pw.steps.at(s).id});
        const bool self = matches(pw.title) || matches(pw.id);
        if (filtering && !self && steps.isEmpty())
            continue;
        rows.append({QStringLiteral("pathway"), 1, p, -1, -1, -1, key});
        if (filtering || m_expanded.contains(key))
            rows += steps;
    }

    rows.append({QStringLiteral("section-modules"), 0, -1, -1, -1, -1, QStringLiteral("#modules")});
    for (int m = 0; m < c.modules.size(); ++m) {
        const Module &mod = c.modules.at(m);
        const QString key = QStringLiteral("module:") + mod.id;
        QList<Row> activities;
        const bool expanded = m_expanded.contains(key);
        if (filtering || expanded) {
            for (int a = 0; a < mod.activities.size(); ++a) {
                const Activity &act = mod.activities.at(a);
                if (!filtering || matches(act.title) || matches(act.id))
                    activities.append({QStringLiteral("activity"), 2, -1, -1, m, a, key + QStringLiteral("/activity:") + act.id});
            }
        }
        const bool self = matches(mod.title) || matches(mod.id);
        if (filtering && !self && activities.isEmpty())
            continue;
        rows.append({QStringLiteral("module"), 1, -1, -1, m, -1, key});
        if (filtering || expanded)
            rows += activities;
    }
    rows.append({QStringLiteral("section-media"), 0, -1, -1, -1, -1, QStringLiteral("#media")});
    return rows;
}

void NavigatorModel::refresh()
{
    const QList<Row> rows = build();
    bool sameShape = rows.size() == m_rows.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).kind == m_rows.at(i).kind && rows.at(i).key == m_rows.at(i).key;
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    updateSelectedRow();
}

void NavigatorModel::updateSelectedRow()
{
    const Selection &sel = m_doc->selection();
    // What is selected is shown: the module of an activity, the pathway of a step, open.
    const Curriculum &c = m_doc->curriculum();
    QString parent;
    if (sel.kind == QLatin1String("activity") && sel.module >= 0 && sel.module < c.modules.size())
        parent = QStringLiteral("module:") + c.modules.at(sel.module).id;
    else if (sel.kind == QLatin1String("step") && sel.pathway >= 0 && sel.pathway < c.pathways.size())
        parent = QStringLiteral("pathway:") + c.pathways.at(sel.pathway).id;
    if (!parent.isEmpty() && !m_expanded.contains(parent)) {
        m_expanded.insert(parent);
        refresh();  // comes back here with the rows in place
        return;
    }
    int found = -1;
    for (int i = 0; i < m_rows.size() && found < 0; ++i) {
        const Row &r = m_rows.at(i);
        if (sel.kind == QLatin1String("media") ? r.kind == QLatin1String("section-media")
                                               : (r.kind == sel.kind && r.pathway == sel.pathway && r.step == sel.step
                                                  && r.module == sel.module && r.activity == sel.activity))
            found = i;
    }
    if (found != m_selectedRow) {
        m_selectedRow = found;
        emit selectedRowChanged();
    }
}

void NavigatorModel::toggle(int row)
{
    if (row >= 0 && row < m_rows.size())
        setExpanded(row, !m_expanded.contains(m_rows.at(row).key));
}

void NavigatorModel::setExpanded(int row, bool expanded)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &r = m_rows.at(row);
    if (r.kind != QLatin1String("module") && r.kind != QLatin1String("pathway"))
        return;
    if (expanded == m_expanded.contains(r.key))
        return;
    if (expanded)
        m_expanded.insert(r.key);
    else
        m_expanded.remove(r.key);
    refresh();
}

void NavigatorModel::activate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &r = m_rows.at(row);
    if (r.kind == QLatin1String("curriculum") || r.kind == QLatin1String("section-pathways")
        || r.kind == QLatin1String("section-modules"))
        m_doc->select(QStringLiteral("curriculum"));
    else if (r.kind == QLatin1String("section-media"))
        m_doc->select(QStringLiteral("media"));
    else if (r.kind == QLatin1String("pathway"))
        m_doc->select(r.kind, r.pathway);
    else if (r.kind == QLatin1String("step"))
        m_doc->select(r.kind, r.pathway, r.step);
    else if (r.kind == QLatin1String("module"))
        m_doc->select(r.kind, r.module);
    else if (r.kind == QLatin1String("activity"))
        m_doc->select(r.kind, r.module, r.activity);
}

bool NavigatorModel::canMove(int row, int delta) const
{
    if (row < 0 || row >= m_rows.size() || delta == 0)
        return false;
    const Row &r = m_rows.at(row);
    const Curriculum &c = m_doc->curriculum();
    auto inside = [delta](int i, qsizetype n) { return i + delta >= 0 && i + delta < n; };
    if (r.kind == QLatin1String("pathway"))
        return inside(r.pathway, c.pathways.size());
    if (r.kind == QLatin1String("step"))
        return inside(r.step, c.pathways.at(r.pathway).steps.size());
    if (r.kind == QLatin1String("module"))
        return inside(r.module, c.modules.size());
    if (r.kind == QLatin1String("activity"))
        return inside(r.activity, c.modules.at(r.module).activities.size());
    return false;
}

void NavigatorModel::move(int row, int delta)
{
    if (!canMove(row, delta))
        return;
    const Row r = m_rows.at(row);
    if (r.kind == QLatin1String("pathway"))
        m_doc->movePathway(r.pathway, r.pathway + delta);
    else if (r.kind == QLatin1String("step"))
        m_doc->moveStep(r.pathway, r.step, r.step + delta);
    else if (r.kind == QLatin1String("module"))
        m_doc->moveModule(r.module, r.module + delta);
    else if (r.kind == QLatin1String("activity"))
        m_doc->moveActivity(r.module, r.activity, r.activity + delta);
}

bool NavigatorModel::canDrop(int row, int target) const
{
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || row == target)
        return false;
    const Row &r = m_rows.at(row);
    const Row &t = m_rows.at(target);
    if (r.kind == QLatin1String("activity"))
        return t.kind == QLatin1String("activity") || (t.kind == QLatin1String("module") && t.module != r.module);
    if (r.kind == QLatin1String("step"))
        return t.kind == QLatin1String("step") && t.pathway == r.pathway;
    return r.kind == t.kind && (r.kind == QLatin1String("module") || r.kind == QLatin1String("pathway"));
}

void NavigatorModel::drop(int row, int target)
{
    if (!canDrop(row, target))
        return;
    const Row r = m_rows.at(row);
    const Row t = m_rows.at(target);
    if (r.kind == QLatin1String("pathway"))
        m_doc->movePathway(r.pathway, t.pathway);
    else if (r.kind == QLatin1String("step"))
        m_doc->moveStep(r.pathway, r.step, t.step);
    else if (r.kind == QLatin1String("module"))
        m_doc->moveModule(r.module, t.module);
    else if (t.kind == QLatin1String("module"))
        m_doc->moveActivityToModule(r.module, r.activity, t.module);
    else if (t.module == r.module)
        m_doc->moveActivity(r.module, r.activity, t.activity);
    else {
        // Dropped on an activity of another module: moved there, then placed at that activity.
        const int count = int(m_doc->curriculum().modules.at(t.module).activities.size());
        m_doc->undoStack()->beginMacro(tr("Déplacer l'activité"));
        m_doc->moveActivityToModule(r.module, r.activity, t.module);
        m_doc->moveActivity(t.module, count, t.activity);
        m_doc->undoStack()->endMacro();
    }
}

QVariantMap NavigatorModel::rowData(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QModelIndex i = index(row);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return out;
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString NavigatorModel::label(const Row &r) const
{
    const Curriculum &c = m_doc->curriculum();
    if (r.kind == QLatin1String("curriculum"))
        return c.title;
    if (r.kind == QLatin1String("section-pathways"))
        return tr("Parcours (%1)").arg(c.pathways.size());
    if (r.kind == QLatin1String("section-modules"))
        return tr("Ateliers (%1)").arg(c.modules.size());
    if (r.kind == QLatin1String("section-media"))
        return tr("Médias (%1)").arg(c.media.size());
    if (r.kind == QLatin1String("pathway"))
        return c.pathways.at(r.pathway).title;
    if (r.kind == QLatin1String("step")) {
        const Step &s = c.pathways.at(r.pathway).steps.at(r.step);
        return QStringLiteral("%1. %2").arg(r.step + 1).arg(s.title);
    }
    if (r.kind == QLatin1String("module"))
        return c.modules.at(r.module).title;
    if (r.kind == QLatin1String("activity"))
        return c.modules.at(r.module).activities.at(r.activity).title;
    return {};
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Curriculum &c = m_doc->curriculum();
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: {
        // One line per row: a title with line breaks (pasted, or from a
        // hand-edited file) would spill over the next row.
        const QString text = label(r).simplified();
        return text.isEmpty() ? tr("(sans titre)") : text;
    }
    case KindRole:
        return r.kind;
    case DetailRole: {
        if (r.kind == QLatin1String("module")) {
            const Module &m = c.modules.at(r.module);
            return tr("%1 min · %2 activités").arg(m.duration).arg(m.activities.size());
        }
        if (r.kind == QLatin1String("pathway")) {
            const Pathway &p = c.pathways.at(r.pathway);
            return tr("%1 séances").arg(p.steps.size());
        }
        if (r.kind == QLatin1String("activity"))
            return m_doc->exerciseType(c.modules.at(r.module).activities.at(r.activity).type).value(QStringLiteral("name"));
        if (r.kind == QLatin1String("step")) {
            QStringList titles;
            for (const QString &id : c.pathways.at(r.pathway).steps.at(r.step).modules) {
                const Module *m = c.module(id);
                titles << (m ? m->title : QStringLiteral("⚠ ") + id);
            }
            return titles.join(QStringLiteral(" · ")).simplified();
        }
        return {};
    }
    case DepthRole:
        return r.depth;
    case ExpandableRole:
        return (r.kind == QLatin1String("module") && !c.modules.at(r.module).activities.isEmpty())
            || (r.kind == QLatin1String("pathway") && !c.pathways.at(r.pathway).steps.isEmpty());
    case ExpandedRole:
        return !m_foldedFilter.isEmpty() || m_expanded.contains(r.key);
    case BrokenRole:
        if (r.kind == QLatin1String("step")) {
            for (const QString &id : c.pathways.at(r.pathway).steps.at(r.step).modules)
                if (!c.module(id))
                    return true;
        }
        return false;
    case SeverityRole:
        return r.key.isEmpty() ? -1 : m_doc->diagnostics()->worstFor(r.key);
    case PathwayRole:
        return r.pathway;
    case StepRole:
        return r.step;
    case ModuleRole:
        return r.module;
    case ActivityRole:
        return r.activity;
    case MediaRole:
        return -1;
    case TypeRole:
        return r.kind == QLatin1String("activity") ? c.modules.at(r.module).activities.at(r.activity).type : QString();
    }
    return {};
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    return {{KindRole, "kind"},         {LabelRole, "label"},       {DetailRole, "detail"},
            {DepthRole, "depth"},       {ExpandableRole, "expandable"}, {ExpandedRole, "expanded"},
            {BrokenRole, "broken"},     {SeverityRole, "severity"}, {PathwayRole, "pathway"},
            {StepRole, "step"},         {ModuleRole, "module"},     {ActivityRole, "activity"},
            {MediaRole, "media"},       {TypeRole, "type"}};
}

} // namespace Relais
