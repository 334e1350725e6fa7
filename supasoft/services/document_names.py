"""Placeholder names of a document template: a field's name made a plain Jinja identifier.

The rule (docs/documents.md): lower case; Polish letters lose their marks (ą->a, ł->l, ż->z), Russian and
Ukrainian letters are transliterated (Цена -> tsena), other accented Latin letters lose their accents; every
run of other characters becomes one underscore, with none at the ends ("Discount %" -> discount,
"E-mail" -> e_mail); a name starting with a digit gets "f_" before it, an empty one is "field". A name that is
a Jinja keyword or one of the context's own names (code, today, user, ...) gets "_field" after it, and when two
fields end up with the same name the later ones get _2, _3, ...
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
_SPECIAL = {"ł": "l", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d"}
#: Names the context gives itself, and Jinja's keywords and tests: a field never takes them.
RESERVED = frozenset({
    "code", "id", "today", "now", "user", "record", "loop", "range", "value",
    "and", "or", "not", "in", "is", "if", "else", "elif", "endif", "for", "endfor", "true", "false", "none",
    "true_", "set", "endset", "block", "macro", "call", "filter", "with", "include", "import", "from", "extends",
    "raw", "self", "super", "caller", "varargs", "kwargs",
})
_OTHER = re.compile(r"[^a-z0-9]+")


def identifier(name: str) -> str:
    """A field name as a plain lower-case ASCII identifier ('Zażółć Cena' -> 'zazolc_cena'), before collisions."""
    out = []
    for char in name.lower():
        if char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        elif char in _SPECIAL:
            out.append(_SPECIAL[char])
        else:
            out.append(unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii") or " ")
    text = _OTHER.sub("_", "".join(out)).strip("_")
    if not text:
        return "field"
    return f"f_{text}" if text[0].isdigit() else text


def unique_names(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Identifiers for several names in order: reserved ones get _field, repeats get _2, _3, ..."""
    used = set(taken)
    out = []
    for name in names:
        base = identifier(name)
        if base in RESERVED:
            base = f"{base}_field"
        candidate, n = base, 2
        while candidate in used:
            candidate = f"{base}_{n}"
            n += 1
        used.add(candidate)
        out.append(candidate)
    return out
