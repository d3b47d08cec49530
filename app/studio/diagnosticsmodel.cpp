#include "diagnosticsmodel.h"

namespace Relais {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const Diagnostics &diags)
{
    beginResetModel();
    m_diags = diags;
    m_worst.clear();
    for (const Diagnostic &d : std::as_const(m_diags)) {
        // Every prefix made of whole "kind:id" parts gets the worst severity found under it.
        const QStringList parts = d.element.split(QLatin1Char('/'));
        QString prefix;
        for (const QString &part : parts) {
            if (!part.contains(QLatin1Char(':')))
                break;
            prefix += (prefix.isEmpty() ? QString() : QStringLiteral("/")) + part;
            const int sev = int(d.severity);
            auto it = m_worst.find(prefix);
            if (it == m_worst.end())
                m_worst.insert(prefix, sev);
            else
                *it = std::min(*it, sev);
        }
    }
    endResetModel();
    m_errors = countSeverity(m_diags, Severity::Error);
    m_warnings = countSeverity(m_diags, Severity::Warning);
    m_infos = countSeverity(m_diags, Severity::Info);
    ++m_revision;
    emit countsChanged();
}

void DiagnosticsModel::setLang(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (!m_diags.isEmpty())
        emit dataChanged(index(0), index(int(m_diags.size()) - 1), {MessageRole, PlaceRole});
    ++m_revision;
    emit countsChanged();
}

void DiagnosticsModel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged();
}

const Diagnostic *DiagnosticsModel::at(int row) const
{
    return row >= 0 && row < m_diags.size() ? &m_diags.at(row) : nullptr;
}

QString DiagnosticsModel::errorSummary(int max) const
{
    QStringList lines;
    for (const Diagnostic &d : m_diags) {
        if (d.severity != Severity::Error)
            continue;
        if (lines.size() == max) {
            lines << tr("… et %1 de plus.").arg(m_errors - max);
            break;
        }
        lines << QStringLiteral("• ") + d.message(m_lang);
    }
    return lines.join(QLatin1Char('\n'));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diags.size());
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    const Diagnostic *d = at(index.row());
    if (!d)
        return {};
    switch (role) {
    case SeverityRole:
        return d->severityName();
    case CodeRole:
        return d->code;
    case Qt::DisplayRole:
    case MessageRole:
        return d->message(m_lang);
    case PlaceRole:
        return d->location.line > 0 ? QStringLiteral("%1:%2").arg(d->location.file).arg(d->location.line)
                                    : d->location.file;
    case ElementRole:
        return d->element;
    case LineRole:
        return d->location.line;
    }
    return {};
}

QHash<int, QByteArray> DiagnosticsModel::roleNames() const
{
    return {{SeverityRole, "severity"}, {CodeRole, "code"},       {MessageRole, "message"},
            {PlaceRole, "place"},       {ElementRole, "element"}, {LineRole, "line"}};
}

} // namespace Relais
