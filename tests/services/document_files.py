"""Test .docx templates built with python-docx: paragraphs of tags, a row loop table, a tag split across runs."""

from __future__ import annotations

import io

from docx import Document


def docx(*paragraphs: str, table: list[list[str]] | None = None, split: tuple[str, str] | None = None) -> bytes:
    """A document of paragraphs; `table` rows after them (for {%tr %} loops); `split` one paragraph in two runs."""
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if split is not None:
        paragraph = document.add_paragraph()
        paragraph.add_run(split[0]).bold = True
        paragraph.add_run(split[1])
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(r) for r in table))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def texts(data: bytes) -> list[str]:
    """Every paragraph's text, body then table cells row by row."""
    document = Document(io.BytesIO(data))
    out = [p.text for p in document.paragraphs]
    for grid in document.tables:
        for row in grid.rows:
            out.append(" | ".join(cell.text for cell in row.cells))
    return out


def table_rows(data: bytes, index: int = 0) -> list[list[str]]:
    document = Document(io.BytesIO(data))
    return [[cell.text for cell in row.cells] for row in document.tables[index].rows]
