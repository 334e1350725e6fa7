"""Reading a file to import as plain rows of cells under headers: .xlsx, .csv (encoding, delimiter, decimal comma
and date order detected) or a table of another SQLite database.

Each column also gets the locale its texts are written in ("pl": decimal comma or day-first dates, "en_US":
month-first dates, "en" otherwise), which the field types' from_cell hook reads them in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message
from supasoft.storage.import_source import read_sqlite_table

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".db3")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = ";,\t|"
FORMULA_STARTS = "=+-@\t\r"  # a ' before one of these is how an export keeps text from being run as a formula
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_DECIMAL_COMMA = re.compile(r"^[-+]?\d{1,3}([ \u00a0.]?\d{3})*,\d+$|^[-+]?\d+,\d+$")
_DECIMAL_POINT = re.compile(r"^[-+]?\d+\.\d+$")
_DATE = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})(\s.*)?$")


class ImportReadError(SupasoftError):
    """The file cannot be read as a table (not a workbook, empty, no header...)."""


@dataclass(frozen=True)
class RowProblem:
    """A row the reader could not take as it is (a ragged CSV row)."""

    row: int
    message: Message
    cells: list[Any] | None = None  # what the row held, for the error file


@dataclass
class SourceTable:
    """What was read: headers, rows (the file's row numbers kept), each column's locale, and reading problems."""

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    locales: list[str]
    problems: list[RowProblem] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


def read_table(path: Path | str, *, sheet: str | None = None, table: str | None = None, encoding: str | None = None,
               delimiter: str | None = None) -> SourceTable:
    """Read a file to import, choosing the reader by its suffix (or by `table`: another SQLite database); a CSV's
    `encoding` and `delimiter` are detected unless given."""
    path = Path(path)
    if not path.is_file():
        raise ImportReadError(Message("There is no file {path}", path=str(path)))
    suffix = path.suffix.lower()
    if table is not None or suffix in SQLITE_SUFFIXES:
        headers, rows = read_sqlite_table(path, table)
        return _table(headers, rows, first_row=1)
    if suffix in EXCEL_SUFFIXES:
        return read_xlsx(path, sheet)
    return read_csv(path, encoding=encoding, delimiter=delimiter)


# --- .xlsx ---------------------------------------------------------------------------------------------
def read_xlsx(path: Path, sheet: str | None = None) -> SourceTable:
    """The first sheet (or the named one): formulas' cached values, empty trailing rows and columns left out."""
    if not zipfile.is_zipfile(path):
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name))
    rows = _calamine_rows(path, sheet) if _has_calamine() else _openpyxl_rows(path, sheet)
    while rows and all(_blank(v) for v in rows[-1]):
        rows.pop()
    if not rows:
        raise ImportReadError(Message("{name} has no rows", name=path.name))
    header = rows[0]
    width = len(header)
    while width and _blank(header[width - 1]):
        width -= 1
    del rows[0]
    for row in rows:  # in place: a second copy of every row would double the memory of a large sheet
        if len(row) > width:
            del row[width:]
        elif len(row) < width:
            row.extend([None] * (width - len(row)))
    return _table([_header(v) for v in header[:width]], rows, first_row=2)


def _has_calamine() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def _no_sheet(path: Path, sheet: str, sheets: list[str]) -> ImportReadError:
    return ImportReadError(Message("There is no sheet {sheet!r} in {name}: {sheets}", sheet=sheet, name=path.name,
                                   sheets=", ".join(sheets)))


