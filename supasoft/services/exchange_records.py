"""Export of an object's records to .xlsx or .csv (`supasoft-admin export`), as the user may read them.

The columns are a list view's (its columns, titles, filter and sort) or, without one, the Code and every field the
user may see. An .xlsx has typed cells, money and number formats, a frozen header and column widths (exchange.py);
a .csv is UTF-8 with BOM, `;`-separated, values written so the import reads them back exactly: numbers with a point,
dates in ISO form, yes/no as true/false, references by their display text, and text that a spreadsheet would take
for a formula after a `'` (the import drops that quote again). Export and import again loses nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from supasoft.core.errors import NotFound
from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_user_link, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, FieldPath, ListDef
from supasoft.services.exchange import (
    PAGE,
    ExportCancelled,
    ExportReport,
    Progress,
    column_titles,
    export_list,
    field_at,
    is_risky,
    user_names,
)
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.records import RecordService

CSV_DELIMITER = ";"
CSV_QUOTE = "'"  # before text a spreadsheet would run as a formula


def default_columns(records: RecordService, object_id: int) -> list[FieldPath]:
    """The Code and every field of the object the user may see, in the structure's order."""
    obj = records.obj(object_id)
    return [(), *[(f.id,) for f in obj.fields if records.access.field_visible(object_id, f.id)]]


def find_view(views: Sequence[ListDef], name: str) -> ListDef:
    """A list view by name (without case), among the views the user sees."""
    for view in views:
        if view.name.casefold() == name.strip().casefold():
            return view
    raise NotFound(Message("There is no list view {name!r}: {names}", name=name, names=", ".join(v.name for v in views) or "-"))


def export_records(records: RecordService, object_id: int, path: Path | str, *, view: ListDef | None = None,
                   progress: Progress | None = None, report: ExportReport | None = None) -> int:
    """Write the object's records (as a list view shows them, or every visible field) to .xlsx or .csv; the row count."""
    records.access.require("export", object_id)
    if view is not None:
        shown = [c for c in view.columns if not c.path or records.access.field_visible(object_id, c.path[0])]
        paths = [tuple(c.path) for c in shown]
        titles = [c.title or t for c, t in zip(shown, column_titles(records, object_id, paths), strict=True)]
        query = ListQuery(columns=paths, filter=view.filter, sort=list(view.sort))
    else:
        paths = default_columns(records, object_id)
        titles = column_titles(records, object_id, paths)
        query = ListQuery(columns=paths)
    return export_query(records, object_id, query, path, titles, progress=progress, report=report)


def export_query(records: RecordService, object_id: int, query: ListQuery, path: Path | str, titles: list[str], *,
                 progress: Progress | None = None, report: ExportReport | None = None) -> int:
    """A list query's rows (a table's current view) to .xlsx, or to .csv for any other name; the row count."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return export_list(records, object_id, query, path, titles=titles, progress=progress, report=report)
    return export_csv(records, object_id, query, path, titles, progress=progress)


def export_csv(records: RecordService, object_id: int, query: ListQuery, path: Path, titles: list[str], *,
               progress: Progress | None = None) -> int:
    """The rows of a list query as a CSV file the import reads back exactly; `progress` False cancels (no file)."""
    records.access.require("export", object_id)
    fields = [field_at(records, object_id, tuple(p)) for p in query.columns]
    people = user_names(records, fields)
    total = records.count(object_id, query) if progress is not None else 0
    done = 0
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=CSV_DELIMITER)
            writer.writerow([csv_text(t, None) for t in titles])
            while True:
                if progress is not None and not progress(done, total):
                    raise ExportCancelled()
                page = ListQuery(columns=query.columns, filter=query.filter, search=query.search, sort=query.sort,
                                 offset=done, limit=PAGE)
                rows = records.list(object_id, page)
                for row in rows:
                    writer.writerow([csv_text(people.get(v, v) if f is not None and is_user_link(f) else v, f)
                                     for v, f in zip(row.cells, fields, strict=False)])
                done += len(rows)
                if len(rows) < PAGE:
                    break
        if progress is not None:
            progress(done, max(total, done))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return done


def csv_text(value: Any, f: FieldDef | None) -> str:
    """One value as CSV text (see the module's docstring)."""
    if value is None:
        return ""
    if isinstance(value, RefValue):
        value = value.text
    elif isinstance(value, FileValue):
        value = value.name
    elif f is not None:
        value = type_of(f).to_api(value, f)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, (list, tuple)):
        return type_of(f).format(value, f) if f is not None else ", ".join(map(str, value))
    text = str(value)
    return CSV_QUOTE + text if (f is None or type_of(f).text_like) and is_risky(text) else text
