#!/usr/bin/env python3
"""Generate a large, valid Relais curriculum folder for benchmarking.

Usage: generate.py --modules N [--activities M] [--pathways P] [--seed S] OUT_DIR

The folder follows docs/format.md: curriculum.xml, pathways/<id>.xml,
modules/<id>.xml and media/. It is meant to look like a real curriculum to the
tools that read it, so that timings mean something:

- XML files have the shape and size of hand-written ones (~12-16 KB per module
  with six activities, French text, rich text with lists and emphasis);
- media have realistic sizes and incompressible bytes behind a plausible
  header (PNG chunks with valid CRCs, JFIF markers, MPEG frame headers), so
  that hashing and zip "store" see what real screenshots, photos and audio
  would give them; nothing decodes them;
- every declared size and SHA-256 is exact, every image has alt text, every
  audio file a transcript, every running order adds up to its module's
  duration and every pathway's duration to its steps' modules, so that
  `relais validate` reports 0 errors (only the expected "unknown activity
  type" warnings, since no exercise plugin is installed in the CLI).

Only the Python 3 standard library is used. Output is deterministic for a
given seed; each module draws from its own generator seeded with (seed,
index), so the first 100 modules of a 1000-module curriculum are the same
files as those of a 100-module one.
"""

import argparse
import hashlib
import os
import random
import shutil
import struct
import sys
import zlib

CORE_NS = "urn:relais:curriculum:1"
ACTIVITY_TYPES = ["content", "mcq", "truefalse", "ordering", "fillblanks", "hotspot"]

# --------------------------------------------------------------------------
# Vocabulary. Each theme gives the generator concrete nouns and button labels
# so that sentences read like workshop material rather than lorem ipsum.
# --------------------------------------------------------------------------

