"""Reading a file to import as plain rows of cells under headers: .xlsx, .csv (encoding, delimiter, decimal comma
and date order detected) or a table of another SQLite database.

Each column also gets the locale its texts are written in ("pl": decimal comma or day-first dates, "en_US":
month-first dates, "en" otherwise), which the field types' from_cell hook reads them in.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message
from supasoft.services.import_encoding import SAMPLE, blank_file, detect_encoding
from supasoft.services.import_rows import CsvRecords, Keeper, LazyRows
from supasoft.services.import_sheet import sheet_size
from supasoft.storage.import_source import stream_sqlite_table

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".db3")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
XLSX_LOADED_UP_TO = 96 << 20  # sheet XML bytes calamine loads (~1.7x that in memory, ~200,000 rows x 10 columns)
DELIMITERS = ";,\t|"
FORMULA_STARTS = "=+-@\t\r"  # a ' before one of these is how an export keeps text from being run as a formula
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
    rows: Sequence[list[Any]]  # a list, or a big file's LazyRows (read again when walked)
    row_numbers: Sequence[int]
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
        headers, walk = stream_sqlite_table(path, table)
        return _streamed([str(h) for h in headers], lambda: (list(r) for r in walk()))
    if suffix in EXCEL_SUFFIXES:
        return read_xlsx(path, sheet)
    return read_csv(path, encoding=encoding, delimiter=delimiter)


# --- .xlsx ---------------------------------------------------------------------------------------------
def read_xlsx(path: Path, sheet: str | None = None) -> SourceTable:
    """The first sheet (or the named one): formulas' cached values, empty trailing rows and columns left out. A big
    sheet's rows are converted again whenever they are walked (see import_rows), not held as Python lists: from
    calamine's sheet in memory, or past XLSX_LOADED_UP_TO streamed from the file by openpyxl (flat, but slower)."""
    if not zipfile.is_zipfile(path):
        raise ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name))
    loaded = _has_calamine() and sheet_size(path, sheet) <= XLSX_LOADED_UP_TO
    walk = _calamine_walk(path, sheet) if loaded else _openpyxl_walk(path, sheet)
    rows = walk()
    header = next(rows, None)
    width = len(header or [])
    while width and _blank(header[width - 1]):  # type: ignore[index]
        width -= 1
    tally = [LocaleTally() for _ in range(width)]
    kept = Keeper()
    last = 0  # data rows up to the last one that is not blank (empty trailing rows are left out)
    for row in rows:
        blank = all(_blank(v) for v in row)
        row = _fit(row, width)
        kept.add(row)
        if not blank:
            last = kept.count
            for column, value in zip(tally, row, strict=True):
                column.add(value)
    if header is None or (not last and all(_blank(v) for v in header)):
        raise ImportReadError(Message("{name} has no rows", name=path.name))
    headers = [_header(v) for v in (header or [])[:width]]
    if not any(headers):
        raise ImportReadError(Message("The first row holds no column names"))

    def data() -> Iterator[list[Any]]:
        walked = walk()
        next(walked, None)  # the header
        return (_fit(row, width) for row in walked)

    table = kept.rows[:last] if kept.rows is not None else LazyRows(data, last)
    return SourceTable(headers, table, range(2, 2 + last) if kept.rows is None else list(range(2, 2 + last)),
                       [t.locale() for t in tally])


def _fit(row: list[Any], width: int) -> list[Any]:
    """A sheet row cut or padded to the header's width."""
    if len(row) > width:
        del row[width:]
    elif len(row) < width:
        row.extend([None] * (width - len(row)))
    return row


def _has_calamine() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def _no_sheet(path: Path, sheet: str, sheets: list[str]) -> ImportReadError:
    return ImportReadError(Message("There is no sheet {sheet!r} in {name}: {sheets}", sheet=sheet, name=path.name,
                                   sheets=", ".join(sheets)))


def _broken(path: Path) -> ImportReadError:
    return ImportReadError(Message("{name} is not an .xlsx workbook", name=path.name))


