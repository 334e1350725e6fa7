"""Reading back the PDFs Qt writes (tests): pages and their text, in pure Python (no PDF library is installed).

Qt's PDF engine writes one content stream per page (Flate), text as `<glyph ids> Tj` in Type0 fonts whose
ToUnicode map says which character each glyph is. Spaces are often moves, not glyphs: compare without them.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def _stream(body: bytes) -> bytes:
    raw = body.split(b"stream", 1)[1].lstrip(b"\r\n").rsplit(b"endstream", 1)[0]
    return zlib.decompress(raw) if b"/FlateDecode" in body.split(b"stream", 1)[0] else raw


def _ref(body: bytes, key: bytes) -> int | None:
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    return int(found.group(1)) if found else None


def _unicode_map(cmap: bytes) -> dict[int, str]:
    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for glyph, text in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(glyph, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, listed, start in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:\[([^\]]*)\]|<([0-9A-Fa-f]+)>)", block):
            glyphs = range(int(first, 16), int(last, 16) + 1)
            if listed:  # <first> <last> [<text> <text> ...]: one text per glyph
                for glyph, text in zip(glyphs, re.findall(rb"<([0-9A-Fa-f]+)>", listed), strict=False):
                    out[glyph] = bytes.fromhex(text.decode()).decode("utf-16-be")
            else:  # <first> <last> <text>: consecutive characters
                for offset, glyph in enumerate(glyphs):
                    out[glyph] = chr(int(start, 16) + offset)
    return out


def pdf_page_texts(path: Path) -> list[str]:
    """The text drawn on each page, in drawing order, without the spaces Qt draws as moves."""
    objects = _objects(path.read_bytes())
    pages = [body for body in objects.values() if re.search(rb"/Type\s*/Page(?![s\w])", body)]
    texts = []
    for page in pages:
        resources = objects[_ref(page, b"Resources") or 0]
        fonts_block = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        fonts: dict[bytes, dict[int, str]] = {}
        for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", fonts_block.group(1) if fonts_block else b""):
            to_unicode = _ref(objects[int(number)], b"ToUnicode")
            fonts[name] = _unicode_map(_stream(objects[to_unicode])) if to_unicode else {}
        content = _stream(objects[_ref(page, b"Contents") or 0])
        current: dict[int, str] = {}
        out = []
        for font, glyphs in re.findall(rb"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", content):
            if font:
                current = fonts.get(font, {})
                continue
            hexes = glyphs.decode()
            out += [current.get(int(hexes[i:i + 4], 16), "?") for i in range(0, len(hexes), 4)]
        texts.append(unicodedata.normalize("NFKC", re.sub(r"\s", "", "".join(out))))  # a ligature as its letters
    return texts


__all__ = ["pdf_images", "pdf_page_texts"]


def pdf_images(path: Path) -> int:
    """How many pictures (image XObjects) the PDF holds: a report's chart is one."""
    return len(re.findall(rb"/Subtype\s*/Image", path.read_bytes()))
