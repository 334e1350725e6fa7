"""Export of a list view to Excel: streamed (write-only), typed cells, and text that cannot turn into formulas.

No value aborts an export. Text is written so that Excel reads back exactly what was stored:
- characters a worksheet cannot hold (control characters U+0000-U+001F other than tab, line feed and carriage
  return, and U+FFFE/U+FFFF) are written in the OOXML escape `_xHHHH_` (U+0001 -> `_x0001_`), which Excel and
  LibreOffice turn back into the character; a literal `_xHHHH_` in the text gets its underscore escaped
  (`_x005F_x0041_`) so it is not decoded; half of a surrogate pair becomes U+FFFD;
- a text longer than a cell holds (32,767 characters, counted in UTF-16 as Excel does) is cut, ends with "…" and is
  listed in the ExportReport (record code, column, full length) and on a "Not exported in full" sheet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_user_link, link_target, type_of
from supasoft.core.meta import FieldDef, FieldPath
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.records import RecordService

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop
#: A text starting with one of these could be read as a formula (or DDE) by a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAGE = 2000
SHEET_TITLE_MAX = 31
CELL_MAX = 32767  # characters (UTF-16 code units) in one Excel cell
CUT_MARK = "\u2026"
NOTES_SHEET = "Not exported in full"
#: what a worksheet cannot hold literally, and an underscore that would start an escape Excel decodes
_TO_ESCAPE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: one quick look that tells whether a text needs any of the above (most texts do not)
_NEEDS_WORK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]|_x")


@dataclass(frozen=True)
class CutText:
    """A text that did not fit in a cell: where it was and how long it is."""

    code: str
    column: str
    length: int


@dataclass
class ExportReport:
    """What the export had to change to write every value (filled by export_list)."""

    rows: int = 0
    escaped: int = 0  # cells whose text holds escaped characters
    cut: list[CutText] = field(default_factory=list)


def _escape(match: re.Match[str]) -> str:
    return f"_x{ord(match.group()):04X}_"


def excel_text(text: str) -> tuple[str, bool, int | None]:
    """The text as a cell stores it, whether it was escaped, and its full length when it had to be cut."""
    if len(text) <= CELL_MAX // 7 and _NEEDS_WORK.search(text) is None:
        return text, False, None  # the usual case: short enough even if every character were escaped
    full_length = None
    text = _SURROGATE.sub("\ufffd", text)
    if _utf16_length(text) > CELL_MAX or len(_TO_ESCAPE.sub(_escape, text)) > CELL_MAX:
        full_length = _utf16_length(text)
        text = _fit(text)
    escaped = _TO_ESCAPE.sub(_escape, text)
    return escaped, escaped != text, full_length


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _fit(text: str) -> str:
    """The longest start of the text that fits a cell (as Excel counts it and once escaped), then "…"."""
    room = CELL_MAX - 1
    if _utf16_length(text) == len(text) and _TO_ESCAPE.search(text) is None:
        return text[:room] + CUT_MARK  # one unit and one written character each: a plain slice
    used_excel = used_written = 0
    end = 0
    for end, ch in enumerate(text):  # noqa: B007 - end is used after the loop
        excel = 2 if ord(ch) > 0xFFFF else 1
        written = 7 if _TO_ESCAPE.match(text, end) else excel
        if used_excel + excel > room or used_written + written > room:
            break
        used_excel += excel
        used_written += written
    return text[:end] + CUT_MARK


class ExportCancelled(Exception):
    """The progress callback asked to stop; the partial file was removed."""


def is_risky(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def column_titles(records: RecordService, object_id: int, paths: Sequence[FieldPath]) -> list[str]:
    """Default header titles: field names joined through references ('Client → City'); 'Code' for ()."""
    config = records.config
    titles = []
    for path in paths:
        current, names = config.object_by_id(object_id), []
        for fid in path:
            f = current.field_by_id(fid)
            names.append(f.name)
            target = link_target(f)
            if target is not None:
                current = config.object_by_id(target)
        titles.append(" → ".join(names) if names else "Code")
    return titles


def field_at(records: RecordService, object_id: int, path: FieldPath) -> FieldDef | None:
    config = records.config
    current, f = config.object_by_id(object_id), None
    for fid in path:
        f = current.field_by_id(fid)
        target = link_target(f)
        if target is not None:
            current = config.object_by_id(target)
    return f


def _number_format(f: FieldDef | None, value: Any) -> str | None:
    """The field type's Excel format for a number or date (money grouped, its decimals...); by the value without a field."""
    if value is None or isinstance(value, bool):
        return None
    shown = type_of(f).cell_format(f) if f is not None else None
    if shown is not None:
        return shown
    if isinstance(value, dt.datetime):
        return "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    return None


