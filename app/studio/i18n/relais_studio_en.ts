<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="15"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="16"/>
        <source>Atelier « %1 » · %2</source>
        <translation>Module “%1” · %2</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="21"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="25"/>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="44"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="52"/>
        <source>⚠ Le type d&apos;exercice « %1 » n&apos;est pas installé : son contenu est gardé tel quel mais ne peut pas être modifié ici.</source>
        <translation>⚠ The exercise type “%1” is not installed: its content is kept as it is, but it cannot be edited here.</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="56"/>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="57"/>
        <source>Ce que la personne doit faire, en phrases courtes.</source>
        <translation>What the learner has to do, in short sentences.</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="61"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="62"/>
        <source>Minuscules, chiffres et tirets, unique dans l&apos;atelier.</source>
        <translation>Lowercase letters, digits and hyphens; unique within the module.</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="66"/>
        <source>Médias de l&apos;activité</source>
        <translation>Activity media</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="67"/>
        <source>Images, sons ou vidéos montrés avec la consigne.</source>
        <translation>Pictures, sounds or videos shown with the instructions.</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="79"/>
        <source>Média %1</source>
        <translation>Media %1</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="88"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="89"/>
        <source>Retirer le média %1</source>
        <translation>Remove media %1</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="103"/>
        <source>Ajouter un média</source>
        <translation>Add media</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="113"/>
        <source>Poids dans la note</source>
        <translation>Weight in the score</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="117"/>
        <source>Réussi à partir de</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="123"/>
        <source>Exercice</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="129"/>
        <source>Sur l&apos;image</source>
        <translation>On the picture</translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="130"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>AreaRow</name>
    <message>
        <location filename="../qml/AreaRow.qml" line="54"/>
        <source>Une ligne vide sépare les paragraphes ; « - » commence une puce ; **gras**, *italique*, [texte](https://lien).</source>
        <translation>A blank line separates paragraphs; “-” starts a bullet point; **bold**, *italic*, [text](https://link).</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../qml/Choices.qml" line="7"/>
        <source>non précisée</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="8"/>
        <source>En groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="9"/>
        <source>En individuel</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="10"/>
        <source>Mixte</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="13"/>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="14"/>
        <source>Débutant</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="15"/>
        <source>Intermédiaire</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="16"/>
        <source>Confirmé</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="19"/>
        <source>Ordinateur</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="20"/>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="21"/>
        <source>Tablette</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="22"/>
        <source>Vidéoprojecteur</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="23"/>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="24"/>
        <source>Connexion internet</source>
        <translation>Internet connection</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="25"/>
        <source>Casque audio</source>
        <translation>Headphones</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="26"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="27"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CurriculumEditor</name>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="10"/>
        <source>Cursus</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="11"/>
        <source>Cursus · version %1</source>
        <translation>Curriculum · version %1</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="14"/>
        <source>%1 parcours · %2 ateliers · %3 médias</source>
        <translation>%1 pathways · %2 modules · %3 media</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="18"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="22"/>
        <source>Sous-titre</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="26"/>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="27"/>
        <source>Ce que les relais numériques lisent en découvrant le cursus.</source>
        <translation>What digital inclusion relays read when they first discover the curriculum.</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="31"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="32"/>
        <source>Un public par ligne, par exemple « seniors » ou « jeunes ».</source>
        <translation>One audience per line, for example “seniors” or “young people”.</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="35"/>
        <source>Éditeur et licence</source>
        <translation>Publisher and licence</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="37"/>
        <source>Éditeur</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="41"/>
        <source>Site de l&apos;éditeur</source>
        <translation>Publisher&apos;s website</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="46"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="47"/>
        <source>Par exemple CC-BY-SA-4.0.</source>
        <translation>For example CC-BY-SA-4.0.</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="50"/>
        <source>Auteurs</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="62"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="63"/>
        <source>Nom de l&apos;auteur %1</source>
        <translation>Name of author %1</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="69"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="70"/>
        <source>Rôle de l&apos;auteur %1</source>
        <translation>Role of author %1</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="74"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="75"/>
        <source>Retirer l&apos;auteur %1</source>
        <translation>Remove author %1</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="81"/>
        <source>Ajouter un auteur</source>
        <translation>Add an author</translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="84"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="21"/>
        <source>Vérification</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="28"/>
        <source>vérification en cours…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="29"/>
        <source>Aucun problème trouvé.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="30"/>
        <source>%1 erreur(s), %2 avertissement(s)</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="43"/>
        <source>Problèmes trouvés</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="54"/>
        <location filename="../qml/DiagnosticsPanel.qml" line="69"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="54"/>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="54"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="69"/>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="69"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="204"/>
        <source>Monter : %1 %2</source>
        <translation>Move up: %1 %2</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="209"/>
        <source>Descendre : %1 %2</source>
        <translation>Move down: %1 %2</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="213"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="215"/>
        <source>Retirer : %1 %2</source>
        <translation>Remove: %1 %2</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="236"/>
        <source>Ajouter : %1</source>
        <translation>Add: %1</translation>
    </message>
</context>
<context>
    <name>HotspotEditor</name>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="182"/>
        <source>Changer la forme de la zone</source>
        <translation>Change the shape of the zone</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="194"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="774"/>
        <source>Ajouter un coin</source>
        <translation>Add a corner</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="198"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="780"/>
        <source>Supprimer la zone</source>
        <translation>Delete the zone</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="225"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="263"/>
        <source>Déplacer la zone</source>
        <translation>Move the zone</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="267"/>
        <source>Déplacer un coin</source>
        <translation>Move a corner</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="270"/>
        <source>Redimensionner la zone</source>
        <translation>Resize the zone</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="288"/>
        <source>Ajouter une zone</source>
        <translation>Add a zone</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="294"/>
        <source>sans nom</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="295"/>
        <source>Zone %1 : %2, bon endroit</source>
        <translation>Zone %1: %2, right place</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="296"/>
        <source>Zone %1 : %2</source>
        <translation>Zone %1: %2</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="311"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="322"/>
        <source>Image</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="321"/>
        <source>Choisissez une image</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="362"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="369"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="368"/>
        <source>Par exemple « Où cliquez-vous pour envoyer le message ? »</source>
        <translation>For example “Where do you click to send the message?”</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="378"/>
        <source>Tracez un rectangle sur l&apos;image pour ajouter une zone. Faites glisser une zone pour la déplacer, ses poignées pour changer sa forme ; les flèches du clavier la déplacent aussi (avec Maj, plus vite).</source>
        <translation>Draw a rectangle on the picture to add a zone. Drag a zone to move it, or its handles to change its shape; the arrow keys move it too (faster with Shift).</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="379"/>
        <source>L&apos;exercice a déjà %1 zones, le maximum : supprimez-en une pour en ajouter une autre.</source>
        <translation>The exercise already has %1 zones, the maximum: delete one to add another.</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="416"/>
        <source>L&apos;image et ses zones</source>
        <translation>The picture and its zones</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="417"/>
        <source>Aucune zone choisie</source>
        <translation>No zone selected</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="450"/>
        <source>L&apos;image « %1 » est introuvable.</source>
        <translation>The picture “%1” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="451"/>
        <source>Choisissez une image au-dessus.</source>
        <translation>Choose a picture above.</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="571"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="688"/>
        <source>Bon endroit</source>
        <translation>Right place</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="572"/>
        <source>Autre endroit</source>
        <translation>Other place</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="604"/>
        <source>Zones (%1)</source>
        <translation>Zones (%1)</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="610"/>
        <source>Aucune zone pour l&apos;instant.</source>
        <translation>No zones yet.</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="627"/>
        <source>Flèches : déplacer la zone. Suppr : la supprimer.</source>
        <translation>Arrow keys: move the zone. Delete: delete it.</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="650"/>
        <source>(sans nom)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="656"/>
        <source>bon endroit</source>
        <translation>right place</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="682"/>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="695"/>
        <source>Forme</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="700"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="706"/>
        <source>Polygone</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="714"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="722"/>
        <source>Nom de l&apos;endroit</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="721"/>
        <source>Par exemple « le bouton Envoyer »</source>
        <translation>For example “the Send button”</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="731"/>
        <source>Lu par les lecteurs d&apos;écran : décrivez l&apos;endroit sans dire si c&apos;est la bonne réponse.</source>
        <translation>Read out by screen readers: describe the place without saying whether it is the right answer.</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="735"/>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="743"/>
        <source>Commentaire</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="742"/>
        <source>Ce que la personne lit après avoir choisi cet endroit</source>
        <translation>What the learner reads after choosing this place</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="761"/>
        <source>Coordonnées (en % de l&apos;image)</source>
        <translation>Coordinates (in % of the picture)</translation>
    </message>
    <message>
        <location filename="../../../plugins/exercises/hotspot/HotspotEditor.qml" line="766"/>
        <source>Coordonnées</source>
        <translation>Coordinates</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Ouvrir un dossier…</source>
        <translation>Open a folder…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33"/>
        <source>Ouvrir un paquet .relais…</source>
        <translation>Open a .relais pack…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="38"/>
        <source>Nouveau cursus…</source>
        <translation>New curriculum…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="44"/>
        <location filename="../qml/Main.qml" line="479"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Exporter un paquet .relais…</source>
        <translation>Export a .relais pack…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="64"/>
        <source>Fermer le cursus</source>
        <translation>Close the curriculum</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="71"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <location filename="../qml/Main.qml" line="495"/>
        <location filename="../qml/Main.qml" line="580"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Rétablir : %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Rechercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="98"/>
        <source>Aperçu dans le navigateur</source>
        <translation>Preview in the browser</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Aperçu impossible</source>
        <translation>Preview failed</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Nouvel atelier</source>
        <translation>New module</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Nouvelle activité…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="119"/>
        <source>Nouveau parcours</source>
        <translation>New pathway</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="137"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="143"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="150"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="157"/>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="163"/>
        <source>Aller aux problèmes</source>
        <translation>Go to problems</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="171"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="177"/>
        <source>Récents</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="197"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="213"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="306"/>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="307"/>
        <source>%1 erreur(s) · %2 avertissement(s)</source>
        <translation>%1 error(s) · %2 warning(s)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="312"/>
        <location filename="../qml/Main.qml" line="471"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="312"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="347"/>
        <source>Ouverture impossible</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="356"/>
        <location filename="../qml/Main.qml" line="423"/>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="438"/>
        <source>Export refusé</source>
        <translation>Export blocked</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="405"/>
        <source>Ouvrir le dossier d&apos;un cursus</source>
        <translation>Open a curriculum&apos;s folder</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="410"/>
        <source>Ouvrir un paquet</source>
        <translation>Open a pack</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="411"/>
        <source>Paquets Relais (*.relais)</source>
        <translation>Relais packs (*.relais)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="416"/>
        <source>Enregistrer sous (un nom finissant par .relais donne un paquet, sinon un dossier)</source>
        <translation>Save as (a name ending in .relais makes a pack, any other name a folder)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="418"/>
        <source>Dossier de cursus (*)</source>
        <translation>Curriculum folder (*)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="418"/>
        <location filename="../qml/Main.qml" line="431"/>
        <source>Paquet Relais (*.relais)</source>
        <translation>Relais pack (*.relais)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="428"/>
        <source>Exporter un paquet .relais</source>
        <translation>Export a .relais pack</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="436"/>
        <source>Paquet exporté</source>
        <translation>Pack exported</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="436"/>
        <source>Le paquet a été écrit dans %1.</source>
        <translation>The pack was written to %1.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="475"/>
        <source>« %1 » a des modifications non enregistrées. Voulez-vous les enregistrer ?</source>
        <translation>“%1” has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="485"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="509"/>
        <location filename="../qml/Main.qml" line="538"/>
        <source>Travail non enregistré retrouvé</source>
        <translation>Unsaved work found</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="513"/>
        <source>Relais Studio s&apos;est arrêté sans enregistrer « %1 ». Les modifications en cours ont été gardées. Voulez-vous les récupérer ?</source>
        <translation>Relais Studio closed without saving “%1”. The changes in progress were kept. Do you want to recover them?</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="518"/>
        <source>Récupérer</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="523"/>
        <source>Ignorer</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="527"/>
        <source>Récupération impossible</source>
        <translation>Could not recover</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="545"/>
        <source>Ces cursus ont des modifications qui n&apos;ont pas été enregistrées. Ouvrez-en un pour les récupérer.</source>
        <translation>These curricula have changes that were never saved. Open one to recover them.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="565"/>
        <location filename="../qml/Main.qml" line="579"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="572"/>
        <source>Supprimer cet atelier ? Les séances qui l&apos;utilisent le montreront comme introuvable.</source>
        <translation>Delete this module? The sessions that use it will show it as missing.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="573"/>
        <source>Supprimer cette activité ?</source>
        <translation>Delete this activity?</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="574"/>
        <source>Supprimer ce parcours ? Ses ateliers restent dans le cursus.</source>
        <translation>Delete this pathway? Its modules stay in the curriculum.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="575"/>
        <source>Supprimer cette séance ?</source>
        <translation>Delete this session?</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="587"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="606"/>
        <source>Nouvelle activité</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="651"/>
        <source>Nouveau cursus à partir d&apos;un modèle</source>
        <translation>New curriculum from a template</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="651"/>
        <source>Nouveau cursus</source>
        <translation>New curriculum</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="658"/>
        <location filename="../qml/Main.qml" line="666"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="661"/>
        <source>Cursus vide</source>
        <translation>Empty curriculum</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="670"/>
        <location filename="../qml/Main.qml" line="671"/>
        <source>Titre du cursus</source>
        <translation>Curriculum title</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="674"/>
        <source>Dossier (vide ou nouveau)</source>
        <translation>Folder (empty or new)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="677"/>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="678"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="686"/>
        <source>Création impossible</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="690"/>
        <source>nouveau-cursus</source>
        <translation>new-curriculum</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="700"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="704"/>
        <location filename="../qml/Main.qml" line="717"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="709"/>
        <source>Celle du système</source>
        <translation>Same as the system</translation>
    </message>
</context>
<context>
    <name>MediaImport</name>
    <message>
        <location filename="../qml/MediaImport.qml" line="34"/>
        <source>Importer un média</source>
        <translation>Import media</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="36"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp *.gif)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg *.webp *.gif)</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="37"/>
        <source>Sons (*.mp3 *.ogg *.oga *.m4a *.wav)</source>
        <translation>Sounds (*.mp3 *.ogg *.oga *.m4a *.wav)</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="38"/>
        <source>Vidéos (*.mp4 *.webm)</source>
        <translation>Videos (*.mp4 *.webm)</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="39"/>
        <source>Médias (*.png *.jpg *.jpeg *.svg *.webp *.gif *.mp3 *.ogg *.oga *.m4a *.wav *.mp4 *.webm *.vtt)</source>
        <translation>Media (*.png *.jpg *.jpeg *.svg *.webp *.gif *.mp3 *.ogg *.oga *.m4a *.wav *.mp4 *.webm *.vtt)</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="48"/>
        <source>Import impossible</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="62"/>
        <source>Transcription du média</source>
        <translation>Media transcript</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="62"/>
        <source>Description de l&apos;image</source>
        <translation>Picture description</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="90"/>
        <source>Écrivez ce qui est dit et entendu, pour les personnes qui n&apos;entendent pas le son.</source>
        <translation>Write down what is said and heard, for people who cannot hear the sound.</translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="91"/>
        <source>Décrivez ce que montre l&apos;image, pour les personnes qui ne la voient pas (lecteur d&apos;écran). Par exemple : « Écran d&apos;accueil de la messagerie, le bouton Écrire en haut à gauche ».</source>
        <translation>Describe what the picture shows, for people who cannot see it (screen readers). For example: “Home screen of the email app, the Write button at the top left”.</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../qml/MediaPage.qml" line="12"/>
        <source>Médias</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="13"/>
        <source>%1 fichiers dans media/</source>
        <translation>%1 files in media/</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="17"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="32"/>
        <source>Glissez des images, des sons ou des vidéos sur la fenêtre pour les importer. Chaque image a besoin d&apos;une description, chaque son ou vidéo d&apos;une transcription.</source>
        <translation>Drag pictures, sounds or videos onto the window to import them. Every picture needs a description, every sound or video a transcript.</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="37"/>
        <source>Médias inutilisés (%1)</source>
        <translation>Unused media (%1)</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="50"/>
        <source>Retirer du cursus</source>
        <translation>Remove from the curriculum</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="51"/>
        <source>Retirer %1 du cursus</source>
        <translation>Remove %1 from the curriculum</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="57"/>
        <source>Tous les médias</source>
        <translation>All media</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="99"/>
        <source>%1 · %2 Ko</source>
        <translation>%1 · %2 KB</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="106"/>
        <source>Description (texte alternatif)</source>
        <translation>Description (alt text)</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="114"/>
        <source>Transcription</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="123"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="128"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../qml/MediaPicker.qml" line="40"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="49"/>
        <source>Aucun média choisi</source>
        <translation>No media chosen</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="50"/>
        <source>⚠ média introuvable : %1</source>
        <translation>⚠ media not found: %1</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="56"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="57"/>
        <source>Choisir : %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="61"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="62"/>
        <source>Importer un fichier pour : %1</source>
        <translation>Import a file for: %1</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="87"/>
        <source>Choisir un média</source>
        <translation>Choose media</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="128"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="130"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ModuleChoice</name>
    <message>
        <location filename="../qml/ModuleChoice.qml" line="10"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../qml/ModuleChoice.qml" line="18"/>
        <source>⚠ atelier introuvable : %1</source>
        <translation>⚠ module not found: %1</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="11"/>
        <source>Atelier</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="12"/>
        <source>Atelier · %1 min</source>
        <translation>Module · %1 min</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="18"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="19"/>
        <source>Ouvre l&apos;atelier dans le navigateur, tel que les personnes le verront.</source>
        <translation>Opens the module in the browser, as learners will see it.</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="27"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="31"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="32"/>
        <source>Minuscules, chiffres et tirets. Les séances qui utilisent l&apos;atelier suivent le changement.</source>
        <translation>Lowercase letters, digits and hyphens. Sessions that use the module follow the change.</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="39"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="39"/>
        <location filename="../qml/ModuleEditor.qml" line="144"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="43"/>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="47"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="52"/>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="56"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="57"/>
        <source>Un objectif par ligne, du point de vue de la personne : « Envoyer un courriel avec une pièce jointe ».</source>
        <translation>One objective per line, from the learner&apos;s point of view: “Send an email with an attachment”.</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="64"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="68"/>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="73"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="94"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="95"/>
        <source>Modifier l&apos;activité « %1 »</source>
        <translation>Edit the activity “%1”</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="100"/>
        <source>Monter l&apos;activité « %1 »</source>
        <translation>Move the activity “%1” up</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="105"/>
        <source>Descendre l&apos;activité « %1 »</source>
        <translation>Move the activity “%1” down</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="112"/>
        <source>Ajouter une activité…</source>
        <translation>Add an activity…</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="116"/>
        <source>Déroulé pour l&apos;animateur</source>
        <translation>Facilitator&apos;s running order</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="125"/>
        <source>⚠ Le déroulé dure %1 min, l&apos;atelier %2 min : ajustez les temps ou la durée.</source>
        <translation>⚠ The running order lasts %1 min but the module %2 min: adjust the timings or the duration.</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="126"/>
        <source>Total du déroulé : %1 min</source>
        <translation>Running order total: %1 min</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="141"/>
        <source>Durée de l&apos;étape %1 en minutes</source>
        <translation>Duration of segment %1 in minutes</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="149"/>
        <source>Titre de l&apos;étape %1</source>
        <translation>Title of segment %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="154"/>
        <source>sans activité</source>
        <translation>no activity</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="158"/>
        <source>Activité de l&apos;étape %1</source>
        <translation>Activity of segment %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="163"/>
        <source>Monter l&apos;étape %1</source>
        <translation>Move segment %1 up</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="168"/>
        <source>Descendre l&apos;étape %1</source>
        <translation>Move segment %1 down</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="173"/>
        <source>Retirer l&apos;étape %1</source>
        <translation>Remove segment %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="181"/>
        <source>Ajouter une étape au déroulé</source>
        <translation>Add a segment to the running order</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="185"/>
        <source>Notes pour l&apos;animateur</source>
        <translation>Notes for the facilitator</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="189"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="204"/>
        <source>Type de matériel %1</source>
        <translation>Type of equipment %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="210"/>
        <source>nombre</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="212"/>
        <source>Quantité %1</source>
        <translation>Quantity %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="218"/>
        <source>précision (facultatif)</source>
        <translation>details (optional)</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="219"/>
        <source>Précision %1</source>
        <translation>Details %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="224"/>
        <source>Retirer le matériel %1</source>
        <translation>Remove equipment %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="230"/>
        <source>Ajouter du matériel</source>
        <translation>Add equipment</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="234"/>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="247"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="248"/>
        <source>Code de la compétence %1</source>
        <translation>Code of competency %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="254"/>
        <source>Compétence %1</source>
        <translation>Competency %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="259"/>
        <source>Retirer la compétence %1</source>
        <translation>Remove competency %1</translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="265"/>
        <source>Ajouter une compétence</source>
        <translation>Add a competency</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="40"/>
        <source>Rechercher un atelier, une activité… (Ctrl+F)</source>
        <translation>Find a module, an activity… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="41"/>
        <source>Rechercher dans le cursus</source>
        <translation>Search the curriculum</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="52"/>
        <source>+ Atelier</source>
        <translation>+ Module</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="53"/>
        <source>Ajouter un atelier</source>
        <translation>Add a module</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="57"/>
        <source>+ Activité</source>
        <translation>+ Activity</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="58"/>
        <source>Ajouter une activité à l&apos;atelier choisi</source>
        <translation>Add an activity to the selected module</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="63"/>
        <source>+ Parcours</source>
        <translation>+ Pathway</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="64"/>
        <source>Ajouter un parcours</source>
        <translation>Add a pathway</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="83"/>
        <source>Plan du cursus</source>
        <translation>Curriculum outline</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="124"/>
        <source>atelier introuvable</source>
        <translation>module not found</translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="125"/>
        <source>contient des erreurs</source>
        <translation>contains errors</translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <location filename="../qml/NumberRow.qml" line="23"/>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="11"/>
        <location filename="../qml/PathwayEditor.qml" line="12"/>
        <source>Parcours</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="16"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="22"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="26"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="27"/>
        <source>Minuscules, chiffres et tirets. Il nomme le fichier du parcours.</source>
        <translation>Lowercase letters, digits and hyphens. It names the pathway&apos;s file.</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="31"/>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="38"/>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="42"/>
        <source>Séances annoncées</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="46"/>
        <source>Durée annoncée</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="46"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="47"/>
        <source>Les ateliers des séances font %1 min.</source>
        <translation>The sessions&apos; modules add up to %1 min.</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="52"/>
        <source>Publics</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="53"/>
        <source>Un public par ligne.</source>
        <translation>One audience per line.</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="57"/>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="58"/>
        <source>Un prérequis par ligne.</source>
        <translation>One prerequisite per line.</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="62"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="88"/>
        <source>Aucun atelier</source>
        <translation>No modules</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="89"/>
        <source>⚠ introuvable : %1</source>
        <translation>⚠ not found: %1</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="93"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="94"/>
        <source>Modifier la séance %1</source>
        <translation>Edit session %1</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="100"/>
        <source>Monter la séance %1</source>
        <translation>Move session %1 up</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="106"/>
        <source>Descendre la séance %1</source>
        <translation>Move session %1 down</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="110"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="111"/>
        <source>Supprimer la séance %1</source>
        <translation>Delete session %1</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="118"/>
        <source>Ajouter une séance</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="122"/>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="124"/>
        <location filename="../qml/PathwayEditor.qml" line="131"/>
        <source>Diagnostic d&apos;entrée</source>
        <translation>Entry diagnostic</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="125"/>
        <source>L&apos;atelier qui fait le point avant le parcours.</source>
        <translation>The module that takes stock before the pathway starts.</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="136"/>
        <location filename="../qml/PathwayEditor.qml" line="142"/>
        <source>Évaluation de sortie</source>
        <translation>Exit assessment</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="147"/>
        <source>Séances suivies pour terminer le parcours</source>
        <translation>Sessions attended to complete the pathway</translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="153"/>
        <source>L&apos;évaluation de sortie est obligatoire pour terminer</source>
        <translation>The exit assessment is required to complete the pathway</translation>
    </message>
