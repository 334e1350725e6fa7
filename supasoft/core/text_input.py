"""Text that goes in (record values, search and filter text, logins) holds no control characters or lone
surrogates: they cannot be stored as UTF-8 (the drivers fail with an encoding error), break exports and
are invisible to users. Such text is refused with a message naming the character; tab, line feed and
carriage return stay allowed (multi-line texts, pasted tables).
"""

from __future__ import annotations

import re

from supasoft.core.messages import Message

BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def text_problem(text: str) -> str | None:
    """None when the text may be stored; else what is wrong, e.g. 'contains a control character (U+0000)'."""
    found = BAD_CHARACTERS.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return Message("contains an invalid character (U+{code:04X}, half of a character pair; retype or paste it again)", code=code)
    return Message("contains a control character (U+{code:04X}); remove it", code=code)


def storable(text: str) -> bool:
    """The fast test for bulk paths: True when text_problem() would say nothing."""
    return BAD_CHARACTERS.search(text) is None
