"""A report as a grid of cells, written to .csv (plain values) or .xlsx (the same numbers, with the field types'
number formats, subtotals and totals as on screen, and the chart as a picture when the UI gives one).
PDF output is drawn by the UI layer (reports/printing.py, reports/pdf_export.py)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Font

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message, translate
from supasoft.core.reports.spec import Header, PivotResult

TOTAL = Message("Total")


class Grid:
    """The report laid out as rows of cells: header rows first, then one row per row line; formats per cell."""

    def __init__(self, result: PivotResult, language: str = "en"):
        self.language = language
        self.header_rows = 0
        self.cells: list[list[Any]] = []
        self.formats: list[list[str | None]] = []
        self.bold: set[int] = set()  # row indexes shown in bold (headers, subtotals, totals)
        self._build(result)

    def _text(self, text: Any) -> Any:
        return translate(text, self.language) if isinstance(text, str) else text

    def _build(self, result: PivotResult) -> None:
        spec = result.spec
        r, c = len(spec.rows), len(spec.columns)
        width = max(r, 1)
        columns: list[Header] = result.column_lines() if c else [Header((), ())]
        if c and spec.grand_totals:
            columns = [*columns, Header((), ())]
        rows: list[Header] = result.row_lines() if r else [Header((), ())]
        if r and spec.grand_totals:
            rows = [*rows, Header((), ())]
        measures = result.measures
        for level in range(c):  # one header row per column level
            line: list[Any] = [""] * width
            if level == c - 1:
                line[width - 1] = self._text(result.column_titles[level]) if result.column_titles else ""
            for column in columns:
                label = self._label(column, level, c)
                line += [label] + [""] * (len(measures) - 1)
            self._add(line, [None] * len(line), bold=True)
        titles: list[Any] = [self._text(t) for t in result.row_titles] or [""]
        titles += [""] * (width - len(titles))
        for _column in columns:
            titles += [self._text(m.title) for m in measures]
        self._add(titles, [None] * len(titles), bold=True)
        self.header_rows = len(self.cells)
        for row in rows:
            line = [self._label(row, level, r) for level in range(width)] if r else [""]
            formats: list[str | None] = [None] * width
            for column in columns:
                values = result.value(row.key, column.key) or [None] * len(measures)
                line += list(values)
                formats += [m.number_format for m in measures]
            self._add(line, formats, bold=len(row.key) < r or len(columns) == 0)

    def _label(self, header: Header, level: int, depth: int) -> Any:
        if level < len(header.key):
            return self._text(header.labels[level])
        if level == len(header.key) and len(header.key) < depth:
            return self._text(TOTAL)
        return ""

    def _add(self, line: list[Any], formats: list[str | None], *, bold: bool) -> None:
        if bold:
            self.bold.add(len(self.cells))
        self.cells.append(line)
        self.formats.append(formats)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _replace(partial: Path, target: Path) -> None:
    os.replace(partial, target)


def write_csv(result: PivotResult, target: Path, language: str = "en") -> None:
    """Plain values (exact decimals as written, dates in ISO form), UTF-8 with a BOM so spreadsheets read it."""
    grid = Grid(result, language)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for line in grid.cells:
                writer.writerow([_plain(v) for v in line])
        _replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SupasoftError(Message("Cannot write {file}: {problem}", file=str(target), problem=exc.strerror or str(exc))) from None


class PngPicture(Image):
    """A PNG placed on a sheet as it is (openpyxl's own Image needs Pillow only to read its size and bytes)."""

    def __init__(self, png: bytes):
        if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
            raise ValueError("not a PNG picture")
        self.ref = png
        self.width = int.from_bytes(png[16:20], "big")
        self.height = int.from_bytes(png[20:24], "big")
        self.format = "png"

    def _data(self) -> bytes:
        return self.ref


def write_xlsx(result: PivotResult, target: Path, language: str = "en", chart_png: bytes | None = None) -> None:
    """One sheet with the numbers as numbers, each in its measure's number format; headers and totals in bold;
    the chart (a PNG drawn by the UI) below the table."""
    grid = Grid(result, language)
    book = Workbook()
    sheet = book.active
    sheet.title = (result.spec.name or "Report")[:31].translate({ord(ch): " " for ch in "[]:*?/\\"}) or "Report"
    bold = Font(bold=True)
    for i, (line, formats) in enumerate(zip(grid.cells, grid.formats, strict=True), start=1):
        for j, (value, number_format) in enumerate(zip(line, formats, strict=True), start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=i, column=j, value=value if not isinstance(value, str) else str(value))
            if isinstance(value, str):
                cell.data_type = "s"  # a label starting with "=" stays text
            if number_format and not isinstance(value, str):
                cell.number_format = number_format
            if i - 1 in grid.bold:
                cell.font = bold
    sheet.freeze_panes = sheet.cell(row=grid.header_rows + 1, column=max(len(result.spec.rows), 1) + 1)
    if chart_png:
        sheet.add_image(PngPicture(chart_png), f"A{len(grid.cells) + 3}")  # two empty rows under the totals
    partial = target.with_name(f".{target.name}.partial")
    try:
        book.save(partial)
        _replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SupasoftError(Message("Cannot write {file}: {problem}", file=str(target), problem=exc.strerror or str(exc))) from None
