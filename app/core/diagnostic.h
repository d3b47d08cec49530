#pragma once

#include "location.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Relais {

enum class Severity { Error, Warning, Info };

// One finding about a curriculum: a stable code, where it is, what element it
// concerns (a path such as "module:email/activity:quiz/title"), and a message
// in French and English built from the code's template and its arguments.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    Location location;
    QString element;
    QStringList args;
    // Plugins bring their own messages: when set, they are used instead of the
    // catalogue's templates.
    QString templateFr;
    QString templateEn;

    QString message(const QString &lang) const;
    QString severityName() const;

    static Diagnostic make(const QString &code, const Location &loc, const QString &element = {},
                           const QStringList &args = {});
    static Diagnostic custom(Severity severity, const QString &code, const Location &loc, const QString &element,
                             const QString &fr, const QString &en, const QStringList &args = {});
};

using Diagnostics = QList<Diagnostic>;

int countSeverity(const Diagnostics &diags, Severity severity);
bool hasErrors(const Diagnostics &diags);
// Stable order: file, line, column, code.
void sortDiagnostics(Diagnostics &diags);

// The catalogue of codes: default severity and message templates (%1…).
struct DiagnosticInfo
{
    Severity severity;
    const char *fr;
    const char *en;
};
const DiagnosticInfo *diagnosticInfo(const QString &code);
QStringList diagnosticCodes();

} // namespace Relais
