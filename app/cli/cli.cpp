#include "cli.h"
#include "terminalmonitor.h"

#include <curriculumloader.h>
#include <curriculumwriter.h>
#include <exportrunner.h>
#include <htmlrenderer.h>
#include <pluginregistry.h>
#include <pack.h>
#include <starter.h>
#include <validator.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace Relais {

namespace {

QString megabytes(qint64 bytes, const QString &lang)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    QString n = QString::number(mb, 'f', mb < 10 ? 2 : 1);
    if (!lang.startsWith(QLatin1String("en")))
        n.replace(QLatin1Char('.'), QLatin1Char(','));
    return n + (lang.startsWith(QLatin1String("en")) ? QStringLiteral(" MB") : QStringLiteral(" Mo"));
}

QString hours(int minutes)
{
    return QStringLiteral("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err), m_lang(detectLanguage()) {}

QString Cli::detectLanguage()
{
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(var);
        if (!value.isEmpty() && value != "C" && value != "POSIX")
            return value.startsWith("en") ? QStringLiteral("en") : QStringLiteral("fr");
    }
    return QStringLiteral("fr");
}

QString Cli::tr(const char *fr, const char *en) const
{
    return QString::fromUtf8(m_lang == QLatin1String("en") ? en : fr);
}

bool Cli::takeFlag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

bool Cli::takeOption(const QString &name, QString &value)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == name && i + 1 < m_args.size()) {
            value = m_args[i + 1];
            m_args.remove(i, 2);
            return true;
        }
        if (m_args[i].startsWith(name + QLatin1Char('='))) {
            value = m_args[i].mid(name.size() + 1);
            m_args.remove(i);
            return true;
        }
    }
    return false;
}

bool Cli::onePositional(QString &value, const char *whatFr, const char *whatEn)
{
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            usage(tr("option inconnue : %1", "unknown option: %1").arg(a));
            return false;
        }
    }
    if (m_args.size() != 1) {
        usage(m_args.isEmpty() ? tr("il manque %1.", "%1 is missing.").arg(tr(whatFr, whatEn))
                               : tr("un seul argument attendu : %1.", "expected a single argument: %1.")
                                     .arg(tr(whatFr, whatEn)));
        return false;
    }
    value = m_args.takeFirst();
    return true;
}

int Cli::usage(const QString &problem)
{
    m_err << "relais: " << problem << "\n"
          << tr("Essayez « relais %1 --help ».", "Try “relais %1 --help”.").arg(m_command).replace(QStringLiteral("  "), QStringLiteral(" "))
          << Qt::endl;
    return 2;
}

