"""What a file to import holds before it is read: the sheets of a workbook, the tables of another SQLite database,
and a CSV read again with the encoding and delimiter the user chose (the wizard's file page offers them)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from supasoft.core.messages import Message
from supasoft.services.import_read import (
    EXCEL_SUFFIXES,
    FORMULA_STARTS,
    SQLITE_SUFFIXES,
    ImportReadError,
    RowProblem,
    SourceTable,
    column_locale,
)
from supasoft.storage.import_source import sqlite_tables

ENCODINGS = ("utf-8-sig", "utf-8", "cp1250", "cp1251")
DELIMITERS = (";", ",", "\t", "|")


def source_kind(path: Path | str) -> str:
    """'xlsx', 'sqlite' or 'csv', by the file's suffix (as the reader chooses)."""
    suffix = Path(path).suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return "xlsx"
    if suffix in SQLITE_SUFFIXES:
        return "sqlite"
    return "csv"


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of an .xlsx workbook, in order."""
    from openpyxl import load_workbook

    path = Path(path)
    if not zipfile.is_zipfile(path):
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name))
    try:
        wb = load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken file; the user needs one sentence
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name)) from None
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def table_names(path: Path | str) -> list[str]:
    """The tables and views of another SQLite database (opened read-only)."""
    return sqlite_tables(path)


def _cell(text: str) -> str | None:
    """As the reader takes a CSV cell: blank is empty, an exported '=... (text kept from being a formula) loses its '."""
    if not text.strip():
        return None
    return text[1:] if text[:1] == "'" and text[1:2] and text[1:2] in FORMULA_STARTS else text


def read_csv_as(path: Path | str, encoding: str, delimiter: str) -> SourceTable:
    """A CSV file read with the given encoding and delimiter (the user's override of what was detected)."""
    path = Path(path)
    text = path.read_bytes().decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    numbered = [(n, r) for n, r in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1)
                if any(c.strip() for c in r)]
    if not numbered or not any(h.strip() for h in numbered[0][1]):
        raise ImportReadError(Message("{name} is empty", name=path.name))
    (_, header), body = numbered[0], numbered[1:]
    rows, numbers, problems = [], [], []
    for n, cells in body:
        if len(cells) != len(header):
            problems.append(RowProblem(n, Message("the row has {count} cells, the header has {width}", count=len(cells),
                                                  width=len(header)), [c if c.strip() else None for c in cells]))
            continue
        rows.append([_cell(c) for c in cells])
        numbers.append(n)
    locales = [column_locale([r[i] for r in rows]) for i in range(len(header))]
    return SourceTable([h.strip() for h in header], rows, numbers, locales, problems, encoding, delimiter)
