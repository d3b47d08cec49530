#include "cli.h"

#include <curriculumdiff.h>
#include <curriculumloader.h>
#include <curriculummerge.h>
#include <curriculumwriter.h>
#include <field.h>
#include <pack.h>

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace Relais {

namespace {

// Exactly `count` positional arguments, none of them an unknown option; the
// problem to report otherwise.
QString takePositionals(QStringList &args, qsizetype count, QStringList &out, const QString &lang, const char *whatFr,
                        const char *whatEn)
{
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-"))
            return LocalizedText::pick(lang, "option inconnue : %1", "unknown option: %1").arg(a);
    if (args.size() != count)
        return LocalizedText::pick(lang, "il faut %1.", "expected %1.").arg(LocalizedText::pick(lang, whatFr, whatEn));
    out = args;
    args.clear();
    return {};
}

// A folder or a pack, read as a model. When its media files are needed, a
// pack is unpacked into `unpacked` first; `folder` then says where they are.
std::optional<Curriculum> loadSide(const QString &path, Diagnostics &diags, QTemporaryDir *unpacked = nullptr,
                                   QString *folder = nullptr)
{
    std::optional<FileSet> files = CurriculumLoader::open(path, diags);
    if (files && unpacked && files->origin == FileSet::Origin::Pack)
        files = Pack::unpack(path, unpacked->filePath(QStringLiteral("c")), diags);
    if (!files)
        return std::nullopt;
    CurriculumLoader::Result loaded = CurriculumLoader::load(*files, {false});
    if (!loaded.curriculum)
        diags += loaded.diagnostics;
    if (folder)
        *folder = files->source;
    return loaded.curriculum;
}

} // namespace

int Cli::cmdDiff()
{
    const bool json = takeFlag(QStringLiteral("--json"));
    QStringList paths;
    if (const QString problem = takePositionals(m_args, 2, paths, m_lang, "deux dossiers ou paquets : l'ancienne version puis la nouvelle",
                                                "two folders or packs: the older version, then the newer one");
        !problem.isEmpty())
        return usage(problem);
    std::optional<Curriculum> sides[2];
    for (int i = 0; i < 2; ++i) {
        Diagnostics diags;
        sides[i] = loadSide(paths[i], diags);
        if (!sides[i]) {
            printDiagnostics(diags, m_err, false);
            return 2;
        }
    }
    const CurriculumDiff diff = CurriculumDiff::compare(*sides[0], *sides[1]);
    if (json) {
        QJsonObject root = diff.toJson(m_lang);
        root.insert(QStringLiteral("before"), QFileInfo(paths[0]).absoluteFilePath());
        root.insert(QStringLiteral("after"), QFileInfo(paths[1]).absoluteFilePath());
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << diff.text(m_lang);
    }
    m_out.flush();
    return diff.isEmpty() ? 0 : 1;
}

int Cli::cmdBump()
{
    QStringList notes;
    for (QString note; takeOption(QStringLiteral("--note"), note);)
        notes << note.trimmed();
    QString kind, relay, since, date = QDate::currentDate().toString(Qt::ISODate);
    const bool hasKind = takeOption(QStringLiteral("--kind"), kind);
    takeOption(QStringLiteral("--relay"), relay);
    const bool hasSince = takeOption(QStringLiteral("--since"), since);
    takeOption(QStringLiteral("--date"), date);
    const bool force = takeFlag(QStringLiteral("--force"));
    QStringList positionals;
    if (const QString problem = takePositionals(m_args, 2, positionals, m_lang,
                                                "le dossier du curriculum puis major, minor, patch, local ou auto",
                                                "the curriculum folder, then major, minor, patch, local or auto");
        !problem.isEmpty())
        return usage(problem);
    const QString folder = positionals[0], level = positionals[1];
    static const QStringList levels{QStringLiteral("major"), QStringLiteral("minor"), QStringLiteral("patch"),
                                    QStringLiteral("local"), QStringLiteral("auto")};
    if (!levels.contains(level))
        return usage(tr("montée de version inconnue : %1 (major, minor, patch, local ou auto).",
                        "unknown bump: %1 (major, minor, patch, local or auto).")
                         .arg(level));
    if (notes.isEmpty() || notes.contains(QString()))
        return usage(tr("dites ce qui a changé avec --note \"…\" (une option par changement).",
                        "say what changed with --note \"…\" (one option per change)."));
    if (std::any_of(notes.cbegin(), notes.cend(), [](const QString &n) { return n.size() > 5000; }))
        return usage(tr("une note dépasse 5 000 caractères : résumez-la.", "a note is longer than 5,000 characters: shorten it."));
    static const QStringList kinds{QStringLiteral("added"), QStringLiteral("changed"), QStringLiteral("fixed"),
                                   QStringLiteral("removed")};
    if (hasKind && !kinds.contains(kind))
        return usage(tr("--kind attend added, changed, fixed ou removed, pas « %1 ».",
                        "--kind takes added, changed, fixed or removed, not “%1”.")
                         .arg(kind));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!isoDate.match(date).hasMatch() || !QDate::fromString(date, Qt::ISODate).isValid())
        return usage(tr("--date attend une date AAAA-MM-JJ, pas « %1 ».", "--date takes a YYYY-MM-DD date, not “%1”.").arg(date));
    if (level == QLatin1String("local") && !Version::isValidRelay(relay))
        return usage(relay.isEmpty() ? tr("une version locale demande le nom du relais : --relay <nom> (par exemple --relay leers).",
                                          "a local version needs the relay's name: --relay <name> (for example --relay leers).")
                                     : tr("nom de relais invalide : « %1 » (lettres minuscules sans accents, chiffres et tirets).",
                                          "invalid relay name: “%1” (lowercase ASCII letters, digits and hyphens).")
                                           .arg(relay));
    if (level == QLatin1String("auto") && !hasSince)
        return usage(tr("« auto » compare avec la version précédente : donnez-la avec --since <dossier|paquet>.",
                        "“auto” compares with the previous version: give it with --since <folder|pack>."));
    if (!QFileInfo(folder).isDir())
        return usage(tr("%1 n'est pas un dossier.", "%1 is not a folder.").arg(folder));

    Diagnostics diags;
    std::optional<Curriculum> c = loadSide(folder, diags);
    if (!c) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    const Location where{QStringLiteral("curriculum.xml"), 0, 0};
    const std::optional<Version> current = Version::parse(c->version);
    if (!current) {
        printDiagnostics({Diagnostic::make(QStringLiteral("version.invalid"), where, {}, {c->version})}, m_err, false);
        return 2;
    }

    // With --since, the changes since the previous version say how far to go.
    Bump bump = level == QLatin1String("local") ? Bump::None : bumpFromName(level).value_or(Bump::None);
    if (hasSince) {
        std::optional<Curriculum> previous = loadSide(since, diags);
        const std::optional<Version> from = previous ? Version::parse(previous->version) : std::nullopt;
        if (previous && !from)
            diags << Diagnostic::make(QStringLiteral("version.invalid"), {since, 0, 0}, {}, {previous->version});
        if (!from) {
            printDiagnostics(diags, m_err, false);
            return 2;
        }
        const CurriculumDiff diff = CurriculumDiff::compare(*previous, *c);
        const Bump needed = diff.suggestedBump();
        if (level == QLatin1String("auto")) {
            if (needed == Bump::None) {
                printDiagnostics({Diagnostic::make(QStringLiteral("version.nothing-changed"), where, {}, {from->toString()})},
                                 m_err, false);
                return 1;
            }
            bump = needed;
        }
        const Bump given = current->bumped(bump).upstream().bumpFrom(from->upstream());
        if (level != QLatin1String("local") && given < needed) {
            printDiagnostics({Diagnostic::make(QStringLiteral("version.under-bump"), where, {},
                                               {from->toString(), bumpName(needed), from->upstream().bumped(needed).toString(),
                                                bumpName(given), current->bumped(bump).toString()})},
                             m_err, false);
            for (const DiffEntry &e : diff.entries)
                if (e.bump > given)
                    m_err << "  - " << e.sentence(m_lang) << "\n";
            m_err.flush();
            if (!force)
                return 1;
            m_err << tr("--force : la version est publiée malgré tout.", "--force: the version is released anyway.") << Qt::endl;
        }
    }

    const Version next = level == QLatin1String("local") ? current->nextLocal(relay) : current->bumped(bump);
    for (const Release &r : std::as_const(c->changelog)) {
        if (r.version == next.toString()) {
            printDiagnostics({Diagnostic::make(QStringLiteral("version.exists"), where, {}, {next.toString()})}, m_err, false);
            return 1;
        }
    }
    Release release{next.toString(), date, {}};
    for (const QString &note : std::as_const(notes))
        release.changes.append({kind, note});
    c->version = release.version;
    c->changelog.prepend(release);
    // Only curriculum.xml changes: modules, pathways and media keep their bytes.
    if (!writeFileAtomically(QDir(folder).filePath(QStringLiteral("curriculum.xml")), CurriculumWriter::curriculumXml(*c), diags, where)) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    m_out << tr("Version %1 → %2 : curriculum.xml mis à jour (%3 changement(s) au journal, %4).",
                "Version %1 → %2: curriculum.xml updated (%3 change(s) in the changelog, %4).")
                 .arg(current->toString(), next.toString())
                 .arg(notes.size())
                 .arg(date)
          << Qt::endl;
    return 0;
}

