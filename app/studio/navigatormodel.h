#pragma once

#include "selection.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace Relais {

class Document;

// The navigator: the curriculum, its pathways with their steps, its modules
// with their activities, and its media, as one flat list with indentation, so
// that a curriculum of a thousand modules stays one cheap ListView.
class NavigatorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the document")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectedRowChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        LabelRole,
        DetailRole,
        DepthRole,
        ExpandableRole,
        ExpandedRole,
        BrokenRole,
        SeverityRole,
        PathwayRole,
        StepRole,
        ModuleRole,
        ActivityRole,
        MediaRole,
        TypeRole,
    };

    explicit NavigatorModel(Document *doc);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int selectedRow() const { return m_selectedRow; }

    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void setExpanded(int row, bool expanded);
    // Selects the object of a row in the document.
    Q_INVOKABLE void activate(int row);
    // Reorders within the row's list (Alt+Up/Down, drag and drop): delta rows up or down.
    Q_INVOKABLE bool canMove(int row, int delta) const;
    Q_INVOKABLE void move(int row, int delta);
    // Drag and drop of `row` onto `target`: reorders among siblings, or moves an activity to another module.
    Q_INVOKABLE bool canDrop(int row, int target) const;
    Q_INVOKABLE void drop(int row, int target);
    Q_INVOKABLE QVariantMap rowData(int row) const;

    // Rebuilds the rows from the document: values only, or the structure.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();
    void selectedRowChanged();

private:
    struct Row
    {
        QString kind;  // curriculum, section-pathways, pathway, step, section-modules, module, activity, section-media
        int depth = 0;
        int pathway = -1;
        int step = -1;
        int module = -1;
        int activity = -1;
        QString key;  // element key ("module:x"), for expansion and diagnostics
    };
    QList<Row> build() const;
    void updateSelectedRow();
    bool matches(const QString &text) const;
    QString label(const Row &row) const;

    Document *m_doc;
    QList<Row> m_rows;
    QSet<QString> m_expanded;
    QString m_filter;
    QString m_foldedFilter;
    int m_selectedRow = -1;
};

} // namespace Relais