THEMES = [
    ("courriel", "Envoyer un courriel", "la messagerie",
     ["la boîte de réception", "le champ « Destinataire »", "l'objet du message", "la pièce jointe",
      "le dossier « Indésirables »", "la liste des contacts", "la signature"],
     ["Nouveau message", "Envoyer", "Répondre", "Transférer", "Joindre un fichier", "Supprimer"]),
    ("smartphone", "Prendre en main son smartphone", "le téléphone",
     ["l'écran d'accueil", "le tiroir d'applications", "le volet des notifications", "le bouton de volume",
      "les réglages", "le mode avion", "la barre d'état"],
     ["Paramètres", "Accueil", "Retour", "Applications récentes", "Verrouiller", "Éteindre"]),
    ("mots-de-passe", "Créer des mots de passe sûrs", "le gestionnaire de mots de passe",
     ["la phrase de passe", "la double authentification", "le code reçu par SMS", "l'adresse de secours",
      "la question secrète", "le coffre-fort numérique"],
     ["Mot de passe oublié", "Valider", "Afficher le mot de passe", "Générer", "Enregistrer", "Se déconnecter"]),
    ("franceconnect", "Se connecter avec FranceConnect", "le site service-public.fr",
     ["le bouton FranceConnect", "le compte Ameli", "le numéro fiscal", "l'espace personnel",
      "la page de connexion", "le choix du compte", "le courriel de confirmation"],
     ["S'identifier avec FranceConnect", "Continuer", "Se connecter", "Mon espace", "Accepter", "Quitter"]),
    ("visio", "Faire un appel vidéo avec ses proches", "l'application d'appel vidéo",
     ["la caméra", "le micro", "le lien d'invitation", "la liste des participants",
      "le haut-parleur", "l'écran partagé"],
     ["Rejoindre", "Couper le micro", "Activer la caméra", "Raccrocher", "Inviter", "Discussion"]),
    ("emploi", "Chercher un emploi en ligne", "le site de France Travail",
     ["les offres d'emploi", "les filtres de recherche", "l'alerte par courriel", "la lettre de motivation",
      "l'espace candidat", "le métier recherché"],
     ["Rechercher", "Postuler", "Créer une alerte", "Enregistrer l'offre", "Filtrer", "Voir l'offre"]),
    ("cv", "Rédiger son CV", "le traitement de texte",
     ["le modèle de CV", "la rubrique « Expériences »", "les compétences", "la photo",
      "l'export en PDF", "la mise en page"],
     ["Nouveau document", "Enregistrer sous", "Exporter en PDF", "Insérer une image", "Gras", "Imprimer"]),
    ("arnaques", "Repérer les arnaques", "la messagerie",
     ["le lien suspect", "l'expéditeur inconnu", "la demande de code", "le faux conseiller",
      "le message urgent", "le numéro 33700"],
     ["Signaler", "Bloquer le numéro", "Supprimer", "Ne pas ouvrir", "Transférer au 33700", "Ignorer"]),
    ("photos", "Ranger et partager ses photos", "la galerie",
     ["l'album", "la photo sélectionnée", "le bouton de partage", "la sauvegarde en ligne",
      "l'espace de stockage", "le dossier « Appareil photo »"],
     ["Partager", "Sélectionner", "Créer un album", "Supprimer", "Modifier", "Sauvegarder"]),
    ("banque", "Consulter son compte bancaire en ligne", "l'application de la banque",
     ["le solde du compte", "la liste des opérations", "le RIB", "le virement",
      "le plafond de la carte", "la validation sécurisée"],
     ["Mes comptes", "Faire un virement", "Télécharger le RIB", "Valider", "Opposition carte", "Déconnexion"]),
    ("sante", "Prendre un rendez-vous médical en ligne", "le site de prise de rendez-vous",
     ["le médecin traitant", "le créneau disponible", "le rappel par SMS", "l'ordonnance",
      "la carte Vitale", "le compte Ameli"],
     ["Prendre rendez-vous", "Choisir un créneau", "Confirmer", "Annuler le rendez-vous", "Mes documents", "Rechercher"]),
    ("transports", "Acheter un billet de train", "l'application SNCF Connect",
     ["la gare de départ", "la date du voyage", "la carte de réduction", "le billet électronique",
      "le QR code", "le paiement sécurisé"],
     ["Rechercher", "Choisir ce trajet", "Payer", "Mes billets", "Échanger", "Ajouter un passager"]),
    ("navigateur", "Naviguer sur Internet", "le navigateur",
     ["la barre d'adresse", "le moteur de recherche", "les onglets", "les favoris",
      "l'historique", "le cadenas de sécurité"],
     ["Nouvel onglet", "Actualiser", "Ajouter aux favoris", "Précédent", "Rechercher", "Fermer l'onglet"]),
    ("reseaux-sociaux", "Utiliser les réseaux sociaux sans risque", "le réseau social",
     ["le profil", "les paramètres de confidentialité", "la liste d'amis", "la publication",
      "les commentaires", "la photo de profil"],
     ["Publier", "Modifier la confidentialité", "Bloquer", "Signaler", "Ne plus suivre", "Paramètres"]),
    ("documents", "Scanner et envoyer un document", "l'application de numérisation",
     ["le justificatif de domicile", "le fichier PDF", "le recadrage", "le nom du fichier",
      "le dossier « Téléchargements »", "la pièce d'identité"],
     ["Numériser", "Recadrer", "Enregistrer", "Partager", "Renommer", "Ajouter une page"]),
    ("caf", "Déclarer ses ressources à la CAF", "le site de la CAF",
     ["la déclaration trimestrielle", "le numéro d'allocataire", "le code confidentiel", "l'attestation",
      "les ressources du foyer", "la messagerie de l'espace Mon compte"],
     ["Mon compte", "Déclarer", "Valider la déclaration", "Télécharger l'attestation", "Mes messages", "Modifier"]),
    ("wifi", "Se connecter à un réseau Wi-Fi", "les réglages",
     ["le nom du réseau", "la clé de sécurité", "le partage de connexion", "le forfait mobile",
      "le réseau public", "l'icône Wi-Fi"],
     ["Wi-Fi", "Se connecter", "Oublier ce réseau", "Partage de connexion", "Afficher le mot de passe", "Activer"]),
    ("messagerie", "Écrire des messages instantanés", "l'application de messagerie",
     ["la conversation de groupe", "le message vocal", "l'émoji", "l'accusé de lecture",
      "la photo envoyée", "le contact bloqué"],
     ["Nouvelle discussion", "Envoyer", "Enregistrer un message vocal", "Joindre", "Archiver", "Appeler"]),
    ("impots", "Déclarer ses revenus en ligne", "le site impots.gouv.fr",
     ["l'espace particulier", "le numéro fiscal", "l'avis d'imposition", "le prélèvement à la source",
      "la déclaration pré-remplie", "la messagerie sécurisée"],
     ["Déclarer", "Valider et signer", "Mes documents", "Gérer mon prélèvement", "Nous contacter", "Se connecter"]),
    ("agenda", "Tenir son agenda sur le téléphone", "l'agenda",
     ["le rendez-vous", "le rappel", "la vue de la semaine", "l'événement récurrent",
      "l'invitation", "le calendrier partagé"],
     ["Nouvel événement", "Enregistrer", "Ajouter un rappel", "Aujourd'hui", "Modifier", "Supprimer"]),
]

VARIANTS = ["les bases", "pas à pas", "aller plus loin", "atelier pratique", "premiers réflexes",
            "révision et mise en situation", "cas concrets", "en autonomie"]
AUDIENCES = ["seniors", "jeunes", "demandeurs-emploi", "parents", "tous-publics", "allocataires"]
SUBJECTS = ["Chaque participant", "La personne accompagnée", "Le groupe", "Le binôme", "Chacun",
            "L'animateur", "Une personne volontaire", "Celui qui termine le premier"]