int Cli::cmdMerge()
{
    const bool json = takeFlag(QStringLiteral("--json"));
    QString output, prefer;
    if (!takeOption(QStringLiteral("-o"), output) && !takeOption(QStringLiteral("--output"), output))
        return usage(tr("indiquez le dossier à écrire avec -o <dossier>.", "give the folder to write with -o <folder>."));
    const bool hasPrefer = takeOption(QStringLiteral("--prefer"), prefer);
    if (hasPrefer && !choiceFromName(prefer))
        return usage(tr("--prefer attend local ou upstream, pas « %1 ».", "--prefer takes local or upstream, not “%1”.").arg(prefer));
    QList<std::pair<QString, MergeConflict::Choice>> takes;
    for (QString take; takeOption(QStringLiteral("--take"), take);) {
        const qsizetype eq = take.lastIndexOf(QLatin1Char('='));
        const std::optional<MergeConflict::Choice> choice = eq > 0 ? choiceFromName(take.mid(eq + 1)) : std::nullopt;
        if (!choice)
            return usage(tr("--take attend <conflit>=local ou <conflit>=upstream : %1", "--take takes <conflict>=local or <conflict>=upstream: %1")
                             .arg(take));
        takes.append({take.left(eq), *choice});
    }
    QStringList paths;
    if (const QString problem = takePositionals(m_args, 3, paths, m_lang, "trois dossiers ou paquets : la base, la version locale et celle de l'éditeur",
                                                "three folders or packs: the base, the local version and the upstream one");
        !problem.isEmpty())
        return usage(problem);

    // Packs are unpacked: the media files of the result are copied from the sides.
    std::optional<Curriculum> sides[3];
    QString folders[3];
    QTemporaryDir unpacked[3];
    for (int i = 0; i < 3; ++i) {
        Diagnostics diags;
        sides[i] = loadSide(paths[i], diags, &unpacked[i], &folders[i]);
        if (!sides[i]) {
            printDiagnostics(diags, m_err, false);
            return 2;
        }
    }
    CurriculumMerge merge(*sides[0], *sides[1], *sides[2]);
    for (const auto &[id, choice] : std::as_const(takes)) {
        if (!merge.setChoice(id, choice)) {
            QStringList ids;
            for (const MergeConflict &c : merge.conflicts())
                ids << c.id;
            return usage(tr("aucun conflit ne s'appelle « %1 ». Conflits : %2", "there is no conflict named “%1”. Conflicts: %2")
                             .arg(id, ids.isEmpty() ? tr("aucun", "none") : ids.join(QStringLiteral(", "))));
        }
    }
    if (hasPrefer)
        merge.resolveAll(*choiceFromName(prefer));

    const int unresolved = merge.unresolvedCount();
    Diagnostics diags;
    const bool written = unresolved == 0 && merge.write(output, folders[1], folders[2], diags);
    if (json) {
        QJsonArray conflicts;
        for (const MergeConflict &c : merge.conflicts())
            conflicts.append(c.toJson(m_lang));
        QJsonObject root{{QStringLiteral("written"), written},
                         {QStringLiteral("version"), merge.resultVersion()},
                         {QStringLiteral("unresolved"), unresolved},
                         {QStringLiteral("conflicts"), conflicts},
                         {QStringLiteral("diagnostics"), diagnosticsJson(diags)}};
        if (written)
            root.insert(QStringLiteral("output"), QFileInfo(output).absoluteFilePath());
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
    } else if (unresolved > 0) {
        m_out << tr("%1 conflit(s) à trancher ; rien n'a été écrit.\n", "%1 conflict(s) to resolve; nothing was written.\n").arg(unresolved);
        const QString absent = tr("(absent)", "(absent)"), removed = tr("(supprimé)", "(removed)");
        for (const MergeConflict &c : merge.conflicts()) {
            if (c.choice != MergeConflict::Choice::Unresolved)
                continue;
            m_out << "\n[" << c.id << "]\n  " << c.sentence(m_lang) << "\n";
            const auto side = [&](const char *fr, const char *en, const QString &value, bool changedSide) {
                m_out << "    " << tr(fr, en).leftJustified(10) << ": "
                      << (value.isEmpty() ? (c.kind == MergeConflict::Kind::Removed ? removed : absent) : value) << "\n";
                if (changedSide)
                    for (const DiffEntry &e : c.changes)
                        m_out << "                - " << e.sentence(m_lang) << "\n";
            };
            const bool removal = c.kind == MergeConflict::Kind::Removed;
            side("base", "base", c.base, false);
            side("local", "local", c.local, removal && !c.removedLocally);
            side("éditeur", "upstream", c.upstream, removal && c.removedLocally);
        }
        m_out << "\n"
              << tr("Relancez avec --take <conflit>=local|upstream pour chaque conflit, ou --prefer local|upstream pour tous.",
                    "Run again with --take <conflict>=local|upstream for each conflict, or --prefer local|upstream for all of them.")
              << Qt::endl;
    }
    if (unresolved > 0)
        return 1;
    if (!written) {
        if (!json)
            printDiagnostics(diags, m_err, false);
        return diags.value(0).code == QLatin1String("merge.invalid") ? 1 : 2;
    }
    if (!json)
        m_out << tr("Fusion écrite dans %1 : version %2, %3 conflit(s) tranché(s).", "Merge written to %1: version %2, %3 conflict(s) resolved.")
                     .arg(QDir::toNativeSeparators(output), merge.resultVersion())
                     .arg(merge.conflicts().size())
              << Qt::endl;
    return 0;
}

