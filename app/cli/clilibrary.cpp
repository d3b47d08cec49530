#include "cli.h"
#include "terminalmonitor.h"

#include <library.h>
#include <pack.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

#include <unistd.h>

namespace Relais {

namespace {

QString pick(const QString &lang, const char *fr, const char *en)
{
    return QString::fromUtf8(lang == QLatin1String("en") ? en : fr);
}

QString signatureText(SignatureCheck::Status status, bool trusted, const QString &signer, const QString &fingerprint,
                      const QString &lang)
{
    switch (status) {
    case SignatureCheck::Status::Valid:
        return (trusted ? pick(lang, "signé par « %1 » (empreinte %2), clé de confiance",
                               "signed by “%1” (fingerprint %2), a trusted key")
                        : pick(lang, "signé par « %1 » (empreinte %2), clé qui n'est PAS parmi vos clés de confiance",
                               "signed by “%1” (fingerprint %2), a key that is NOT among your trusted keys"))
            .arg(signer, fingerprint);
    case SignatureCheck::Status::Unsigned:
        return pick(lang, "non signé", "not signed");
    case SignatureCheck::Status::Invalid:
        return pick(lang, "INVALIDE : le paquet a été modifié après sa signature", "INVALID: the pack was changed after it was signed");
    case SignatureCheck::Status::Unreadable:
        return pick(lang, "illisible", "unreadable");
    }
    return {};
}

QString statusName(SignatureCheck::Status status)
{
    return status == SignatureCheck::Status::Valid ? QStringLiteral("signed") : QStringLiteral("unsigned");
}

QJsonObject versionJson(const LibraryVersion &v)
{
    return {{QStringLiteral("version"), v.version},
            {QStringLiteral("active"), v.active},
            {QStringLiteral("title"), v.title},
            {QStringLiteral("publisher"), v.publisher},
            {QStringLiteral("lang"), v.lang},
            {QStringLiteral("signature"), statusName(v.signature)},
            {QStringLiteral("signer"), v.signerName},
            {QStringLiteral("fingerprint"), v.signerFingerprint},
            {QStringLiteral("trusted"), v.trusted},
            {QStringLiteral("installedAt"), v.installedAt.toString(Qt::ISODate)},
            {QStringLiteral("packSha256"), v.packSha256},
            {QStringLiteral("packSize"), v.packSize},
            {QStringLiteral("pathways"), v.pathways},
            {QStringLiteral("modules"), v.modules},
            {QStringLiteral("activities"), v.activities},
            {QStringLiteral("media"), v.media},
            {QStringLiteral("folder"), v.folder}};
}

QJsonObject entryJson(const LibraryEntry &e)
{
    QJsonArray versions;
    for (const LibraryVersion &v : e.versions)
        versions.append(versionJson(v));
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("activeVersion"), e.activeVersion}, {QStringLiteral("versions"), versions}};
}

QString kindLabel(SearchHit::Kind kind, const QString &lang)
{
    switch (kind) {
    case SearchHit::Kind::Curriculum:
        return pick(lang, "Curriculum", "Curriculum");
    case SearchHit::Kind::Pathway:
        return pick(lang, "Parcours", "Pathway");
    case SearchHit::Kind::Module:
        return pick(lang, "Atelier", "Module");
    case SearchHit::Kind::Activity:
        return pick(lang, "Activité", "Activity");
    }
    return {};
}

} // namespace