def _calamine_rows(path: Path, sheet: str | None) -> list[list[Any]]:
    """The sheet's cells by python-calamine (Rust; ~20x openpyxl's read-only reader): empty cells as None, whole
    numbers as int and dates as dates at midnight, as openpyxl gives them."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception:  # noqa: BLE001 - a broken file raises several kinds; the user needs one sentence
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name)) from None
    try:
        if sheet is not None and sheet not in wb.sheet_names:
            raise _no_sheet(path, sheet, wb.sheet_names)
        ws = wb.get_sheet_by_name(sheet) if sheet is not None else wb.get_sheet_by_index(0)
        return [[_cell(v) for v in row] for row in ws.iter_rows()]
    except ImportReadError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name)) from None
    finally:
        close = getattr(wb, "close", None)
        if close is not None:
            close()


def _cell(value: Any) -> Any:
    if value == "" and isinstance(value, str):
        return None
    if type(value) is float and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if type(value) is dt.date:  # a date cell, as openpyxl reads it: a date and time at midnight
        return dt.datetime(value.year, value.month, value.day)
    return value


def _openpyxl_rows(path: Path, sheet: str | None) -> list[list[Any]]:
    """The sheet's cells by openpyxl's read-only reader (where python-calamine is not installed)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken file; the user needs one sentence
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name)) from None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise _no_sheet(path, sheet, wb.sheetnames)
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        return [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


# --- .csv ----------------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM) if valid, else cp1250 or cp1251 by their letters."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    polish = data.decode("cp1250", errors="replace")
    cyrillic = data.decode("cp1251", errors="replace")
    polish_score = sum(ch in POLISH_LETTERS for ch in polish)
    cyrillic_score = sum("\u0400" <= ch <= "\u04ff" for ch in cyrillic)
    return (cyrillic, "cp1251") if cyrillic_score > polish_score else (polish, "cp1250")


def sniff_delimiter(text: str) -> str:
    """The delimiter of the first lines (; , tab |), by csv.Sniffer, else the one the header line holds most of."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(DELIMITERS, key=first.count) if any(d in first for d in DELIMITERS) else ","


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> SourceTable:
    """A CSV file: encoding and delimiter detected unless given (the user's choice); a row with another cell count
    than the header is a problem."""
    data = path.read_bytes()
    if not data.strip():
        raise ImportReadError(Message("{name} is empty", name=path.name))
    if b"\x00" in data[:4096]:
        raise ImportReadError(Message("{name} is not a text (CSV) file", name=path.name))
    if encoding is None:
        text, encoding = decode(data)
    else:
        text = data.decode(encoding, errors="replace").removeprefix("\ufeff")
    del data
    delimiter = delimiter or sniff_delimiter(text)
    header: list[str] | None = None
    width = 0
    rows, numbers, problems = [], [], []
    for n, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header, width = cells, len(cells)
            continue
        if len(cells) != width:
            problems.append(RowProblem(n, Message("the row has {count} cells, the header has {width}", count=len(cells), width=width),
                                       [c if c.strip() else None for c in cells]))
            continue
        rows.append([(c[1:] if c[:1] == "'" and c[1:2] in FORMULA_STARTS and c[1:2] else c) if c.strip() else None
                     for c in cells])
        numbers.append(n)
    if header is None:
        raise ImportReadError(Message("{name} is empty", name=path.name))
    table = _table([_header(h) for h in header], rows, first_row=2, numbers=numbers)
    table.problems = problems
    table.encoding = encoding
    table.delimiter = delimiter
    return table


# --- columns' locales ----------------------------------------------------------------------------------
def column_locale(values: list[Any]) -> str:
    """How a column's texts are written: 'pl' (decimal comma, day-first dates), 'en_US' (month-first), 'en'."""
    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    day_first = month_first = comma = point = False
    for text in texts:
        if _DECIMAL_COMMA.match(text):
            comma = True
        elif _DECIMAL_POINT.match(text):
            point = True
        elif match := _DATE.match(text):
            first, second = int(match.group(1)), int(match.group(3))
            day_first |= first > 12
            month_first |= second > 12 and first <= 12
    if month_first and not day_first:
        return "en_US"
    if day_first or (comma and not point):
        return "pl"
    return "en"


def _table(headers: list[str], rows: list[list[Any]], *, first_row: int, numbers: list[int] | None = None) -> SourceTable:
    if not any(headers):
        raise ImportReadError(Message("The first row holds no column names"))
    locales = [column_locale([r[i] for r in rows]) for i in range(len(headers))]
    return SourceTable(headers, rows, numbers if numbers is not None else list(range(first_row, first_row + len(rows))), locales)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header(value: Any) -> str:
    return "" if value is None else str(value).strip()