VERBS = ["ouvre", "repère", "vérifie", "retrouve", "montre", "explique", "compare", "essaie",
         "note sur sa fiche", "décrit à voix haute"]
COMPLEMENTS = ["sans se presser", "avec l'aide de son voisin", "en suivant la fiche pas à pas",
               "avant de passer à la suite", "sur son propre appareil", "à partir de la capture projetée",
               "en reformulant avec ses mots", "puis recommence seul", "en cas de doute",
               "comme à la maison"]
OPENERS = ["Pour commencer,", "Ensuite,", "Au besoin,", "Si le groupe est à l'aise,", "Avant la pause,",
           "En fin de séance,", "Pour les plus avancés,", "Dans un second temps,"]
NOTE_SENTENCES = [
    "Prévoyez des comptes de test : on ne manipule jamais les données personnelles des participants devant le groupe.",
    "Certaines personnes n'osent pas dire qu'elles n'ont pas compris : reformulez et demandez-leur de montrer plutôt que d'expliquer.",
    "Laissez les participants toucher l'écran eux-mêmes ; gardez les mains dans le dos si besoin.",
    "Si la connexion est lente, basculez sur les captures d'écran du module plutôt que sur le site en direct.",
    "Vérifiez avant la séance que les appareils sont chargés et que les mises à jour ne vont pas se lancer.",
    "Rappelez que personne n'est noté : l'objectif est de repartir avec un geste que l'on sait refaire.",
    "Notez les questions qui sortent du sujet sur un tableau et revenez-y en fin d'atelier.",
    "Un mémo papier à emporter rassure beaucoup : distribuez-le à la fin plutôt qu'au début.",
    "Adaptez le rythme au groupe : mieux vaut une activité bien comprise que toutes survolées.",
    "Pour les personnes qui ont un handicap visuel, agrandissez l'affichage et lisez les textes à voix haute.",
]
LINKS = [("https://www.service-public.fr", "service-public.fr"),
         ("https://www.cybermalveillance.gouv.fr", "cybermalveillance.gouv.fr"),
         ("https://www.ameli.fr", "ameli.fr"),
         ("https://www.impots.gouv.fr", "impots.gouv.fr"),
         ("https://pix.fr", "pix.fr"),
         ("tel:3939", "le 39 39")]
EQUIPMENT = [("ordinateur", "Un ordinateur par personne, ou un pour deux"),
             ("smartphone", "Un smartphone par personne, le sien de préférence"),
             ("tablette", "Des tablettes de prêt pour ceux qui n'ont pas d'appareil"),
             ("videoprojecteur", "Un vidéoprojecteur pour montrer l'écran à tout le groupe"),
             ("imprimante", "Une imprimante pour les mémos"),
             ("connexion", "Une connexion Wi-Fi stable pour tout le groupe"),
             ("casque", "Des casques pour les activités audio"),
             ("papier", "Le mémo papier du module, un par personne")]
COMPETENCIES = [("pix-1.1", "Mener une recherche et une veille d'information"),
                ("pix-2.1", "Interagir"),
                ("pix-2.2", "Partager et publier"),
                ("pix-3.1", "Développer des documents textuels"),
                ("pix-4.1", "Sécuriser l'environnement numérique"),
                ("pix-4.2", "Protéger les données personnelles et la vie privée"),
                ("pix-5.2", "Construire un environnement numérique")]
PREREQUISITES = ["Savoir allumer et déverrouiller son appareil", "Avoir une adresse de courriel",
                 "Connaître son identifiant et son mot de passe", "Avoir suivi l'atelier de découverte",
                 "Savoir lire une courte consigne"]
PHOTO_SCENES = ["deux personnes regardent ensemble l'écran d'un ordinateur portable",
                "une animatrice montre un smartphone à un participant assis",
                "un groupe de six personnes autour d'une table, chacune avec une tablette",
                "une main pointe une icône sur l'écran d'un téléphone",
                "un participant note une consigne sur une fiche papier à côté de son clavier"]
SCREEN_PLACES = ["en haut à droite", "en bas de l'écran", "au centre", "dans le menu de gauche",
                 "sous la barre de recherche", "en haut à gauche"]


