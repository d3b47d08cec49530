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
    {"xml.control-character", {E, "Le fichier contient un caractère invisible interdit en XML (U+%1), souvent laissé par un copier-coller. Supprimez-le à cet endroit.",
                               "The file holds an invisible character that XML forbids (U+%1), often left by a copy and paste. Delete it at this place."}},
    {"xml.encoding", {E, "Le fichier n'est pas en UTF-8 valide à cet endroit. Enregistrez-le en UTF-8 (Unicode) avec votre éditeur de texte.",
                      "The file is not valid UTF-8 at this place. Save it as UTF-8 (Unicode) with your text editor."}},
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

    // Saving a curriculum folder
    {"save.not-saved", {E, "« %1 » n'a pas été enregistré : les fichiers du dossier n'ont pas changé. Libérez de la place sur le disque ou vérifiez que vous pouvez écrire dans ce dossier, puis enregistrez de nouveau.",
                        "“%1” was not saved: the folder's files did not change. Free some disk space or check that you can write to this folder, then save again."}},
    {"save.unfinished", {E, "Un enregistrement de « %1 » est resté inachevé. Il sera terminé à la prochaine ouverture du dossier : vérifiez que vous pouvez écrire dans ce dossier et que le disque n'est pas plein, puis ouvrez-le de nouveau.",
                         "A save of “%1” was left unfinished. It is finished the next time the folder is opened: check that you can write to this folder and that the disk is not full, then open it again."}},
    {"save.busy", {E, "Un autre programme (processus %2) enregistre « %1 » depuis plus de 30 secondes. Attendez qu'il ait fini ou fermez-le, puis recommencez.",
                   "Another program (process %2) has been saving “%1” for more than 30 seconds. Wait until it has finished or close it, then try again."}},
    {"save.unsafe-path", {E, "Relais n'écrit pas « %1 » : ce chemin sort du dossier du cursus ou passe par un lien symbolique. Corrigez l'identifiant ou le chemin du média.",
                          "Relais does not write “%1”: this path leaves the curriculum folder or goes through a symbolic link. Fix the id or the media path."}},
    {"save.record-damaged", {W, "Un enregistrement interrompu de « %1 » a été abandonné : sa liste des fichiers à remplacer est illisible ou sort du dossier. Les fichiers du dossier sont ceux d'avant cet enregistrement ; vérifiez votre dernier travail.",
                             "An interrupted save of “%1” was abandoned: its list of files to replace cannot be read or leaves the folder. The folder's files are those from before that save; check your latest work."}},

    // The library of installed packs
    {"library.open-failed", {E, "Impossible d'ouvrir la bibliothèque « %1 » : %2. Vérifiez que vous pouvez écrire dans ce dossier, ou choisissez-en un autre (--library ou RELAIS_LIBRARY).",
                             "Cannot open the library “%1”: %2. Check that you can write to this folder, or choose another one (--library or RELAIS_LIBRARY)."}},
    {"library.not-library", {E, "Le dossier « %1 » n'est pas vide et ne contient pas de bibliothèque Relais (catalogue.sqlite) : choisissez un dossier vide ou une bibliothèque existante.",
                             "Folder “%1” is not empty and holds no Relais library (catalogue.sqlite): choose an empty folder or an existing library."}},
    {"library.catalogue-damaged", {E, "Le catalogue de la bibliothèque « %1 » est abîmé (%2). Mettez le dossier « %3 » de côté (il garde les curriculums installés) et importez de nouveau vos paquets dans une bibliothèque neuve.",
                                   "The library's catalogue “%1” is damaged (%2). Move the folder “%3” aside (it keeps the installed curricula) and import your packs again into a new library."}},
    {"library.catalogue-newer", {E, "Le catalogue « %1 » a été écrit par une version plus récente de Relais (schéma %2 ; celle-ci lit le schéma %3). Mettez Relais à jour.",
                                 "The catalogue “%1” was written by a newer version of Relais (schema %2; this one reads schema %3). Update Relais."}},
    {"library.database", {E, "Le catalogue de la bibliothèque « %1 » a répondu par une erreur : %2. Rien n'a été changé.",
                          "The library's catalogue “%1” answered with an error: %2. Nothing was changed."}},
    {"library.disk-full", {E, "Impossible d'écrire dans la bibliothèque « %1 » (%2) : le disque est sans doute plein. Rien n'a été changé ; libérez de la place, puis recommencez.",
                           "Cannot write to the library “%1” (%2): the disk is probably full. Nothing was changed; free some space, then try again."}},
    {"library.busy", {E, "Une autre opération (un import ou une suppression) est en cours dans la bibliothèque « %1 » : attendez qu'elle se termine, puis recommencez.",
                      "Another operation (an import or a removal) is running in the library “%1”: wait until it ends, then try again."}},
    {"library.cancelled", {E, "Import annulé : la bibliothèque n'a pas changé.", "Import cancelled: the library did not change."}},
    {"library.signature-invalid", {E, "Le paquet a été modifié après sa signature : il est refusé. Ne l'utilisez pas et demandez-en un nouvel exemplaire à l'éditeur.",
                                   "The pack was changed after it was signed: it is refused. Do not use it; ask the publisher for a new copy."}},
    {"library.signature-unreadable", {E, "La signature du paquet est illisible : il est refusé. Demandez-en un nouvel exemplaire à l'éditeur.",
                                      "The pack's signature cannot be read: it is refused. Ask the publisher for a new copy."}},
    {"library.unsigned", {W, "Le paquet n'est pas signé : rien ne garantit qui l'a publié ni qu'il n'a pas été modifié en route. Ne l'installez que si vous savez d'où il vient.",
                          "The pack is not signed: nothing shows who published it or that it was not changed on the way. Install it only if you know where it comes from."}},
    {"library.untrusted", {W, "Le paquet est signé par « %1 » (empreinte %2), mais cette clé n'est pas parmi vos clés de confiance. Vérifiez l'empreinte auprès de l'éditeur, puis ajoutez sa clé publique à vos clés de confiance ou acceptez l'avertissement.",
                           "The pack is signed by “%1” (fingerprint %2), but this key is not among your trusted keys. Check the fingerprint with the publisher, then add their public key to your trusted keys or accept the warning."}},
    {"library.unsigned-refused", {E, "Le paquet n'est pas signé : il n'est installé qu'avec votre accord explicite.",
                                  "The pack is not signed: it is installed only with your explicit consent."}},
    {"library.untrusted-refused", {E, "Le paquet est signé par une clé qui n'est pas parmi vos clés de confiance : il n'est installé qu'avec votre accord explicite.",
                                   "The pack is signed by a key that is not among your trusted keys: it is installed only with your explicit consent."}},
    {"library.invalid", {E, "Le curriculum du paquet a %1 erreur(s) : il ne peut pas être installé. Signalez-les à l'éditeur du paquet.",
                         "The pack's curriculum has %1 error(s): it cannot be installed. Report them to the pack's publisher."}},
    {"library.already-installed", {E, "La version %2 de « %1 » est déjà installée : il n'y a rien à faire. Pour la réinstaller, supprimez-la d'abord de la bibliothèque.",
                                   "Version %2 of “%1” is already installed: there is nothing to do. To install it again, remove it from the library first."}},
    {"library.same-version-differs", {E, "Une version %2 de « %1 » est déjà installée, avec un contenu différent : deux paquets portent le même numéro de version. Demandez à l'éditeur lequel est le bon ; pour installer celui-ci, supprimez d'abord l'autre.",
                                      "A version %2 of “%1” is already installed, with different content: two packs carry the same version number. Ask the publisher which one is right; to install this one, remove the other first."}},
    {"library.older", {W, "Cette version (%1) est plus ancienne que la version active (%2) : elle sera installée sans devenir active, sauf si vous le demandez.",
                       "This version (%1) is older than the active version (%2): it will be installed without becoming active, unless you ask for it."}},
    {"library.installed-unreadable", {W, "La version active %1, installée dans « %2 », ne peut pas être lue : les changements ne peuvent pas être montrés.",
                                      "The active version %1, installed in “%2”, cannot be read: the changes cannot be shown."}},
    {"library.pack-changed", {E, "Le paquet « %1 » a changé depuis sa vérification : recommencez l'import.",
                              "The pack “%1” changed since it was checked: start the import again."}},
    {"library.not-installed", {E, "« %1 » n'est pas dans la bibliothèque.", "“%1” is not in the library."}},
    {"library.version-not-installed", {E, "La version %2 de « %1 » n'est pas installée. Versions installées : %3.",
                                       "Version %2 of “%1” is not installed. Installed versions: %3."}},
    {"library.no-earlier", {E, "Aucune version de « %1 » plus ancienne que la version active %2 n'est installée : il n'y a rien à restaurer.",
                            "No version of “%1” older than the active version %2 is installed: there is nothing to restore."}},
    {"library.already-active", {E, "La version %2 de « %1 » est déjà la version active.", "Version %2 of “%1” is already the active version."}},
    // The library page of the Studio
    {"studio.not-pack", {E, "« %1 » n'est pas un fichier : seuls les paquets Relais (fichiers .relais) s'importent dans la bibliothèque. Choisissez un fichier .relais.",
                         "“%1” is not a file: only Relais packs (.relais files) can be imported into the library. Choose a .relais file."}},
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

    // Versions and merges
    {"version.invalid", {E, "La version « %1 » n'est pas une version valide (exemple : 1.2.0). Corrigez-la dans curriculum.xml.",
                         "Version “%1” is not a valid version (example: 1.2.0). Correct it in curriculum.xml."}},
    {"version.exists", {E, "La version %1 figure déjà dans le journal des modifications : elle a déjà été publiée. Choisissez une autre montée de version.",
                        "Version %1 is already in the changelog: it was released before. Choose another bump."}},
    {"version.under-bump", {E, "Depuis la version %1, les changements demandent une montée « %2 » (au moins %3), mais « %4 » donnerait %5. Relancez avec « %2 » ou « auto », ou ajoutez --force si vous êtes sûr. Les changements en cause :",
                            "Since version %1, the changes call for a “%2” bump (at least %3), but “%4” would give %5. Run again with “%2” or “auto”, or add --force if you are sure. The changes that call for more:"}},
    {"version.nothing-changed", {E, "Rien n'a changé depuis la version %1 : il n'y a pas de nouvelle version à publier.",
                                 "Nothing changed since version %1: there is no new version to release."}},
    {"merge.unresolved", {E, "%1 conflit(s) ne sont pas tranchés : rien n'a été écrit. Choisissez pour chacun la version locale ou celle de l'éditeur.",
                          "%1 conflict(s) are not resolved: nothing was written. Choose the local or the upstream version for each."}},
    {"merge.invalid", {E, "Le résultat de la fusion n'est pas valide (%1 erreur(s)) : rien n'a été écrit. Tranchez autrement les conflits ou corrigez l'une des versions. Les erreurs :",
                       "The merged result is not valid (%1 error(s)): nothing was written. Resolve the conflicts differently or correct one of the versions. The errors:"}},
    {"merge.media-missing", {E, "Le fichier %1 du média « %2 » ne se trouve ni dans la version locale ni dans celle de l'éditeur : la fusion ne peut pas le copier.",
                             "File %1 of media “%2” is in neither the local nor the upstream version: the merge cannot copy it."}},

    // Signatures of packs, signing keys, trusted publishers
    {"signature.trusted", {I, "Signé par %1 (clé %2), éditeur de confiance",
                           "Signed by %1 (key %2), trusted publisher"}},
    {"signature.untrusted", {W, "Signé par %1 (clé %2), clé inconnue de cet ordinateur. N'importez ce paquet que si vous connaissez cet éditeur ; pour lui faire confiance, ajoutez la clé publique (.pub) qu'il vous a remise lui-même avec « relais trust add ».",
                             "Signed by %1 (key %2), a key unknown to this computer. Import this pack only if you know this publisher; to trust them, add the public key (.pub) they gave you themselves with “relais trust add”."}},
    {"signature.unsigned", {W, "Paquet non signé : rien ne garantit qui l'a publié ni qu'il n'a pas été modifié. Ne l'importez que si vous savez d'où il vient.",
                            "Unsigned pack: nothing shows who published it or that it was not modified. Import it only if you know where it comes from."}},
    {"signature.invalid", {E, "Signature invalide : le paquet a été modifié après sa signature. Ne l'importez pas.",
                           "Invalid signature: the pack was modified after it was signed. Do not import it."}},
    {"signature.unreadable", {E, "Le fichier n'est pas un paquet complet : la fin de l'archive zip est introuvable ou illisible. Téléchargez-le à nouveau.",
                              "The file is not a complete pack: the end of the zip archive is missing or unreadable. Download it again."}},
    {"signature.mismatch", {E, "La signature ne correspond pas au contenu : au moins un octet du paquet ou de la signature a changé.",
                            "The signature does not match the content: at least one byte of the pack or of the signature changed."}},
    {"signature.malformed", {E, "La signature jointe au paquet n'a pas la forme d'une signature Relais : elle a été modifiée ou abîmée.",
                             "The signature attached to the pack is not shaped like a Relais signature: it was modified or damaged."}},
    {"signature.trailing-data", {E, "La fin du paquet ne correspond plus à la fin de son archive zip : des octets ont été ajoutés, retirés ou modifiés à la fin.",
                                 "The end of the pack no longer matches the end of its zip archive: bytes were added, removed or changed at the end."}},
    {"signature.layout", {E, "« %1 » ne se termine pas comme un paquet écrit par « relais pack » (des octets suivent la fin de l'archive) : recréez le paquet avec « relais pack », puis signez-le.",
                          "“%1” does not end like a pack written by “relais pack” (bytes follow the end of the archive): make the pack again with “relais pack”, then sign it."}},
    {"key.unreadable", {E, "Impossible de lire le fichier de clé : %1.", "Cannot read the key file: %1."}},
    {"key.not-key-file", {E, "Ce fichier n'est pas une clé Relais : il devrait commencer par la ligne « RELAIS PUBLIC KEY » (fichier .pub) ou « RELAIS SECRET KEY » (fichier .key). Vérifiez le nom du fichier donné.",
                          "This file is not a Relais key: it should start with the line “RELAIS PUBLIC KEY” (.pub file) or “RELAIS SECRET KEY” (.key file). Check the file name you gave."}},
    {"key.malformed", {E, "Ligne attendue ici : « %1 ». Le fichier de clé a été modifié ou abîmé : demandez-en une nouvelle copie à qui l'a créé.",
                       "Line expected here: “%1”. The key file was modified or damaged: ask whoever made it for a new copy."}},
    {"key.base64", {E, "La clé n'est pas écrite en base64 valide : le fichier a été modifié ou abîmé. Demandez-en une nouvelle copie.",
                    "The key is not valid base64: the file was modified or damaged. Ask for a new copy."}},
    {"key.length", {E, "La clé fait %1 octets au lieu de %2 : le fichier est tronqué, ou ce n'est pas une clé Relais.",
                    "The key is %1 bytes long instead of %2: the file is truncated, or it is not a Relais key."}},
    {"key.mismatch", {E, "Les deux moitiés de la clé secrète ne correspondent pas : le fichier est abîmé. Reprenez la copie de sauvegarde de la clé.",
                      "The two halves of the secret key do not match: the file is damaged. Use the backup copy of the key."}},
    {"key.name", {E, "Le nom d'éditeur « %1 » n'est pas permis : il faut de 1 à 100 caractères, sans retour à la ligne, caractère de contrôle ni espace au début ou à la fin.",
                  "Publisher name “%1” is not allowed: it needs 1 to 100 characters, without line breaks, control characters or spaces at either end."}},
    {"key.public-only", {E, "Cette clé est une clé publique (.pub) : pour signer, il faut la clé secrète de l'éditeur (fichier .key).",
                         "This is a public key (.pub): signing needs the publisher's secret key (.key file)."}},
    {"key.exists", {E, "« %1 » existe déjà : Relais ne remplace jamais un fichier de clé. Choisissez un autre nom ou déplacez l'ancien fichier.",
                    "“%1” already exists: Relais never replaces a key file. Choose another name or move the old file away."}},
    {"key.write-failed", {E, "Impossible d'écrire le fichier de clé « %1 » : %2.", "Cannot write key file “%1”: %2."}},
    {"trust.secret-key", {E, "C'est une clé secrète (.key) : elle ne doit jamais quitter l'éditeur. Ajoutez sa clé publique (.pub) à la place.",
                          "This is a secret key (.key): it must never leave its publisher. Add their public key (.pub) instead."}},
    {"trust.already", {I, "La clé « %1 » (%2) est déjà de confiance sur cet ordinateur.",
                       "Key “%1” (%2) is already trusted on this computer."}},
    {"trust.same-name", {W, "Une autre clé est déjà de confiance sous le nom « %1 » (clé %2). Vérifiez auprès de l'éditeur que la nouvelle clé est bien la sienne.",
                         "Another key is already trusted under the name “%1” (key %2). Check with the publisher that the new key really is theirs."}},
    {"trust.collision", {E, "« %1 » existe déjà parmi les clés de confiance et ne contient pas cette clé (fichier abîmé ?). Déplacez ou supprimez ce fichier, puis recommencez.",
                         "“%1” already exists among the trusted keys and does not hold this key (a damaged file?). Move or delete that file, then try again."}},
    {"trust.not-found", {E, "Aucune clé de confiance ne s'appelle « %1 » ni n'a cette empreinte. « relais trust list » montre les clés de confiance.",
                         "No trusted key is named “%1” or has that fingerprint. “relais trust list” shows the trusted keys."}},
    {"trust.ambiguous", {E, "Plusieurs clés de confiance s'appellent « %1 » (%2) : indiquez l'empreinte de celle à retirer.",
                         "Several trusted keys are named “%1” (%2): give the fingerprint of the one to remove."}},
    {"trust.remove-failed", {E, "Impossible de supprimer « %1 » : %2.", "Cannot delete “%1”: %2."}},
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
