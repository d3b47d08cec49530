#include "diagnostic.h"

#include <QHash>

#include <algorithm>

namespace Relais {

namespace {

struct Entry
{
    const char *code;
    DiagnosticInfo info;
};

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// Messages say what is wrong and what to do; the location is printed beside them.
const Entry catalogue[] = {
    // Reading files
    {"io.unreadable", {E, "Impossible de lire « %1 » : %2.", "Cannot read “%1”: %2."}},
    {"io.not-curriculum", {E, "« %1 » n'est ni un dossier de curriculum ni un paquet .relais.",
                           "“%1” is neither a curriculum folder nor a .relais pack."}},
    {"io.symlink", {E, "« %1 » est un lien symbolique : Relais ne suit pas les liens. Remplacez-le par le fichier lui-même.",
                    "“%1” is a symbolic link: Relais does not follow links. Replace it with the file itself."}},
    {"io.curriculum-missing", {E, "curriculum.xml est absent : ce dossier n'est pas un curriculum Relais. Créez-en un avec « relais new ».",
                               "curriculum.xml is missing: this folder is not a Relais curriculum. Create one with “relais new”."}},

    // XML
    {"xml.malformed", {E, "Le XML est mal formé (%1). Vérifiez les balises autour de cet endroit.",
                       "The XML is not well-formed (%1). Check the tags around this place."}},
    {"xml.doctype", {E, "Les déclarations <!DOCTYPE> et les entités sont refusées, par sécurité. Supprimez la déclaration.",
                     "<!DOCTYPE> declarations and entities are refused for safety. Remove the declaration."}},
    {"xml.too-deep", {E, "Les éléments sont imbriqués sur plus de %1 niveaux : le fichier est refusé.",
                      "Elements are nested more than %1 levels deep: the file is refused."}},
    {"xml.attribute-too-long", {E, "L'attribut « %1 » dépasse %2 caractères : le fichier est refusé.",
                                "Attribute “%1” is longer than %2 characters: the file is refused."}},
    {"xml.too-large", {E, "Le fichier dépasse %1 Mo, la taille maximale d'un fichier XML.",
                       "The file is larger than %1 MB, the maximum size of an XML file."}},
    {"xml.wrong-root", {E, "L'élément racine devrait être <%1> (espace de noms urn:relais:curriculum:1) et non <%2>.",
                        "The root element should be <%1> (namespace urn:relais:curriculum:1), not <%2>."}},
    {"xml.format-version", {E, "Ce fichier est au format %1, que cette version de Relais ne sait pas lire (format attendu : 1). Mettez Relais à jour.",
                            "This file uses format %1, which this version of Relais cannot read (expected: 1). Update Relais."}},
    {"schema.invalid", {E, "Le fichier ne respecte pas le format Relais : %1",
                        "The file does not follow the Relais format: %1"}},

    // Structure and references
    {"ref.module-file", {E, "Le module « %1 » est listé dans curriculum.xml mais le fichier modules/%1.xml est absent.",
                         "Module “%1” is listed in curriculum.xml but modules/%1.xml is missing."}},
    {"ref.pathway-file", {E, "Le parcours « %1 » est listé dans curriculum.xml mais le fichier pathways/%1.xml est absent.",
                          "Pathway “%1” is listed in curriculum.xml but pathways/%1.xml is missing."}},
    {"file.unlisted", {W, "%1 n'est pas listé dans curriculum.xml : il sera ignoré. Ajoutez-le à la liste ou supprimez le fichier.",
                       "%1 is not listed in curriculum.xml: it will be ignored. Add it to the list or delete the file."}},
    {"id.duplicate", {E, "L'identifiant « %1 » est déjà utilisé (%2). Chaque identifiant doit être unique.",
                      "The id “%1” is already used (%2). Each id must be unique."}},
    {"id.filename", {E, "L'identifiant « %1 » ne correspond pas au nom du fichier « %2 ». Renommez le fichier ou l'identifiant.",
                     "The id “%1” does not match the file name “%2”. Rename the file or the id."}},
    {"ref.module", {E, "« %1 » renvoie au module « %2 », qui n'existe pas. Choisissez un module de la liste.",
                    "“%1” refers to module “%2”, which does not exist. Choose a module from the list."}},
    {"ref.media", {E, "« %1 » renvoie au média « %2 », qui n'est pas déclaré dans curriculum.xml.",
                   "“%1” refers to media “%2”, which is not declared in curriculum.xml."}},
    {"ref.activity", {E, "Le déroulé renvoie à l'activité « %1 », qui n'existe pas dans ce module.",
                      "The running order refers to activity “%1”, which does not exist in this module."}},

    // Media
    {"media.file-missing", {E, "Le fichier %1 du média « %2 » est absent. Ajoutez le fichier ou retirez le média.",
                            "File %1 of media “%2” is missing. Add the file or remove the media."}},
    {"media.outside", {E, "Le média « %1 » doit se trouver dans le dossier media/ (chemin donné : %2).",
                       "Media “%1” must be in the media/ folder (path given: %2)."}},
    {"media.hash-mismatch", {E, "Le contenu de %1 ne correspond pas à son empreinte déclarée. Si vous avez remplacé le fichier exprès, lancez « relais rehash ».",
                             "The content of %1 does not match its declared hash. If you replaced the file on purpose, run “relais rehash”."}},
    {"media.size-mismatch", {E, "%1 fait %2 octets alors que curriculum.xml en annonce %3. Si vous avez remplacé le fichier exprès, lancez « relais rehash ».",
                             "%1 is %2 bytes while curriculum.xml declares %3. If you replaced the file on purpose, run “relais rehash”."}},
    {"media.unlisted", {W, "%1 n'est déclaré par aucun média de curriculum.xml.",
                        "%1 is not declared by any media in curriculum.xml."}},
    {"media.unused", {I, "Le média « %1 » n'est utilisé par aucune activité.",
                      "Media “%1” is not used by any activity."}},
    {"media.alt-missing", {E, "L'image « %1 » n'a pas de texte alternatif. Décrivez-la en une phrase pour les personnes qui ne la voient pas.",
                           "Image “%1” has no alternative text. Describe it in a sentence for people who cannot see it."}},
    {"media.transcript-missing", {E, "Le son ou la vidéo « %1 » n'a pas de transcription. Écrivez ce qui est dit, pour les personnes qui n'entendent pas ou lisent mieux.",
                                  "Audio or video “%1” has no transcript. Write down what is said, for people who cannot hear it."}},
    {"media.active-content", {E, "L'image SVG %1 contient du contenu actif (%2). Enregistrez-la sans script ni contenu externe.",
                              "SVG image %1 contains active content (%2). Save it without scripts or external content."}},

    // Content rules
    {"title.empty", {E, "Le titre est vide. Donnez un titre court et clair.",
                     "The title is empty. Give a short, clear title."}},
    {"richtext.element", {E, "La balise <%1> n'est pas permise ici. Un texte mis en forme n'accepte que paragraphes, listes, italique, gras, retours à la ligne et liens.",
                          "The <%1> tag is not allowed here. Rich text accepts only paragraphs, lists, emphasis, strong, line breaks and links."}},
    {"richtext.attribute", {E, "L'attribut « %1 » n'est pas permis sur <%2> dans un texte mis en forme.",
                            "Attribute “%1” is not allowed on <%2> in rich text."}},
    {"richtext.link", {E, "Le lien « %1 » est refusé : seuls les liens http, https, mailto et tel sont permis.",
                       "The link “%1” is refused: only http, https, mailto and tel links are allowed."}},
    {"runningorder.total", {W, "Le déroulé totalise %1 min alors que le module dure %2 min. Ajustez les temps ou la durée du module.",
                            "The running order adds up to %1 min while the module lasts %2 min. Adjust the timings or the module's duration."}},
    {"pathway.duration", {W, "Le parcours annonce %1 min mais ses étapes totalisent %2 min.",
                          "The pathway announces %1 min but its steps add up to %2 min."}},
    {"pathway.sessions", {W, "Le parcours annonce %1 séances mais compte %2 étapes.",
                          "The pathway announces %1 sessions but has %2 steps."}},
    {"pathway.completion-sessions", {E, "La règle de fin de parcours demande %1 séances alors que le parcours n'en compte que %2.",
                                     "The completion rule requires %1 sessions but the pathway has only %2."}},
    {"pathway.completion-exit", {E, "La règle de fin de parcours demande l'auto-évaluation de sortie, mais le parcours n'en a pas.",
                                 "The completion rule requires the exit self-assessment, but the pathway has none."}},
    {"activity.unknown-type", {W, "Le type d'exercice « %1 » n'est pas installé : le contenu de cette activité n'est pas vérifié.",
                               "Exercise type “%1” is not installed: this activity's content is not checked."}},
    {"activity.payload-namespace", {E, "Le contenu d'une activité « %1 » doit être dans l'espace de noms urn:relais:exercise:%1:<version>, pas « %2 ».",
                                    "The content of a “%1” activity must be in namespace urn:relais:exercise:%1:<version>, not “%2”."}},
    {"changelog.version", {W, "Le journal des modifications ne décrit pas la version %1. Ajoutez ce qui a changé.",
                           "The changelog does not describe version %1. Add what changed."}},

    // Plugins
    {"plugin.not-plugin", {W, "« %1 » n'est pas un plugin Relais lisible : il est ignoré.",
                           "“%1” is not a readable Relais plugin: it is skipped."}},
    {"plugin.wrong-iid", {W, "Le plugin « %1 » déclare l'interface « %2 », que cette version de Relais ne connaît pas : il est ignoré.",
                          "Plugin “%1” declares interface “%2”, which this version of Relais does not know: it is skipped."}},
    {"plugin.api-version", {W, "Le plugin « %1 » est écrit pour la version %2 de l'interface des plugins ; Relais prend en charge la version %3. Il est ignoré : mettez à jour le plugin ou Relais.",
                            "Plugin “%1” is written for version %2 of the plugin interface; Relais supports version %3. It is skipped: update the plugin or Relais."}},
    {"plugin.metadata", {W, "Les métadonnées du plugin « %1 » sont incorrectes (%2) : il est ignoré.",
                         "The metadata of plugin “%1” are wrong (%2): it is skipped."}},
    {"plugin.load-failed", {W, "Le plugin « %1 » n'a pas pu être chargé (%2) : il est ignoré.",
                            "Plugin “%1” could not be loaded (%2): it is skipped."}},
    {"plugin.duplicate", {W, "Deux plugins portent l'identifiant « %1 » : %2 est ignoré, %3 est utilisé.",
                          "Two plugins have the id “%1”: %2 is skipped, %3 is used."}},
    {"plugin.schema", {W, "Le schéma XSD du plugin « %1 » est invalide (%2) : il est ignoré.",
                       "The XSD schema of plugin “%1” is invalid (%2): it is skipped."}},

    // Payload fields, from the exercise type's description
    {"payload.required", {E, "« %1 » est obligatoire : remplissez ce champ.",
                          "“%1” is required: fill in this field."}},
    {"payload.too-long", {E, "« %1 » dépasse %2 caractères : raccourcissez le texte.",
                          "“%1” is longer than %2 characters: shorten the text."}},
    {"payload.range", {E, "« %1 » doit être un nombre entre %2 et %3.",
                       "“%1” must be a number between %2 and %3."}},
    {"payload.list-size", {E, "« %1 » doit avoir entre %2 et %3 éléments ; il en a %4.",
                           "“%1” must have between %2 and %3 items; it has %4."}},
    {"payload.media-kind", {E, "« %1 » attend un média de type %2, mais « %3 » est de type %4.",
                            "“%1” expects a %2 media, but “%3” is of type %4."}},
    {"payload.choice", {E, "La valeur « %2 » n'est pas permise pour « %1 ».",
                        "Value “%2” is not allowed for “%1”."}},

    // Packs
    {"pack.not-zip", {E, "« %1 » n'est pas un paquet .relais lisible (%2).",
                      "“%1” is not a readable .relais pack (%2)."}},
    {"pack.corrupt", {E, "Le paquet est abîmé ou tronqué (%1). Téléchargez-le à nouveau.",
                      "The pack is damaged or truncated (%1). Download it again."}},
    {"pack.mimetype", {E, "Le paquet ne commence pas par l'entrée « mimetype » non compressée contenant application/vnd.relais.curriculum+zip : ce n'est pas un paquet Relais.",
                       "The pack does not start with an uncompressed “mimetype” entry holding application/vnd.relais.curriculum+zip: it is not a Relais pack."}},
    {"pack.unsafe-path", {E, "L'entrée « %1 » a un chemin dangereux (%2) : le paquet est refusé.",
                          "Entry “%1” has an unsafe path (%2): the pack is refused."}},
    {"pack.entry-type", {E, "L'entrée « %1 » est %2 : un paquet ne peut contenir que des fichiers ordinaires.",
                         "Entry “%1” is %2: a pack may only hold regular files."}},
    {"pack.duplicate", {E, "L'entrée « %1 » apparaît deux fois dans le paquet.",
                        "Entry “%1” appears twice in the pack."}},
    {"pack.collision", {E, "Les entrées « %1 » et « %2 » ne diffèrent que par les majuscules ou les accents : elles s'écraseraient sur certains systèmes.",
                        "Entries “%1” and “%2” differ only by case or Unicode normalisation: they would overwrite each other on some systems."}},
    {"pack.name-encoding", {E, "Une entrée a un nom qui n'est pas en UTF-8 valide : le paquet est refusé.",
                            "An entry has a name that is not valid UTF-8: the pack is refused."}},
    {"pack.encrypted", {E, "L'entrée « %1 » est chiffrée : Relais n'accepte pas les paquets protégés par mot de passe.",
                        "Entry “%1” is encrypted: Relais does not accept password-protected packs."}},
    {"pack.too-many-entries", {E, "Le paquet contient plus de %1 entrées : il est refusé.",
                               "The pack holds more than %1 entries: it is refused."}},
    {"pack.too-large", {E, "Le contenu décompressé dépasse %1 Mo : le paquet est refusé (bombe de décompression possible).",
                        "The uncompressed content exceeds %1 MB: the pack is refused (possible decompression bomb)."}},
    {"pack.ratio", {E, "L'entrée « %1 » se décompresse plus de %2 fois : le paquet est refusé (bombe de décompression possible).",
                    "Entry “%1” expands more than %2 times: the pack is refused (possible decompression bomb)."}},
    {"pack.manifest-missing", {E, "Le paquet n'a pas de META-INF/manifest.xml : son contenu ne peut pas être vérifié.",
                               "The pack has no META-INF/manifest.xml: its content cannot be checked."}},
    {"pack.manifest-unlisted", {E, "L'entrée « %1 » n'est pas dans le manifeste du paquet.",
                                "Entry “%1” is not in the pack's manifest."}},
    {"pack.manifest-absent", {E, "Le manifeste annonce « %1 », absent du paquet.",
                              "The manifest lists “%1”, which is missing from the pack."}},
    {"pack.size-mismatch", {E, "« %1 » fait %2 octets alors que le manifeste en annonce %3 : le paquet a été modifié ou abîmé.",
                            "“%1” is %2 bytes while the manifest says %3: the pack was altered or damaged."}},
    {"pack.hash-mismatch", {E, "Le contenu de « %1 » ne correspond pas à l'empreinte du manifeste : le paquet a été modifié ou abîmé.",
                            "The content of “%1” does not match the manifest's hash: the pack was altered or damaged."}},
    {"pack.target-exists", {E, "Le dossier « %1 » existe déjà et n'est pas vide. Choisissez un autre dossier.",
                            "Folder “%1” already exists and is not empty. Choose another folder."}},
    {"pack.write-failed", {E, "Impossible d'écrire « %1 » : %2.", "Cannot write “%1”: %2."}},
    {"export.unknown-format", {E, "Le format d'export « %1 » n'existe pas. Formats installés : %2.",
                               "There is no “%1” export format. Installed formats: %2."}},
    {"export.option", {E, "Export impossible : %1.", "Cannot export: %1."}},
    {"export.unknown-pathway", {E, "Le parcours « %1 » n'existe pas dans ce curriculum.",
                                "Pathway “%1” does not exist in this curriculum."}},
    {"export.unknown-module", {E, "L'atelier « %1 » n'existe pas dans ce curriculum.",
                               "Module “%1” does not exist in this curriculum."}},
    {"export.invalid", {E, "Le curriculum a %1 erreur(s) : il ne peut pas être exporté avant d'être corrigé. Les voici :",
                        "The curriculum has %1 error(s): it cannot be exported until they are fixed. Here they are:"}},
    {"export.target", {E, "« %1 » existe déjà et n'est pas un export de Relais (ou n'est pas du bon genre, fichier ou dossier) : choisissez un autre nom.",
                       "“%1” already exists and is not a Relais export (or is not of the right kind, file or folder): choose another name."}},
    {"export.target-in-source", {E, "L'export ne peut pas être écrit dans le dossier du curriculum, ni le contenir : « %1 ». Choisissez un autre emplacement.",
                                 "The export cannot be written inside the curriculum's folder, nor contain it: “%1”. Choose another place."}},
    {"export.failed", {E, "L'export « %1 » a échoué : %2.", "The “%1” export failed: %2."}},
};

const QHash<QString, const DiagnosticInfo *> &index()
{
    static const QHash<QString, const DiagnosticInfo *> map = [] {
        QHash<QString, const DiagnosticInfo *> m;
        for (const Entry &e : catalogue)
            m.insert(QString::fromLatin1(e.code), &e.info);
        return m;
    }();
    return map;
}

} // namespace

const DiagnosticInfo *diagnosticInfo(const QString &code)
{
    return index().value(code, nullptr);
}

QStringList diagnosticCodes()
{
    QStringList codes;
    for (const Entry &e : catalogue)
        codes << QString::fromLatin1(e.code);
    return codes;
}

Diagnostic Diagnostic::make(const QString &code, const Location &loc, const QString &element,
                            const QStringList &args)
{
    const DiagnosticInfo *info = diagnosticInfo(code);
    Q_ASSERT_X(info, "Diagnostic::make", qPrintable(code));
    Diagnostic d;
    d.severity = info ? info->severity : Severity::Error;
    d.code = code;
    d.location = loc;
    d.element = element;
    d.args = args;
    return d;
}

Diagnostic Diagnostic::custom(Severity severity, const QString &code, const Location &loc, const QString &element,
                              const QString &fr, const QString &en, const QStringList &args)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.location = loc;
    d.element = element;
    d.args = args;
    d.templateFr = fr;
    d.templateEn = en;
    return d;
}

QString Diagnostic::message(const QString &lang) const
{
    const bool english = lang.startsWith(QLatin1String("en"));
    QString text;
    if (!templateFr.isEmpty()) {
        text = english && !templateEn.isEmpty() ? templateEn : templateFr;
    } else if (const DiagnosticInfo *info = diagnosticInfo(code)) {
        text = QString::fromUtf8(english ? info->en : info->fr);
    } else {
        return code;
    }
    // Single pass so that an argument containing "%2" is never substituted again.
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            out += (n >= 1 && n <= args.size()) ? args[n - 1] : QString();
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

QString Diagnostic::severityName() const
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

int countSeverity(const Diagnostics &diags, Severity severity)
{
    return int(std::count_if(diags.cbegin(), diags.cend(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

bool hasErrors(const Diagnostics &diags)
{
    return countSeverity(diags, Severity::Error) > 0;
}

void sortDiagnostics(Diagnostics &diags)
{
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        if (a.location.column != b.location.column)
            return a.location.column < b.location.column;
        return a.code < b.code;
    });
}

} // namespace Relais
