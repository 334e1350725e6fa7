"""Several filled copies of one template as one .docx: each copy's body after a page break.

Copies of the same template share their styles and numbering, so the body elements move into the first copy
as they are; pictures (the template's own or ones filled in from file fields) are added to the first copy's
images and their references renumbered.
"""

from __future__ import annotations

import copy
import io
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

_EMBED = qn("r:embed")


def merge_documents(documents: list[bytes]) -> bytes:
    """One document of all; a single one is returned as it is."""
    if len(documents) == 1:
        return documents[0]
    first = Document(io.BytesIO(documents[0]))
    body = first.element.body
    final_section = body.sectPr  # stays the last element of the body
    for data in documents[1:]:
        first.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        other_document = Document(io.BytesIO(data))
        for element in list(other_document.element.body):
            if element.tag.endswith("}sectPr"):
                continue
            element = copy.deepcopy(element)
            _move_pictures(element, other_document.part, first.part)
            if final_section is not None:
                final_section.addprevious(element)
            else:
                body.append(element)
    out = io.BytesIO()
    first.save(out)
    return out.getvalue()


def _move_pictures(element: Any, source: Any, target: Any) -> None:
    """Point every picture of an element at the same image stored in the target document."""
    for blip in element.iter(qn("a:blip")):
        rel_id = blip.get(_EMBED)
        if rel_id and rel_id in source.related_parts:
            new_id, _ = target.get_or_add_image(io.BytesIO(source.related_parts[rel_id].blob))
            blip.set(_EMBED, new_id)