int Cli::help(const QString &command)
{
    const bool en = m_lang == QLatin1String("en");
    QString text;
    if (command == QLatin1String("new")) {
        text = en ? QStringLiteral("Usage: relais new <folder> [--id <org.example.name>] [--title <title>]\n\n"
                                   "Creates a small valid curriculum to start from in <folder> (which must not exist or be empty).\n")
                  : QStringLiteral("Usage : relais new <dossier> [--id <org.exemple.nom>] [--title <titre>]\n\n"
                                   "Crée dans <dossier> (inexistant ou vide) un petit curriculum valide pour commencer.\n");
    } else if (command == QLatin1String("validate")) {
        text = en ? QStringLiteral("Usage: relais validate <folder|pack> [--json]\n\n"
                                   "Checks a curriculum against the schema and the rules of the format.\n"
                                   "Exit status: 0 valid (warnings allowed), 1 invalid, 2 unusable input.\n\n"
                                   "  --json   machine-readable report on standard output\n")
                  : QStringLiteral("Usage : relais validate <dossier|paquet> [--json]\n\n"
                                   "Vérifie un curriculum : schéma du format et règles de contenu.\n"
                                   "Code de sortie : 0 valide (avertissements permis), 1 invalide, 2 entrée inutilisable.\n\n"
                                   "  --json   rapport lisible par un programme, sur la sortie standard\n");
    } else if (command == QLatin1String("pack")) {
        text = en ? QStringLiteral("Usage: relais pack <folder> -o <file.relais>\n\n"
                                   "Validates the curriculum, then writes it as a .relais pack (the same folder always gives the same bytes).\n")
                  : QStringLiteral("Usage : relais pack <dossier> -o <fichier.relais>\n\n"
                                   "Valide le curriculum puis l'écrit sous forme de paquet .relais (un même dossier donne toujours les mêmes octets).\n");
    } else if (command == QLatin1String("unpack")) {
        text = en ? QStringLiteral("Usage: relais unpack <pack> -o <folder>\n\n"
                                   "Checks the pack and unpacks it into <folder> (which must not exist or be empty).\n"
                                   "Nothing is written outside <folder>; after a failure nothing is left behind.\n")
                  : QStringLiteral("Usage : relais unpack <paquet> -o <dossier>\n\n"
                                   "Vérifie le paquet et le décompresse dans <dossier> (inexistant ou vide).\n"
                                   "Rien n'est écrit hors de <dossier> ; après un échec, rien ne reste.\n");
    } else if (command == QLatin1String("info")) {
        text = en ? QStringLiteral("Usage: relais info <folder|pack> [--json]\n\n"
                                   "Shows the metadata, version, counts and sizes of a curriculum.\n")
                  : QStringLiteral("Usage : relais info <dossier|paquet> [--json]\n\n"
                                   "Affiche les métadonnées, la version, les nombres et les tailles d'un curriculum.\n");
    } else if (command == QLatin1String("rehash")) {
        text = en ? QStringLiteral("Usage: relais rehash <folder>\n\n"
                                   "Recomputes the size and SHA-256 of every media after you replaced files,\n"
                                   "and rewrites the XML files in canonical form.\n")
                  : QStringLiteral("Usage : relais rehash <dossier>\n\n"
                                   "Recalcule la taille et l'empreinte SHA-256 de chaque média après un remplacement de fichier,\n"
                                   "et réécrit les fichiers XML sous leur forme canonique.\n");
    } else if (command == QLatin1String("plugins")) {
        text = en ? QStringLiteral("Usage: relais plugins [--json]\n\n"
                                   "Lists the exercise types and exporters found, with their version and status.\n"
                                   "Plugins are looked for beside the program (lib/relais/plugins) and in RELAIS_PLUGIN_PATH.\n")
                  : QStringLiteral("Usage : relais plugins [--json]\n\n"
                                   "Liste les types d'exercices et les exports trouvés, avec leur version et leur état.\n"
                                   "Les plugins sont cherchés à côté du programme (lib/relais/plugins) et dans RELAIS_PLUGIN_PATH.\n");
    } else if (command == QLatin1String("preview")) {
        text = en ? QStringLiteral("Usage: relais preview <folder|pack> --module <id> -o <folder>\n\n"
                                   "Writes one module as learners will see it: a standalone page (index.html)\n"
                                   "with its exercises, scripts and media, that works offline.\n")
                  : QStringLiteral("Usage : relais preview <dossier|paquet> --module <id> -o <dossier>\n\n"
                                   "Écrit un atelier tel que les personnes le verront : une page autonome (index.html)\n"
                                   "avec ses exercices, ses scripts et ses médias, qui fonctionne hors ligne.\n");
    } else if (command == QLatin1String("export")) {
        text = (en ? QStringLiteral("Usage: relais export <folder|pack> --format <id> -o <path> [--pathway <id> | --module <id>]\n"
                                    "                     [--option <key>=<value>]…\n\n"
                                    "Exports a valid curriculum (warnings allowed) to a delivery tool: the whole curriculum,\n"
                                    "one pathway or one module. The result is written beside <path> and renamed into place\n"
                                    "when complete; a folder is only replaced if it is empty or an earlier export.\n"
                                    "Exit status: 0 done, 1 invalid curriculum, 2 unusable input or failure, 130 cancelled (Ctrl+C).\n\n")
                   : QStringLiteral("Usage : relais export <dossier|paquet> --format <id> -o <chemin> [--pathway <id> | --module <id>]\n"
                                    "                      [--option <clé>=<valeur>]…\n\n"
                                    "Exporte un curriculum valide (avertissements permis) vers un outil de diffusion : tout le\n"
                                    "curriculum, un parcours ou un atelier. Le résultat est écrit à côté de <chemin> puis renommé\n"
                                    "une fois complet ; un dossier n'est remplacé que s'il est vide ou vient d'un export précédent.\n"
                                    "Code de sortie : 0 fait, 1 curriculum invalide, 2 entrée inutilisable ou échec, 130 annulé (Ctrl+C).\n\n"))
             + exportersHelp();
    } else if (const QString more = versionsHelp(command) + signaturesHelp(command) + libraryHelp(command); !more.isEmpty()) {
        text = more;
    } else {
        text = en ? QStringLiteral("relais — the Relais curriculum tool\n\n"
                                   "Usage: relais <command> [options]\n\n"
                                   "Commands:\n"
                                   "  new <folder>              create a starter curriculum\n"
                                   "  validate <folder|pack>    check a curriculum (--json)\n"
                                   "  pack <folder> -o <file>   write a .relais pack\n"
                                   "  unpack <pack> -o <folder> unpack a .relais pack safely\n"
                                   "  info <folder|pack>        metadata, version, counts, sizes (--json)\n"
                                   "  rehash <folder>           update media sizes and hashes\n"
                                   "  plugins                   exercise types and exporters installed\n"
                                   "  preview <folder|pack> --module <id> -o <folder>  one module as learners see it\n"
                                   "  export <folder|pack> --format <id> -o <path>     SCORM, offline site, PDF, question banks…\n"
                                   "  bump <folder> major|minor|patch|local --note <text>  new version with its changelog entry\n"
                                   "  diff <a> <b>                what changed between two versions (--json)\n"
                                   "  merge <base> <local> <upstream> -o <folder>  bring an upstream update into a local adaptation\n"
                                   "  keygen, sign, verify, trust  publishers' signatures and the keys you trust\n"
                                   "  library import|list|show|remove|rollback|search  the packs installed on this computer\n\n"
                                   "Options everywhere: --help, --lang fr|en (default: the system's language, else French), --version\n")
                  : QStringLiteral("relais — l'outil des curriculums Relais\n\n"
                                   "Usage : relais <commande> [options]\n\n"
                                   "Commandes :\n"
                                   "  new <dossier>               créer un curriculum de départ\n"
                                   "  validate <dossier|paquet>   vérifier un curriculum (--json)\n"
                                   "  pack <dossier> -o <fichier> écrire un paquet .relais\n"
                                   "  unpack <paquet> -o <dossier> décompresser un paquet .relais sans risque\n"
                                   "  info <dossier|paquet>       métadonnées, version, nombres, tailles (--json)\n"
                                   "  rehash <dossier>            mettre à jour tailles et empreintes des médias\n"
                                   "  plugins                     types d'exercices et exports installés\n"
                                   "  preview <dossier|paquet> --module <id> -o <dossier>  un atelier tel que les personnes le voient\n"
                                   "  export <dossier|paquet> --format <id> -o <chemin>    SCORM, site hors ligne, PDF, banques de questions…\n"
                                   "  bump <dossier> major|minor|patch|local --note <texte>  nouvelle version et son entrée au journal\n"
                                   "  diff <a> <b>                ce qui a changé entre deux versions (--json)\n"
                                   "  merge <base> <locale> <amont> -o <dossier>  reporter une mise à jour sur une adaptation locale\n"
                                   "  keygen, sign, verify, trust  signatures des éditeurs et clés de confiance\n"
                                   "  library import|list|show|remove|rollback|search  les paquets installés sur cet ordinateur\n\n"
                                   "Options partout : --help, --lang fr|en (par défaut : la langue du système, sinon le français), --version\n");
    }
    m_out << text;
    m_out.flush();
    return 0;
}