int Cli::cmdLibrary()
{
    QString folder;
    takeOption(QStringLiteral("--library"), folder);
    if (m_args.isEmpty())
        return usage(tr("indiquez une action : import, list, show, remove, rollback ou search.",
                        "give an action: import, list, show, remove, rollback or search."));
    const QString action = m_args.takeFirst();
    static const QStringList actions{QStringLiteral("import"), QStringLiteral("list"),     QStringLiteral("show"),
                                     QStringLiteral("remove"), QStringLiteral("rollback"), QStringLiteral("search")};
    if (!actions.contains(action))
        return usage(tr("action inconnue : %1 (import, list, show, remove, rollback ou search).",
                        "unknown action: %1 (import, list, show, remove, rollback or search).")
                         .arg(action));

    // Every argument is read before the library is opened (and created);
    // an option of another action is reported as unknown.
    bool json = false, yes = false, allowUnsigned = false, activate = false, allVersions = false;
    QString positional, version, to;
    if (action == QLatin1String("import")) {
        yes = takeFlag(QStringLiteral("--yes"));
        allowUnsigned = takeFlag(QStringLiteral("--allow-unsigned"));
        activate = takeFlag(QStringLiteral("--activate"));
        if (!onePositional(positional, "le paquet à importer", "the pack to import"))
            return 2;
    } else if (action == QLatin1String("list")) {
        json = takeFlag(QStringLiteral("--json"));
        if (!m_args.isEmpty())
            return usage(tr("argument en trop : %1", "unexpected argument: %1").arg(m_args.first()));
    } else if (action == QLatin1String("search")) {
        json = takeFlag(QStringLiteral("--json"));
        allVersions = takeFlag(QStringLiteral("--all-versions"));
        for (const QString &a : std::as_const(m_args))
            if (a.startsWith(QLatin1Char('-')))
                return usage(tr("option inconnue : %1", "unknown option: %1").arg(a));
        positional = m_args.join(QLatin1Char(' '));
        if (positional.trimmed().isEmpty())
            return usage(tr("indiquez les mots à chercher.", "give the words to search for."));
    } else {
        json = action == QLatin1String("show") && takeFlag(QStringLiteral("--json"));
        yes = action == QLatin1String("remove") && takeFlag(QStringLiteral("--yes"));
        if (action == QLatin1String("remove"))
            takeOption(QStringLiteral("--version"), version);
        if (action == QLatin1String("rollback"))
            takeOption(QStringLiteral("--to"), to);
        if (!onePositional(positional, "l'identifiant du curriculum", "the curriculum id"))
            return 2;
    }
    const bool terminal = isatty(STDIN_FILENO);
    if ((action == QLatin1String("import") || action == QLatin1String("remove")) && !yes && !terminal)
        return usage(tr("pas de terminal pour demander votre accord : ajoutez --yes pour confirmer d'avance.",
                        "no terminal to ask for your consent: add --yes to confirm in advance."));

    Library library(folder.isEmpty() ? Library::defaultFolder() : folder);
    if (!library.isOpen()) {
        printDiagnostics(library.openProblems(), m_err, false);
        return 2;
    }
    const auto confirm = [this](const QString &question) {
        m_out << question << (m_lang == QLatin1String("en") ? " [y/N] " : " [o/N] ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        static const QStringList accepted{QStringLiteral("o"), QStringLiteral("oui"), QStringLiteral("y"), QStringLiteral("yes")};
        return accepted.contains(answer);
    };
    // Exit status of what the library said: 1 for a refusal, 2 when it
    // could not work (its catalogue, the disk).
    const auto failed = [this](const Diagnostics &diags) {
        printDiagnostics(diags, m_err, false);
        for (const Diagnostic &d : diags)
            if (d.code.startsWith(QLatin1String("library.database")) || d.code == QLatin1String("library.catalogue-damaged")
                || d.code == QLatin1String("library.disk-full") || d.code == QLatin1String("library.busy")
                || d.code == QLatin1String("pack.write-failed"))
                return 2;
        return 1;
    };

    // The curriculum named on the command line; a sentence when it is not installed.
    const auto installedEntry = [&library, &positional](Diagnostics &diags) {
        std::optional<LibraryEntry> e = library.entry(positional, diags);
        if (!e && diags.isEmpty())
            diags << Diagnostic::make(QStringLiteral("library.not-installed"), {}, {}, {positional});
        return e;
    };

    if (action == QLatin1String("import")) {
        if (!Pack::looksLikePack(positional)) {
            printDiagnostics({Diagnostic::make(QStringLiteral("io.not-curriculum"), {}, {}, {positional})}, m_err, false);
            return 2;
        }
        ImportPlan plan;
        {
            TerminalMonitor monitor(m_err);
            plan = library.prepare(positional, &monitor);
            if (monitor.isCancelled()) {
                monitor.finish();
                m_err << Diagnostic::make(QStringLiteral("library.cancelled"), {}).message(m_lang) << Qt::endl;
                return 130;
            }
        }
        m_out << tr("Paquet       ", "Pack         ") << QDir::toNativeSeparators(plan.packPath) << " ("
              << QLocale(m_lang).formattedDataSize(plan.packSize) << ")\n"
              << tr("Signature    ", "Signature    ")
              << signatureText(plan.signature.status, plan.trusted, plan.signerName, plan.signature.fingerprint, m_lang) << "\n";
        if (plan.curriculum) {
            const Curriculum &c = *plan.curriculum;
            m_out << tr("Curriculum   « %1 » (%2), version %3, publié par %4\n",
                        "Curriculum   “%1” (%2), version %3, published by %4\n")
                         .arg(c.title, c.id, c.version, c.publisher)
                  << tr("Validation   ", "Validation   ") << summary(plan.validation) << "\n";
            switch (plan.relation) {
            case ImportPlan::Relation::New:
                m_out << tr("Bibliothèque aucune version de ce curriculum n'est installée.\n",
                            "Library      no version of this curriculum is installed.\n");
                break;
            case ImportPlan::Relation::Newer:
                m_out << tr("Bibliothèque version active : %1 ; la version %2 la remplacera (la %1 reste installée).\n",
                            "Library      active version: %1; version %2 will take its place (%1 stays installed).\n")
                             .arg(plan.activeVersion, c.version);
                break;
            case ImportPlan::Relation::Older:
            case ImportPlan::Relation::Installed:
                m_out << tr("Bibliothèque version active : %1\n", "Library      active version: %1\n").arg(plan.activeVersion);
                break;
            }
        }
        printDiagnostics(plan.validation, m_out, true);
        printDiagnostics(plan.warnings, m_out, false);
        if (plan.diff) {
            m_out << "\n"
                  << tr("Changements depuis la version %1 :\n", "Changes since version %1:\n").arg(plan.activeVersion)
                  << plan.diff->text(m_lang) << "\n";
        }
        m_out.flush();
        if (!plan.isInstallable()) {
            const int status = failed(plan.refusals);
            m_err << tr("Paquet refusé : la bibliothèque n'a pas changé.", "Pack refused: the library did not change.") << Qt::endl;
            return status;
        }
        if (plan.needsConsent() && !allowUnsigned) {
            m_err << Diagnostic::make(plan.signature.status == SignatureCheck::Status::Valid ? QStringLiteral("library.untrusted-refused")
                                                                                             : QStringLiteral("library.unsigned-refused"),
                                      {})
                         .message(m_lang)
                  << "\n"
                  << tr("Si vous faites confiance à sa source, relancez avec --allow-unsigned.",
                        "If you trust where it comes from, run again with --allow-unsigned.")
                  << Qt::endl;
            return 1;
        }
        const Curriculum &c = *plan.curriculum;
        if (!yes && !confirm(tr("Installer la version %1 de « %2 » ?", "Install version %1 of “%2”?").arg(c.version, c.title))) {
            m_out << tr("Rien n'a été installé.", "Nothing was installed.") << Qt::endl;
            return 1;
        }
        Diagnostics diags;
        Library::Outcome outcome;
        {
            TerminalMonitor monitor(m_err);
            outcome = library.install(plan, {allowUnsigned, activate}, monitor, diags);
        }
        switch (outcome) {
        case Library::Outcome::Done:
            break;
        case Library::Outcome::Cancelled:
            m_err << Diagnostic::make(QStringLiteral("library.cancelled"), {}).message(m_lang) << Qt::endl;
            return 130;
        case Library::Outcome::Refused:
        case Library::Outcome::Failed: {
            const int status = failed(diags);
            m_err << tr("Import interrompu : la bibliothèque n'a pas changé.", "Import stopped: the library did not change.")
                  << Qt::endl;
            return outcome == Library::Outcome::Failed ? 2 : status;
        }
        }
        const std::optional<LibraryEntry> e = library.entry(c.id, diags);
        const LibraryVersion *installed = e ? e->version(c.version) : nullptr;
        if (!installed)
            return failed(diags);
        if (installed->active)
            m_out << tr("Installé : « %1 » %2, version active.", "Installed: “%1” %2, the active version.").arg(c.title, c.version);
        else
            m_out << tr("Installé : « %1 » %2 ; la version active reste la %3 (« relais library rollback %4 --to %2 » la change).",
                        "Installed: “%1” %2; the active version stays %3 (“relais library rollback %4 --to %2” changes it).")
                         .arg(c.title, c.version, e->activeVersion, c.id);
        m_out << "\n" << tr("Dossier : %1", "Folder: %1").arg(QDir::toNativeSeparators(installed->folder)) << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("list")) {
        Diagnostics diags;
        const QList<LibraryEntry> entries = library.list(diags);
        if (!diags.isEmpty()) {
            printDiagnostics(diags, m_err, false);
            return 2;
        }
        if (json) {
            QJsonArray list;
            for (const LibraryEntry &e : entries)
                list.append(entryJson(e));
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("library"), library.folder()}, {QStringLiteral("curricula"), list}})
                         .toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        m_out << tr("Bibliothèque : %1\n", "Library: %1\n").arg(QDir::toNativeSeparators(library.folder()));
        if (entries.isEmpty())
            m_out << tr("Aucun curriculum installé. Ajoutez-en un avec « relais library import <paquet> ».\n",
                        "No curriculum installed. Add one with “relais library import <pack>”.\n");
        for (const LibraryEntry &e : entries) {
            const LibraryVersion *active = e.active();
            QStringList others;
            for (const LibraryVersion &v : e.versions)
                if (!v.active)
                    others << v.version;
            m_out << "\n" << e.id << "\n";
            if (active) {
                m_out << tr("  « %1 » — %2\n", "  “%1” — %2\n").arg(active->title, active->publisher)
                      << tr("  version active %1", "  active version %1").arg(active->version)
                      << (others.isEmpty() ? QString() : tr(" ; autres versions : %1", "; other versions: %1").arg(others.join(QStringLiteral(", "))))
                      << "\n  "
                      << signatureText(active->signature, active->trusted, active->signerName, active->signerFingerprint, m_lang) << "\n";
            }
        }
        m_out.flush();
        return 0;
    }

    if (action == QLatin1String("show")) {
        Diagnostics diags;
        const std::optional<LibraryEntry> e = installedEntry(diags);
        if (!e)
            return failed(diags);
        if (json) {
            m_out << QJsonDocument(entryJson(*e)).toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        const LibraryVersion *active = e->active();
        m_out << (active ? tr("« %1 » (%2)\n", "“%1” (%2)\n").arg(active->title, e->id) : e->id + QLatin1Char('\n'))
              << tr("Version active : %1\n", "Active version: %1\n").arg(e->activeVersion);
        for (const LibraryVersion &v : e->versions) {
            m_out << "\n"
                  << v.version << (v.active ? tr(" (active)", " (active)") : QString()) << "\n"
                  << tr("  titre        ", "  title        ") << v.title << "\n"
                  << tr("  éditeur      ", "  publisher    ") << v.publisher << "\n"
                  << tr("  signature    ", "  signature    ")
                  << signatureText(v.signature, v.trusted, v.signerName, v.signerFingerprint, m_lang) << "\n"
                  << tr("  contenu      %1 parcours, %2 ateliers, %3 activités, %4 médias\n",
                        "  content      %1 pathways, %2 modules, %3 activities, %4 media\n")
                         .arg(v.pathways)
                         .arg(v.modules)
                         .arg(v.activities)
                         .arg(v.media)
                  << tr("  installée le ", "  installed    ") << QLocale(m_lang).toString(v.installedAt.toLocalTime(), QLocale::ShortFormat) << "\n"
                  << tr("  paquet       ", "  pack         ") << "sha256 " << v.packSha256 << "\n"
                  << tr("  dossier      ", "  folder       ") << QDir::toNativeSeparators(v.folder) << "\n";
        }
        m_out.flush();
        return 0;
    }

    if (action == QLatin1String("remove")) {
        Diagnostics diags;
        const std::optional<LibraryEntry> e = installedEntry(diags);
        if (!e)
            return failed(diags);
        const QString title = e->active() ? e->active()->title : e->id;
        const QString question = version.isEmpty()
            ? tr("Supprimer toutes les versions de « %1 » (%2) ?", "Remove every version of “%1” (%2)?").arg(title).arg(e->versions.size())
            : tr("Supprimer la version %1 de « %2 » ?", "Remove version %1 of “%2”?").arg(version, title);
        // An unknown version is reported by remove() without asking first.
        if ((version.isEmpty() || e->version(version)) && !yes && !confirm(question)) {
            m_out << tr("Rien n'a été supprimé.", "Nothing was removed.") << Qt::endl;
            return 1;
        }
        if (!library.remove(positional, version, diags))
            return failed(diags);
        const std::optional<LibraryEntry> after = library.entry(positional, diags);
        m_out << (version.isEmpty() ? tr("Supprimé : « %1 ».", "Removed: “%1”.").arg(title)
                                    : tr("Supprimé : « %1 » %2.", "Removed: “%1” %2.").arg(title, version));
        if (after)
            m_out << " " << tr("Version active : %1.", "Active version: %1.").arg(after->activeVersion);
        m_out << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("rollback")) {
        Diagnostics diags;
        const std::optional<LibraryEntry> before = library.entry(positional, diags);
        if (!library.rollback(positional, to, diags))
            return failed(diags);
        const std::optional<LibraryEntry> after = library.entry(positional, diags);
        m_out << tr("Version active de « %1 » : %2 (au lieu de %3). Aucune version n'a été supprimée.",
                    "Active version of “%1”: %2 (instead of %3). No version was removed.")
                     .arg(after && after->active() ? after->active()->title : positional, after ? after->activeVersion : to,
                          before ? before->activeVersion : QString())
              << Qt::endl;
        return 0;
    }

    // search
    Diagnostics diags;
    Library::SearchOptions options;
    options.allVersions = allVersions;
    const QList<SearchHit> hits = library.search(positional, options, diags);
    if (!diags.isEmpty()) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    if (json) {
        QJsonArray list;
        for (const SearchHit &h : hits) {
            QJsonArray highlights;
            for (const auto &[start, length] : h.highlights)
                highlights.append(QJsonArray{start, length});
            list.append(QJsonObject{{QStringLiteral("curriculum"), h.curriculumId},
                                    {QStringLiteral("version"), h.version},
                                    {QStringLiteral("kind"), SearchHit::kindName(h.kind)},
                                    {QStringLiteral("id"), h.id},
                                    {QStringLiteral("module"), h.module},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("highlights"), highlights},
                                    {QStringLiteral("rank"), h.rank}});
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("query"), positional}, {QStringLiteral("hits"), list}})
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
        return hits.isEmpty() ? 1 : 0;
    }
    if (hits.isEmpty()) {
        m_out << tr("Aucun résultat pour « %1 ».", "No result for “%1”.").arg(positional) << Qt::endl;
        return 1;
    }
    const bool colour = isatty(STDOUT_FILENO);
    int n = 0;
    for (const SearchHit &h : hits) {
        QString where = h.curriculumId + QLatin1Char(' ') + h.version;
        if (h.kind == SearchHit::Kind::Activity)
            where += tr(", atelier %1", ", module %1").arg(h.module);
        m_out << ++n << ". " << kindLabel(h.kind, m_lang) << tr(" « %1 »", " “%1”").arg(h.title.isEmpty() ? h.id : h.title)
              << " — " << where << "\n   "
              << h.markedSnippet(colour ? QStringLiteral("\x1b[1m") : QStringLiteral("["), colour ? QStringLiteral("\x1b[0m") : QStringLiteral("]"))
                     .simplified()
              << "\n";
    }
    m_out.flush();
    return 0;
}