QString Cli::versionsHelp(const QString &command) const
{
    const bool en = m_lang == QLatin1String("en");
    if (command == QLatin1String("diff"))
        return en ? QStringLiteral(
                   "Usage: relais diff <older> <newer> [--json]\n\n"
                   "Says in plain words what changed between two versions of a curriculum (folders or packs):\n"
                   "pathways, sessions, modules, activities and media added, removed, moved or renamed, and\n"
                   "which fields changed. Ends with the version the changes call for: a module or pathway\n"
                   "removed or renamed is a major change, anything added a minor one, a typo a patch.\n"
                   "Exit status: 0 identical, 1 different, 2 unusable input.\n\n"
                   "  --json   machine-readable report on standard output\n")
                  : QStringLiteral(
                   "Usage : relais diff <ancienne> <nouvelle> [--json]\n\n"
                   "Dit en clair ce qui a changé entre deux versions d'un curriculum (dossiers ou paquets) :\n"
                   "parcours, séances, ateliers, activités et médias ajoutés, supprimés, déplacés ou renommés,\n"
                   "et les champs modifiés. Termine par la version que demandent les changements : un atelier\n"
                   "ou un parcours supprimé ou renommé est un changement majeur, un ajout un changement mineur,\n"
                   "une coquille un correctif.\n"
                   "Code de sortie : 0 identiques, 1 différentes, 2 entrée inutilisable.\n\n"
                   "  --json   rapport lisible par un programme, sur la sortie standard\n");
    if (command == QLatin1String("bump"))
        return en ? QStringLiteral(
                   "Usage: relais bump <folder> major|minor|patch|local|auto --note <text> [--note <text>]…\n"
                   "                   [--kind added|changed|fixed|removed] [--relay <name>]\n"
                   "                   [--since <folder|pack>] [--force] [--date YYYY-MM-DD]\n\n"
                   "Gives the curriculum its next version and writes what changed at the top of its changelog.\n"
                   "Only curriculum.xml is rewritten; every other file keeps its bytes.\n\n"
                   "  major, minor, patch  1.2.0 becomes 2.0.0, 1.3.0 or 1.2.1\n"
                   "  local      a relay's own adaptation: 1.2.0 becomes 1.2.0+leers.1, then +leers.2 (needs --relay)\n"
                   "  auto       the bump the changes since --since call for\n"
                   "  --note     one change, in a sentence (repeat for each change; required)\n"
                   "  --kind     what kind of change the notes are\n"
                   "  --since    the previous version: a bump smaller than its changes call for is refused\n"
                   "  --force    release anyway\n"
                   "  --date     the release date (default: today)\n"
                   "Exit status: 0 done, 1 refused (bump too small, version already released), 2 unusable input.\n")
                  : QStringLiteral(
                   "Usage : relais bump <dossier> major|minor|patch|local|auto --note <texte> [--note <texte>]…\n"
                   "                    [--kind added|changed|fixed|removed] [--relay <nom>]\n"
                   "                    [--since <dossier|paquet>] [--force] [--date AAAA-MM-JJ]\n\n"
                   "Donne au curriculum sa version suivante et écrit ce qui a changé en tête de son journal\n"
                   "des modifications. Seul curriculum.xml est réécrit ; les autres fichiers gardent leurs octets.\n\n"
                   "  major, minor, patch  1.2.0 devient 2.0.0, 1.3.0 ou 1.2.1\n"
                   "  local      l'adaptation d'un relais : 1.2.0 devient 1.2.0+leers.1, puis +leers.2 (avec --relay)\n"
                   "  auto       la montée que demandent les changements depuis --since\n"
                   "  --note     un changement, en une phrase (une option par changement ; obligatoire)\n"
                   "  --kind     le genre de changement des notes\n"
                   "  --since    la version précédente : une montée plus petite que ses changements le demandent\n"
                   "             est refusée\n"
                   "  --force    publier malgré tout\n"
                   "  --date     la date de la version (par défaut : aujourd'hui)\n"
                   "Code de sortie : 0 fait, 1 refusé (montée trop petite, version déjà publiée), 2 entrée inutilisable.\n");
    if (command == QLatin1String("merge"))
        return en ? QStringLiteral(
                   "Usage: relais merge <base> <local> <upstream> -o <folder> [--prefer local|upstream]\n"
                   "                    [--take <conflict>=local|upstream]… [--json]\n\n"
                   "Brings an upstream update into a local adaptation: <base> is the version the adaptation\n"
                   "started from, <local> the adaptation, <upstream> the publisher's new version (folders or\n"
                   "packs). Changes that do not touch the same thing are all kept; the rest are conflicts,\n"
                   "listed with both sides. The result is checked, then written into <folder> (which must not\n"
                   "exist or be empty), with the upstream version and the relay's suffix (1.3.0+leers.1).\n\n"
                   "  --prefer   resolve every conflict left with that side\n"
                   "  --take     resolve one conflict, by its id (repeat as needed)\n"
                   "  --json     machine-readable report on standard output\n"
                   "Exit status: 0 written, 1 unresolved conflicts or invalid result (nothing written),\n"
                   "2 unusable input.\n")
                  : QStringLiteral(
                   "Usage : relais merge <base> <local> <amont> -o <dossier> [--prefer local|upstream]\n"
                   "                     [--take <conflit>=local|upstream]… [--json]\n\n"
                   "Reporte une mise à jour de l'éditeur sur une adaptation locale : <base> est la version dont\n"
                   "l'adaptation est partie, <local> l'adaptation, <amont> la nouvelle version de l'éditeur\n"
                   "(dossiers ou paquets). Les changements qui ne touchent pas la même chose sont tous gardés ;\n"
                   "les autres sont des conflits, listés avec les deux versions. Le résultat est vérifié puis\n"
                   "écrit dans <dossier> (inexistant ou vide), avec la version de l'éditeur et le suffixe du\n"
                   "relais (1.3.0+leers.1).\n\n"
                   "  --prefer   trancher tous les conflits restants en faveur de ce côté\n"
                   "  --take     trancher un conflit, par son identifiant (une option par conflit)\n"
                   "  --json     rapport lisible par un programme, sur la sortie standard\n"
                   "Code de sortie : 0 écrit, 1 conflits non tranchés ou résultat invalide (rien n'est écrit),\n"
                   "2 entrée inutilisable.\n");
    return {};
}

} // namespace Relais
