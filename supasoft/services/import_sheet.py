"""How big a workbook's sheet is before it is read: the uncompressed size of its XML part (plus the shared strings),
from the zip's directory and the small workbook.xml and its relationships, so a reader can be chosen by size.

The two small parts are read with regular expressions (no XML parser meets the file's entities)."""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from pathlib import Path

_TAG = re.compile(r"<(?:\w+:)?{name}\b([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')
SMALL_PART = 1 << 22  # workbook.xml and its relationships are read only up to this size


def _tags(text: str, name: str) -> list[dict[str, str]]:
    """Each <name ...> tag's attributes (namespace prefixes dropped), values unescaped."""
    return [{key.rpartition(":")[2]: html.unescape(value) for key, value in _ATTRIBUTE.findall(attributes)}
            for attributes in re.compile(_TAG.pattern.format(name=name)).findall(text)]


def _small(archive: zipfile.ZipFile, name: str) -> str:
    with archive.open(name) as part:
        return part.read(SMALL_PART).decode("utf-8", errors="replace")


def sheet_size(path: Path | str, sheet: str | None = None) -> int:
    """Bytes of the sheet's XML (the first sheet when none is named) and of the shared strings, uncompressed; the
    biggest worksheet's when the workbook's parts cannot be followed, 0 when none is found."""
    with zipfile.ZipFile(path) as archive:
        sizes = {info.filename: info.file_size for info in archive.infolist()}
        strings = sizes.get("xl/sharedStrings.xml", 0)
        try:
            sheets = _tags(_small(archive, "xl/workbook.xml"), "sheet")
            links = {r.get("Id"): r.get("Target", "") for r in _tags(_small(archive, "xl/_rels/workbook.xml.rels"), "Relationship")}
            chosen = next(s for s in sheets if sheet is None or s.get("name") == sheet)
            target = links[chosen.get("id")]
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            return sizes[part] + strings
        except (KeyError, StopIteration):
            return max((size for name, size in sizes.items() if name.startswith("xl/worksheets/")), default=0) + strings
