#!/usr/bin/env python3
"""Write the hostile inputs that bench/bounds.sh measures Relais against.

Usage: hostile_inputs.py SOURCE_FOLDER SOURCE_PACK OUT_DIR

SOURCE_FOLDER is a valid curriculum and SOURCE_PACK the pack `relais pack`
made of it. In OUT_DIR, each input next to what Relais must answer:

  packs (every file listed in the manifest with its true size and SHA-256,
  so that only the property under test is wrong):
    bomb.relais          one entry of 1 GiB of zeros, deflated to 1 MiB   pack.ratio
    total.relais         five entries of 1 GiB each, deflated about 80
                         times (under the ratio limit): 5 GiB in all       pack.too-large
    entries.relais       20,001 entries                                    pack.too-many-entries
    declared.relais      an entry of 1 KiB whose zip headers and manifest say
                         4 GiB - 16 bytes
    big-xml.relais       a module of 17 MiB                                xml.too-large
  folders:
    big-xml/             a module of 17 MiB                                xml.too-large
    huge-xml/            a module of 1 GiB (a sparse file of zeros)
    deep/                2,000,000 nested elements in 14 MiB               xml.too-deep
    long-attribute/      an attribute of 15 MiB                            xml.attribute-too-long
    many-attributes/     one element with 100,000 attributes (foreign, so valid)

Only the Python standard library is used; the output is deterministic.
"""

import hashlib
import os
import shutil
import sys
import zipfile

GIB = 1 << 30
MIB = 1 << 20
MODULE = "modules/premiers-pas-ecrans.xml"
FOREIGN = 'xmlns:x="urn:example:bench"'


def zeros(size):
    block = bytes(MIB)
    for _ in range(size // MIB):
        yield block


def patterned(size, seed):
    """Bytes that deflate about 80 times, under the ratio limit: 40
    pseudo-random bytes in every 4 KiB; the same MiB over and over, which
    deflate (a 32 KiB window) cannot tell."""
    state = seed
    block = bytearray(MIB)
    for at in range(0, MIB, 4096):
        for i in range(40):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            block[at + i] = state >> 16 & 0xFF
    block = bytes(block)
    for _ in range(size // MIB):
        yield block


class Entry:
    """A file of the pack: bytes, or a generator function for large ones."""

    def __init__(self, name, data=None, chunks=None, size=None, compress=zipfile.ZIP_DEFLATED):
        self.name, self.data, self.chunks, self.compress = name, data, chunks, compress
        if data is not None:
            self.size, self.sha256 = len(data), hashlib.sha256(data).hexdigest()
        else:
            digest = hashlib.sha256()
            for chunk in chunks():
                digest.update(chunk)
            self.size, self.sha256 = size, digest.hexdigest()


def media_type(name):
    if name.endswith(".xml"):
        return "application/xml"
    if name.endswith(".svg"):
        return "image/svg+xml"
    return "application/octet-stream"


def write_pack(source_pack, out, replace=None, extra=()):
    """The source pack with files replaced and added, and a manifest that
    lists them all truthfully; mimetype first and stored, as packs have it."""
    replace = replace or {}
    entries = []
    with zipfile.ZipFile(source_pack) as src:
        for info in src.infolist():
            if info.filename in ("mimetype", "META-INF/manifest.xml"):
                continue
            entries.append(Entry(info.filename, replace.get(info.filename, src.read(info.filename))))
        mimetype = src.read("mimetype")
    entries += list(extra)
    manifest = ['<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="urn:relais:curriculum:1" formatVersion="1">\n']
    for e in sorted(entries, key=lambda e: e.name):
        manifest.append(f'  <file path="{e.name}" size="{e.size}" sha256="{e.sha256}" mediaType="{media_type(e.name)}"/>\n')
    manifest.append("</manifest>\n")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2000, 1, 1, 0, 0, 0)), mimetype, zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", (2000, 1, 1, 0, 0, 0)), "".join(manifest),
                   zipfile.ZIP_DEFLATED)
        for e in entries:
            info = zipfile.ZipInfo(e.name, (2000, 1, 1, 0, 0, 0))
            info.compress_type = e.compress
            if e.data is not None:
                z.writestr(info, e.data)
            else:
                with z.open(info, "w", force_zip64=True) as f:
                    for chunk in e.chunks():
                        f.write(chunk)