QJsonArray Cli::diagnosticsJson(const Diagnostics &diags) const
{
    QJsonArray list;
    for (const Diagnostic &d : diags) {
        list.append(QJsonObject{{QStringLiteral("severity"), d.severityName()},
                                {QStringLiteral("code"), d.code},
                                {QStringLiteral("file"), d.location.file},
                                {QStringLiteral("line"), d.location.line},
                                {QStringLiteral("column"), d.location.column},
                                {QStringLiteral("element"), d.element},
                                {QStringLiteral("message"), d.message(m_lang)},
                                {QStringLiteral("message_fr"), d.message(QStringLiteral("fr"))},
                                {QStringLiteral("message_en"), d.message(QStringLiteral("en"))}});
    }
    return list;
}

QString Cli::formatDiagnostic(const Diagnostic &d) const
{
    QString where = d.location.file.isEmpty() ? QString() : d.location.file;
    if (!where.isEmpty() && d.location.line > 0)
        where += QLatin1Char(':') + QString::number(d.location.line);
    if (!where.isEmpty() && d.location.column > 0)
        where += QLatin1Char(':') + QString::number(d.location.column);
    QString severity;
    switch (d.severity) {
    case Severity::Error: severity = tr("erreur", "error"); break;
    case Severity::Warning: severity = tr("avertissement", "warning"); break;
    case Severity::Info: severity = tr("info", "info"); break;
    }
    QString line = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    line += severity + QStringLiteral(" [") + d.code + QStringLiteral("] ") + d.message(m_lang);
    if (!d.element.isEmpty())
        line += QStringLiteral("\n    ") + tr("élément : ", "element: ") + d.element;
    return line;
}

void Cli::printDiagnostics(const Diagnostics &diags, QTextStream &stream, bool quietInfo) const
{
    // A long run of the same finding (a type not installed, say) hides the
    // others: show a few of each code and count the rest.
    constexpr int shownPerCode = 5;
    QHash<QString, int> seen;
    QMap<QString, int> hidden;
    for (const Diagnostic &d : diags) {
        if (quietInfo && d.severity == Severity::Info)
            continue;
        if (++seen[d.code] > shownPerCode && d.severity != Severity::Error)
            ++hidden[d.code];
        else
            stream << formatDiagnostic(d) << "\n";
    }
    for (auto it = hidden.cbegin(); it != hidden.cend(); ++it)
        stream << tr("… et %1 autre(s) [%2] (relais validate --json les liste tous)",
                     "… and %1 more [%2] (relais validate --json lists them all)")
                      .arg(it.value())
                      .arg(it.key())
               << "\n";
    stream.flush();
}

