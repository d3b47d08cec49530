<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="15"/>
        <source>Activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="16"/>
        <source>Atelier « %1 » · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="21"/>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="25"/>
        <source>Déplacer vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="44"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="52"/>
        <source>⚠ Le type d&apos;exercice « %1 » n&apos;est pas installé : son contenu est gardé tel quel mais ne peut pas être modifié ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="56"/>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="57"/>
        <source>Ce que la personne doit faire, en phrases courtes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="61"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="62"/>
        <source>Minuscules, chiffres et tirets, unique dans l&apos;atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="70"/>
        <source>Poids dans la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="74"/>
        <source>Réussi à partir de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="80"/>
        <source>Exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="86"/>
        <source>Sur l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActivityEditor.qml" line="87"/>
        <source>Formulaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaRow</name>
    <message>
        <location filename="../qml/AreaRow.qml" line="54"/>
        <source>Une ligne vide sépare les paragraphes ; « - » commence une puce ; **gras**, *italique*, [texte](https://lien).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../qml/Choices.qml" line="7"/>
        <source>non précisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="8"/>
        <source>En groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="9"/>
        <source>En individuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="10"/>
        <source>Mixte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="13"/>
        <source>non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="14"/>
        <source>Débutant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="15"/>
        <source>Intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="16"/>
        <source>Confirmé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="19"/>
        <source>Ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="20"/>
        <source>Smartphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="21"/>
        <source>Tablette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="22"/>
        <source>Vidéoprojecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="23"/>
        <source>Imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="24"/>
        <source>Connexion internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="25"/>
        <source>Casque audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="26"/>
        <source>Papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Choices.qml" line="27"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumEditor</name>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="10"/>
        <source>Cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="11"/>
        <source>Cursus · version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="14"/>
        <source>%1 parcours · %2 ateliers · %3 médias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="18"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="22"/>
        <source>Sous-titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="26"/>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="27"/>
        <source>Ce que les relais numériques lisent en découvrant le cursus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="31"/>
        <source>Publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="32"/>
        <source>Un public par ligne, par exemple « seniors » ou « jeunes ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="35"/>
        <source>Éditeur et licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="37"/>
        <source>Éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="41"/>
        <source>Site de l&apos;éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="46"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="47"/>
        <source>Par exemple CC-BY-SA-4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="50"/>
        <source>Auteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="62"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="63"/>
        <source>Nom de l&apos;auteur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="69"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="70"/>
        <source>Rôle de l&apos;auteur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="74"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="75"/>
        <source>Retirer l&apos;auteur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="81"/>
        <source>Ajouter un auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CurriculumEditor.qml" line="84"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="21"/>
        <source>Vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="28"/>
        <source>vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="29"/>
        <source>Aucun problème trouvé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="30"/>
        <source>%1 erreur(s), %2 avertissement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="43"/>
        <source>Problèmes trouvés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="54"/>
        <location filename="../qml/DiagnosticsPanel.qml" line="69"/>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="54"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="54"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="69"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DiagnosticsPanel.qml" line="69"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="204"/>
        <source>Monter : %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="209"/>
        <source>Descendre : %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="213"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="215"/>
        <source>Retirer : %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="236"/>
        <source>Ajouter : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Ouvrir un dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33"/>
        <source>Ouvrir un paquet .relais…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="38"/>
        <source>Nouveau cursus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="44"/>
        <location filename="../qml/Main.qml" line="486"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Enregistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="58"/>
        <source>Exporter un paquet .relais…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="64"/>
        <source>Fermer le cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="71"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <source>Annuler : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77"/>
        <location filename="../qml/Main.qml" line="502"/>
        <location filename="../qml/Main.qml" line="587"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Rétablir : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="91"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="98"/>
        <source>Aperçu dans le navigateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Aperçu impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Nouvel atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Nouvelle activité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="119"/>
        <source>Nouveau parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="137"/>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="143"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="150"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="157"/>
        <source>Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="163"/>
        <source>Aller aux problèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="171"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="177"/>
        <source>Récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="197"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="213"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="306"/>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="307"/>
        <source>%1 erreur(s) · %2 avertissement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="312"/>
        <location filename="../qml/Main.qml" line="478"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="312"/>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="347"/>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="358"/>
        <location filename="../qml/Main.qml" line="428"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="373"/>
        <source>Export refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="374"/>
        <source>Le cursus contient %1 erreur(s). Un paquet n&apos;est exporté que sans erreur, pour que les relais qui l&apos;importent reçoivent un cursus qui fonctionne. Corrigez d&apos;abord :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="410"/>
        <source>Ouvrir le dossier d&apos;un cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="415"/>
        <source>Ouvrir un paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="416"/>
        <source>Paquets Relais (*.relais)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="421"/>
        <source>Enregistrer sous (un nom finissant par .relais donne un paquet, sinon un dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="423"/>
        <source>Dossier de cursus (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="423"/>
        <location filename="../qml/Main.qml" line="436"/>
        <source>Paquet Relais (*.relais)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="433"/>
        <source>Exporter un paquet .relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="443"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="445"/>
        <source>Paquet exporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="445"/>
        <source>Le paquet a été écrit dans %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="482"/>
        <source>« %1 » a des modifications non enregistrées. Voulez-vous les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="492"/>
        <source>Ne pas enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="516"/>
        <location filename="../qml/Main.qml" line="545"/>
        <source>Travail non enregistré retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="520"/>
        <source>Relais Studio s&apos;est arrêté sans enregistrer « %1 ». Les modifications en cours ont été gardées. Voulez-vous les récupérer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="525"/>
        <source>Récupérer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="530"/>
        <source>Ignorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="534"/>
        <source>Récupération impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="552"/>
        <source>Ces cursus ont des modifications qui n&apos;ont pas été enregistrées. Ouvrez-en un pour les récupérer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="572"/>
        <location filename="../qml/Main.qml" line="586"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="579"/>
        <source>Supprimer cet atelier ? Les séances qui l&apos;utilisent le montreront comme introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="580"/>
        <source>Supprimer cette activité ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="581"/>
        <source>Supprimer ce parcours ? Ses ateliers restent dans le cursus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="582"/>
        <source>Supprimer cette séance ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="594"/>
        <source>Vous pourrez annuler avec Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="613"/>
        <source>Nouvelle activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="658"/>
        <source>Nouveau cursus à partir d&apos;un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="658"/>
        <source>Nouveau cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="665"/>
        <location filename="../qml/Main.qml" line="673"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="668"/>
        <source>Cursus vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="677"/>
        <location filename="../qml/Main.qml" line="678"/>
        <source>Titre du cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="681"/>
        <source>Dossier (vide ou nouveau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="684"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="685"/>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="693"/>
        <source>Création impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="697"/>
        <source>nouveau-cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="707"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="711"/>
        <location filename="../qml/Main.qml" line="724"/>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="716"/>
        <source>Celle du système</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaImport</name>
    <message>
        <location filename="../qml/MediaImport.qml" line="34"/>
        <source>Importer un média</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="36"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="37"/>
        <source>Sons (*.mp3 *.ogg *.oga *.m4a *.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="38"/>
        <source>Vidéos (*.mp4 *.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="39"/>
        <source>Médias (*.png *.jpg *.jpeg *.svg *.webp *.gif *.mp3 *.ogg *.oga *.m4a *.wav *.mp4 *.webm *.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="48"/>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="62"/>
        <source>Transcription du média</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="62"/>
        <source>Description de l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="90"/>
        <source>Écrivez ce qui est dit et entendu, pour les personnes qui n&apos;entendent pas le son.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaImport.qml" line="91"/>
        <source>Décrivez ce que montre l&apos;image, pour les personnes qui ne la voient pas (lecteur d&apos;écran). Par exemple : « Écran d&apos;accueil de la messagerie, le bouton Écrire en haut à gauche ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../qml/MediaPage.qml" line="12"/>
        <source>Médias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="13"/>
        <source>%1 fichiers dans media/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="17"/>
        <source>Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="32"/>
        <source>Glissez des images, des sons ou des vidéos sur la fenêtre pour les importer. Chaque image a besoin d&apos;une description, chaque son ou vidéo d&apos;une transcription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="37"/>
        <source>Médias inutilisés (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="50"/>
        <source>Retirer du cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="51"/>
        <source>Retirer %1 du cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="57"/>
        <source>Tous les médias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="99"/>
        <source>%1 · %2 Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="106"/>
        <source>Description (texte alternatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="114"/>
        <source>Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="123"/>
        <source>Crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPage.qml" line="128"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../qml/MediaPicker.qml" line="40"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="49"/>
        <source>Aucun média choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="50"/>
        <source>⚠ média introuvable : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="56"/>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="57"/>
        <source>Choisir : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="61"/>
        <source>Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="62"/>
        <source>Importer un fichier pour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="87"/>
        <source>Choisir un média</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="128"/>
        <source>Aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MediaPicker.qml" line="130"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleChoice</name>
    <message>
        <location filename="../qml/ModuleChoice.qml" line="10"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleChoice.qml" line="18"/>
        <source>⚠ atelier introuvable : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="11"/>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="12"/>
        <source>Atelier · %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="18"/>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="19"/>
        <source>Ouvre l&apos;atelier dans le navigateur, tel que les personnes le verront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="27"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="31"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="32"/>
        <source>Minuscules, chiffres et tirets. Les séances qui utilisent l&apos;atelier suivent le changement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="39"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="39"/>
        <location filename="../qml/ModuleEditor.qml" line="144"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="43"/>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="47"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="52"/>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="56"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="57"/>
        <source>Un objectif par ligne, du point de vue de la personne : « Envoyer un courriel avec une pièce jointe ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="64"/>
        <source>Publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="68"/>
        <source>Prérequis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="73"/>
        <source>Activités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="94"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="95"/>
        <source>Modifier l&apos;activité « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="100"/>
        <source>Monter l&apos;activité « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="105"/>
        <source>Descendre l&apos;activité « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="112"/>
        <source>Ajouter une activité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="116"/>
        <source>Déroulé pour l&apos;animateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="125"/>
        <source>⚠ Le déroulé dure %1 min, l&apos;atelier %2 min : ajustez les temps ou la durée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="126"/>
        <source>Total du déroulé : %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="141"/>
        <source>Durée de l&apos;étape %1 en minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="149"/>
        <source>Titre de l&apos;étape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="154"/>
        <source>sans activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="158"/>
        <source>Activité de l&apos;étape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="163"/>
        <source>Monter l&apos;étape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="168"/>
        <source>Descendre l&apos;étape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="173"/>
        <source>Retirer l&apos;étape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="181"/>
        <source>Ajouter une étape au déroulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="185"/>
        <source>Notes pour l&apos;animateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="189"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="204"/>
        <source>Type de matériel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="210"/>
        <source>nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="212"/>
        <source>Quantité %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="218"/>
        <source>précision (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="219"/>
        <source>Précision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="224"/>
        <source>Retirer le matériel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="230"/>
        <source>Ajouter du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="234"/>
        <source>Compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="247"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="248"/>
        <source>Code de la compétence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="254"/>
        <source>Compétence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="259"/>
        <source>Retirer la compétence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ModuleEditor.qml" line="265"/>
        <source>Ajouter une compétence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="40"/>
        <source>Rechercher un atelier, une activité… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="41"/>
        <source>Rechercher dans le cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="52"/>
        <source>+ Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="53"/>
        <source>Ajouter un atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="57"/>
        <source>+ Activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="58"/>
        <source>Ajouter une activité à l&apos;atelier choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="63"/>
        <source>+ Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="64"/>
        <source>Ajouter un parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="83"/>
        <source>Plan du cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="124"/>
        <source>atelier introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NavigatorPane.qml" line="125"/>
        <source>contient des erreurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <location filename="../qml/NumberRow.qml" line="23"/>
        <source>non précisé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="11"/>
        <location filename="../qml/PathwayEditor.qml" line="12"/>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="16"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="22"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="26"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="27"/>
        <source>Minuscules, chiffres et tirets. Il nomme le fichier du parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="31"/>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="38"/>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="42"/>
        <source>Séances annoncées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="46"/>
        <source>Durée annoncée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="46"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="47"/>
        <source>Les ateliers des séances font %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="52"/>
        <source>Publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="53"/>
        <source>Un public par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="57"/>
        <source>Prérequis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="58"/>
        <source>Un prérequis par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="62"/>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="88"/>
        <source>Aucun atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="89"/>
        <source>⚠ introuvable : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="93"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="94"/>
        <source>Modifier la séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="100"/>
        <source>Monter la séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="106"/>
        <source>Descendre la séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="110"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="111"/>
        <source>Supprimer la séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="118"/>
        <source>Ajouter une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="122"/>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="124"/>
        <location filename="../qml/PathwayEditor.qml" line="131"/>
        <source>Diagnostic d&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="125"/>
        <source>L&apos;atelier qui fait le point avant le parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="136"/>
        <location filename="../qml/PathwayEditor.qml" line="142"/>
        <source>Évaluation de sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="147"/>
        <source>Séances suivies pour terminer le parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PathwayEditor.qml" line="153"/>
        <source>L&apos;évaluation de sortie est obligatoire pour terminer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::NavigatorModel</name>
    <message>
        <location filename="../navigatormodel.cpp" line="252"/>
        <source>Déplacer l&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../qml/StepEditor.qml" line="13"/>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="14"/>
        <source>Parcours « %1 » · séance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="19"/>
        <source>Titre de la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="23"/>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="26"/>
        <source>Ateliers de la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="31"/>
        <source>Les ateliers sont joués dans cet ordre pendant la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="48"/>
        <source>⚠ L&apos;atelier « %1 » n&apos;existe plus : choisissez-en un autre ou retirez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="53"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="58"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="62"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="63"/>
        <source>Retirer l&apos;atelier %1 de la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="78"/>
        <source>Atelier à ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="81"/>
        <source>Ajouter à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepEditor.qml" line="87"/>
        <source>Notes pour l&apos;animateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/WelcomePage.qml" line="24"/>
        <source>Relais Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="34"/>
        <source>Composez les ateliers et les parcours de vos relais numériques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="40"/>
        <source>Ouvrir un dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="45"/>
        <source>Ouvrir un paquet .relais…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="49"/>
        <source>Nouveau cursus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="56"/>
        <source>Ouverts récemment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="69"/>
        <source>Partir d&apos;un cursus existant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="74"/>
        <source>Une copie est créée dans le dossier de votre choix ; l&apos;original ne change pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