QString Cli::libraryHelp(const QString &command) const
{
    if (command != QLatin1String("library"))
        return {};
    return tr("Usage : relais library [--library <dossier>] <action>\n\n"
              "La bibliothèque : les paquets de parcours installés sur cet ordinateur, toutes versions gardées.\n"
              "Elle se trouve dans ~/.local/share/relais/library ; --library ou la variable RELAIS_LIBRARY la déplacent.\n\n"
              "  import <paquet> [--yes] [--allow-unsigned] [--activate]\n"
              "        vérifie l'intégrité, la signature et le contenu du paquet, montre ce qui a changé depuis la\n"
              "        version installée, demande votre accord puis installe (tout ou rien ; Ctrl+C annule).\n"
              "        --yes             ne pas demander (obligatoire sans terminal)\n"
              "        --allow-unsigned  accepter un paquet non signé ou signé par une clé qui n'est pas de confiance\n"
              "        --activate        rendre active une version plus ancienne que la version active\n"
              "  list [--json]                        les curriculums installés et leur version active\n"
              "  show <id> [--json]                   les versions installées d'un curriculum, leur signature, leur dossier\n"
              "  remove <id> [--version <v>] [--yes]  supprime une version (ou toutes)\n"
              "  rollback <id> [--to <v>]             revient à la version précédente (ou à <v>) ; rien n'est supprimé\n"
              "  search <mots…> [--all-versions] [--json]\n"
              "        cherche dans les titres, résumés, objectifs et activités (accents et majuscules indifférents),\n"
              "        dans les versions actives seulement sauf avec --all-versions\n\n"
              "Code de sortie : 0 fait, 1 refusé (paquet modifié, non signé, invalide, déjà installé, réponse non,\n"
              "aucun résultat), 2 entrée inutilisable ou bibliothèque inaccessible, 130 annulé (Ctrl+C).\n",
              "Usage: relais library [--library <folder>] <action>\n\n"
              "The library: the pathway packs installed on this computer, every version kept.\n"
              "It lives in ~/.local/share/relais/library; --library or the RELAIS_LIBRARY variable move it.\n\n"
              "  import <pack> [--yes] [--allow-unsigned] [--activate]\n"
              "        checks the pack's integrity, signature and content, shows what changed since the installed\n"
              "        version, asks for your consent, then installs (all or nothing; Ctrl+C cancels).\n"
              "        --yes             do not ask (required without a terminal)\n"
              "        --allow-unsigned  accept a pack that is not signed, or signed by a key that is not trusted\n"
              "        --activate        make active a version older than the active one\n"
              "  list [--json]                        the installed curricula and their active version\n"
              "  show <id> [--json]                   a curriculum's installed versions, their signature, their folder\n"
              "  remove <id> [--version <v>] [--yes]  removes one version (or all)\n"
              "  rollback <id> [--to <v>]             goes back to the previous version (or to <v>); nothing is removed\n"
              "  search <words…> [--all-versions] [--json]\n"
              "        searches titles, summaries, objectives and activities (accents and case do not matter),\n"
              "        in the active versions only unless --all-versions is given\n\n"
              "Exit status: 0 done, 1 refused (pack changed, unsigned, invalid, already installed, answer no,\n"
              "no result), 2 unusable input or library out of reach, 130 cancelled (Ctrl+C).\n");
}

} // namespace Relais
