"""The error file of an import: the rows that were not imported, with the file's own columns plus "Row" and "Reason"
(in the user's language), as .xlsx or .csv. Fixed and imported again, its two extra columns are left out. A parent
and detail import's file holds both sets (two sheets, or two CSV files).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from supasoft.core.messages import Message, translate
from supasoft.services.import_preview import CellProblem
from supasoft.services.import_read import SourceTable

ROW_TITLE = "Row"
REASON_TITLE = "Reason"
LANGUAGES = ("en", "pl", "ru")


def extra_titles() -> set[tuple[str, str]]:
    """The (Row, Reason) header pairs an error file may end with, in every language."""
    return {(translate(Message(ROW_TITLE), lang), translate(Message(REASON_TITLE), lang)) for lang in LANGUAGES}


def is_error_file_column(headers: list[str], index: int) -> bool:
    """Whether column `index` is the Row or Reason column an error file added (its last two columns)."""
    if len(headers) < 2 or index < len(headers) - 2:
        return False
    tail = (headers[-2].strip().casefold(), headers[-1].strip().casefold())
    return any(tail == (r.casefold(), w.casefold()) for r, w in extra_titles())


def reasons_by_row(problems: list[CellProblem], language: str) -> dict[int, str]:
    """Each problem row's reasons, one text: 'Price (Price): 'abc' is not a number; ...'."""
    out: dict[int, list[str]] = {}
    for p in problems:
        place = f"{p.column} ({p.field})" if p.column and p.field and p.field != p.column else p.column or p.field
        text = translate(p.message, language)
        out.setdefault(p.row, []).append(f"{place}: {text}" if place else text)
    return {row: "; ".join(texts) for row, texts in out.items()}


def write_error_file(table: SourceTable, problems: list[CellProblem], path: Path | str, language: str = "en") -> int:
    """Write the rows with problems (.xlsx, else .csv in UTF-8 with BOM) and return how many were written."""
    path = Path(path)
    headers, rows = _error_rows(table, problems, language)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        _write_xlsx(path, [("Errors", headers, rows)])
    else:
        _write_csv(path, headers, rows, table.delimiter or ";")
    return len(rows)


def write_detail_error_file(parent_table: SourceTable, parent_problems: list[CellProblem], detail_table: SourceTable,
                            detail_problems: list[CellProblem], path: Path | str, language: str = "en") -> tuple[int, int]:
    """A parent and detail import's bad rows: an .xlsx gets two sheets (Errors: the parent rows, Details: the detail
    rows), a .csv a second file beside it named <name>-details.csv. Returns how many rows of each were written."""
    path = Path(path)
    parent_headers, parent_rows = _error_rows(parent_table, parent_problems, language)
    detail_headers, detail_rows = _error_rows(detail_table, detail_problems, language)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        _write_xlsx(path, [("Errors", parent_headers, parent_rows), ("Details", detail_headers, detail_rows)])
    else:
        _write_csv(path, parent_headers, parent_rows, parent_table.delimiter or ";")
        _write_csv(details_path(path), detail_headers, detail_rows, detail_table.delimiter or ";")
    return len(parent_rows), len(detail_rows)


def details_path(path: Path | str) -> Path:
    """Where a CSV error file's detail rows go: beside it, <name>-details.csv."""
    path = Path(path)
    return path.with_name(f"{path.stem}-details{path.suffix}")


def _error_rows(table: SourceTable, problems: list[CellProblem], language: str) -> tuple[list[str], list[list[Any]]]:
    """The headers (plus Row and Reason) and each problem row's cells with its row number and reasons."""
    reasons = reasons_by_row(problems, language)
    cells_of = {number: cells for number, cells in zip(table.row_numbers, table.rows, strict=True) if number in reasons}
    for p in table.problems:  # a ragged CSV row: the cells it had
        if p.cells is not None:
            cells_of.setdefault(p.row, p.cells)
    headers = list(table.headers) + [translate(Message(ROW_TITLE), language), translate(Message(REASON_TITLE), language)]
    width = len(table.headers)
    return headers, [_fit(cells_of.get(row, []), width) + [row, reason] for row, reason in sorted(reasons.items())]


def _fit(cells: list[Any], width: int) -> list[Any]:
    """The row's cells under the file's headers (a ragged row cut or padded)."""
    return list(cells[:width]) + [None] * (width - len(cells))


def _write_xlsx(path: Path, sheets: list[tuple[str, list[str], list[list[Any]]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from supasoft.services.exchange import cell_for

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        header = []
        for text in headers:
            cell = cell_for(ws, text, None)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in rows:
            ws.append([cell_for(ws, v, None) for v in row])
    wb.save(path)


def _write_csv(path: Path, headers: list[str], rows: list[list[Any]], delimiter: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
