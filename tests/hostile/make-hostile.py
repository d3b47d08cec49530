#!/usr/bin/env python3
"""Make hostile copies of a Relais curriculum, for the hostile-content tests.

Usage:
  make-hostile.py [--beacon URL] SOURCE OUT          a VALID hostile curriculum
  make-hostile.py --invalid [--beacon URL] SOURCE OUT
                                                     an INVALID one; prints its faults

Valid: every text of the curriculum holds what an author could type and a
renderer could mistake for code: script elements, event handlers,
`javascript:` and `data:` links, broken markup, quotes of both kinds,
bidirectional and zero-width controls, combining characters, emoji, text in
right-to-left scripts, and lengths at the limit: bounded fields are filled
to their maximum; the first rich text of each kind (a module's summary,
notes, a segment's description, an activity's instructions, a page's body…)
also gets a word of 10,000 letters and a paragraph of 100,000 characters
(payload rich text: what its limit allows). Every rich text having them
would make a guide of 10,000 pages, which tells nothing more.
It is all text (escaped in the XML), so the curriculum still validates.

Which fields are text is read from the schemas (schemas/*.xsd and each
exercise type's XSD), with the exercise types' field descriptions (their
JSON) for the limits the core adds to payload texts: every element or
attribute whose type is a free string (xs:string or xs:token without a
pattern or an enumeration, or an xs:anyURI) is filled, rich text (type
RichText) is replaced, and optional text elements missing from the source
are added, so that no field is left out because the source did not use it.
Foreign elements and attributes (the format keeps them untouched) are added
where the schemas allow them, holding XHTML script.

Two values have a syntax of their own that their rules parse: the hotspot
zones' coordinates stay as they are, and a fill-in text keeps its gaps, with
hostile text around them and in their answers.

Invalid: a plain copy of SOURCE in which real markup is written inside rich
text (script, iframe, img, event handler and style attributes, javascript:
and data: links, XHTML elements and attributes in their own namespace) and
two media SVGs hold script. Printed on stdout, as JSON: the faults expected,
[{"file", "line", "code", "what"}], in file then line order.

Every text of the valid curriculum starts with a number ("№12 ") so that no
two answers of an exercise are equal. Requests the hostile text would make (pictures,
styles) go to --beacon (default http://127.0.0.1:9/, where nothing listens):
a test can listen there and check that nothing came.

Only the Python standard library is used; the output is deterministic.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
CORE = "urn:relais:curriculum:1"
XHTML = "http://www.w3.org/1999/xhtml"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# ---------------------------------------------------------------------------
# What an author could type. {b} is the beacon URL.
# ---------------------------------------------------------------------------

PIECES = [
    # A title that Qt would take for rich text (its first tag is known) and
    # an image a renderer would fetch: the Studio test listens for it.
    '<img src="{b}marker.png" width="600" height="600"><font color="red" size="7">rouge</font>',
    '<script>window.__relaisPwned="script";alert("script")</script>',
    '<img src=x onerror="window.__relaisPwned=\'onerror\';alert(\'onerror\')">',
    '<svg/onload=window.__relaisPwned=\'svg\'>',
    '<a href="javascript:window.__relaisPwned=\'href\'">lien</a> javascript:alert(1)',
    '<iframe src="data:text/html,%3Cscript%3Eparent.__relaisPwned=1%3C/script%3E"></iframe>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==',
    '<link rel=stylesheet href="{b}style.css"><style>*{background:url({b}bg.png)}</style>',
    '</script><script>alert(4)</script><!--<script>',
    '<p><b>gras', '</div></p></li>', ']]>', '<!--', '-->', '&amp;lt;', '&lt;b&gt;', '&#60;',
    '"guillemets droits" \'apostrophes\' « français » `accents graves`',
    '{{7*7}} ${alert(5)} {% if %} <%= 6 %>',
    '~ = # { } : \\ ::titre:: // %s %n',
    '\u202egpj.exe\u202c \u2066isolé\u2069 \u2067שלום\u2069 \u2068premier\u2069 \u200fرتل\u200e',
    'zéro\u200blargeur\u200c\u200d\u2060\ufeffjoint',
    'Z\u0351\u0359\u0300a\u0301\u0302\u0303l\u0304\u0305\u0306g\u0307\u0308\u0309o\u030a\u030b\u030c',
    '\U0001f469\U0001f3fd\u200d\U0001f4bb \U0001f1eb\U0001f1f7 \U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1 \U0001f600',
    'مرحبا بكم في الورشة',
    'ligne 1\nligne 2\tavec tabulation',
]
LONG_WORD = 10_000
LONG_PARAGRAPH = 100_000
WORD = "Anticonstitutionnellement"

# Links are the one place rich text takes an attribute: valid (http, https,
# mailto, tel and no spaces), yet full of what would break out of a quoted
# attribute.
HREFS = [
    'https://example.invalid/"><script>alert(7)</script><a%20href="',
    "https://example.invalid/'onmouseover='window.__relaisPwned=1'",
    "mailto:x@example.invalid?subject=<img/src=x/onerror=alert(8)>",
    "tel:+33<svg/onload=alert(9)>",
]
TOKEN = '<script>alert(10)</script>"\'&amp;'
URI = 'javascript:window.__relaisPwned="url"'
FOREIGN_SCRIPT = "window.__relaisPwned='foreign'"

# Values with a syntax of their own: (namespace, attribute or element name).
CODED_ATTRIBUTES = {("urn:relais:exercise:hotspot:1", "points")}
GAP_TEXTS = {("urn:relais:exercise:fillblanks:1", "text")}
# The validator's limit of a payload text whose description gives none.
PAYLOAD_DEFAULT_LIMIT = 5000


class Hostile:
    """The texts: each new one numbered, the pieces in turn."""

    def __init__(self, beacon):
        self.pieces = [p.replace("{b}", beacon) for p in PIECES]
        self.count = 0

    def text(self, limit=None, avoid=()):
        self.count += 1
        pieces = [p for p in self.pieces if not any(a in p for a in avoid)]
        first = 1 + self.count % (len(pieces) - 1)
        # The picture first, so that Qt's guess at rich text looks at it; the
        # others in turn from a different one each time.
        order = [pieces[0]] + pieces[first:] + pieces[1:first]
        out = f"№{self.count} " + " ".join(order)
        if limit is None:
            return out
        while len(out) < limit:
            out += " " + " ".join(order)
        return out[:limit]

    def token(self):
        """For xs:token values, which cannot hold two spaces in a row nor line breaks."""
        self.count += 1
        return f"№{self.count} {TOKEN}"

    def paragraph(self, length):
        out = self.text()
        while len(out) < length:
            out += " " + " ".join(self.pieces)
        return out[:length]


# ---------------------------------------------------------------------------
# The schemas, reduced to what decides how a value is filled.
# ---------------------------------------------------------------------------

class Type:
    """kind: text (limit, token), uri, rich, coded, or complex (attributes,
    children, text: the type of a simple content)."""

    def __init__(self, kind, **kw):
        self.kind = kind
        self.limit = kw.get("limit")
        self.token = kw.get("token", False)
        self.attributes = kw.get("attributes", [])  # [(name, Type, required)]
        self.children = kw.get("children", [])      # [Particle]
        self.text = kw.get("text")
        self.any_attribute = kw.get("any_attribute", False)


class Particle:
    def __init__(self, ns, name, type_, minimum, maximum, wildcard=False, key=None):
        self.ns, self.name, self.type, self.min, self.max, self.wildcard = ns, name, type_, minimum, maximum, wildcard
        self.key = key  # the same for every element of one declaration


class Schemas:
    def __init__(self, files):
        self.named = {}     # (ns, name) -> xs:simpleType / xs:complexType node
        self.elements = {}  # (ns, name) -> xs:element node
        for path in files:
            root = ET.parse(path).getroot()
            ns = root.get("targetNamespace")
            for child in root:
                if child.get("name") is None:
                    continue
                table = self.elements if child.tag == XS + "element" else self.named
                table[(ns, child.get("name"))] = child
        self.cache = {}

    def element(self, ns, name):
        node = self.elements.get((ns, name))
        return self.particle(node, ns) if node is not None else None

    def resolve(self, qname, ns):
        prefix, _, local = qname.rpartition(":")
        if prefix == "xs":
            return builtin(local)
        # Every schema names its own types with its own prefix.
        key = (ns, local)
        if key not in self.cache:
            node = self.named[key]
            if node.get("name") == "RichText":
                self.cache[key] = Type("rich")
            else:
                self.cache[key] = None  # recursion guard (List holds List)
                self.cache[key] = self.describe(node, ns)
        return self.cache[key] or Type("coded")

    def describe(self, node, ns):
        if node.tag == XS + "simpleType":
            restriction = node.find(XS + "restriction")
            base = self.resolve(restriction.get("base"), ns)
            if restriction.find(XS + "enumeration") is not None or restriction.find(XS + "pattern") is not None:
                return Type("coded")
            limit = restriction.find(XS + "maxLength")
            if base.kind != "text":
                return base
            return Type("text", limit=int(limit.get("value")) if limit is not None else base.limit, token=base.token)
        simple = node.find(XS + "simpleContent")
        if simple is not None:
            extension = simple.find(XS + "extension")
            return Type("complex", text=self.resolve(extension.get("base"), ns),
                        attributes=self.attributes(extension, ns))
        children = []
        for group in node.findall(XS + "sequence") + node.findall(XS + "choice"):
            for item in group:
                if item.tag == XS + "element":
                    children.append(self.particle(item, ns))
                elif item.tag == XS + "any":
                    children.append(Particle(None, None, None, int(item.get("minOccurs", "1")),
                                             item.get("maxOccurs", "1"), wildcard=True))
        return Type("complex", children=children, attributes=self.attributes(node, ns),
                    any_attribute=node.find(XS + "anyAttribute") is not None)

    def attributes(self, node, ns):
        out = []
        for a in node.findall(XS + "attribute"):
            inline = a.find(XS + "simpleType")
            t = self.describe(inline, ns) if inline is not None else self.resolve(a.get("type"), ns)
            out.append((a.get("name"), t, a.get("use") == "required"))
        return out

    def particle(self, node, ns):
        inline = node.find(XS + "complexType")
        if inline is None:
            inline = node.find(XS + "simpleType")
        t = self.describe(inline, ns) if inline is not None else self.resolve(node.get("type"), ns)
        return Particle(ns, node.get("name"), t, int(node.get("minOccurs", "1")), node.get("maxOccurs", "1"), key=id(node))


def builtin(name):
    if name in ("string", "normalizedString"):
        return Type("text")
    if name == "token":
        return Type("text", token=True)
    if name == "anyURI":
        return Type("uri")
    return Type("coded")


def payload_limits(folder):
    """Per exercise type's namespace: the element path from the payload's
    root to each text field (as its JSON describes it) -> its limit."""
    out = {}
    for type_id in sorted(os.listdir(folder)):
        path = os.path.join(folder, type_id, type_id + ".json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
        limits = {}

        def walk(fields, prefix):
            for field in fields:
                key = prefix + (field["key"],)
                if field["kind"] in ("text", "richtext"):
                    limits[key] = field.get("maxLength") or PAYLOAD_DEFAULT_LIMIT
                if field["kind"] == "group":
                    walk(field["fields"], key)
                if field["kind"] == "list":
                    walk([field["item"]], key)

        walk(meta["fields"], ())
        out[meta["namespace"]] = limits
    return out


# ---------------------------------------------------------------------------
# Filling a document along its schema.
# ---------------------------------------------------------------------------

def split(tag):
    ns, _, local = tag[1:].partition("}")
    return ns, local


class Filler:
    def __init__(self, schemas, limits, hostile):
        self.schemas, self.limits, self.hostile = schemas, limits, hostile
        self.long_done = set()  # the declarations whose rich text got the long word and paragraph

    def document(self, root):
        ns, local = split(root.tag)
        self.fill(root, self.schemas.element(ns, local), None, ())

    # path: the element names from the payload's root to el (payloads only).
    def fill(self, el, particle, payload_ns, path):
        t = particle.type
        ns, local = split(el.tag)
        limit = self.limit(payload_ns, path)
        if t.kind == "rich":
            self.rich(el, limit, particle.key not in self.long_done)
            self.long_done.add(particle.key)
            return
        if t.kind in ("text", "uri"):
            el.text = self.value(t, ns, local, limit, el.text)
            return
        if t.kind != "complex":
            return
        self.attributes(el, t, payload_ns, path)
        if t.any_attribute:
            el.set("{%s}onclick" % XHTML, FOREIGN_SCRIPT)
        if t.text is not None:
            el.text = self.value(t.text, ns, local, limit, el.text)
            return
        children = list(el)
        for child in children:
            el.remove(child)
        for p in t.children:
            matched = [c for c in children if self.matches(p, c, ns)]
            if p.wildcard:
                for c in matched:
                    if local == "payload":
                        cns, clocal = split(c.tag)
                        self.fill(c, self.schemas.element(cns, clocal), cns, (clocal,))
                    el.append(c)
                if p.max == "unbounded":
                    foreign = ET.SubElement(el, "{%s}script" % XHTML)
                    foreign.text = FOREIGN_SCRIPT
                    foreign.tail = "\n"
                continue
            child_path = path + (p.name,) if payload_ns else path
            for c in matched:
                self.fill(c, p, payload_ns, child_path)
                el.append(c)
            if not matched and p.min == 0:
                made = self.make(p, payload_ns, child_path)
                if made is not None:
                    made.tail = "\n"
                    el.append(made)

    def text_attribute(self, ns, name, t, payload_ns, path):
        if t.kind not in ("text", "uri") or (ns, name) in CODED_ATTRIBUTES:
            return False
        # In a payload, only what its description calls text: not media references.
        return payload_ns is None or self.limit(payload_ns, path + (name,)) is not None

    def attributes(self, el, t, payload_ns, path):
        ns = split(el.tag)[0]
        for name, at, _ in t.attributes:
            if self.text_attribute(ns, name, at, payload_ns, path):
                el.set(name, self.value(at, ns, name, self.limit(payload_ns, path + (name,)), None))

    @staticmethod
    def matches(p, child, ns):
        cns, clocal = split(child.tag)
        if p.wildcard:
            return cns != ns
        return cns == p.ns and clocal == p.name

    def limit(self, payload_ns, path):
        if payload_ns is None:
            return None
        return self.limits.get(payload_ns, {}).get(tuple(k for k in path[1:]))

    def value(self, t, ns, name, limit, current):
        if t.kind == "uri":
            return URI
        if t.token:
            return self.hostile.token()
        limits = [x for x in (t.limit, limit) if x]
        bound = min(limits) if limits else None
        if (ns, name) in GAP_TEXTS:
            return self.gaps(current or "", bound)
        return self.hostile.text(bound)

    def gaps(self, text, bound):
        """Hostile text around the gaps and in their answers; no stray [[ or ]]."""
        pieces = re.split(r"(\[\[.*?\]\])", text)
        out = []
        for piece in pieces:
            if piece.startswith("[["):
                answers = piece[2:-2].split("|")
                out.append("[[" + "|".join(f"<i>{a.strip()}</i> \u202e\"'" for a in answers) + "]]")
            else:
                out.append(piece)
        core = "".join(out)
        filler = self.hostile.text(max(0, bound - len(core) - 1), avoid=("[[", "]]", "|"))
        return filler + " " + core

    def make(self, p, payload_ns, path):
        """A missing optional element, filled, when it can hold text: a text,
        a rich text, or a complex element whose required parts are all text."""
        t = p.type
        el = ET.Element("{%s}%s" % (p.ns, p.name))
        if t.kind in ("text", "uri", "rich") or (t.kind == "complex" and t.text is not None):
            self.fill(el, p, payload_ns, path)
            return el
        if t.kind != "complex" or any(required and not self.text_attribute(p.ns, name, at, payload_ns, path)
                                      for name, at, required in t.attributes):
            return None
        for c in t.children:
            child = None if c.wildcard else self.make(c, payload_ns, path + (c.name,) if payload_ns else path)
            if child is None and c.min > 0:
                return None
            if child is not None:
                el.append(child)
        if not len(el):
            return None
        self.attributes(el, t, payload_ns, path)
        return el

    def rich(self, el, limit, long):
        """Paragraphs, emphasis, a line break, links and nested lists, all
        hostile; then, when long, the long word and the long paragraph."""
        for child in list(el):
            el.remove(child)
        ns = split(el.tag)[0]
        q = lambda name: "{%s}%s" % (ns, name)
        h = self.hostile
        p = ET.SubElement(el, q("p"))
        p.text = h.text(400) + " "
        em = ET.SubElement(p, q("em"))
        em.text = h.text(120)
        em.tail = " "
        strong = ET.SubElement(p, q("strong"))
        strong.text = h.text(120)
        br = ET.SubElement(p, q("br"))
        br.tail = h.text(80)
        for href in HREFS:
            a = ET.SubElement(p, q("a"), {"href": href})
            a.text = h.text(60)
            a.tail = " "
        ul = ET.SubElement(el, q("ul"))
        li = ET.SubElement(ul, q("li"))
        li.text = h.text(200)
        ol = ET.SubElement(li, q("ol"))
        ET.SubElement(ol, q("li")).text = h.text(200)
        fixed = sum(len(x.text or "") + len(x.tail or "") for x in el.iter())
        # A margin for the separators the plain-text count adds between blocks.
        budget = (limit - fixed - 100) if limit else LONG_WORD + LONG_PARAGRAPH
        word = min(LONG_WORD, budget // 2)
        if long and word > 0:
            ET.SubElement(el, q("p")).text = (WORD * (word // len(WORD) + 1))[:word]
            ET.SubElement(el, q("p")).text = h.paragraph(LONG_PARAGRAPH if not limit else budget - word)


# ---------------------------------------------------------------------------
# Writing: each element in its namespace, the default one where it can be.
# ---------------------------------------------------------------------------

def escape(text, attribute=False):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
    return text


def serialize(root):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']

    def write(el, default):
        ns, local = split(el.tag)
        attrs = ""
        if ns != default:
            attrs += f' xmlns="{escape(ns, True)}"'
        for key, value in el.attrib.items():
            if key.startswith("{"):
                ans, alocal = split(key)
                attrs += f' xmlns:x="{escape(ans, True)}" x:{alocal}="{escape(value, True)}"'
            else:
                attrs += f' {key}="{escape(value, True)}"'
        out.append(f"<{local}{attrs}>")
        out.append(escape(el.text or ""))
        for child in el:
            write(child, ns)
            out.append(escape(child.tail or ""))
        out.append(f"</{local}>")

    write(root, None)
    out.append("\n")
    return "".join(out)


def schema_files():
    files = [os.path.join(REPO, "schemas", f) for f in ("common.xsd", "curriculum.xsd", "module.xsd", "pathway.xsd")]
    exercises = os.path.join(REPO, "plugins", "exercises")
    for type_id in sorted(os.listdir(exercises)):
        xsd = os.path.join(exercises, type_id, type_id + ".xsd")
        if os.path.exists(xsd):
            files.append(xsd)
    return files


def xml_files(folder):
    for base, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            if name.endswith(".xml"):
                yield os.path.join(base, name)


def make_valid(out, beacon):
    schemas = Schemas(schema_files())
    filler = Filler(schemas, payload_limits(os.path.join(REPO, "plugins", "exercises")), Hostile(beacon))
    for path in xml_files(out):
        root = ET.parse(path).getroot()
        filler.document(root)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(serialize(root))


# ---------------------------------------------------------------------------
# The invalid curriculum: real markup where only the safe subset is allowed.
# ---------------------------------------------------------------------------

# (file, text replaced once, replacement, code, what): each replacement is in
# a rich text of the source; its first line is where the finding must be.
INJECTIONS = [
    ("modules/arnaques-reperer.xml", "<p>Reconnaître un faux SMS",
     '<p><script>window.__relaisPwned="script"</script>Reconnaître un faux SMS', "richtext.element", "script"),
    ("modules/arnaques-reperer.xml", "<p>Ce module est partagé",
     '<p><iframe src="{b}frame.html"></iframe>Ce module est partagé', "richtext.element", "iframe"),
    ("modules/arnaques-reperer.xml", "<p>Le sujet touche souvent",
     '<p><img src="{b}img.png" onerror="window.__relaisPwned=1"/>Le sujet touche souvent', "richtext.element", "img"),
    ("modules/arnaques-reperer.xml", "<p><strong>Sécurité de l'atelier</strong>",
     '<p onclick="window.__relaisPwned=1"><strong>Sécurité de l\'atelier</strong>', "richtext.attribute", "onclick"),
    ("modules/arnaques-reperer.xml", "<p>Le 33700 est le numéro",
     '<p style="background:url({b}bg.png)">Le 33700 est le numéro', "richtext.attribute", "style"),
    ("modules/arnaques-reperer.xml", '<a href="https://www.cybermalveillance.gouv.fr">',
     '<a href="javascript:window.__relaisPwned=1">', "richtext.link", "javascript:"),
    ("modules/arnaques-reperer.xml", "<p>Jeu de rôle",
     '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data</a>Jeu de rôle', "richtext.link", "data:"),
    ("curriculum.xml", "<p>Chaque parcours commence",
     '<p><h:script xmlns:h="http://www.w3.org/1999/xhtml">window.__relaisPwned=1</h:script>Chaque parcours commence',
     "richtext.element", "XHTML script"),
    ("curriculum.xml", "<p>Deux parcours",
     '<p xmlns:h="http://www.w3.org/1999/xhtml" h:onmouseover="window.__relaisPwned=1">Deux parcours',
     "richtext.attribute", "XHTML onmouseover"),
]
# Pictures that run script when opened as a page, in ways a pattern could
# miss: a prefixed script element, a javascript: link spelt with character
# references. (file, text replaced, replacement, what)
SVG_INJECTIONS = [
    ("media/sms-arnaque-colis.svg", "</svg>",
     '<s:script xmlns:s="http://www.w3.org/2000/svg">window.__relaisPwned=1</s:script></svg>', "prefixed SVG script"),
    ("media/plan-cv.svg", "</svg>",
     '<a href="jav&#x61;script:window.__relaisPwned=1"><text y="20">cv</text></a></svg>', "SVG link by character references"),
]


def make_invalid(out, beacon):
    faults = []
    for file, old, new, code, what in INJECTIONS:
        path = os.path.join(out, file)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        at = text.index(old)
        text = text[:at] + new.replace("{b}", beacon) + text[at + len(old):]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        faults.append({"file": file, "line": text.count("\n", 0, at) + 1, "code": code, "what": what})

    # Each picture declared with its true size and hash: only its content is wrong.
    curriculum = os.path.join(out, "curriculum.xml")
    with open(curriculum, encoding="utf-8") as f:
        text = f.read()
    for file, old, new, what in SVG_INJECTIONS:
        with open(os.path.join(out, file), "rb") as f:
            svg = f.read().replace(old.encode(), new.encode(), 1)
        with open(os.path.join(out, file), "wb") as f:
            f.write(svg)
        declared = re.search(r'<asset [^>]*href="%s"[^>]*>' % re.escape(file), text)
        asset = re.sub(r'size="\d+"', f'size="{len(svg)}"', declared.group(0))
        asset = re.sub(r'sha256="[0-9a-f]+"', f'sha256="{hashlib.sha256(svg).hexdigest()}"', asset)
        text = text.replace(declared.group(0), asset)
        faults.append({"file": "curriculum.xml", "line": text.count("\n", 0, declared.start()) + 1,
                       "code": "media.active-content", "what": what})
    with open(curriculum, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return sorted(faults, key=lambda x: (x["file"], x["line"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--invalid", action="store_true", help="real markup in rich text: an invalid curriculum")
    ap.add_argument("--beacon", default="http://127.0.0.1:9/", help="where hostile requests would go")
    ap.add_argument("source")
    ap.add_argument("out")
    args = ap.parse_args()
    if os.path.exists(args.out):
        sys.exit(f"make-hostile.py: {args.out} already exists")
    shutil.copytree(args.source, args.out)
    if args.invalid:
        json.dump(make_invalid(args.out, args.beacon), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        make_valid(args.out, args.beacon)


if __name__ == "__main__":
    main()
