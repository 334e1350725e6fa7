"""What a file to import holds before it is read: its kind, the sheets of a workbook, the tables of another SQLite
database (the wizard's file page offers them through ImportService)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from supasoft.core.messages import Message
from supasoft.services.import_read import EXCEL_SUFFIXES, SQLITE_SUFFIXES, ImportReadError
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