QString Cli::summary(const Diagnostics &diags) const
{
    const int e = countSeverity(diags, Severity::Error);
    const int w = countSeverity(diags, Severity::Warning);
    const int i = countSeverity(diags, Severity::Info);
    return tr("%1 erreur(s), %2 avertissement(s), %3 information(s)", "%1 error(s), %2 warning(s), %3 info(s)")
        .arg(e)
        .arg(w)
        .arg(i);
}

int Cli::run(const QStringList &arguments)
{
    m_args = arguments;
    QString lang;
    if (takeOption(QStringLiteral("--lang"), lang)) {
        if (lang != QLatin1String("fr") && lang != QLatin1String("en"))
            return usage(tr("langue inconnue : %1 (fr ou en).", "unknown language: %1 (fr or en).").arg(lang));
        m_lang = lang;
    }
    // Before any command only: after one, --version is that command's option
    // (relais library remove <id> --version <v>).
    if (m_args.value(0) == QLatin1String("--version")) {
        m_out << "relais " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const bool wantsHelp = takeFlag(QStringLiteral("--help")) | takeFlag(QStringLiteral("-h"));
    if (m_args.isEmpty())
        return wantsHelp ? help({}) : (help({}), 2);
    m_command = m_args.takeFirst();
    if (m_command == QLatin1String("help"))
        return help(m_args.value(0));
    static const QStringList commands{QStringLiteral("new"),    QStringLiteral("validate"), QStringLiteral("pack"),
                                      QStringLiteral("unpack"), QStringLiteral("info"),     QStringLiteral("rehash"),
                                      QStringLiteral("plugins"), QStringLiteral("preview"),  QStringLiteral("export"),
                                      QStringLiteral("bump"),   QStringLiteral("diff"),     QStringLiteral("merge"),
                                      QStringLiteral("keygen"), QStringLiteral("sign"),     QStringLiteral("verify"),
                                      QStringLiteral("trust"),  QStringLiteral("library")};
    if (!commands.contains(m_command)) {
        const QString unknown = m_command;
        m_command.clear();
        return usage(tr("commande inconnue : %1", "unknown command: %1").arg(unknown));
    }
    if (wantsHelp)
        return help(m_command);
    if (m_command == QLatin1String("new"))
        return cmdNew();
    if (m_command == QLatin1String("validate"))
        return cmdValidate();
    if (m_command == QLatin1String("pack"))
        return cmdPack();
    if (m_command == QLatin1String("unpack"))
        return cmdUnpack();
    if (m_command == QLatin1String("info"))
        return cmdInfo();
    if (m_command == QLatin1String("plugins"))
        return cmdPlugins();
    if (m_command == QLatin1String("preview"))
        return cmdPreview();
    if (m_command == QLatin1String("export"))
        return cmdExport();
    if (m_command == QLatin1String("bump"))
        return cmdBump();
    if (m_command == QLatin1String("diff"))
        return cmdDiff();
    if (m_command == QLatin1String("merge"))
        return cmdMerge();
    if (m_command == QLatin1String("keygen"))
        return cmdKeygen();
    if (m_command == QLatin1String("sign"))
        return cmdSign();
    if (m_command == QLatin1String("verify"))
        return cmdVerify();
    if (m_command == QLatin1String("trust"))
        return cmdTrust();
    if (m_command == QLatin1String("library"))
        return cmdLibrary();
    return cmdRehash();
}

int Cli::cmdNew()
{
    QString id, title;
    takeOption(QStringLiteral("--id"), id);
    takeOption(QStringLiteral("--title"), title);
    QString folder;
    if (!onePositional(folder, "le dossier à créer", "the folder to create"))
        return 2;
    if (id.isEmpty()) {
        QString slug = QFileInfo(folder).fileName().toLower().normalized(QString::NormalizationForm_D);
        slug.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
        slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
        id = QStringLiteral("org.exemple.") + (slug.isEmpty() ? QStringLiteral("curriculum") : slug);
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$"));
    if (!idPattern.match(id).hasMatch())
        return usage(tr("identifiant invalide : %1 (exemple : org.emmaus-connect.premiers-pas).",
                        "invalid id: %1 (example: org.emmaus-connect.premiers-pas).")
                         .arg(id));
    if (title.isEmpty())
        title = tr("Nouveau curriculum", "New curriculum");
    Diagnostics diags;
    if (!createStarterCurriculum(folder, id, title, diags)) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    m_out << tr("Curriculum créé dans %1 (identifiant %2).\nÉtape suivante : relais validate %1",
                "Curriculum created in %1 (id %2).\nNext: relais validate %1")
                 .arg(QDir::toNativeSeparators(folder), id)
          << Qt::endl;
    return 0;
}

int Cli::cmdValidate()
{
    const bool json = takeFlag(QStringLiteral("--json"));
    QString path;
    if (!onePositional(path, "le dossier ou le paquet à vérifier", "the folder or pack to check"))
        return 2;
    const Validator::Report report = Validator().validate(path);
    const bool valid = report.usable && !hasErrors(report.diagnostics);
    const int status = !report.usable ? 2 : valid ? 0 : 1;
    if (json) {
        const QJsonArray list = diagnosticsJson(report.diagnostics);
        const QJsonObject root{{QStringLiteral("source"), QFileInfo(path).absoluteFilePath()},
                               {QStringLiteral("usable"), report.usable},
                               {QStringLiteral("valid"), valid},
                               {QStringLiteral("errors"), countSeverity(report.diagnostics, Severity::Error)},
                               {QStringLiteral("warnings"), countSeverity(report.diagnostics, Severity::Warning)},
                               {QStringLiteral("infos"), countSeverity(report.diagnostics, Severity::Info)},
                               {QStringLiteral("diagnostics"), list}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return status;
    }
    printDiagnostics(report.diagnostics, m_out, false);
    if (!report.usable)
        m_out << tr("Inutilisable : %1 ne peut pas être lu comme un curriculum.", "Unusable: %1 cannot be read as a curriculum.")
                     .arg(QDir::toNativeSeparators(path));
    else if (valid)
        m_out << tr("Valide", "Valid");
    else
        m_out << tr("Invalide", "Invalid");
    m_out << " — " << summary(report.diagnostics) << Qt::endl;
    return status;
}

int Cli::cmdPack()
{
    QString output;
    if (!takeOption(QStringLiteral("-o"), output) && !takeOption(QStringLiteral("--output"), output))
        return usage(tr("indiquez le paquet à écrire avec -o <fichier.relais>.", "give the pack to write with -o <file.relais>."));
    QString folder;
    if (!onePositional(folder, "le dossier du curriculum", "the curriculum folder"))
        return 2;
    if (!QFileInfo(folder).isDir())
        return usage(tr("%1 n'est pas un dossier.", "%1 is not a folder.").arg(folder));
    const Validator::Report report = Validator().validate(folder);
    if (!report.usable || hasErrors(report.diagnostics)) {
        printDiagnostics(report.diagnostics, m_err, true);
        m_err << tr("Paquet non écrit : corrigez d'abord les erreurs (%1).", "Pack not written: fix the errors first (%1).")
                     .arg(summary(report.diagnostics))
              << Qt::endl;
        return report.usable ? 1 : 2;
    }
    Diagnostics diags;
    if (!Pack::write(*report.files, output, diags)) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    m_out << tr("Paquet écrit : %1 (%2 fichiers, %3).", "Pack written: %1 (%2 files, %3).")
                 .arg(QDir::toNativeSeparators(output))
                 .arg(report.files->files.size() + 2)
                 .arg(megabytes(QFileInfo(output).size(), m_lang))
          << Qt::endl;
    return 0;
}

int Cli::cmdUnpack()
{
    QString output;
    if (!takeOption(QStringLiteral("-o"), output) && !takeOption(QStringLiteral("--output"), output))
        return usage(tr("indiquez le dossier de destination avec -o <dossier>.", "give the target folder with -o <folder>."));
    QString pack;
    if (!onePositional(pack, "le paquet à décompresser", "the pack to unpack"))
        return 2;
    Diagnostics diags;
    const std::optional<FileSet> files = Pack::unpack(pack, output, diags);
    if (!files) {
        printDiagnostics(diags, m_err, false);
        m_err << tr("Paquet refusé : rien n'a été écrit.", "Pack refused: nothing was written.") << Qt::endl;
        return 2;
    }
    m_out << tr("Paquet décompressé dans %1 (%2 fichiers).", "Pack unpacked into %1 (%2 files).")
                 .arg(QDir::toNativeSeparators(output))
                 .arg(files->files.size())
          << Qt::endl;
    return 0;
}

int Cli::cmdInfo()
{
    const bool json = takeFlag(QStringLiteral("--json"));
    QString path;
    if (!onePositional(path, "le dossier ou le paquet", "the folder or pack"))
        return 2;
    Diagnostics diags;
    const std::optional<FileSet> files = CurriculumLoader::open(path, diags);
    if (!files) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    CurriculumLoader::Result loaded = CurriculumLoader::load(*files, {false});
    if (!loaded.curriculum) {
        printDiagnostics(loaded.diagnostics, m_err, false);
        return 2;
    }
    const Curriculum &c = *loaded.curriculum;
    QMap<QString, int> types;
    int activities = 0;
    int moduleMinutes = 0;
    for (const Module &m : c.modules) {
        activities += m.activities.size();
        moduleMinutes += m.duration;
        for (const Activity &a : m.activities)
            ++types[a.type];
    }
    qint64 mediaBytes = 0, xmlBytes = 0;
    for (auto it = files->files.cbegin(); it != files->files.cend(); ++it)
        (it.key().startsWith(QLatin1String("media/")) ? mediaBytes : xmlBytes) += it->size;
    const qint64 packBytes = files->origin == FileSet::Origin::Pack ? QFileInfo(path).size() : -1;

    if (json) {
        QJsonObject typeCounts;
        for (auto it = types.cbegin(); it != types.cend(); ++it)
            typeCounts.insert(it.key(), it.value());
        QJsonArray pathways;
        for (const Pathway &p : c.pathways) {
            int minutes = 0;
            for (const Step &s : p.steps)
                for (const QString &ref : s.modules)
                    if (const Module *m = c.module(ref))
                        minutes += m->duration;
            pathways.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title},
                                        {QStringLiteral("steps"), int(p.steps.size())},
                                        {QStringLiteral("minutes"), minutes}});
        }
        QJsonObject root{{QStringLiteral("id"), c.id},
                         {QStringLiteral("title"), c.title},
                         {QStringLiteral("version"), c.version},
                         {QStringLiteral("lang"), c.lang},
                         {QStringLiteral("publisher"), c.publisher},
                         {QStringLiteral("licence"), c.licence},
                         {QStringLiteral("pathways"), pathways},
                         {QStringLiteral("modules"), int(c.modules.size())},
                         {QStringLiteral("activities"), activities},
                         {QStringLiteral("activityTypes"), typeCounts},
                         {QStringLiteral("media"), int(c.media.size())},
                         {QStringLiteral("moduleMinutes"), moduleMinutes},
                         {QStringLiteral("xmlBytes"), xmlBytes},
                         {QStringLiteral("mediaBytes"), mediaBytes}};
        if (packBytes >= 0)
            root.insert(QStringLiteral("packBytes"), packBytes);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    const auto row = [this](const QString &label, const QString &value) {
        m_out << label.leftJustified(18, QLatin1Char(' ')) << value << "\n";
    };
    row(tr("Titre", "Title"), c.title);
    row(tr("Identifiant", "Id"), c.id);
    row(tr("Version", "Version"), c.version);
    row(tr("Langue", "Language"), c.lang);
    row(tr("Éditeur", "Publisher"), c.publisher);
    row(tr("Licence", "Licence"), c.licence);
    if (!c.changelog.isEmpty())
        row(tr("Dernière version", "Latest release"), c.changelog.first().version + QStringLiteral(" (") + c.changelog.first().date + QLatin1Char(')'));
    row(tr("Parcours", "Pathways"), QString::number(c.pathways.size()));
    for (const Pathway &p : c.pathways) {
        int minutes = 0;
        for (const Step &s : p.steps)
            for (const QString &ref : s.modules)
                if (const Module *m = c.module(ref))
                    minutes += m->duration;
        m_out << "  - " << p.title << " — " << tr("%1 séances, %2", "%1 sessions, %2").arg(p.steps.size()).arg(hours(minutes)) << "\n";
    }
    row(tr("Ateliers", "Modules"), tr("%1 (%2 au total)", "%1 (%2 in all)").arg(c.modules.size()).arg(hours(moduleMinutes)));
    QStringList typeList;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        typeList << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    row(tr("Activités", "Activities"), QString::number(activities) + (typeList.isEmpty() ? QString() : QStringLiteral(" (") + typeList.join(QStringLiteral(", ")) + QLatin1Char(')')));
    row(tr("Médias", "Media"), QStringLiteral("%1 (%2)").arg(c.media.size()).arg(megabytes(mediaBytes, m_lang)));
    row(tr("XML", "XML"), megabytes(xmlBytes, m_lang));
    if (packBytes >= 0)
        row(tr("Paquet", "Pack"), megabytes(packBytes, m_lang));
    m_out.flush();
    return 0;
}

int Cli::cmdRehash()
{
    QString folder;
    if (!onePositional(folder, "le dossier du curriculum", "the curriculum folder"))
        return 2;
    if (!QFileInfo(folder).isDir())
        return usage(tr("%1 n'est pas un dossier.", "%1 is not a folder.").arg(folder));
    Diagnostics diags;
    const std::optional<FileSet> files = CurriculumLoader::open(folder, diags);
    if (!files) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    CurriculumLoader::Result loaded = CurriculumLoader::load(*files, {false});
    if (!loaded.curriculum) {
        printDiagnostics(loaded.diagnostics, m_err, false);
        return 2;
    }
    Curriculum c = *loaded.curriculum;
    int changed = 0;
    for (MediaAsset &m : c.media) {
        const FileEntry *f = files->file(m.href);
        if (!f || (f->size == m.size && f->sha256 == m.sha256))
            continue;
        m.size = f->size;
        m.sha256 = f->sha256;
        ++changed;
    }
    if (!CurriculumWriter::save(c, folder, diags)) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    m_out << tr("%1 média(s) mis à jour.", "%1 media updated.").arg(changed) << Qt::endl;
    return 0;
}

int Cli::cmdPlugins()
{
    const bool json = takeFlag(QStringLiteral("--json"));
    if (!m_args.isEmpty())
        return usage(tr("argument en trop : %1", "unexpected argument: %1").arg(m_args.first()));
    const PluginRegistry &registry = PluginRegistry::instance();
    if (json) {
        QJsonArray list;
        for (const PluginInfo &p : registry.plugins()) {
            QJsonObject o{{QStringLiteral("id"), p.id},
                          {QStringLiteral("kind"), p.kind == PluginInfo::Kind::Exercise ? QStringLiteral("exercise")
                                                   : p.kind == PluginInfo::Kind::Exporter ? QStringLiteral("exporter")
                                                                                          : QStringLiteral("unknown")},
                          {QStringLiteral("version"), p.version},
                          {QStringLiteral("apiVersion"), p.apiVersion},
                          {QStringLiteral("name"), p.name.text(m_lang)},
                          {QStringLiteral("path"), p.path},
                          {QStringLiteral("status"), p.status == PluginInfo::Status::Loaded ? QStringLiteral("loaded") : QStringLiteral("skipped")}};
            if (p.status == PluginInfo::Status::Skipped) {
                o.insert(QStringLiteral("code"), p.problem.code);
                o.insert(QStringLiteral("problem"), p.problem.message(m_lang));
            }
            list.append(o);
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("plugins"), list}}).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    const auto section = [this, &registry](PluginInfo::Kind kind, const QString &title) {
        m_out << title << "\n";
        int n = 0;
        for (const PluginInfo &p : registry.plugins()) {
            if (p.kind != kind || p.status != PluginInfo::Status::Loaded)
                continue;
            m_out << "  " << p.id.leftJustified(16, QLatin1Char(' ')) << p.version.leftJustified(9, QLatin1Char(' '))
                  << p.name.text(m_lang) << "\n";
            ++n;
        }
        if (!n)
            m_out << "  " << tr("(aucun)", "(none)") << "\n";
    };
    section(PluginInfo::Kind::Exercise, tr("Types d'exercices :", "Exercise types:"));
    section(PluginInfo::Kind::Exporter, tr("Exports :", "Exporters:"));
    const Diagnostics problems = registry.problems();
    if (!problems.isEmpty()) {
        m_out << tr("Plugins ignorés :", "Skipped plugins:") << "\n";
        for (const Diagnostic &d : problems)
            m_out << "  [" << d.code << "] " << d.message(m_lang) << "\n";
    }
    m_out.flush();
    return 0;
}