def cell_for(ws: Any, value: Any, f: FieldDef | None, report: ExportReport | None = None, code: str = "",
             column: str = "", *, plain: bool = False) -> Any:
    """One typed cell: numbers, dates and booleans as such; everything else as plain text, never a formula.

    The field's type decides the cell's value (to_cell) and number format (cell_format); a reference shows its
    record's display text and a file its name, which the list row already carries. `plain`: a value that needs no
    cell of its own (no format, text that cannot turn into a formula) is returned as it is, which writes faster."""
    if isinstance(value, RefValue):
        value = value.text
    elif isinstance(value, FileValue):
        value = value.name
    elif f is not None and value is not None:
        value = type_of(f).to_cell(value, f)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones
    if value is None or isinstance(value, (bool, int, float, Decimal, dt.date)):
        fmt = _number_format(f, value)
        if plain and not fmt:
            return value
        cell = WriteOnlyCell(ws, value=value)
        if fmt:
            cell.number_format = fmt
        return cell
    text = str(value)
    written, escaped, full_length = excel_text(text)
    if report is not None:
        report.escaped += escaped
        if full_length is not None:
            report.cut.append(CutText(code, column, full_length))
    if plain and not is_risky(text) and not written.startswith("="):
        return written
    cell = WriteOnlyCell(ws, value=None)
    cell.value = written
    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    if is_risky(text):
        cell.quotePrefix = True  # the spreadsheet shows it as text and keeps it text when edited
    return cell


def export_list(
    records: RecordService,
    object_id: int,
    query: ListQuery,
    path: Path | str,
    *,
    titles: Sequence[str] | None = None,
    sheet_title: str | None = None,
    progress: Progress | None = None,
    report: ExportReport | None = None,
) -> int:
    """Write every row of a list query (its columns, filter, search and sort) to an .xlsx; returns the row count.

    `report` (optional) learns which texts were escaped or cut; a cut text is also listed on a sheet of its own.
    """
    report = report if report is not None else ExportReport()
    records.access.require("export", object_id)
    path = Path(path)
    paths = [tuple(p) for p in query.columns]
    fields = [field_at(records, object_id, p) for p in paths]
    total = records.count(object_id, query)
    people = user_names(records, fields)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=_sheet_title(sheet_title or records.obj(object_id).plural))
    bold = Font(bold=True)
    header = []
    names = list(titles) if titles is not None else column_titles(records, object_id, paths)
    ws.freeze_panes = "A2"  # the header stays in view
    for index, (title, f) in enumerate(zip(names, fields, strict=False), start=1):
        ws.column_dimensions[get_column_letter(index)].width = column_width(title, f)
    for title in names:
        cell = cell_for(ws, title, None, report)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    done = 0
    try:
        while True:
            if progress is not None and not progress(done, total):
                raise ExportCancelled()
            page = ListQuery(columns=paths, filter=query.filter, search=query.search, sort=query.sort,
                             offset=done, limit=PAGE)
            rows = records.list(object_id, page)
            for row in rows:
                ws.append([cell_for(ws, people.get(v, v) if f is not None and is_user_link(f) else v, f, report, row.code,
                                    name, plain=True)
                           for v, f, name in zip(row.cells, fields, names, strict=False)])
            done += len(rows)
            if len(rows) < PAGE:
                break
        if progress is not None:
            progress(done, max(total, done))
        if report.cut:
            _notes_sheet(wb, report.cut)
        wb.save(path)
    except BaseException:
        try:
            ws.close()  # ends the streamed sheet cleanly so nothing is left half-written in memory
        except Exception:  # noqa: BLE001 - already failing; the original error matters
            pass
        path.unlink(missing_ok=True)
        raise
    report.rows = done
    return done


def user_names(records: RecordService, fields: Sequence[FieldDef | None]) -> dict[Any, str]:
    """User id -> the name a user field shows (full name, else login), read once when a column holds users."""
    if records.users is None or not any(f is not None and is_user_link(f) for f in fields):
        return {}
    return {p.id: p.full_name or p.login for p in records.users.people()}


def column_width(title: str, f: FieldDef | None) -> float:
    """A column's width in characters: the field type's default width (pixels, ~7 a character) or the title's."""
    pixels = type_of(f).default_width if f is not None else 100
    return float(min(60, max(len(title) + 2, pixels // 7)))


def _notes_sheet(wb: Workbook, cut: list[CutText]) -> None:
    """List the texts that did not fit, so whoever opens the file sees it too."""
    notes = wb.create_sheet(title=NOTES_SHEET)
    bold = Font(bold=True)
    header = []
    for title in ("Code", "Column", "Characters", "Characters in the file"):
        cell = cell_for(notes, title, None)
        cell.font = bold
        header.append(cell)
    notes.append(header)
    for item in cut:
        notes.append([cell_for(notes, item.code, None), cell_for(notes, item.column, None), item.length, CELL_MAX])


def _sheet_title(name: str) -> str:
    cleaned = "".join("_" if ch in '[]:*?/\\' else ch for ch in name).strip("'") or "Sheet"
    return cleaned[:SHEET_TITLE_MAX]
