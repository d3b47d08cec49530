#include "exporter.h"

#include <QSet>

namespace Relais {

QList<const Module *> ExportScope::pathwayModules(const Curriculum &curriculum, const Pathway &pathway)
{
    QList<const Module *> out;
    const auto add = [&](const QString &id) {
        const Module *m = curriculum.module(id);
        if (m && !out.contains(m))
            out << m;
    };
    add(pathway.entryDiagnostic);
    for (const Step &step : pathway.steps)
        for (const QString &id : step.modules)
            add(id);
    add(pathway.exitAssessment);
    return out;
}

bool ExportScope::make(const Curriculum &curriculum, const QString &pathwayId, const QString &moduleId, ExportScope &scope)
{
    scope = ExportScope();
    if (!moduleId.isEmpty()) {
        const Module *m = curriculum.module(moduleId);
        if (!m)
            return false;
        scope.kind = Kind::Module;
        scope.units.append({nullptr, {m}});
        return true;
    }
    if (!pathwayId.isEmpty()) {
        const Pathway *p = curriculum.pathway(pathwayId);
        if (!p)
            return false;
        scope.kind = Kind::Pathway;
        scope.units.append({p, pathwayModules(curriculum, *p)});
        return true;
    }
    QSet<const Module *> used;
    for (const Pathway &p : curriculum.pathways) {
        ExportUnit unit{&p, pathwayModules(curriculum, p)};
        for (const Module *m : std::as_const(unit.modules))
            used.insert(m);
        scope.units.append(unit);
    }
    ExportUnit rest;
    for (const Module &m : curriculum.modules)
        if (!used.contains(&m))
            rest.modules << &m;
    if (!rest.modules.isEmpty())
        scope.units.append(rest);
    return true;
}

QList<const Module *> ExportScope::modules() const
{
    QList<const Module *> out;
    QSet<const Module *> seen;
    for (const ExportUnit &unit : units)
        for (const Module *m : unit.modules)
            if (!seen.contains(m)) {
                seen.insert(m);
                out << m;
            }
    return out;
}

QString ExportScope::title(const Curriculum &curriculum) const
{
    if (kind == Kind::Module && !units.isEmpty() && !units.first().modules.isEmpty())
        return units.first().modules.first()->title;
    if (kind == Kind::Pathway && !units.isEmpty() && units.first().pathway)
        return units.first().pathway->title;
    return curriculum.title;
}

QDateTime ExportRequest::timestamp() const
{
    if (curriculum) {
        for (const Release &r : curriculum->changelog) {
            const QDate date = QDate::fromString(r.date, Qt::ISODate);
            if (r.version == curriculum->version && date.isValid())
                return QDateTime(date, QTime(12, 0), Qt::UTC);
        }
    }
    return QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC);
}

} // namespace Relais