int Cli::cmdPreview()
{
    QString moduleId, output;
    if (!takeOption(QStringLiteral("--module"), moduleId))
        return usage(tr("indiquez l'atelier avec --module <id>.", "give the module with --module <id>."));
    if (!takeOption(QStringLiteral("-o"), output) && !takeOption(QStringLiteral("--output"), output))
        return usage(tr("indiquez le dossier à écrire avec -o <dossier>.", "give the folder to write with -o <folder>."));
    QString path;
    if (!onePositional(path, "le dossier ou le paquet", "the folder or pack"))
        return 2;
    Diagnostics diags;
    std::optional<FileSet> files = CurriculumLoader::open(path, diags);
    // A pack is unpacked into a temporary folder first: its media are copied from there.
    QTemporaryDir unpacked;
    if (files && files->origin == FileSet::Origin::Pack)
        files = Pack::unpack(path, unpacked.filePath(QStringLiteral("c")), diags);
    if (!files) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    const Validator::Report report = Validator().validate(*files);
    if (!report.curriculum) {
        printDiagnostics(report.diagnostics, m_err, false);
        return 2;
    }
    const Module *module = report.curriculum->module(moduleId);
    if (!module) {
        QStringList ids;
        for (const Module &m : report.curriculum->modules)
            ids << m.id;
        return usage(tr("l'atelier « %1 » n'existe pas. Ateliers : %2", "module “%1” does not exist. Modules: %2")
                         .arg(moduleId, ids.join(QStringLiteral(", "))));
    }
    const int errors = countSeverity(report.diagnostics, Severity::Error);
    if (errors)
        m_err << tr("Attention : le curriculum a %1 erreur(s) ; l'aperçu peut être incomplet (relais validate les détaille).",
                    "Warning: the curriculum has %1 error(s); the preview may be incomplete (relais validate lists them).")
                     .arg(errors)
              << Qt::endl;
    const HtmlRenderer renderer(PluginRegistry::instance(), *report.curriculum, m_lang);
    if (!renderer.writeModulePreview(*module, *files, output, diags)) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    m_out << tr("Aperçu écrit : %1", "Preview written: %1").arg(QDir::toNativeSeparators(QDir(output).absoluteFilePath(QStringLiteral("index.html"))))
          << Qt::endl;
    return 0;
}

