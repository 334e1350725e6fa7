"""Several filled copies of one template as one .docx: each copy's body after a page break.

Copies of the same template share their styles, numbering and the template's own images (the same
relationship ids in every copy), so moving the body elements into the first copy keeps them valid.
"""

from __future__ import annotations

import copy
import io

from docx import Document
from docx.enum.text import WD_BREAK


def merge_documents(documents: list[bytes]) -> bytes:
    """One document of all; a single one is returned as it is."""
    if len(documents) == 1:
        return documents[0]
    first = Document(io.BytesIO(documents[0]))
    body = first.element.body
    final_section = body.sectPr  # stays the last element of the body
    for data in documents[1:]:
        first.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        other = Document(io.BytesIO(data)).element.body
        for element in list(other):
            if element.tag.endswith("}sectPr"):
                continue
            if final_section is not None:
                final_section.addprevious(copy.deepcopy(element))
            else:
                body.append(copy.deepcopy(element))
    out = io.BytesIO()
    first.save(out)
    return out.getvalue()