</context>
<context>
    <name>Relais::DiagnosticsModel</name>
    <message>
        <location filename="../diagnosticsmodel.cpp" line="67"/>
        <source>… et %1 de plus.</source>
        <translation>…and %1 more.</translation>
    </message>
</context>
<context>
    <name>Relais::Document</name>
    <message>
        <location filename="../document.cpp" line="283"/>
        <source>Ce cursus est déjà ouvert dans une autre fenêtre de Relais Studio (processus %1 sur %2). Fermez-le là-bas avant de l&apos;ouvrir ici, pour ne pas perdre de modifications.</source>
        <translation>This curriculum is already open in another Relais Studio window (process %1 on %2). Close it there before opening it here, so that no changes are lost.</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="299"/>
        <source>« %1 » n&apos;existe pas.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="381"/>
        <location filename="../document.cpp" line="533"/>
        <source>Le dossier « %1 » n&apos;est pas vide : choisissez un dossier vide ou un nouveau nom.</source>
        <translation>The folder “%1” is not empty: choose an empty folder or a new name.</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="419"/>
        <location filename="../document.cpp" line="1361"/>
        <source>À compléter</source>
        <translation>To be completed</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="422"/>
        <source>Première version.</source>
        <translation>First version.</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="424"/>
        <source>Nouveau cursus</source>
        <translation>New curriculum</translation>
    </message>
    <message numerus="yes">
        <location filename="../document.cpp" line="582"/>
        <source>Le cursus contient %n erreur(s). Un paquet n&apos;est exporté que sans erreur, pour que les relais qui l&apos;importent reçoivent un cursus qui fonctionne. Corrigez d&apos;abord :</source>
        <translation>
            <numerusform>The curriculum has %n error. A pack is only exported when there are no errors, so that the relays who import it get a curriculum that works. First fix:</numerusform>
            <numerusform>The curriculum has %n errors. A pack is only exported when there are no errors, so that the relays who import it get a curriculum that works. First fix:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../document.cpp" line="650"/>
        <source>Le journal de récupération est illisible.</source>
        <translation>The recovery journal cannot be read.</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="676"/>
        <source>Restaurer le travail non enregistré</source>
        <translation>Restore unsaved work</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1065"/>
        <source>Modifier le cursus</source>
        <translation>Edit the curriculum</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1081"/>
        <source>Ajouter un auteur</source>
        <translation>Add an author</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1087"/>
        <source>Retirer un auteur</source>
        <translation>Remove an author</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1094"/>
        <source>Modifier un auteur</source>
        <translation>Edit an author</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1127"/>
        <source>Modifier le parcours</source>
        <translation>Edit the pathway</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1152"/>
        <source>Nouveau parcours</source>
        <translation>New pathway</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1158"/>
        <source>Première séance</source>
        <translation>First session</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1164"/>
        <source>Ajouter un parcours</source>
        <translation>Add a pathway</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1175"/>
        <location filename="../document.cpp" line="1377"/>
        <location filename="../document.cpp" line="1448"/>
        <source> (copie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1179"/>
        <source>Dupliquer le parcours</source>
        <translation>Duplicate the pathway</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1188"/>
        <source>Supprimer le parcours « %1 »</source>
        <translation>Delete the pathway “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1199"/>
        <source>Déplacer le parcours</source>
        <translation>Move the pathway</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1215"/>
        <source>Séance %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1220"/>
        <source>Ajouter une séance</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1231"/>
        <source>Supprimer la séance</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1245"/>
        <source>Déplacer la séance</source>
        <translation>Move the session</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1252"/>
        <source>Modifier la séance</source>
        <translation>Edit the session</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1271"/>
        <source>Modifier l&apos;atelier</source>
        <translation>Edit the module</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1306"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1309"/>
        <source>Nouvelle étape</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1315"/>
        <source>Retirer une ligne</source>
        <translation>Remove a line</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1324"/>
        <source>Déplacer une ligne</source>
        <translation>Move a line</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1334"/>
        <source>Modifier une ligne</source>
        <translation>Edit a line</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1356"/>
        <source>Nouvel atelier</source>
        <translation>New module</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1366"/>
        <source>Ajouter un atelier</source>
        <translation>Add a module</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1381"/>
        <source>Dupliquer l&apos;atelier</source>
        <translation>Duplicate the module</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1396"/>
        <source>Supprimer l&apos;atelier « %1 »</source>
        <translation>Delete the module “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1407"/>
        <source>Déplacer l&apos;atelier</source>
        <translation>Move the module</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1433"/>
        <source>Ajouter une activité « %1 »</source>
        <translation>Add a “%1” activity</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1453"/>
        <source>Dupliquer l&apos;activité</source>
        <translation>Duplicate the activity</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1465"/>
        <source>Supprimer l&apos;activité « %1 »</source>
        <translation>Delete the activity “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1487"/>
        <source>Déplacer l&apos;activité</source>
        <translation>Move the activity</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1504"/>
        <source>Déplacer l&apos;activité vers « %1 »</source>
        <translation>Move the activity to “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1526"/>
        <source>Modifier l&apos;activité</source>
        <translation>Edit the activity</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1551"/>
        <source>Modifier l&apos;exercice</source>
        <translation>Edit the exercise</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1573"/>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1590"/>
        <source>Ajouter « %1 »</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1601"/>
        <source>Retirer un élément</source>
        <translation>Remove an item</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1612"/>
        <source>Déplacer un élément</source>
        <translation>Move an item</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1626"/>
        <source>« %1 » n&apos;est pas une image, un son, une vidéo ou des sous-titres que Relais sait utiliser (PNG, JPEG, SVG, WebP, GIF, MP3, OGG, M4A, WAV, MP4, WebM, VTT).</source>
        <translation>“%1” is not a picture, sound, video or captions file that Relais can use (PNG, JPEG, SVG, WebP, GIF, MP3, OGG, M4A, WAV, MP4, WebM, VTT).</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1645"/>
        <source>Impossible de copier « %1 » dans le dossier du cursus.</source>
        <translation>Could not copy “%1” into the curriculum&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1659"/>
        <source>Importer « %1 »</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1669"/>
        <source>Modifier le média</source>
        <translation>Edit the media</translation>
    </message>
    <message>
        <location filename="../document.cpp" line="1685"/>
        <source>Retirer le média « %1 »</source>
        <translation>Remove the media “%1”</translation>
    </message>
</context>
<context>
    <name>Relais::NavigatorModel</name>
    <message>
        <location filename="../navigatormodel.cpp" line="252"/>
        <source>Déplacer l&apos;activité</source>
        <translation>Move the activity</translation>
    </message>
    <message>
        <location filename="../navigatormodel.cpp" line="282"/>
        <source>Parcours (%1)</source>
        <translation>Pathways (%1)</translation>
    </message>
    <message>
        <location filename="../navigatormodel.cpp" line="284"/>
        <source>Ateliers (%1)</source>
        <translation>Modules (%1)</translation>
    </message>
    <message>
        <location filename="../navigatormodel.cpp" line="286"/>
        <source>Médias (%1)</source>
        <translation>Media (%1)</translation>
    </message>
    <message>
        <location filename="../navigatormodel.cpp" line="315"/>
        <source>%1 min · %2 activités</source>
        <translation>%1 min · %2 activities</translation>
    </message>
    <message>
        <location filename="../navigatormodel.cpp" line="319"/>
        <source>%1 séances</source>
        <translation>%1 sessions</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../qml/StepEditor.qml" line="13"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="14"/>
        <source>Parcours « %1 » · séance %2</source>
        <translation>Pathway “%1” · session %2</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="19"/>
        <source>Titre de la séance</source>
        <translation>Session title</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="23"/>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="26"/>
        <source>Ateliers de la séance</source>
        <translation>Session&apos;s modules</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="31"/>
        <source>Les ateliers sont joués dans cet ordre pendant la séance.</source>
        <translation>The modules are run in this order during the session.</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="48"/>
        <source>⚠ L&apos;atelier « %1 » n&apos;existe plus : choisissez-en un autre ou retirez-le.</source>
        <translation>⚠ The module “%1” no longer exists: choose another one or remove it.</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="53"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="58"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="62"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="63"/>
        <source>Retirer l&apos;atelier %1 de la séance</source>
        <translation>Remove module %1 from the session</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="78"/>
        <source>Atelier à ajouter</source>
        <translation>Module to add</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="81"/>
        <source>Ajouter à la séance</source>
        <translation>Add to the session</translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="87"/>
        <source>Notes pour l&apos;animateur</source>
        <translation>Notes for the facilitator</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/WelcomePage.qml" line="24"/>
        <source>Relais Studio</source>
        <translation>Relais Studio</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="34"/>
        <source>Composez les ateliers et les parcours de vos relais numériques.</source>
        <translation>Create the modules and pathways for your digital inclusion relays.</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="40"/>
        <source>Ouvrir un dossier…</source>
        <translation>Open a folder…</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="45"/>
        <source>Ouvrir un paquet .relais…</source>
        <translation>Open a .relais pack…</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="49"/>
        <source>Nouveau cursus…</source>
        <translation>New curriculum…</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="56"/>
        <source>Ouverts récemment</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="69"/>
        <source>Partir d&apos;un cursus existant</source>
        <translation>Start from an existing curriculum</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="74"/>
        <source>Une copie est créée dans le dossier de votre choix ; l&apos;original ne change pas.</source>
        <translation>A copy is made in the folder of your choice; the original stays unchanged.</translation>
    </message>
</context>
</TS>
