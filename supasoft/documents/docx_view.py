"""A filled .docx read back with python-docx as HTML a read-only text view shows: paragraphs and tables in order."""

from __future__ import annotations

import html
import io

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

EMU_PER_PIXEL = 9525  # Word's English Metric Units per pixel at 96 dpi


def docx_html(data: bytes, pictures: dict[str, bytes] | None = None) -> str:
    """The document's body (headings bold, tables as tables, page breaks as rules, pictures at their size) as
    simple HTML; each picture's bytes go into `pictures` under the name its <img> uses (picture:<n>)."""
    document = Document(io.BytesIO(data))
    found = pictures if pictures is not None else {}
    parts = ["<html><body>"]
    for block in document.iter_inner_content():
        parts.append(_table(block, found) if isinstance(block, Table) else _paragraph(block, found))
    parts.append("</body></html>")
    return "".join(parts)


def docx_text(data: bytes) -> str:
    """The document's text, a line per paragraph and per table row (cells joined by " | ")."""
    document = Document(io.BytesIO(data))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += [" | ".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _paragraph(paragraph: Paragraph, pictures: dict[str, bytes]) -> str:
    text = html.escape(paragraph.text).replace("\n", "<br>") + _pictures(paragraph, pictures)
    rule = "<hr>" if paragraph._p.xpath('.//w:br[@w:type="page"]') or paragraph.contains_page_break else ""
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    if style.startswith(("Heading", "Title")):
        return f"{rule}<p><b>{text}</b></p>"
    return f"{rule}<p>{text or '&nbsp;'}</p>"


def _table(table: Table, pictures: dict[str, bytes]) -> str:
    rows = []
    for row in table.rows:
        cells = "".join(f"<td>{'<br>'.join(_paragraph_text(p, pictures) for p in cell.paragraphs)}</td>" for cell in row.cells)
        rows.append(f"<tr>{cells}</tr>")
    return f'<table border="1" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'


def _paragraph_text(paragraph: Paragraph, pictures: dict[str, bytes]) -> str:
    return html.escape(paragraph.text) + _pictures(paragraph, pictures)


def _pictures(paragraph: Paragraph, pictures: dict[str, bytes]) -> str:
    """<img> tags for the paragraph's inline pictures, sized as in Word (EMU to pixels at 96 dpi)."""
    out = []
    for drawing in paragraph._p.xpath(".//w:drawing"):
        blips = drawing.xpath(".//a:blip/@r:embed")
        extents = drawing.xpath(".//wp:extent")
        part = paragraph.part.related_parts.get(blips[0]) if blips else None
        if part is None:
            continue
        name = f"picture:{len(pictures) + 1}"
        pictures[name] = part.blob
        size = ""
        if extents:
            width, height = int(extents[0].get("cx", 0)) // EMU_PER_PIXEL, int(extents[0].get("cy", 0)) // EMU_PER_PIXEL
            size = f' width="{width}" height="{height}"'
        out.append(f'<img src="{name}"{size}>')
    return "".join(out)