QString Cli::exportersHelp() const
{
    QString text = tr("Formats installés :\n", "Installed formats:\n");
    int n = 0;
    for (const PluginInfo &p : PluginRegistry::instance().plugins()) {
        if (p.kind != PluginInfo::Kind::Exporter || p.status != PluginInfo::Status::Loaded)
            continue;
        ++n;
        text += QStringLiteral("  %1 %2\n").arg(p.id.leftJustified(11, QLatin1Char(' ')), p.name.text(m_lang));
        const QString description = p.description.text(m_lang);
        if (!description.isEmpty())
            text += QStringLiteral("              %1\n").arg(description);
        for (const Field &f : p.fields) {
            QString values;
            if (f.kind == Field::Kind::Choice) {
                QStringList v;
                for (const Field::Option &o : f.options)
                    v << o.value;
                values = v.join(QLatin1Char('|'));
            } else if (f.kind == Field::Kind::Boolean) {
                values = tr("oui|non", "yes|no");
            } else if (f.kind == Field::Kind::Integer) {
                values = QStringLiteral("%1..%2").arg(f.min).arg(f.max);
            } else {
                values = tr("texte", "text");
            }
            text += QStringLiteral("      --option %1=%2  %3 (%4 %5)\n")
                        .arg(f.key, values, f.label.text(m_lang), tr("défaut :", "default:"), f.defaultValue.toString());
        }
    }
    if (!n)
        text += QStringLiteral("  ") + tr("(aucun)", "(none)") + QLatin1Char('\n');
    return text;
}