def _calamine_walk(path: Path, sheet: str | None) -> Callable[[], Iterator[list[Any]]]:
    """The sheet's rows by python-calamine (Rust; ~10x openpyxl's read-only reader), walked again and again: the
    sheet stays in calamine's compact memory and each walk converts its rows one by one (empty cells as None, whole
    numbers as int and dates as dates at midnight, as openpyxl gives them)."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception:  # noqa: BLE001 - a broken file raises several kinds; the user needs one sentence
        raise _broken(path) from None
    try:
        if sheet is not None and sheet not in wb.sheet_names:
            raise _no_sheet(path, sheet, wb.sheet_names)
        ws = wb.get_sheet_by_name(sheet) if sheet is not None else wb.get_sheet_by_index(0)
    except ImportReadError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet
        raise _broken(path) from None
    finally:
        close = getattr(wb, "close", None)
        if close is not None:
            close()

    def walk() -> Iterator[list[Any]]:
        try:
            for row in ws.iter_rows():
                yield [_cell(v) for v in row]
        except Exception:  # noqa: BLE001 - a damaged sheet
            raise _broken(path) from None

    return walk


def _cell(value: Any) -> Any:
    if value == "" and isinstance(value, str):
        return None
    if type(value) is float and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if type(value) is dt.date:  # a date cell, as openpyxl reads it: a date and time at midnight
        return dt.datetime(value.year, value.month, value.day)
    return value


def _openpyxl_walk(path: Path, sheet: str | None) -> Callable[[], Iterator[list[Any]]]:
    """The sheet's rows by openpyxl's read-only reader (where python-calamine is not installed): each walk streams
    the file again, so memory stays flat however big the sheet."""
    from openpyxl import load_workbook

    def open_sheet() -> Any:
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken file; the user needs one sentence
            raise _broken(path) from None
        if sheet is not None and sheet not in wb.sheetnames:
            wb.close()
            raise _no_sheet(path, sheet, wb.sheetnames)
        return wb

    open_sheet().close()  # a broken file or a missing sheet is said at once

    def walk() -> Iterator[list[Any]]:
        wb = open_sheet()
        try:
            ws = wb[sheet] if sheet is not None else wb.worksheets[0]
            for row in ws.iter_rows(values_only=True):
                yield list(row)
        finally:
            wb.close()

    return walk


# --- .csv ----------------------------------------------------------------------------------------------
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
    than the header is a problem. A big file is read again when its rows are walked (see import_rows)."""
    if blank_file(path):
        raise ImportReadError(Message("{name} is empty", name=path.name))
    with path.open("rb") as f:
        head = f.read(SAMPLE)
    if b"\x00" in head[:4096]:
        raise ImportReadError(Message("{name} is not a text (CSV) file", name=path.name))
    encoding = encoding or detect_encoding(path)
    if delimiter is None:
        text = head.decode(encoding, errors="replace").removeprefix("\ufeff")
        if len(head) == SAMPLE:  # the sample's last line may be cut in the middle: leave it out
            text = text[: text.rfind("\n") + 1] or text
        delimiter = sniff_delimiter(text)
    header: list[str] | None = None
    problems: list[RowProblem] = []
    numbers = array("l")
    tally: list[LocaleTally] = []
    records = CsvRecords(path, encoding, delimiter)
    kept = Keeper(position=records.tell)
    for n, cells in records:
        if header is None:
            header, tally = cells, [LocaleTally() for _ in cells]
            continue
        if len(cells) != len(header):
            problems.append(RowProblem(n, Message("the row has {count} cells, the header has {width}", count=len(cells),
                                                  width=len(header)), [c if c.strip() else None for c in cells]))
            continue
        row = [_csv_cell(c) for c in cells]
        for column, value in zip(tally, row, strict=True):
            column.add(value)
        numbers.append(n)
        kept.add(row)
    if header is None:
        raise ImportReadError(Message("{name} is empty", name=path.name))
    width = len(header)

    def walk(position: Any = None) -> Iterator[list[Any]]:  # from the start, or from a row the first pass marked
        records = iter(CsvRecords(path, encoding, delimiter, position))
        if position is None:
            next(records, None)  # the header
        return ([_csv_cell(c) for c in cells] for _, cells in records if len(cells) == width)

    headers = [_header(h) for h in header]
    if not any(headers):
        raise ImportReadError(Message("The first row holds no column names"))
    return SourceTable(headers, kept.result(walk), numbers if kept.rows is None else list(numbers),
                       [t.locale() for t in tally], problems, encoding, delimiter)


def _csv_cell(text: str) -> str | None:
    """Blank is empty; an exported '=... (text kept from being a formula) loses its '."""
    if not text.strip():
        return None
    return text[1:] if text[:1] == "'" and text[1:2] and text[1:2] in FORMULA_STARTS else text


# --- columns' locales ----------------------------------------------------------------------------------
def column_locale(values: Iterable[Any]) -> str:
    """How a column's texts are written: 'pl' (decimal comma, day-first dates), 'en_US' (month-first), 'en'."""
    tally = LocaleTally()
    for value in values:
        tally.add(value)
    return tally.locale()


class LocaleTally:
    """A column's way of writing, told value by value (a big file's rows are not kept)."""

    __slots__ = ("comma", "day_first", "month_first", "point")

    def __init__(self) -> None:
        self.day_first = self.month_first = self.comma = self.point = False

    def add(self, value: Any) -> None:
        if not isinstance(value, str) or not (text := value.strip()):
            return
        if _DECIMAL_COMMA.match(text):
            self.comma = True
        elif _DECIMAL_POINT.match(text):
            self.point = True
        elif match := _DATE.match(text):
            first, second = int(match.group(1)), int(match.group(3))
            self.day_first |= first > 12
            self.month_first |= second > 12 and first <= 12

    def locale(self) -> str:
        if self.month_first and not self.day_first:
            return "en_US"
        if self.day_first or (self.comma and not self.point):
            return "pl"
        return "en"


def _streamed(headers: list[str], walk: Callable[[], Iterator[list[Any]]], first_row: int = 1) -> SourceTable:
    """A table walked once to count its rows and tell its columns' locales; kept in memory only when small."""
    if not any(headers):
        raise ImportReadError(Message("The first row holds no column names"))
    tally = [LocaleTally() for _ in headers]
    kept = Keeper()
    for row in walk():
        for column, value in zip(tally, row, strict=False):
            column.add(value)
        kept.add(row)
    numbers = range(first_row, first_row + kept.count)
    return SourceTable(headers, kept.result(walk), numbers if kept.rows is None else list(numbers), [t.locale() for t in tally])


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header(value: Any) -> str:
    return "" if value is None else str(value).strip()