def lie_about_size(pack, name, size):
    """Sets the uncompressed size of one entry in its local header and in the
    central directory; the data stays what it is."""
    with open(pack, "r+b") as f:
        data = bytearray(f.read())
        encoded = name.encode()
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = data.find(signature)
            while at >= 0:
                name_at = at + (30 if signature == b"PK\x03\x04" else 46)
                if data[name_at:name_at + len(encoded)] == encoded:
                    data[at + offset:at + offset + 4] = size.to_bytes(4, "little")
                at = data.find(signature, at + 4)
        f.seek(0)
        f.write(data)


def words(size):
    """French words in a pseudo-random order, deflating about 3 times: a
    large XML file that is not a zip bomb as well."""
    vocabulary = ("le courriel la pièce jointe un mot de passe envoyer répondre la messagerie "
                  "les démarches en ligne une arnaque le smartphone vérifier un lien").split()
    state, out, length = 7, [], 0
    while length < size:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = vocabulary[(state >> 16) % len(vocabulary)] + str(state % 1000)
        out.append(word)
        length += len(word.encode()) + 1
    return " ".join(out)


def module_with(source, before_end):
    text = open(os.path.join(source, MODULE), encoding="utf-8").read()
    return text.replace("</module>", before_end + "</module>").encode()


def folder_with(source, out, module):
    shutil.copytree(source, out)
    with open(os.path.join(out, MODULE), "wb") as f:
        f.write(module)


def main():
    source, source_pack, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    big = module_with(source, f'<x:filler {FOREIGN}>{words(17 * MIB)}</x:filler>')

    write_pack(source_pack, os.path.join(out, "bomb.relais"),
               extra=[Entry("media/bomb.png", chunks=lambda: zeros(GIB), size=GIB)])
    write_pack(source_pack, os.path.join(out, "total.relais"),
               extra=[Entry(f"media/part-{i}.bin", chunks=lambda i=i: patterned(GIB, i + 1), size=GIB) for i in range(5)])
    write_pack(source_pack, os.path.join(out, "entries.relais"),
               extra=[Entry(f"media/many/{i:05}.txt", b"x", compress=zipfile.ZIP_STORED) for i in range(20001)])
    declared = os.path.join(out, "declared.relais")
    lie = Entry("media/declared.png", bytes(1024), compress=zipfile.ZIP_STORED)
    lie.size = 4 * GIB - 16
    write_pack(source_pack, declared, extra=[lie])
    lie_about_size(declared, lie.name, lie.size)
    write_pack(source_pack, os.path.join(out, "big-xml.relais"), replace={MODULE: big})

    folder_with(source, os.path.join(out, "big-xml"), big)
    folder_with(source, os.path.join(out, "huge-xml"), b"")
    os.truncate(os.path.join(out, "huge-xml", MODULE), GIB)
    depth = 2_000_000
    folder_with(source, os.path.join(out, "deep"), module_with(source, f"<x:n {FOREIGN}>" + "<n>" * depth + "</n>" * depth + "</x:n>"))
    folder_with(source, os.path.join(out, "long-attribute"), module_with(source, f'<x:n {FOREIGN} x:a="{"a" * (15 * MIB)}"/>'))
    attributes = " ".join(f'x:a{i}="{i}"' for i in range(100_000))
    folder_with(source, os.path.join(out, "many-attributes"), module_with(source, f"<x:n {FOREIGN} {attributes}/>"))


if __name__ == "__main__":
    main()