int Cli::cmdExport()
{
    ExportRunner::Job job;
    job.lang = m_lang;
    if (!takeOption(QStringLiteral("--format"), job.format))
        return usage(tr("indiquez le format avec --format <id> (relais help export les liste).",
                        "give the format with --format <id> (relais help export lists them)."));
    if (!takeOption(QStringLiteral("-o"), job.output) && !takeOption(QStringLiteral("--output"), job.output))
        return usage(tr("indiquez où écrire avec -o <chemin>.", "give where to write with -o <path>."));
    takeOption(QStringLiteral("--pathway"), job.pathway);
    takeOption(QStringLiteral("--module"), job.module);
    QMap<QString, QString> options;
    QString option;
    while (takeOption(QStringLiteral("--option"), option)) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(tr("--option attend <clé>=<valeur> : %1", "--option takes <key>=<value>: %1").arg(option));
        options.insert(option.left(eq), option.mid(eq + 1));
    }
    QString source;
    if (!onePositional(source, "le dossier ou le paquet", "the folder or pack"))
        return 2;
    const PluginRegistry &registry = PluginRegistry::instance();
    if (const PluginInfo *info = registry.exporter(job.format)) {
        QString error;
        if (!ExportRunner::parseOptions(*info, options, job.options, error, m_lang))
            return usage(error + QLatin1Char('.'));
    }

    ExportRunner::Result result;
    {
        TerminalMonitor monitor(m_err);
        result = ExportRunner::run(source, job, monitor, registry);
    }
    switch (result.status) {
    case ExportRunner::Result::Status::Done:
        break;
    case ExportRunner::Result::Status::Cancelled:
        m_err << tr("Export annulé : rien n'a été écrit.", "Export cancelled: nothing was written.") << Qt::endl;
        return 130;
    case ExportRunner::Result::Status::Refused:
    case ExportRunner::Result::Status::Failed:
        printDiagnostics(result.report.diagnostics, m_err, false);
        return result.report.diagnostics.value(0).code == QLatin1String("export.invalid") ? 1 : 2;
    }
    printDiagnostics(result.report.diagnostics, m_err, true);
    for (const QString &s : std::as_const(result.report.skipped))
        m_out << tr("Non exporté : ", "Not exported: ") << s << "\n";
    m_out << tr("Export écrit : %1", "Export written: %1").arg(QDir::toNativeSeparators(result.output)) << Qt::endl;
    return 0;
}

} // namespace Relais