def esc(text):
    """Escape character data and attribute values (double-quoted)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cap(text):
    return text[:1].upper() + text[1:]


def low(text):
    """For a sentence that follows a colon."""
    return text[:1].lower() + text[1:]


class Text:
    """French-looking text drawn from one module's random generator."""

    def __init__(self, rng, theme):
        self.rng = rng
        self.slug, self.title, self.app, self.terms, self.labels = theme

    def term(self):
        return self.rng.choice(self.terms)

    def label(self):
        return self.rng.choice(self.labels)

    def sentence(self):
        r = self.rng
        kind = r.randrange(4)
        if kind == 0:
            return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {self.term()} dans {self.app}, {r.choice(COMPLEMENTS)}."
        if kind == 1:
            return f"{r.choice(OPENERS)} on appuie sur « {self.label()} » pour afficher {self.term()}."
        if kind == 2:
            return (f"{cap(self.term())} se trouve {r.choice(SCREEN_PLACES)} ; "
                    f"sinon, on revient à l'accueil de {self.app}.")
        return f"{r.choice(OPENERS)} {r.choice(SUBJECTS).lower()} {r.choice(VERBS)} {self.term()} {r.choice(COMPLEMENTS)}."

    def inline(self, sentences=1, emphasis=True):
        """One run of inline markup: sentences with a term in <em> or <strong>."""
        out = []
        for _ in range(sentences):
            s = esc(self.sentence())
            if emphasis and self.rng.random() < 0.5:
                word = esc(self.term())
                if word in s:
                    tag = self.rng.choice(["em", "strong"])
                    s = s.replace(word, f"<{tag}>{word}</{tag}>", 1)
            out.append(s)
        return " ".join(out)

    def rich(self, paragraphs=(1, 2), list_chance=0.0, link_chance=0.0, sentences=(1, 3)):
        """Rich text blocks: ('p', markup) or ('ul'/'ol', [markup, ...])."""
        r = self.rng
        blocks = [("p", self.inline(r.randint(*sentences))) for _ in range(r.randint(*paragraphs))]
        if r.random() < list_chance:
            items = [self.inline(1) for _ in range(r.randint(3, 5))]
            blocks.insert(r.randint(1, len(blocks)), (r.choice(["ul", "ol"]), items))
        if r.random() < link_chance:
            href, label = r.choice(LINKS)
            blocks.append(("p", f"Pour en savoir plus : <a href=\"{esc(href)}\">{esc(label)}</a>.<br/>"
                                f"<strong>À retenir</strong> : on vérifie toujours l'adresse du site."))
        return blocks

    def notes(self):
        """Facilitator notes: advice paragraphs, a checklist, sometimes a link."""
        r = self.rng
        picked = r.sample(NOTE_SENTENCES, 3)
        blocks = [("p", esc(picked[0]) + " " + self.inline(1)),
                  ("p", f"<strong>Points de vigilance</strong> : {esc(low(picked[1]))}")]
        blocks.append(("ul", [self.inline(1) for _ in range(r.randint(3, 5))]))
        blocks.append(("p", esc(picked[2]) + " " + self.inline(r.randint(1, 2))))
        if r.random() < 0.4:
            href, label = r.choice(LINKS)
            blocks.append(("p", f"Ressource utile : <a href=\"{esc(href)}\">{esc(label)}</a>."))
        return blocks


class Writer:
    """Canonical XML writing: UTF-8, LF, two-space indentation."""

    def __init__(self):
        self.lines = ['<?xml version="1.0" encoding="UTF-8"?>']
        self.stack = []

    @staticmethod
    def _attrs(attrs):
        return "".join(f' {k}="{esc(str(v))}"' for k, v in attrs if v is not None)

    def _pad(self):
        return "  " * len(self.stack)

    def open(self, tag, *attrs):
        self.lines.append(f"{self._pad()}<{tag}{self._attrs(attrs)}>")
        self.stack.append(tag)

    def close(self):
        tag = self.stack.pop()
        self.lines.append(f"{self._pad()}</{tag}>")

    def leaf(self, tag, text, *attrs):
        self.lines.append(f"{self._pad()}<{tag}{self._attrs(attrs)}>{esc(text)}</{tag}>")

    def markup(self, tag, markup, *attrs):
        """An element whose content is already-escaped inline markup."""
        self.lines.append(f"{self._pad()}<{tag}{self._attrs(attrs)}>{markup}</{tag}>")

    def empty(self, tag, *attrs):
        self.lines.append(f"{self._pad()}<{tag}{self._attrs(attrs)}/>")

    def rich(self, tag, blocks):
        self.open(tag)
        for kind, content in blocks:
            if kind == "p":
                self.markup("p", content)
            else:
                self.open(kind)
                for item in content:
                    self.markup("li", item)
                self.close()
        self.close()

    def text(self):
        assert not self.stack, self.stack
        return "\n".join(self.lines) + "\n"


# --------------------------------------------------------------------------
# Media: incompressible bytes behind a plausible header, exact sizes.
# --------------------------------------------------------------------------

