"""A filled .docx read back with python-docx as HTML a read-only text view shows: paragraphs and tables in order."""

from __future__ import annotations

import html
import io

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph


def docx_html(data: bytes) -> str:
    """The document's body (headings bold, tables as tables, page breaks as rules), as simple HTML."""
    document = Document(io.BytesIO(data))
    parts = ["<html><body>"]
    for block in document.iter_inner_content():
        parts.append(_table(block) if isinstance(block, Table) else _paragraph(block))
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


def _paragraph(paragraph: Paragraph) -> str:
    text = html.escape(paragraph.text).replace("\n", "<br>")
    rule = "<hr>" if paragraph._p.xpath('.//w:br[@w:type="page"]') or paragraph.contains_page_break else ""
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    if style.startswith(("Heading", "Title")):
        return f"{rule}<p><b>{text}</b></p>"
    return f"{rule}<p>{text or '&nbsp;'}</p>"


def _table(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = "".join(f"<td>{html.escape(cell.text).replace(chr(10), '<br>')}</td>" for cell in row.cells)
        rows.append(f"<tr>{cells}</tr>")
    return f'<table border="1" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'
