#pragma once

#include <diagnostic.h>

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace Relais {

// The `relais` command line: one method per command. Exit statuses: 0 done
// (or valid), 1 invalid curriculum, 2 unusable input or wrong usage.
class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static QString detectLanguage();

private:
    QString tr(const char *fr, const char *en) const;
    int usage(const QString &problem);
    int help(const QString &command);
    void printDiagnostics(const Diagnostics &diags, QTextStream &stream, bool quietInfo) const;
    QString formatDiagnostic(const Diagnostic &d) const;
    // The same findings for programs (--json), in both languages.
    QJsonArray diagnosticsJson(const Diagnostics &diags) const;
    QString summary(const Diagnostics &diags) const;

    int cmdNew();
    int cmdValidate();
    int cmdPack();
    int cmdUnpack();
    int cmdInfo();
    int cmdRehash();
    int cmdPlugins();
    int cmdPreview();
    int cmdExport();
    QString exportersHelp() const;

    // cliversions.cpp
    int cmdBump();
    int cmdDiff();
    int cmdMerge();
    QString versionsHelp(const QString &command) const;
    // clisignatures.cpp
    int cmdKeygen();
    int cmdSign();
    int cmdVerify();
    int cmdTrust();
    QString signaturesHelp(const QString &command) const;
    // clilibrary.cpp
    int cmdLibrary();
    QString libraryHelp(const QString &command) const;

    bool takeFlag(const QString &name);
    bool takeOption(const QString &name, QString &value);
    bool onePositional(QString &value, const char *whatFr, const char *whatEn);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_lang;
    QString m_command;
    QStringList m_args;
};

} // namespace Relais
