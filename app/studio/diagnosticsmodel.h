#pragma once

#include "diagnostic.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace Relais {

// The findings of the last validation, for the validation panel and the
// status bar, in the interface's language.
class DiagnosticsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the document")
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)
    Q_PROPERTY(int infoCount READ infoCount NOTIFY countsChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    // Moves on with every new set of findings (or language), for what shows them.
    Q_PROPERTY(int revision READ revision NOTIFY countsChanged)

public:
    enum Role { SeverityRole = Qt::UserRole + 1, CodeRole, MessageRole, PlaceRole, ElementRole, LineRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diags);
    void setLang(const QString &lang);
    void setRunning(bool running);
    const Diagnostics &diagnostics() const { return m_diags; }
    const Diagnostic *at(int row) const;
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    int infoCount() const { return m_infos; }
    bool isRunning() const { return m_running; }
    int revision() const { return m_revision; }
    // The worst severity (0 error, 1 warning, 2 info, -1 none) of what is
    // found about an element and everything inside it ("module:x", "module:x/activity:y").
    int worstFor(const QString &element) const { return m_worst.value(element, -1); }
    // The messages of the errors, one per line, to explain a refusal.
    Q_INVOKABLE QString errorSummary(int max = 10) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countsChanged();
    void runningChanged();

private:
    Diagnostics m_diags;
    QHash<QString, int> m_worst;
    QString m_lang = QStringLiteral("fr");
    int m_errors = 0;
    int m_warnings = 0;
    int m_infos = 0;
    bool m_running = false;
    int m_revision = 0;
};

} // namespace Relais
