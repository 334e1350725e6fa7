"""Export of a list view to Excel: streamed (write-only), typed cells, and text that cannot turn into formulas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef, FieldPath
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.records import RecordService

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop
#: A text starting with one of these could be read as a formula (or DDE) by a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAGE = 2000
SHEET_TITLE_MAX = 31


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
            if f.type == "reference" and f.target is not None:
                current = config.object_by_id(f.target)
        titles.append(" → ".join(names) if names else "Code")
    return titles


def _field_at(records: RecordService, object_id: int, path: FieldPath) -> FieldDef | None:
    config = records.config
    current, f = config.object_by_id(object_id), None
    for fid in path:
        f = current.field_by_id(fid)
        if f.type == "reference" and f.target is not None:
            current = config.object_by_id(f.target)
    return f


def _number_format(f: FieldDef | None, value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    if isinstance(value, Decimal) and f is not None:
        scale = 2 if f.scale is None else f.scale
        grouped = f.type == "money" or (f.type == "formula" and (f.result_type or "number") == "number")
        return ("#,##0" if grouped else "0") + ("." + "0" * scale if scale > 0 else "")
    return None


def cell_for(ws: Any, value: Any, f: FieldDef | None) -> WriteOnlyCell:
    """One typed cell: numbers, dates and booleans as such; everything else as plain text, never a formula."""
    if isinstance(value, RefValue):
        value = value.text
    elif isinstance(value, FileValue):
        value = value.name
    elif isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones
    if value is None or isinstance(value, (bool, int, float, Decimal, dt.date)):
        cell = WriteOnlyCell(ws, value=value)
        fmt = _number_format(f, value)
        if fmt:
            cell.number_format = fmt
        return cell
    text = str(value)
    cell = WriteOnlyCell(ws, value=None)
    cell.value = text
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
) -> int:
    """Write every row of a list query (its columns, filter, search and sort) to an .xlsx; returns the row count."""
    records.access.require("export", object_id)
    path = Path(path)
    paths = [tuple(p) for p in query.columns]
    fields = [_field_at(records, object_id, p) for p in paths]
    total = records.count(object_id, query)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=_sheet_title(sheet_title or records.obj(object_id).plural))
    bold = Font(bold=True)
    header = []
    for title in titles if titles is not None else column_titles(records, object_id, paths):
        cell = cell_for(ws, title, None)
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
                ws.append([cell_for(ws, v, f) for v, f in zip(row.cells, fields, strict=False)])
            done += len(rows)
            if len(rows) < PAGE:
                break
        if progress is not None:
            progress(done, max(total, done))
        wb.save(path)
    except BaseException:
        try:
            ws.close()  # ends the streamed sheet cleanly so nothing is left half-written in memory
        except Exception:  # noqa: BLE001 - already failing; the original error matters
            pass
        path.unlink(missing_ok=True)
        raise
    return done


def _sheet_title(name: str) -> str:
    cleaned = "".join("_" if ch in '[]:*?/\\' else ch for ch in name).strip("'") or "Sheet"
    return cleaned[:SHEET_TITLE_MAX]
