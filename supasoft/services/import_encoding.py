"""The encoding of a CSV file told from its bytes: UTF-8 (with or without BOM) when they are valid UTF-8, else cp1250
or cp1251, whichever gives more Polish, respectively Cyrillic, letters; the file is read a piece at a time."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
BOM = b"\xef\xbb\xbf"
PIECE = 1 << 20  # bytes read at a time while the encoding is told: a big file is never in memory at once
SAMPLE = 1 << 16  # bytes the delimiter is told from


def _letters_other_than(encoding: str, letter: Callable[[str], bool]) -> bytes:
    """The byte values that are NOT a letter of interest in a one-byte encoding (deleted before counting)."""
    return bytes(b for b in range(256) if not letter(bytes([b]).decode(encoding, errors="replace")))


_NOT_POLISH = _letters_other_than("cp1250", lambda ch: ch in POLISH_LETTERS)
_NOT_CYRILLIC = _letters_other_than("cp1251", lambda ch: "\u0400" <= ch <= "\u04ff")


def _scores(piece: bytes) -> tuple[int, int]:
    """(Polish letters read as cp1250, Cyrillic letters read as cp1251) in a piece of bytes, counted in C."""
    return len(piece.translate(None, _NOT_POLISH)), len(piece.translate(None, _NOT_CYRILLIC))


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM) if valid, else cp1250 or cp1251 by their letters."""
    if data.startswith(BOM):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    polish, cyrillic = _scores(data)
    encoding = "cp1251" if cyrillic > polish else "cp1250"
    return data.decode(encoding, errors="replace"), encoding


def detect_encoding(path: Path) -> str:
    """As decode() tells it, reading the file a piece at a time (memory stays flat however big the file)."""
    with path.open("rb") as f:
        if f.read(3) == BOM:
            return "utf-8-sig"
        f.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8")()
        try:
            while piece := f.read(PIECE):
                utf8.decode(piece)
            utf8.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        f.seek(0)
        polish = cyrillic = 0
        while piece := f.read(PIECE):
            more = _scores(piece)
            polish, cyrillic = polish + more[0], cyrillic + more[1]
    return "cp1251" if cyrillic > polish else "cp1250"


def blank_file(path: Path) -> bool:
    """Whether the file holds nothing but blanks (read a piece at a time)."""
    with path.open("rb") as f:
        while piece := f.read(PIECE):
            if piece.strip():
                return False
    return True
