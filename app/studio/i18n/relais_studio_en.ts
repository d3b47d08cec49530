<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Atelier « %1 » · %2</source>
        <translation>Module “%1” · %2</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>⚠ Le type d&apos;exercice « %1 » n&apos;est pas installé : son contenu est gardé tel quel mais ne peut pas être modifié ici.</source>
        <translation>⚠ The exercise type “%1” is not installed: its content is kept as it is, but it cannot be edited here.</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Ce que la personne doit faire, en phrases courtes.</source>
        <translation>What the learner has to do, in short sentences.</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Minuscules, chiffres et tirets, unique dans l&apos;atelier.</source>
        <translation>Lowercase letters, digits and hyphens; unique within the module.</translation>
    </message>
    <message>
        <source>Médias de l&apos;activité</source>
        <translation>Activity media</translation>
    </message>
    <message>
        <source>Images, sons ou vidéos montrés avec la consigne.</source>
        <translation>Pictures, sounds or videos shown with the instructions.</translation>
    </message>
    <message>
        <source>Média %1</source>
        <translation>Media %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer le média %1</source>
        <translation>Remove media %1</translation>
    </message>
    <message>
        <source>Ajouter un média</source>
        <translation>Add media</translation>
    </message>
    <message>
        <source>Poids dans la note</source>
        <translation>Weight in the score</translation>
    </message>
    <message>
        <source>Réussi à partir de</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Sur l&apos;image</source>
        <translation>On the picture</translation>
    </message>
    <message>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>AreaRow</name>
    <message>
        <source>Une ligne vide sépare les paragraphes ; « - » commence une puce ; **gras**, *italique*, [texte](https://lien).</source>
        <translation>A blank line separates paragraphs; “-” starts a bullet point; **bold**, *italic*, [text](https://link).</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>non précisée</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>En groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>En individuel</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <source>Mixte</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>Débutant</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermédiaire</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Tablette</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Vidéoprojecteur</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Connexion internet</source>
        <translation>Internet connection</translation>
    </message>
    <message>
        <source>Casque audio</source>
        <translation>Headphones</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparer avec une autre version</source>
        <translation>Compare with another version</translation>
    </message>
    <message>
        <source>À gauche : la version %1 (%2).</source>
        <translation>On the left: version %1 (%2).</translation>
    </message>
    <message>
        <source>Choisissez l&apos;autre version du cursus : son dossier ou son paquet .relais.</source>
        <translation>Choose the other version of the curriculum: its folder or its .relais pack.</translation>
    </message>
    <message>
        <source>l&apos;autre version</source>
        <translation>the other version</translation>
    </message>
    <message>
        <source>À droite : ce cursus tel qu&apos;il est maintenant, version %1, modifications non enregistrées comprises.</source>
        <translation>On the right: this curriculum as it is now, version %1, unsaved changes included.</translation>
    </message>
    <message>
        <source>Comparaison en cours…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Changements</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aller à</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>Montre cet élément dans l&apos;éditeur</source>
        <translation>Shows this item in the editor</translation>
    </message>
    <message>
        <source>Avant (version %1)</source>
        <translation>Before (version %1)</translation>
    </message>
    <message>
        <source>Maintenant (version %1)</source>
        <translation>Now (version %1)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(not present)</translation>
    </message>
    <message>
        <source>Comparer de nouveau</source>
        <translation>Compare again</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CurriculumEditor</name>
    <message>
        <source>Cursus</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Cursus · version %1</source>
        <translation>Curriculum · version %1</translation>
    </message>
    <message>
        <source>%1 parcours · %2 ateliers · %3 médias</source>
        <translation>%1 pathways · %2 modules · %3 media</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sous-titre</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ce que les relais numériques lisent en découvrant le cursus.</source>
        <translation>What digital inclusion relays read when they first discover the curriculum.</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Un public par ligne, par exemple « seniors » ou « jeunes ».</source>
        <translation>One audience per line, for example “seniors” or “young people”.</translation>
    </message>
    <message>
        <source>Éditeur et licence</source>
        <translation>Publisher and licence</translation>
    </message>
    <message>
        <source>Éditeur</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Site de l&apos;éditeur</source>
        <translation>Publisher&apos;s website</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Par exemple CC-BY-SA-4.0.</source>
        <translation>For example CC-BY-SA-4.0.</translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nom de l&apos;auteur %1</source>
        <translation>Name of author %1</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rôle de l&apos;auteur %1</source>
        <translation>Role of author %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer l&apos;auteur %1</source>
        <translation>Remove author %1</translation>
    </message>
    <message>
        <source>Ajouter un auteur</source>
        <translation>Add an author</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version actuelle : %1</source>
        <translation>Current version: %1</translation>
    </message>
    <message>
        <source>Nouvelle version…</source>
        <translation>New version…</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Vérification</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>vérification en cours…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>Aucun problème trouvé.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n erreur(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avertissement(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Problèmes trouvés</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Parcours : %1</source>
        <translation>Pathway: %1</translation>
    </message>
    <message>
        <source>Atelier : %1</source>
        <translation>Module: %1</translation>
    </message>
    <message>
        <source>Tout le cursus : %1</source>
        <translation>The whole curriculum: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;export sous</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choisir le dossier où créer l&apos;export</source>
        <translation>Choose the folder in which to create the export</translation>
    </message>
    <message>
        <source>Format d&apos;export</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Aucun format d&apos;export n&apos;est installé.</source>
        <translation>No export format is installed.</translation>
    </message>
    <message>
        <source>Contenu exporté</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Dossier à créer</source>
        <translation>Folder to create</translation>
    </message>
    <message>
        <source>Fichier à créer</source>
        <translation>File to create</translation>
    </message>
    <message>
        <source>Un dossier existant n&apos;est remplacé que s&apos;il est vide ou vient d&apos;un export précédent.</source>
        <translation>An existing folder is only replaced if it is empty or comes from an earlier export.</translation>
    </message>
    <message>
        <source>Emplacement de l&apos;export</source>
        <translation>Where to write the export</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Avancement de l&apos;export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Export terminé : %1</source>
        <translation>Export finished: %1</translation>
    </message>
    <message>
        <source>Export annulé : rien n&apos;a été écrit.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Export refusé :</source>
        <translation>Export refused:</translation>
    </message>
    <message>
        <source>L&apos;export a échoué ; ce qui existait avant est intact :</source>
        <translation>The export failed; what was there before is intact:</translation>
    </message>
    <message>
        <source>Laissé de côté (%1) :</source>
        <translation>Left out (%1):</translation>
    </message>
    <message>
        <source>Exporter de nouveau</source>
        <translation>Export again</translation>
    </message>
    <message>
        <source>Annuler l&apos;export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Monter : %1 %2</source>
        <translation>Move up: %1 %2</translation>
    </message>
    <message>
        <source>Descendre : %1 %2</source>
        <translation>Move down: %1 %2</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer : %1 %2</source>
        <translation>Remove: %1 %2</translation>
    </message>
    <message>
        <source>Ajouter : %1</source>
        <translation>Add: %1</translation>
    </message>
</context>
<context>
    <name>HotspotEditor</name>
    <message>
        <source>Changer la forme de la zone</source>
        <translation>Change the shape of the zone</translation>
    </message>
    <message>
        <source>Ajouter un coin</source>
        <translation>Add a corner</translation>
    </message>
    <message>
        <source>Supprimer la zone</source>
        <translation>Delete the zone</translation>
    </message>
    <message>
        <source>Déplacer la zone</source>
        <translation>Move the zone</translation>
    </message>
    <message>
        <source>Déplacer un coin</source>
        <translation>Move a corner</translation>
    </message>
    <message>
        <source>Redimensionner la zone</source>
        <translation>Resize the zone</translation>
    </message>
    <message>
        <source>Ajouter une zone</source>
        <translation>Add a zone</translation>
    </message>
    <message>
        <source>sans nom</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <source>Zone %1 : %2, bon endroit</source>
        <translation>Zone %1: %2, right place</translation>
    </message>
    <message>
        <source>Zone %1 : %2</source>
        <translation>Zone %1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Choisissez une image</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Par exemple « Où cliquez-vous pour envoyer le message ? »</source>
        <translation>For example “Where do you click to send the message?”</translation>
    </message>
    <message>
        <source>Tracez un rectangle sur l&apos;image pour ajouter une zone. Faites glisser une zone pour la déplacer, ses poignées pour changer sa forme ; les flèches du clavier la déplacent aussi (avec Maj, plus vite).</source>
        <translation>Draw a rectangle on the picture to add a zone. Drag a zone to move it, or its handles to change its shape; the arrow keys move it too (faster with Shift).</translation>
    </message>
    <message>
        <source>L&apos;exercice a déjà %1 zones, le maximum : supprimez-en une pour en ajouter une autre.</source>
        <translation>The exercise already has %1 zones, the maximum: delete one to add another.</translation>
    </message>
    <message>
        <source>L&apos;image et ses zones</source>
        <translation>The picture and its zones</translation>
    </message>
    <message>
        <source>Aucune zone choisie</source>
        <translation>No zone selected</translation>
    </message>
    <message>
        <source>L&apos;image « %1 » est introuvable.</source>
        <translation>The picture “%1” cannot be found.</translation>
    </message>
    <message>
        <source>Choisissez une image au-dessus.</source>
        <translation>Choose a picture above.</translation>
    </message>
    <message>
        <source>Bon endroit</source>
        <translation>Right place</translation>
    </message>
    <message>
        <source>Autre endroit</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Zones (%1)</source>
        <translation>Zones (%1)</translation>
    </message>
    <message>
        <source>Aucune zone pour l&apos;instant.</source>
        <translation>No zones yet.</translation>
    </message>
    <message>
        <source>Flèches : déplacer la zone. Suppr : la supprimer.</source>
        <translation>Arrow keys: move the zone. Delete: delete it.</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>bon endroit</source>
        <translation>right place</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Polygone</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Nom de l&apos;endroit</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>Par exemple « le bouton Envoyer »</source>
        <translation>For example “the Send button”</translation>
    </message>
    <message>
        <source>Lu par les lecteurs d&apos;écran : décrivez l&apos;endroit sans dire si c&apos;est la bonne réponse.</source>
        <translation>Read out by screen readers: describe the place without saying whether it is the right answer.</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ce que la personne lit après avoir choisi cet endroit</source>
        <translation>What the learner reads after choosing this place</translation>
    </message>
    <message>
        <source>Coordonnées (en % de l&apos;image)</source>
        <translation>Coordinates (in % of the picture)</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordinates</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Signé par %1 — éditeur de confiance</source>
        <translation>Signed by %1 — trusted publisher</translation>
    </message>
    <message>
        <source>Signé par %1 — clé inconnue</source>
        <translation>Signed by %1 — unknown key</translation>
    </message>
    <message>
        <source>Non signé</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Signature invalide</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>Signature illisible</source>
        <translation>Unreadable signature</translation>
    </message>
    <message>
        <source>Ce parcours n&apos;est pas encore dans votre bibliothèque.</source>
        <translation>This pathway is not in your library yet.</translation>
    </message>
    <message>
        <source>Mise à jour : la version active est actuellement la %1.</source>
        <translation>Update: the active version is currently %1.</translation>
    </message>
    <message>
        <source>Version plus ancienne que la version active (%1).</source>
        <translation>Older than the active version (%1).</translation>
    </message>
    <message>
        <source>Cette version est déjà dans votre bibliothèque.</source>
        <translation>This version is already in your library.</translation>
    </message>
    <message>
        <source>Le cursus</source>
        <translation>The curriculum</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <source>Ateliers et activités</source>
        <translation>Modules and activities</translation>
    </message>
    <message>
        <source>Médias</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>changement majeur</source>
        <translation>major change</translation>
    </message>
    <message>
        <source>changement mineur</source>
        <translation>minor change</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>fix</translation>
    </message>
    <message>
        <source>Installation dans la bibliothèque…</source>
        <translation>Installing in the library…</translation>
    </message>
    <message>
        <source>Vérification du paquet…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>L&apos;import n&apos;a pas abouti</source>
        <translation>The import did not succeed</translation>
    </message>
    <message>
        <source>Importer « %1 », version %2</source>
        <translation>Import “%1”, version %2</translation>
    </message>
    <message>
        <source>Importer « %1 »</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>Publié par %1 : %2 parcours, %3 ateliers, %4 activités.</source>
        <translation>Published by %1: %2 pathways, %3 modules, %4 activities.</translation>
    </message>
    <message>
        <source>Empreinte de la clé : %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <source>✔ Le contenu du paquet est complet et le cursus a été vérifié : aucun problème trouvé.</source>
        <translation>✔ The pack&apos;s content is complete and the curriculum has been checked: no problems found.</translation>
    </message>
    <message>
        <source>Ce paquet ne peut pas être installé :</source>
        <translation>This pack cannot be installed:</translation>
    </message>
    <message>
        <source>Erreurs trouvées dans le cursus (%1) :</source>
        <translation>Errors found in the curriculum (%1):</translation>
    </message>
    <message>
        <source>À savoir avant d&apos;installer :</source>
        <translation>Good to know before installing:</translation>
    </message>
    <message>
        <source>Ce qui change depuis la version %1</source>
        <translation>What changes since version %1</translation>
    </message>
    <message>
        <source>Aucun changement dans le contenu.</source>
        <translation>No changes in the content.</translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s). Version suggérée par ces changements : %1 (%2).</source>
        <translation>
            <numerusform>%n change. Version suggested by this change: %1 (%2).</numerusform>
            <numerusform>%n changes. Version suggested by these changes: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>L&apos;éditeur l&apos;a numérotée %1 : ce numéro annonce moins de changements qu&apos;il n&apos;y en a.</source>
        <translation>The publisher numbered it %1: this number announces fewer changes than there are.</translation>
    </message>
    <message>
        <source>Je comprends le risque, installer quand même</source>
        <translation>I understand the risk, install anyway</translation>
    </message>
    <message>
        <source>En faire la version active (sinon, la version %1 reste active)</source>
        <translation>Make it the active version (otherwise, version %1 stays active)</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Install</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Non signé</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Signé par %1 — éditeur de confiance</source>
        <translation>Signed by %1 — trusted publisher</translation>
    </message>
    <message>
        <source>Signé par %1 — clé inconnue</source>
        <translation>Signed by %1 — unknown key</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <source>Activité « %1 », dans l&apos;atelier « %2 »</source>
        <translation>Activity “%1”, in the module “%2”</translation>
    </message>
    <message>
        <source>Atelier « %1 »</source>
        <translation>Module “%1”</translation>
    </message>
    <message>
        <source>Parcours « %1 »</source>
        <translation>Pathway “%1”</translation>
    </message>
    <message>
        <source>Présentation du cursus</source>
        <translation>Curriculum overview</translation>
    </message>
    <message>
        <source>← Retour</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Bibliothèque des parcours</source>
        <translation>Pathway library</translation>
    </message>
    <message>
        <source>Importer un paquet…</source>
        <translation>Import a pack…</translation>
    </message>
    <message>
        <source>« %1 », version %2, est installé dans la bibliothèque.</source>
        <translation>“%1”, version %2, is installed in the library.</translation>
    </message>
    <message>
        <source>Import de « %1 » annulé : la bibliothèque n&apos;a pas changé.</source>
        <translation>Import of “%1” cancelled: the library has not changed.</translation>
    </message>
    <message>
        <source>Installation de « %1 » annulée : la bibliothèque n&apos;a pas changé.</source>
        <translation>Installation of “%1” cancelled: the library has not changed.</translation>
    </message>
    <message>
        <source>« %1 » : la version %2 est de nouveau la version active.</source>
        <translation>“%1”: version %2 is the active version again.</translation>
    </message>
    <message>
        <source>« %1 » a été retiré de la bibliothèque.</source>
        <translation>“%1” was removed from the library.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer le message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Parcours installés (%1)</source>
        <translation>Installed pathways (%1)</translation>
    </message>
    <message>
        <source>Aucun parcours pour l&apos;instant.</source>
        <translation>No pathways yet.</translation>
    </message>
    <message>
        <source>Parcours installés</source>
        <translation>Installed pathways</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Rechercher dans la bibliothèque</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Un mot d&apos;un titre, d&apos;un objectif, d&apos;une consigne…</source>
        <translation>A word from a title, an objective, an instruction…</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %1 ».</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>dans « %1 »</source>
        <translation>in “%1”</translation>
    </message>
    <message>
        <source>Votre bibliothèque est vide</source>
        <translation>Your library is empty</translation>
    </message>
    <message>
        <source>Importez un paquet .relais reçu d&apos;un éditeur : choisissez le fichier, ou glissez-le sur cette page.</source>
        <translation>Import a .relais pack you received from a publisher: choose the file, or drag it onto this page.</translation>
    </message>
    <message>
        <source>Publié par %1. Version active : %2, installée le %3.</source>
        <translation>Published by %1. Active version: %2, installed on %3.</translation>
    </message>
    <message>
        <source>%1 parcours, %2 ateliers, %3 activités.</source>
        <translation>%1 pathways, %2 modules, %3 activities.</translation>
    </message>
    <message>
        <source>empreinte %1</source>
        <translation>fingerprint %1</translation>
    </message>
    <message>
        <source>Ouvrir une copie pour l&apos;adapter…</source>
        <translation>Open a copy to adapt it…</translation>
    </message>
    <message>
        <source>Revenir à la version précédente…</source>
        <translation>Go back to the previous version…</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>La bibliothèque garde l&apos;original intact : pour adapter ce parcours à votre structure, travaillez sur une copie.</source>
        <translation>The library keeps the original intact: to adapt this pathway to your organisation, work on a copy.</translation>
    </message>
    <message>
        <source>Trouvé ici : %1</source>
        <translation>Found here: %1</translation>
    </message>
    <message>
        <source>Versions installées</source>
        <translation>Installed versions</translation>
    </message>
    <message>
        <source>● Version %1, installée le %2 — version active</source>
        <translation>● Version %1, installed on %2 — active version</translation>
    </message>
    <message>
        <source>○ Version %1, installée le %2</source>
        <translation>○ Version %1, installed on %2</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Modules</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%n activité(s))</source>
        <translation>
            <numerusform>• %1 (%n activity)</numerusform>
            <numerusform>• %1 (%n activities)</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Déposez le paquet pour l&apos;importer dans la bibliothèque</source>
        <translation>Drop the pack to import it into the library</translation>
    </message>
    <message>
        <source>Importer un paquet dans la bibliothèque</source>
        <translation>Import a pack into the library</translation>
    </message>
    <message>
        <source>Paquets Relais (*.relais)</source>
        <translation>Relais packs (*.relais)</translation>
    </message>
    <message>
        <source>Choisir où enregistrer la copie à adapter</source>
        <translation>Choose where to save the copy to adapt</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>Could not copy</translation>
    </message>
    <message>
        <source>Revenir à la version précédente</source>
        <translation>Go back to the previous version</translation>
    </message>
    <message>
        <source>« %1 » reviendra à la version %2. La version %3 reste installée : vous pourrez y revenir.</source>
        <translation>“%1” will go back to version %2. Version %3 stays installed: you can go back to it.</translation>
    </message>
    <message>
        <source>Revenir à la version %1</source>
        <translation>Go back to version %1</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retour impossible</source>
        <translation>Could not go back</translation>
    </message>
    <message>
        <source>Supprimer de la bibliothèque</source>
        <translation>Delete from the library</translation>
    </message>
    <message numerus="yes">
        <source>Supprimer « %1 » et ses %n version(s) de la bibliothèque ? Vos copies adaptées ne sont pas touchées.</source>
        <translation>
            <numerusform>Delete “%1” and its %n version from the library? Your adapted copies are not affected.</numerusform>
            <numerusform>Delete “%1” and its %n versions from the library? Your adapted copies are not affected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ouvrir un dossier…</source>
        <translation>Open a folder…</translation>
    </message>
    <message>
        <source>Ouvrir un paquet .relais…</source>
        <translation>Open a .relais pack…</translation>
    </message>
    <message>
        <source>Nouveau cursus…</source>
        <translation>New curriculum…</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Exporter un paquet .relais…</source>
        <translation>Export a .relais pack…</translation>
    </message>
    <message>
        <source>Fermer le cursus</source>
        <translation>Close the curriculum</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rétablir : %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Aperçu dans le navigateur</source>
        <translation>Preview in the browser</translation>
    </message>
    <message>
        <source>Aperçu impossible</source>
        <translation>Preview failed</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New module</translation>
    </message>
    <message>
        <source>Nouvelle activité…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Nouveau parcours</source>
        <translation>New pathway</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Aller aux problèmes</source>
        <translation>Go to problems</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Récents</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Export refusé</source>
        <translation>Export blocked</translation>
    </message>
    <message>
        <source>Ouvrir le dossier d&apos;un cursus</source>
        <translation>Open a curriculum&apos;s folder</translation>
    </message>
    <message>
        <source>Annuler</source>
        <comment>undo</comment>
        <translation>Undo</translation>
    </message>
    <message numerus="yes">
        <source>%n erreur(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avertissement(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrir un paquet</source>
        <translation>Open a pack</translation>
    </message>
    <message>
        <source>Paquets Relais (*.relais)</source>
        <translation>Relais packs (*.relais)</translation>
    </message>
    <message>
        <source>Enregistrer sous (un nom finissant par .relais donne un paquet, sinon un dossier)</source>
        <translation>Save as (a name ending in .relais makes a pack, any other name a folder)</translation>
    </message>
    <message>
        <source>Dossier de cursus (*)</source>
        <translation>Curriculum folder (*)</translation>
    </message>
    <message>
        <source>Paquet Relais (*.relais)</source>
        <translation>Relais pack (*.relais)</translation>
    </message>
    <message>
        <source>Exporter un paquet .relais</source>
        <translation>Export a .relais pack</translation>
    </message>
    <message>
        <source>Paquet exporté</source>
        <translation>Pack exported</translation>
    </message>
    <message>
        <source>Le paquet a été écrit dans %1.</source>
        <translation>The pack was written to %1.</translation>
    </message>
    <message>
        <source>« %1 » a des modifications non enregistrées. Voulez-vous les enregistrer ?</source>
        <translation>“%1” has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Travail non enregistré retrouvé</source>
        <translation>Unsaved work found</translation>
    </message>
    <message>
        <source>Relais Studio s&apos;est arrêté sans enregistrer « %1 ». Les modifications en cours ont été gardées. Voulez-vous les récupérer ?</source>
        <translation>Relais Studio closed without saving “%1”. The changes in progress were kept. Do you want to recover them?</translation>
    </message>
    <message>
        <source>Récupérer</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Ignorer</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Récupération impossible</source>
        <translation>Could not recover</translation>
    </message>
    <message>
        <source>Ces cursus ont des modifications qui n&apos;ont pas été enregistrées. Ouvrez-en un pour les récupérer.</source>
        <translation>These curricula have changes that were never saved. Open one to recover them.</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer cet atelier ? Les séances qui l&apos;utilisent le montreront comme introuvable.</source>
        <translation>Delete this module? The sessions that use it will show it as missing.</translation>
    </message>
    <message>
        <source>Supprimer cette activité ?</source>
        <translation>Delete this activity?</translation>
    </message>
    <message>
        <source>Supprimer ce parcours ? Ses ateliers restent dans le cursus.</source>
        <translation>Delete this pathway? Its modules stay in the curriculum.</translation>
    </message>
    <message>
        <source>Supprimer cette séance ?</source>
        <translation>Delete this session?</translation>
    </message>
    <message>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nouvelle activité</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Nouveau cursus à partir d&apos;un modèle</source>
        <translation>New curriculum from a template</translation>
    </message>
    <message>
        <source>Nouveau cursus</source>
        <translation>New curriculum</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Cursus vide</source>
        <translation>Empty curriculum</translation>
    </message>
    <message>
        <source>Titre du cursus</source>
        <translation>Curriculum title</translation>
    </message>
    <message>
        <source>Dossier (vide ou nouveau)</source>
        <translation>Folder (empty or new)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Création impossible</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <source>nouveau-cursus</source>
        <translation>new-curriculum</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Celle du système</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>E&amp;xporter (SCORM, site hors ligne, PDF…)…</source>
        <translation>E&amp;xport (SCORM, offline site, PDF…)…</translation>
    </message>
    <message>
        <source>Bibliothèque des parcours…</source>
        <translation>Pathway library…</translation>
    </message>
    <message>
        <source>✔ Paquet signé par %1, éditeur de confiance</source>
        <translation>✔ Pack signed by %1, trusted publisher</translation>
    </message>
    <message>
        <source>⚠ Paquet signé par %1, clé inconnue (%2)</source>
        <translation>⚠ Pack signed by %1, unknown key (%2)</translation>
    </message>
    <message>
        <source>⚠ Paquet non signé</source>
        <translation>⚠ Unsigned pack</translation>
    </message>
    <message>
        <source>✖ Signature invalide : paquet modifié après sa signature</source>
        <translation>✖ Invalid signature: the pack was changed after it was signed</translation>
    </message>
    <message>
        <source>✖ Signature illisible</source>
        <translation>✖ Unreadable signature</translation>
    </message>
</context>
<context>
    <name>MediaImport</name>
    <message>
        <source>Importer un média</source>
        <translation>Import media</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp *.gif)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Sons (*.mp3 *.ogg *.oga *.m4a *.wav)</source>
        <translation>Sounds (*.mp3 *.ogg *.oga *.m4a *.wav)</translation>
    </message>
    <message>
        <source>Vidéos (*.mp4 *.webm)</source>
        <translation>Videos (*.mp4 *.webm)</translation>
    </message>
    <message>
        <source>Médias (*.png *.jpg *.jpeg *.svg *.webp *.gif *.mp3 *.ogg *.oga *.m4a *.wav *.mp4 *.webm *.vtt)</source>
        <translation>Media (*.png *.jpg *.jpeg *.svg *.webp *.gif *.mp3 *.ogg *.oga *.m4a *.wav *.mp4 *.webm *.vtt)</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <source>Transcription du média</source>
        <translation>Media transcript</translation>
    </message>
    <message>
        <source>Description de l&apos;image</source>
        <translation>Picture description</translation>
    </message>
    <message>
        <source>Écrivez ce qui est dit et entendu, pour les personnes qui n&apos;entendent pas le son.</source>
        <translation>Write down what is said and heard, for people who cannot hear the sound.</translation>
    </message>
    <message>
        <source>Décrivez ce que montre l&apos;image, pour les personnes qui ne la voient pas (lecteur d&apos;écran). Par exemple : « Écran d&apos;accueil de la messagerie, le bouton Écrire en haut à gauche ».</source>
        <translation>Describe what the picture shows, for people who cannot see it (screen readers). For example: “Home screen of the email app, the Write button at the top left”.</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <source>Médias</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>%1 fichiers dans media/</source>
        <translation>%1 files in media/</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Glissez des images, des sons ou des vidéos sur la fenêtre pour les importer. Chaque image a besoin d&apos;une description, chaque son ou vidéo d&apos;une transcription.</source>
        <translation>Drag pictures, sounds or videos onto the window to import them. Every picture needs a description, every sound or video a transcript.</translation>
    </message>
    <message>
        <source>Médias inutilisés (%1)</source>
        <translation>Unused media (%1)</translation>
    </message>
    <message>
        <source>Retirer du cursus</source>
        <translation>Remove from the curriculum</translation>
    </message>
    <message>
        <source>Retirer %1 du cursus</source>
        <translation>Remove %1 from the curriculum</translation>
    </message>
    <message>
        <source>Tous les médias</source>
        <translation>All media</translation>
    </message>
    <message>
        <source>%1 · %2 Ko</source>
        <translation>%1 · %2 KB</translation>
    </message>
    <message>
        <source>Description (texte alternatif)</source>
        <translation>Description (alt text)</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Aucun média choisi</source>
        <translation>No media chosen</translation>
    </message>
    <message>
        <source>⚠ média introuvable : %1</source>
        <translation>⚠ media not found: %1</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choisir : %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Importer un fichier pour : %1</source>
        <translation>Import a file for: %1</translation>
    </message>
    <message>
        <source>Choisir un média</source>
        <translation>Choose media</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ajouter un média…</source>
        <translation>Add media…</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Intégrer une mise à jour</source>
        <translation>Bring in an update</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(not present)</translation>
    </message>
    <message>
        <source>Dossier où créer le cursus fusionné</source>
        <translation>Folder in which to create the merged curriculum</translation>
    </message>
    <message>
        <source>Ce cursus (version %1) est votre adaptation. Choisissez la nouvelle version publiée, puis la version dont votre adaptation est partie : Relais Studio garde vos changements et ajoute ceux de la mise à jour.</source>
        <translation>This curriculum (version %1) is your adaptation. Choose the new published version, then the version your adaptation started from: Relais Studio keeps your changes and adds those from the update.</translation>
    </message>
    <message>
        <source>La nouvelle version</source>
        <translation>The new version</translation>
    </message>
    <message>
        <source>Pas encore choisie.</source>
        <translation>Not chosen yet.</translation>
    </message>
    <message>
        <source>la nouvelle version</source>
        <translation>the new version</translation>
    </message>
    <message>
        <source>La version de départ de votre adaptation</source>
        <translation>The version your adaptation started from</translation>
    </message>
    <message>
        <source>%1, installée dans la bibliothèque</source>
        <translation>%1, installed in the library</translation>
    </message>
    <message>
        <source>la version de départ</source>
        <translation>the starting version</translation>
    </message>
    <message>
        <source>Ce cursus a des modifications non enregistrées : enregistrez-les d&apos;abord, pour que la fusion parte de votre version complète.</source>
        <translation>This curriculum has unsaved changes: save them first, so that the merge starts from your complete version.</translation>
    </message>
    <message>
        <source>Fusion en cours…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Écriture et vérification du cursus fusionné…</source>
        <translation>Writing and checking the merged curriculum…</translation>
    </message>
    <message>
        <source>Version de départ %1, votre version %2, nouvelle version %3 : le résultat sera la version %4.</source>
        <translation>Starting version %1, your version %2, new version %3: the result will be version %4.</translation>
    </message>
    <message numerus="yes">
        <source>Intégré automatiquement : %n changement(s)</source>
        <translation>
            <numerusform>Merged automatically: %n change</numerusform>
            <numerusform>Merged automatically: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changements intégrés automatiquement</source>
        <translation>Changes merged automatically</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Conflit %1 sur %2</source>
        <translation>Conflict %1 of %2</translation>
    </message>
    <message>
        <source>Version de départ (%1)</source>
        <translation>Starting version (%1)</translation>
    </message>
    <message>
        <source>Ma version (locale)</source>
        <translation>My version (local)</translation>
    </message>
    <message>
        <source>Nouvelle version (amont)</source>
        <translation>New version (upstream)</translation>
    </message>
    <message>
        <source>✓ Choisie</source>
        <translation>✓ Chosen</translation>
    </message>
    <message>
        <source>Garder ma version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Prendre la nouvelle version</source>
        <translation>Take the new version</translation>
    </message>
    <message>
        <source>Conflit précédent</source>
        <translation>Previous conflict</translation>
    </message>
    <message>
        <source>Conflit suivant</source>
        <translation>Next conflict</translation>
    </message>
    <message>
        <source>Aucun conflit : tout a été intégré automatiquement.</source>
        <translation>No conflicts: everything was merged automatically.</translation>
    </message>
    <message numerus="yes">
        <source>Encore %n conflit(s) à trancher.</source>
        <translation>
            <numerusform>%n conflict still to resolve.</numerusform>
            <numerusform>%n conflicts still to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tous les conflits sont tranchés.</source>
        <translation>All conflicts are resolved.</translation>
    </message>
    <message>
        <source>Dossier du cursus fusionné (nouveau ou vide)</source>
        <translation>Folder for the merged curriculum (new or empty)</translation>
    </message>
    <message>
        <source>Votre cursus actuel ne change pas : la fusion est écrite à part, puis ouverte.</source>
        <translation>Your current curriculum does not change: the merge is written separately, then opened.</translation>
    </message>
    <message>
        <source>Dossier du cursus fusionné</source>
        <translation>Folder for the merged curriculum</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Lancer la fusion</source>
        <translation>Start the merge</translation>
    </message>
    <message>
        <source>Enregistrer la fusion</source>
        <translation>Save the merge</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ModuleChoice</name>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>⚠ atelier introuvable : %1</source>
        <translation>⚠ module not found: %1</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Atelier</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Atelier · %1 min</source>
        <translation>Module · %1 min</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Ouvre l&apos;atelier dans le navigateur, tel que les personnes le verront.</source>
        <translation>Opens the module in the browser, as learners will see it.</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Minuscules, chiffres et tirets. Les séances qui utilisent l&apos;atelier suivent le changement.</source>
        <translation>Lowercase letters, digits and hyphens. Sessions that use the module follow the change.</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Un objectif par ligne, du point de vue de la personne : « Envoyer un courriel avec une pièce jointe ».</source>
        <translation>One objective per line, from the learner&apos;s point of view: “Send an email with an attachment”.</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Modifier l&apos;activité « %1 »</source>
        <translation>Edit the activity “%1”</translation>
    </message>
    <message>
        <source>Monter l&apos;activité « %1 »</source>
        <translation>Move the activity “%1” up</translation>
    </message>
    <message>
        <source>Descendre l&apos;activité « %1 »</source>
        <translation>Move the activity “%1” down</translation>
    </message>
    <message>
        <source>Ajouter une activité…</source>
        <translation>Add an activity…</translation>
    </message>
    <message>
        <source>Déroulé pour l&apos;animateur</source>
        <translation>Facilitator&apos;s running order</translation>
    </message>
    <message>
        <source>⚠ Le déroulé dure %1 min, l&apos;atelier %2 min : ajustez les temps ou la durée.</source>
        <translation>⚠ The running order lasts %1 min but the module %2 min: adjust the timings or the duration.</translation>
    </message>
    <message>
        <source>Total du déroulé : %1 min</source>
        <translation>Running order total: %1 min</translation>
    </message>
    <message>
        <source>Durée de l&apos;étape %1 en minutes</source>
        <translation>Duration of segment %1 in minutes</translation>
    </message>
    <message>
        <source>Titre de l&apos;étape %1</source>
        <translation>Title of segment %1</translation>
    </message>
    <message>
        <source>sans activité</source>
        <translation>no activity</translation>
    </message>
    <message>
        <source>Activité de l&apos;étape %1</source>
        <translation>Activity of segment %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape %1</source>
        <translation>Move segment %1 up</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape %1</source>
        <translation>Move segment %1 down</translation>
    </message>
    <message>
        <source>Retirer l&apos;étape %1</source>
        <translation>Remove segment %1</translation>
    </message>
    <message>
        <source>Ajouter une étape au déroulé</source>
        <translation>Add a segment to the running order</translation>
    </message>
    <message>
        <source>Notes pour l&apos;animateur</source>
        <translation>Notes for the facilitator</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Type de matériel %1</source>
        <translation>Type of equipment %1</translation>
    </message>
    <message>
        <source>nombre</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Quantité %1</source>
        <translation>Quantity %1</translation>
    </message>
    <message>
        <source>précision (facultatif)</source>
        <translation>details (optional)</translation>
    </message>
    <message>
        <source>Précision %1</source>
        <translation>Details %1</translation>
    </message>
    <message>
        <source>Retirer le matériel %1</source>
        <translation>Remove equipment %1</translation>
    </message>
    <message>
        <source>Ajouter du matériel</source>
        <translation>Add equipment</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Code de la compétence %1</source>
        <translation>Code of competency %1</translation>
    </message>
    <message>
        <source>Compétence %1</source>
        <translation>Competency %1</translation>
    </message>
    <message>
        <source>Retirer la compétence %1</source>
        <translation>Remove competency %1</translation>
    </message>
    <message>
        <source>Ajouter une compétence</source>
        <translation>Add a competency</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher dans le cursus</source>
        <translation>Search the curriculum</translation>
    </message>
    <message>
        <source>+ Atelier</source>
        <translation>+ Module</translation>
    </message>
    <message>
        <source>Ajouter un atelier</source>
        <translation>Add a module</translation>
    </message>
    <message>
        <source>+ Activité</source>
        <translation>+ Activity</translation>
    </message>
    <message>
        <source>Ajouter une activité à l&apos;atelier choisi</source>
        <translation>Add an activity to the selected module</translation>
    </message>
    <message>
        <source>+ Parcours</source>
        <translation>+ Pathway</translation>
    </message>
    <message>
        <source>Ajouter un parcours</source>
        <translation>Add a pathway</translation>
    </message>
    <message>
        <source>Plan du cursus</source>
        <translation>Curriculum outline</translation>
    </message>
    <message>
        <source>atelier introuvable</source>
        <translation>module not found</translation>
    </message>
    <message>
        <source>contient des erreurs</source>
        <translation>contains errors</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>Nouvelle version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Version majeure</source>
        <translation>Major version</translation>
    </message>
    <message>
        <source>Changement important : un atelier ou un parcours retiré, une activité qui ne fonctionne plus comme avant. Les relais devront revoir leurs adaptations.</source>
        <translation>Big change: a module or pathway removed, an activity that no longer works as before. Relays will need to review their adaptations.</translation>
    </message>
    <message>
        <source>Version mineure</source>
        <translation>Minor version</translation>
    </message>
    <message>
        <source>Ajout : un nouvel atelier, une nouvelle activité, une séance de plus. Rien de ce qui existait n&apos;est retiré.</source>
        <translation>Addition: a new module, a new activity, one more session. Nothing that existed is removed.</translation>
    </message>
    <message>
        <source>Version corrective</source>
        <translation>Patch version</translation>
    </message>
    <message>
        <source>Correction : une faute de frappe, une consigne plus claire, une image remplacée.</source>
        <translation>Fix: a typo, clearer instructions, a replaced picture.</translation>
    </message>
    <message>
        <source>Adaptation locale</source>
        <translation>Local adaptation</translation>
    </message>
    <message>
        <source>Le cursus adapté à votre structure (lieux, horaires, exemples de votre ville). Le numéro garde la version d&apos;origine et ajoute le nom de votre relais.</source>
        <translation>The curriculum adapted to your organisation (places, opening hours, examples from your town). The number keeps the original version and adds your relay&apos;s name.</translation>
    </message>
    <message>
        <source>Ajouté</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Modifié</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Corrigé</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Retiré</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Version actuelle : %1</source>
        <translation>Current version: %1</translation>
    </message>
    <message>
        <source>Dernière entrée du journal des versions : %1, le %2</source>
        <translation>Last entry in the version history: %1, on %2</translation>
    </message>
    <message>
        <source>• %1 : %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Comparer avec la version précédente (facultatif)</source>
        <translation>Compare with the previous version (optional)</translation>
    </message>
    <message>
        <source>Relais Studio regarde ce qui a changé depuis cette version et coche le genre de version qui convient.</source>
        <translation>Relais Studio looks at what has changed since that version and ticks the matching kind of version.</translation>
    </message>
    <message>
        <source>la version précédente</source>
        <translation>the previous version</translation>
    </message>
    <message>
        <source>Comparaison en cours…</source>
        <translation>Comparing…</translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) depuis la version %1.</source>
        <translation>
            <numerusform>%n change since version %1.</numerusform>
            <numerusform>%n changes since version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quel genre de version ?</source>
        <translation>What kind of version?</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (écrivez le nom de votre relais)</source>
        <translation>%1 (enter your relay&apos;s name)</translation>
    </message>
    <message>
        <source>Nom de votre relais</source>
        <translation>Your relay&apos;s name</translation>
    </message>
    <message>
        <source>En minuscules, sans espace ni accent : par exemple « leers » ou « ccas-roubaix ».</source>
        <translation>Lowercase, with no spaces or accents: for example “leers” or “ccas-roubaix”.</translation>
    </message>
    <message>
        <source>« %1 » ne convient pas : utilisez seulement des lettres sans accent, des chiffres et des tirets.</source>
        <translation>“%1” is not suitable: use only letters without accents, digits and hyphens.</translation>
    </message>
    <message>
        <source>Ce qui change, une ligne par changement</source>
        <translation>What changes, one line per change</translation>
    </message>
    <message>
        <source>Genre du changement %1</source>
        <translation>Kind of change %1</translation>
    </message>
    <message>
        <source>Par exemple : nouvel atelier sur les arnaques par SMS</source>
        <translation>For example: new module on text message scams</translation>
    </message>
    <message>
        <source>Changement %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer le changement %1</source>
        <translation>Remove change %1</translation>
    </message>
    <message>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Créer la version %1</source>
        <translation>Create version %1</translation>
    </message>
    <message>
        <source>Créer la version</source>
        <translation>Create the version</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <source>Parcours</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Minuscules, chiffres et tirets. Il nomme le fichier du parcours.</source>
        <translation>Lowercase letters, digits and hyphens. It names the pathway&apos;s file.</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Séances annoncées</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>Durée annoncée</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Les ateliers des séances font %1 min.</source>
        <translation>The sessions&apos; modules add up to %1 min.</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Un public par ligne.</source>
        <translation>One audience per line.</translation>
    </message>
    <message>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Un prérequis par ligne.</source>
        <translation>One prerequisite per line.</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Aucun atelier</source>
        <translation>No modules</translation>
    </message>
    <message>
        <source>⚠ introuvable : %1</source>
        <translation>⚠ not found: %1</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Modifier la séance %1</source>
        <translation>Edit session %1</translation>
    </message>
    <message>
        <source>Monter la séance %1</source>
        <translation>Move session %1 up</translation>
    </message>
    <message>
        <source>Descendre la séance %1</source>
        <translation>Move session %1 down</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer la séance %1</source>
        <translation>Delete session %1</translation>
    </message>
    <message>
        <source>Ajouter une séance</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Diagnostic d&apos;entrée</source>
        <translation>Entry diagnostic</translation>
    </message>
    <message>
        <source>L&apos;atelier qui fait le point avant le parcours.</source>
        <translation>The module that takes stock before the pathway starts.</translation>
    </message>
    <message>
        <source>Évaluation de sortie</source>
        <translation>Exit assessment</translation>
    </message>
    <message>
        <source>Séances suivies pour terminer le parcours</source>
        <translation>Sessions attended to complete the pathway</translation>
    </message>
    <message>
        <source>L&apos;évaluation de sortie est obligatoire pour terminer</source>
        <translation>The exit assessment is required to complete the pathway</translation>
    </message>
</context>
<context>
    <name>Relais::DiagnosticsModel</name>
    <message>
        <source>… et %1 de plus.</source>
        <translation>…and %1 more.</translation>
    </message>
</context>
<context>
    <name>Relais::DiffModel</name>
    <message>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1e</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ajoutée</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Ajouté</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Retiré</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Déplacée</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Déplacé</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Renommée</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Renommé</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Modifiée</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Modifié</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Cursus</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Parcours et séances</source>
        <translation>Pathways and sessions</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Médias</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>Relais::Document</name>
    <message>
        <source>Ce cursus est déjà ouvert dans une autre fenêtre de Relais Studio (processus %1 sur %2). Fermez-le là-bas avant de l&apos;ouvrir ici, pour ne pas perdre de modifications.</source>
        <translation>This curriculum is already open in another Relais Studio window (process %1 on %2). Close it there before opening it here, so that no changes are lost.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;existe pas.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>Ce cursus ne peut pas être ouvert sans risquer de perdre une partie de son contenu :</source>
        <translation>This curriculum cannot be opened without the risk of losing part of its content:</translation>
    </message>
    <message>
        <source>Le dossier « %1 » n&apos;est pas vide : choisissez un dossier vide ou un nouveau nom.</source>
        <translation>The folder “%1” is not empty: choose an empty folder or a new name.</translation>
    </message>
    <message>
        <source>À compléter</source>
        <translation>To be completed</translation>
    </message>
    <message>
        <source>Première version.</source>
        <translation>First version.</translation>
    </message>
    <message>
        <source>Nouveau cursus</source>
        <translation>New curriculum</translation>
    </message>
    <message numerus="yes">
        <source>Le cursus contient %n erreur(s). Un paquet n&apos;est exporté que sans erreur, pour que les relais qui l&apos;importent reçoivent un cursus qui fonctionne. Corrigez d&apos;abord :</source>
        <translation>
            <numerusform>The curriculum has %n error. A pack is only exported when there are no errors, so that the relays who import it get a curriculum that works. First fix:</numerusform>
            <numerusform>The curriculum has %n errors. A pack is only exported when there are no errors, so that the relays who import it get a curriculum that works. First fix:</numerusform>
        </translation>
    </message>
    <message>
        <source>Le journal de récupération est illisible.</source>
        <translation>The recovery journal cannot be read.</translation>
    </message>
    <message>
        <source>Restaurer le travail non enregistré</source>
        <translation>Restore unsaved work</translation>
    </message>
    <message>
        <source>Modifier le cursus</source>
        <translation>Edit the curriculum</translation>
    </message>
    <message>
        <source>Ajouter un auteur</source>
        <translation>Add an author</translation>
    </message>
    <message>
        <source>Retirer un auteur</source>
        <translation>Remove an author</translation>
    </message>
    <message>
        <source>Modifier un auteur</source>
        <translation>Edit an author</translation>
    </message>
    <message>
        <source>Modifier le parcours</source>
        <translation>Edit the pathway</translation>
    </message>
    <message>
        <source>Nouveau parcours</source>
        <translation>New pathway</translation>
    </message>
    <message>
        <source>Première séance</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Ajouter un parcours</source>
        <translation>Add a pathway</translation>
    </message>
    <message>
        <source> (copie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Dupliquer le parcours</source>
        <translation>Duplicate the pathway</translation>
    </message>
    <message>
        <source>Supprimer le parcours « %1 »</source>
        <translation>Delete the pathway “%1”</translation>
    </message>
    <message>
        <source>Déplacer le parcours</source>
        <translation>Move the pathway</translation>
    </message>
    <message>
        <source>Séance %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Ajouter une séance</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Déplacer la séance</source>
        <translation>Move the session</translation>
    </message>
    <message>
        <source>Modifier la séance</source>
        <translation>Edit the session</translation>
    </message>
    <message>
        <source>Modifier l&apos;atelier</source>
        <translation>Edit the module</translation>
    </message>
    <message>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Retirer une ligne</source>
        <translation>Remove a line</translation>
    </message>
    <message>
        <source>Déplacer une ligne</source>
        <translation>Move a line</translation>
    </message>
    <message>
        <source>Modifier une ligne</source>
        <translation>Edit a line</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New module</translation>
    </message>
    <message>
        <source>Ajouter un atelier</source>
        <translation>Add a module</translation>
    </message>
    <message>
        <source>Dupliquer l&apos;atelier</source>
        <translation>Duplicate the module</translation>
    </message>
    <message>
        <source>Supprimer l&apos;atelier « %1 »</source>
        <translation>Delete the module “%1”</translation>
    </message>
    <message>
        <source>Déplacer l&apos;atelier</source>
        <translation>Move the module</translation>
    </message>
    <message>
        <source>Ajouter une activité « %1 »</source>
        <translation>Add a “%1” activity</translation>
    </message>
    <message>
        <source>Dupliquer l&apos;activité</source>
        <translation>Duplicate the activity</translation>
    </message>
    <message>
        <source>Supprimer l&apos;activité « %1 »</source>
        <translation>Delete the activity “%1”</translation>
    </message>
    <message>
        <source>Déplacer l&apos;activité</source>
        <translation>Move the activity</translation>
    </message>
    <message>
        <source>Déplacer l&apos;activité vers « %1 »</source>
        <translation>Move the activity to “%1”</translation>
    </message>
    <message>
        <source>Modifier l&apos;activité</source>
        <translation>Edit the activity</translation>
    </message>
    <message>
        <source>Modifier l&apos;exercice</source>
        <translation>Edit the exercise</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Ajouter « %1 »</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Retirer un élément</source>
        <translation>Remove an item</translation>
    </message>
    <message>
        <source>Déplacer un élément</source>
        <translation>Move an item</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une image, un son, une vidéo ou des sous-titres que Relais sait utiliser (PNG, JPEG, SVG, WebP, GIF, MP3, OGG, M4A, WAV, MP4, WebM, VTT).</source>
        <translation>“%1” is not a picture, sound, video or captions file that Relais can use (PNG, JPEG, SVG, WebP, GIF, MP3, OGG, M4A, WAV, MP4, WebM, VTT).</translation>
    </message>
    <message>
        <source>Impossible de copier « %1 » dans le dossier du cursus.</source>
        <translation>Could not copy “%1” into the curriculum&apos;s folder.</translation>
    </message>
    <message>
        <source>Importer « %1 »</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>Modifier le média</source>
        <translation>Edit the media</translation>
    </message>
    <message>
        <source>Retirer le média « %1 »</source>
        <translation>Remove the media “%1”</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de version : écrivez-le comme 1.2.0, ou 1.2.0+leers.1 pour une adaptation locale.</source>
        <translation>“%1” is not a version number: write it like 1.2.0, or 1.2.0+leers.1 for a local adaptation.</translation>
    </message>
    <message>
        <source>La version %1 n&apos;est pas plus récente que la version actuelle %2 : choisissez un numéro plus grand.</source>
        <translation>Version %1 is not newer than the current version %2: choose a higher number.</translation>
    </message>
    <message>
        <source>Décrivez au moins un changement de la version %1, pour les relais qui la recevront.</source>
        <translation>Describe at least one change in version %1, for the relays who will receive it.</translation>
    </message>
    <message>
        <source>Nouvelle version %1</source>
        <translation>New version %1</translation>
    </message>
</context>
<context>
    <name>Relais::ExportController</name>
    <message>
        <source>Vérification du curriculum…</source>
        <translation>Checking the curriculum…</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Relais::MergeController</name>
    <message numerus="yes">
        <source>%n conflit(s) ne sont pas encore tranchés : choisissez pour chacun votre version ou la nouvelle.</source>
        <translation>
            <numerusform>%n conflict is not resolved yet: choose your version or the new one.</numerusform>
            <numerusform>%n conflicts are not resolved yet: for each, choose your version or the new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::NavigatorModel</name>
    <message>
        <source>Déplacer l&apos;activité</source>
        <translation>Move the activity</translation>
    </message>
    <message>
        <source>Parcours (%1)</source>
        <translation>Pathways (%1)</translation>
    </message>
    <message>
        <source>Ateliers (%1)</source>
        <translation>Modules (%1)</translation>
    </message>
    <message>
        <source>Médias (%1)</source>
        <translation>Media (%1)</translation>
    </message>
    <message>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1 min · %2 activités</source>
        <translation>%1 min · %2 activities</translation>
    </message>
    <message>
        <source>%1 séances</source>
        <translation>%1 sessions</translation>
    </message>
</context>
<context>
    <name>Relais::VersionController</name>
    <message>
        <source>« %1 » ne peut pas être lu en entier ; corrigez-le (relais validate dit où) :</source>
        <translation>“%1” cannot be read in full; fix it (relais validate shows where):</translation>
    </message>
    <message>
        <source>majeure</source>
        <translation>major</translation>
    </message>
    <message>
        <source>mineure</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>corrective</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>Aucune différence : les deux versions ont le même contenu.</source>
        <translation>No differences: both versions have the same content.</translation>
    </message>
    <message>
        <source>Version suggérée : %1 (version %2), pour : %3.</source>
        <translation>Suggested version: %1 (%2 version), because of: %3.</translation>
    </message>
    <message>
        <source>Attention : les changements (%1) demandent une version %2 (%3) ; une version %4 annonce moins que ce qui a changé.</source>
        <translation>Warning: the changes (%1) call for a %2 version (%3); a %4 version announces less than what has changed.</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Un dossier…</source>
        <translation>A folder…</translation>
    </message>
    <message>
        <source>Choisir le dossier de %1</source>
        <translation>Choose the folder for %1</translation>
    </message>
    <message>
        <source>Un paquet .relais…</source>
        <translation>A .relais pack…</translation>
    </message>
    <message>
        <source>Choisir le paquet de %1</source>
        <translation>Choose the pack for %1</translation>
    </message>
    <message>
        <source>Paquets Relais (*.relais)</source>
        <translation>Relais packs (*.relais)</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Parcours « %1 » · séance %2</source>
        <translation>Pathway “%1” · session %2</translation>
    </message>
    <message>
        <source>Titre de la séance</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Ateliers de la séance</source>
        <translation>Session&apos;s modules</translation>
    </message>
    <message>
        <source>Les ateliers sont joués dans cet ordre pendant la séance.</source>
        <translation>The modules are run in this order during the session.</translation>
    </message>
    <message>
        <source>⚠ L&apos;atelier « %1 » n&apos;existe plus : choisissez-en un autre ou retirez-le.</source>
        <translation>⚠ The module “%1” no longer exists: choose another one or remove it.</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer l&apos;atelier %1 de la séance</source>
        <translation>Remove module %1 from the session</translation>
    </message>
    <message>
        <source>Atelier à ajouter</source>
        <translation>Module to add</translation>
    </message>
    <message>
        <source>Ajouter à la séance</source>
        <translation>Add to the session</translation>
    </message>
    <message>
        <source>Notes pour l&apos;animateur</source>
        <translation>Notes for the facilitator</translation>
    </message>
</context>
<context>
    <name>VersionTools</name>
    <message>
        <source>Nouvelle version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Comparer avec une autre version…</source>
        <translation>Compare with another version…</translation>
    </message>
    <message>
        <source>Intégrer une mise à jour…</source>
        <translation>Bring in an update…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Relais Studio</source>
        <translation>Relais Studio</translation>
    </message>
    <message>
        <source>Composez les ateliers et les parcours de vos relais numériques.</source>
        <translation>Create the modules and pathways for your digital inclusion relays.</translation>
    </message>
    <message>
        <source>Ouvrir un dossier…</source>
        <translation>Open a folder…</translation>
    </message>
    <message>
        <source>Ouvrir un paquet .relais…</source>
        <translation>Open a .relais pack…</translation>
    </message>
    <message>
        <source>Nouveau cursus…</source>
        <translation>New curriculum…</translation>
    </message>
    <message>
        <source>Ouverts récemment</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Partir d&apos;un cursus existant</source>
        <translation>Start from an existing curriculum</translation>
    </message>
    <message>
        <source>Une copie est créée dans le dossier de votre choix ; l&apos;original ne change pas.</source>
        <translation>A copy is made in the folder of your choice; the original stays unchanged.</translation>
    </message>
    <message>
        <source>Bibliothèque des parcours</source>
        <translation>Pathway library</translation>
    </message>
    <message>
        <source>Les parcours reçus en paquets .relais, installés sur cet ordinateur. Glissez un paquet sur cette page pour l&apos;importer.</source>
        <translation>Pathways received as .relais packs, installed on this computer. Drag a pack onto this page to import it.</translation>
    </message>
    <message>
        <source>Ouvrir la bibliothèque</source>
        <translation>Open the library</translation>
    </message>
</context>
</TS>