def png_bytes(rng, size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    width, height = rng.choice([(1280, 800), (1080, 2340), (1920, 1080), (1366, 768)])
    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    tail = chunk(b"IEND", b"")
    body = bytearray()
    remaining = size - len(head) - len(tail)
    # Encoders split image data into IDAT chunks of a fixed size (libpng: 8 KiB; 64 KiB here).
    while remaining > 12:
        n = min(65536, remaining - 12)
        body += chunk(b"IDAT", rng.randbytes(n))
        remaining -= n + 12
    body += b"\0" * remaining  # < 13 bytes of padding keep the size exact
    return head + bytes(body) + tail


def jpeg_bytes(rng, size):
    width, height = rng.choice([(1600, 1200), (2048, 1536), (1200, 900)])
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\x01\x00\x48\x00\x48\0\0"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    sos = b"\xff\xda" + struct.pack(">HB", 12, 3) + b"\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    head = b"\xff\xd8" + app0 + sof0 + sos
    return head + rng.randbytes(size - len(head) - 2) + b"\xff\xd9"


def mp3_bytes(rng, size):
    # ID3v2.4 header with no frames, then MPEG-1 Layer III 128 kbit/s 44.1 kHz frames (417 bytes).
    out = bytearray(b"ID3\x04\x00\x00\x00\x00\x00\x00")
    while len(out) + 417 <= size:
        out += b"\xff\xfb\x90\x64" + rng.randbytes(413)
    out += rng.randbytes(size - len(out))
    return bytes(out)


class Media:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.assets = []  # (id, href, type, size, sha256, alt, transcript_blocks)

    def add(self, asset_id, filename, mime, data, alt=None, transcript=None):
        href = f"media/{filename}"
        with open(os.path.join(self.out_dir, href), "wb") as f:
            f.write(data)
        self.assets.append((asset_id, href, mime, len(data), hashlib.sha256(data).hexdigest(), alt, transcript))


# --------------------------------------------------------------------------
# Activities. Each returns the envelope pieces and writes its payload
# following the payload table of docs/format.md.
# --------------------------------------------------------------------------

def activity_content(w, t, media):
    r = t.rng
    w.open("content", ("xmlns", "urn:relais:exercise:content:1"))
    w.rich("body", t.rich(paragraphs=(2, 4), list_chance=0.7, link_chance=0.3, sentences=(2, 3)))
    if media.get("photo"):
        w.open("figures")
        w.open("figure", ("media", media["photo"]))
        w.leaf("caption", f"Atelier « {t.title} » : {r.choice(PHOTO_SCENES)}.")
        w.close()
        w.close()
    w.close()
    refs = [m for m in (media.get("photo"), media.get("audio")) if m]
    return f"À découvrir : {t.term()}", refs


def activity_mcq(w, t, media):
    r = t.rng
    labels = r.sample(t.labels, 4)
    correct = r.randrange(4)
    multiple = r.random() < 0.2
    w.open("mcq", ("xmlns", "urn:relais:exercise:mcq:1"), ("multiple", "true" if multiple else "false"))
    w.leaf("question", f"Dans {t.app}, sur quel bouton appuyez-vous pour atteindre {t.term()} ?")
    if media.get("screen"):
        w.empty("image", ("media", media["screen"]))
    w.open("choices")
    for i, label in enumerate(labels):
        ok = i == correct or (multiple and i == (correct + 1) % 4)
        w.open("choice", ("correct", "true" if ok else "false"))
        w.leaf("text", label)
        if r.random() < 0.7:
            w.leaf("feedback", ("Oui : " if ok else "Non : ") + low(t.sentence()))
        w.close()
    w.close()
    w.close()
    return f"Quel bouton pour {t.term()} ?", []


def activity_truefalse(w, t, media):
    r = t.rng
    w.open("truefalse", ("xmlns", "urn:relais:exercise:truefalse:1"))
    w.open("statements")
    for _ in range(r.randint(3, 5)):
        answer = r.random() < 0.5
        w.open("statement", ("answer", "true" if answer else "false"))
        w.leaf("text", f"{cap(t.term())} se trouve toujours {r.choice(SCREEN_PLACES)} dans {t.app}.")
        if r.random() < 0.8:
            w.leaf("explanation", ("Vrai. " if answer else "Faux. ") + t.sentence())
        w.close()
    w.close()
    w.close()
    return "Vrai ou faux ?", []


def activity_ordering(w, t, media):
    r = t.rng
    w.open("ordering", ("xmlns", "urn:relais:exercise:ordering:1"))
    w.leaf("prompt", f"Remettez les étapes dans l'ordre pour {t.title[:1].lower() + t.title[1:]}.")
    w.open("steps")
    steps = [f"Ouvrir {t.app}"] + [f"Appuyer sur « {label} »" for label in r.sample(t.labels, r.randint(2, 4))]
    steps.append(f"Vérifier {t.term()}")
    for i, step in enumerate(steps):
        w.open("step")
        w.leaf("text", step)
        if i == 1 and media.get("screen"):
            w.empty("image", ("media", media["screen"]))
        w.close()
    w.close()
    w.close()
    return "Dans quel ordre ?", []


def activity_fillblanks(w, t, media):
    r = t.rng
    mode = r.choice(["typed", "choice"])
    first, second, *others = r.sample(t.labels, 4)
    text = (f"Pour commencer, j'ouvre [[{t.app}|{t.app.split(' ', 1)[-1]}]], puis j'appuie sur [[{first}]]. "
            f"Je vérifie {t.term()} avant d'appuyer sur [[{second}]].")
    w.open("fillblanks", ("xmlns", "urn:relais:exercise:fillblanks:1"), ("mode", mode))
    w.leaf("text", text)
    if mode == "choice":
        w.open("distractors")
        for label in others:
            w.leaf("distractor", label)
        w.close()
    w.close()
    return "Complétez la phrase", []


def activity_hotspot(w, t, media):
    r = t.rng
    w.open("hotspot", ("xmlns", "urn:relais:exercise:hotspot:1"))
    if media.get("screen"):
        w.empty("image", ("media", media["screen"]))
    w.leaf("question", f"Touchez l'endroit où se trouve le bouton « {t.label()} ».")
    w.open("zones")
    for i in range(r.randint(2, 4)):
        x, y = round(r.uniform(5, 70), 1), round(r.uniform(5, 85), 1)
        if i == 2:
            points = f"{x},{y} {x + 20:.1f},{y} {x + 10:.1f},{y + 10:.1f}"
            shape = "polygon"
        else:
            points = f"{x},{y} {x + r.uniform(5, 25):.1f},{y + r.uniform(3, 10):.1f}"
            shape = "rect"
        w.open("zone", ("correct", "true" if i == 0 else "false"), ("shape", shape), ("points", points))
        w.leaf("label", cap(t.term()))
        if r.random() < 0.7:
            w.leaf("feedback", ("Bravo : " if i == 0 else "Pas tout à fait : ") + low(t.sentence()))
        w.close()
    w.close()
    w.close()
    return "Où appuyer ?", []


ACTIVITIES = {"content": activity_content, "mcq": activity_mcq, "truefalse": activity_truefalse,
              "ordering": activity_ordering, "fillblanks": activity_fillblanks, "hotspot": activity_hotspot}


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------

def make_module(index, seed, activities, media, out_dir):
    """Writes modules/<id>.xml and its media; returns (id, duration, title)."""
    rng = random.Random(f"{seed}:module:{index}")
    theme = THEMES[index % len(THEMES)]
    t = Text(rng, theme)
    module_id = f"{theme[0]}-{index + 1:04d}"
    title = f"{theme[1]} : {rng.choice(VARIANTS)}"

    # Media of this module; every one of them is used by an activity below.
    refs = {"screen": f"ecran-{module_id}", "photo": f"photo-{module_id}"}
    media.add(refs["screen"], f"ecran-{module_id}.png", "image/png", png_bytes(rng, rng.randint(150_000, 400_000)),
              alt=f"Capture d'écran de {t.app} : {t.term()} est entouré en rouge, {rng.choice(SCREEN_PLACES)}.")
    media.add(refs["photo"], f"photo-{module_id}.jpg", "image/jpeg", jpeg_bytes(rng, rng.randint(100_000, 300_000)),
              alt=f"Photo d'atelier : {rng.choice(PHOTO_SCENES)}.")
    if index % 10 == 9:
        refs["audio"] = f"audio-{module_id}"
        media.add(refs["audio"], f"audio-{module_id}.mp3", "audio/mpeg",
                  mp3_bytes(rng, rng.randint(900_000, 1_200_000)),
                  transcript=t.rich(paragraphs=(4, 6), sentences=(2, 3)))

    w = Writer()
    w.open("module", ("xmlns", CORE_NS), ("formatVersion", 1), ("id", module_id), ("duration", "@DURATION@"),
           ("modality", rng.choice(["collectif", "individuel", "mixte"])),
           ("level", rng.choice(["debutant", "debutant", "intermediaire", "confirme"])))
    w.leaf("title", title)
    w.rich("summary", t.rich(paragraphs=(1, 2), sentences=(2, 3)))
    w.open("audiences")
    for a in rng.sample(AUDIENCES, rng.randint(1, 2)):
        w.leaf("audience", a)
    w.close()
    if rng.random() < 0.6:
        w.open("prerequisites")
        for p in rng.sample(PREREQUISITES, rng.randint(1, 2)):
            w.leaf("item", p)
        w.close()
    w.open("objectives")
    for term in rng.sample(t.terms, rng.randint(3, 5)):
        w.leaf("objective", f"Savoir {rng.choice(['utiliser', 'retrouver', 'reconnaître', 'expliquer', 'vérifier'])} "
                            f"{term} dans {t.app}")
    w.close()
    w.open("competencies")
    for code, label in rng.sample(COMPETENCIES, rng.randint(1, 2)):
        w.leaf("competency", label, ("code", code))
    w.close()
    w.open("equipment")
    for kind, label in rng.sample(EQUIPMENT, rng.randint(2, 3)):
        w.leaf("item", label, ("kind", kind), ("quantity", rng.choice([None, 1, 8, 10, 12])))
    w.close()
    w.rich("facilitatorNotes", t.notes())

    # Activities first (in a side writer): the running order needs their ids.
    kinds = [ACTIVITY_TYPES[i % len(ACTIVITY_TYPES)] for i in range(activities)]
    act = Writer()
    act.stack = ["module", "activities"]
    act.lines = []
    ids = []
    used = set()
    for i, kind in enumerate(kinds):
        activity_id = f"{kind}-{i + 1}"
        payload = Writer()
        payload.stack = ["module", "activities", "activity", "payload"]
        payload.lines = []
        atitle, arefs = ACTIVITIES[kind](payload, t, refs)
        ids.append((activity_id, atitle))
        payload.stack = []
        used.update(arefs)
        used.update(x for x in refs.values() if x in "\n".join(payload.lines))
        act.open("activity", ("id", activity_id), ("type", kind))
        act.leaf("title", atitle)
        if rng.random() < 0.8:
            act.rich("instructions", t.rich(paragraphs=(1, 1), sentences=(1, 2)))
        for ref in arefs:
            act.empty("media", ("ref", ref))
        if kind != "content":
            act.empty("scoring", ("weight", rng.choice([1, 1, 2])), ("passingScore", rng.choice([None, 50, 80, 100])))
        act.open("payload")
        act.lines.extend(payload.lines)
        act.close()
        act.close()
    # Without a content or hotspot activity (small --activities), attach the
    # remaining media to the first activity so that none is reported unused.
    leftovers = [x for x in refs.values() if x not in used]
    if leftovers and act.lines:
        # Schema order: title, instructions, media, scoring, payload.
        at = next(i for i, line in enumerate(act.lines)
                  if line.strip() == "<payload>" or line.lstrip().startswith("<scoring"))
        act.lines[at:at] = [f'{"  " * 3}<media ref="{x}"/>' for x in leftovers]

    # Running order: welcome, one segment per activity, an optional break, wrap-up.
    segments = [(rng.choice([10, 15]), "Accueil et tour de table", None, None)]
    for activity_id, atitle in ids:
        segments.append((rng.choice([10, 15, 20, 25, 30]), atitle, activity_id,
                         t.rich(paragraphs=(1, 1), sentences=(1, 1)) if rng.random() < 0.3 else None))
    if sum(s[0] for s in segments) > 90:
        segments.insert(len(segments) // 2 + 1, (10, "Pause", None, None))
    segments.append((rng.choice([10, 15]), "Bilan et questions", None, None))
    duration = sum(s[0] for s in segments)
    w.open("runningOrder")
    for minutes, stitle, activity_id, description in segments:
        w.open("segment", ("duration", minutes), ("activity", activity_id))
        w.leaf("title", stitle)
        if description:
            w.rich("description", description)
        w.close()
    w.close()
    w.open("activities")
    w.lines.extend(act.lines)
    w.close()
    w.close()

    xml = w.text().replace('duration="@DURATION@"', f'duration="{duration}"', 1)
    with open(os.path.join(out_dir, "modules", f"{module_id}.xml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(xml)
    return module_id, duration, title


def make_pathway(number, modules, seed, out_dir):
    """One pathway over a block of modules, one to three modules per step."""
    rng = random.Random(f"{seed}:pathway:{number}")
    pathway_id = f"parcours-{number}"
    t = Text(rng, THEMES[number % len(THEMES)])
    steps, i = [], 0
    while i < len(modules):
        n = rng.randint(1, 3)
        steps.append(modules[i:i + n])
        i += n
    w = Writer()
    w.open("pathway", ("xmlns", CORE_NS), ("formatVersion", 1), ("id", pathway_id),
           ("modality", rng.choice(["collectif", "mixte"])), ("sessions", len(steps)),
           ("duration", sum(m[1] for m in modules)))
    w.leaf("title", f"Parcours {number} : {rng.choice(['autonomie numérique', 'démarches en ligne', 'premiers pas', 'insertion professionnelle'])}")
    w.rich("summary", t.rich(paragraphs=(1, 2), list_chance=0.5, sentences=(2, 3)))
    w.open("audiences")
    w.leaf("audience", rng.choice(AUDIENCES))
    w.close()
    w.empty("entryDiagnostic", ("ref", modules[0][0]))
    w.open("steps")
    for s, step in enumerate(steps, 1):
        w.open("step", ("id", f"seance-{s}"))
        w.leaf("title", f"Séance {s} : {step[0][2]}")
        if rng.random() < 0.5:
            w.rich("goal", t.rich(paragraphs=(1, 1), sentences=(1, 2)))
        for module_id, _, _ in step:
            w.empty("module", ("ref", module_id))
        if rng.random() < 0.3:
            w.rich("notes", t.rich(paragraphs=(1, 1), sentences=(1, 1)))
        w.close()
    w.close()
    w.empty("exitAssessment", ("ref", modules[-1][0]))
    w.open("completion", ("minSessions", max(1, len(steps) * 3 // 4)), ("exitAssessment", "true"))
    w.rich("description", [("p", "Le parcours est terminé quand la personne a suivi les trois quarts des séances "
                                 "et fait l'<strong>auto-évaluation de sortie</strong>.")])
    w.close()
    w.close()
    with open(os.path.join(out_dir, "pathways", f"{pathway_id}.xml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(w.text())
    return pathway_id


def make_curriculum(n_modules, seed, pathway_ids, modules, media, out_dir):
    rng = random.Random(f"{seed}:curriculum")
    t = Text(rng, THEMES[0])
    w = Writer()
    w.open("curriculum", ("xmlns", CORE_NS), ("formatVersion", 1), ("id", "org.relais.banc-essai"),
           ("version", "2.3.0"), ("lang", "fr"))
    w.leaf("title", f"Banc d'essai Relais : {n_modules} ateliers")
    w.leaf("subtitle", "Un curriculum d'inclusion numérique généré pour mesurer les performances")
    w.rich("summary", t.rich(paragraphs=(2, 3), list_chance=1.0, link_chance=1.0, sentences=(2, 3)))
    w.leaf("publisher", "Relais, réseau d'accompagnement numérique", ("url", "https://relais.example.org"))
    w.open("authors")
    for name, role in [("Camille Martin", "coordination"), ("Yacine Benali", "rédaction"),
                       ("Sophie Lefèvre", "relecture"), ("Jean-Marc Dubois", "illustrations")]:
        w.leaf("author", name, ("role", role))
    w.close()
    w.leaf("licence", "CC-BY-SA-4.0")
    w.open("audiences")
    for a in AUDIENCES:
        w.leaf("audience", a)
    w.close()
    w.open("changelog")
    for version, date in [("2.3.0", "2026-09-15"), ("2.2.0", "2026-03-02"), ("2.0.0", "2025-10-20"),
                          ("1.0.0", "2025-01-13")]:
        w.open("release", ("version", version), ("date", date))
        for _ in range(rng.randint(1, 3)):
            w.leaf("change", t.sentence(), ("kind", rng.choice(["added", "changed", "fixed", "removed"])))
        w.close()
    w.close()
    w.open("pathways")
    for p in pathway_ids:
        w.empty("pathway", ("ref", p))
    w.close()
    w.open("modules")
    for module_id, _, _ in modules:
        w.empty("module", ("ref", module_id))
    w.close()
    w.open("media")
    for asset_id, href, mime, size, sha, alt, transcript in media.assets:
        w.open("asset", ("id", asset_id), ("href", href), ("type", mime), ("size", size), ("sha256", sha))
        if alt:
            w.leaf("alt", alt)
        if transcript:
            w.rich("transcript", transcript)
        w.leaf("credit", "Relais")
        w.leaf("licence", "CC-BY-SA-4.0")
        w.close()
    w.close()
    w.close()
    with open(os.path.join(out_dir, "curriculum.xml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(w.text())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--modules", type=int, required=True, help="number of modules (N)")
    ap.add_argument("--activities", type=int, default=6, help="activities per module (M, default 6)")
    ap.add_argument("--pathways", type=int, default=2, help="number of pathways (default 2)")
    ap.add_argument("--seed", default="1", help="random seed (default 1)")
    ap.add_argument("--force", action="store_true", help="replace OUT_DIR if it is not empty")
    ap.add_argument("out_dir", metavar="OUT_DIR")
    args = ap.parse_args(argv)
    if args.modules < 1 or args.activities < 1 or args.pathways < 1:
        ap.error("--modules, --activities and --pathways must be at least 1")

    out = args.out_dir
    if os.path.exists(out) and os.listdir(out):
        if not args.force:
            ap.error(f"{out} is not empty (use --force to replace it)")
        shutil.rmtree(out)
    for sub in ("modules", "pathways", "media"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)

    media = Media(out)
    modules = [make_module(i, args.seed, args.activities, media, out) for i in range(args.modules)]
    # Pathways cover consecutive blocks of modules (every module is in one);
    # with fewer modules than pathways, they share the first module.
    count = args.pathways
    blocks = [modules[k * len(modules) // count:(k + 1) * len(modules) // count] or modules[:1] for k in range(count)]
    pathway_ids = [make_pathway(k + 1, block, args.seed, out) for k, block in enumerate(blocks)]
    make_curriculum(args.modules, args.seed, pathway_ids, modules, media, out)
    total = sum(a[3] for a in media.assets)
    print(f"{out}: {len(modules)} modules, {len(pathway_ids)} pathways, {len(media.assets)} media "
          f"({total / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
