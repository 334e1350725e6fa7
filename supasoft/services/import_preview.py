"""The preview of an import: every row parsed into field values with its problems per cell, and whether it would
create, update or be skipped; nothing is written.

Cells are read by the field types' from_cell in the column's locale; references are matched by the target's
display text or Code, or by a chosen (unique) field such as an old key; choices without case; key fields
(text without case) find the records an update changes. The user's rights decide before any row is read:
the create/change right on the object, and an editable field for every imported column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supasoft.core.errors import PermissionDenied, SupasoftError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_derived, is_file, is_link, link_target, type_of
from supasoft.core.fieldtypes.temporal import parse_datetime_text
from supasoft.core.messages import Message, message_of
from supasoft.core.meta import ObjectDef
from supasoft.services.import_keys import check_unique_keys
from supasoft.services.import_mapping import CODE, ImportMapping, fold
from supasoft.services.import_plan import PlannedRow, PlannedRows
from supasoft.services.import_read import SourceTable
from supasoft.services.import_spool import KEEP
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.records import RecordService
from supasoft.storage.import_codes import used_codes

PAGE = 5000
_MONTH_FIRST = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})")


@dataclass(frozen=True)
class CellProblem:
    """Why a row cannot be imported: its row number in the file, the column, the field and a translatable message."""

    row: int
    column: str
    field: str
    message: Message

    def text(self) -> Message:
        """'row 3: Price: 'abc' is not a number', translatable as a whole."""
        place = f"{self.column} ({self.field})" if self.column and self.field and self.field != self.column else self.column or self.field
        if place:
            return Message("row {row}: {place}: {problem}", row=self.row, place=place, problem=self.message)
        return Message("row {row}: {problem}", row=self.row, problem=self.message)

    def __str__(self) -> str:
        return str(self.text())


@dataclass
class ImportPreview:
    """Every row planned, with counts of what would be created, updated and skipped."""

    mapping: ImportMapping
    rows: Sequence[PlannedRow]  # a PlannedRows (past its first rows: compact columns and a spool file) or a list
    reading_problems: list[CellProblem] = field(default_factory=list)

    @property
    def problems(self) -> list[CellProblem]:
        rows = self.rows
        found = rows.all_problems() if isinstance(rows, PlannedRows) else [p for r in rows for p in r.problems]
        return self.reading_problems + found

    def count(self, action: str) -> int:
        rows = self.rows
        counted = rows.count(action) if isinstance(rows, PlannedRows) else sum(1 for r in rows if r.action == action)
        return counted + (len(self.reading_problems) if action == "skip" else 0)

    @property
    def counts(self) -> dict[str, int]:
        return {a: self.count(a) for a in ("create", "update", "skip")}


def all_rows(records: RecordService, object_id: int, columns: list[tuple[int, ...]]) -> list[Any]:
    """Every record the user may read, with these columns, page by page."""
    out: list[Any] = []
    while True:
        page = records.list(object_id, ListQuery(columns=list(columns), offset=len(out), limit=PAGE))
        out.extend(page)
        if len(page) < PAGE:
            return out


def key_of(value: Any) -> Any:
    """A value as compared when matching: text without case or accents, a reference by its id."""
    if isinstance(value, RefValue):
        return value.id
    if isinstance(value, str):
        return fold(value)
    return value


class ReferenceIndex:
    """The records a reference column may point at, by the matched field's value, or display text and Code."""

    def __init__(self, records: RecordService, target: ObjectDef, match: int | None):
        self.target = target
        self.match = target.field_by_id(match) if match not in (None, CODE) else None
        column = self.match.id if self.match is not None else target.display_field
        rows = all_rows(records, target.id, [(column,)] if column is not None else [])
        self.ids: dict[Any, set[int]] = {}
        for r in rows:
            if column is not None and r.cells[0] is not None:
                self.ids.setdefault(key_of(r.cells[0]), set()).add(r.id)
            if self.match is None:
                self.ids.setdefault(fold(r.code), set()).add(r.id)

    def find(self, raw: Any, locale: str) -> int:
        key = key_of(type_of(self.match).from_cell(raw, self.match, locale)) if self.match is not None else key_of(_text(raw))
        found = self.ids.get(key, set())
        if len(found) == 1:
            return next(iter(found))
        if self.match is not None:  # say which field was looked in: "no client has 'CL-1' in Tax ID"
            if found:
                raise ValueError(Message("matches several {objects} by {field}", objects=self.target.plural.lower(),
                                         field=self.match.name))
            raise ValueError(Message("no {object} has {value!r} in {field}", object=self.target.name.lower(),
                                     value=_text(raw), field=self.match.name))
        if found:
            raise ValueError(Message("matches several {objects}", objects=self.target.plural.lower()))
        raise ValueError(Message("no {object} matches {value!r}", object=self.target.name.lower(), value=_text(raw)))


def _text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def refuse_locked_columns(records: RecordService, obj: ObjectDef, mapping: ImportMapping) -> None:
    """The import refuses a column the user may not change, or a computed field, naming both."""
    access = records.access
    access.require("create" if mapping.mode == "create" else "update", obj.id)
    if mapping.mode == "upsert":
        access.require("create", obj.id)
    for _, col in mapping.mapped():
        if col.field == CODE:
            continue
        f = obj.field_by_id(col.field or 0)
        if is_derived(f):
            raise SupasoftError(Message("{field} is computed and cannot be imported: leave the column {column} out",
                                        field=f.name, column=col.column))
        if access.field_mode(obj.id, f.id) != "editable":
            raise PermissionDenied(Message("You may not change {field}: leave the column {column} out of the import",
                                           field=f.name, column=col.column))


class PreviewCancelled(SupasoftError):
    """The user stopped the check of the rows; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Message("The check of the rows was stopped; nothing was imported"))


CHECK_STEP = 2000  # rows between progress reports and looks at the cancel flag


def build_preview(records: RecordService, table: SourceTable, mapping: ImportMapping, *,
                  progress: Callable[[int, int], Any] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportPreview:
    """Parse every row as the import would, without writing anything; `progress(rows, all rows)` every few thousand
    rows, and `cancelled()` true stops the check with PreviewCancelled."""
    obj = records.obj(mapping.object_id)
    total = len(table.row_numbers)
    refuse_locked_columns(records, obj, mapping)
    converters = {i: _converter(records, obj, col.field or 0, col.match, mapping.files) for i, col in mapping.mapped()}
    existing = _existing(records, obj, mapping.keys) if mapping.mode != "create" else {}
    uniques = {f.id: _values_of(records, obj, f.id) for f in obj.fields if f.unique and any(c.field == f.id for c in mapping.columns)}
    required = [f for f in obj.fields if f.required and not is_derived(f) and not type_of(f).yes_no and f.default is None]
    seen_keys: dict[tuple[Any, ...], int] = {}
    seen_unique: dict[tuple[int, Any], int] = {}
    planned = PlannedRows(KEEP)  # past KEEP rows: compact columns, values in a spool file (memory stays flat)
    for done, (number, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True), start=1):
        if done % CHECK_STEP == 0:
            if cancelled is not None and cancelled():
                planned.close()
                raise PreviewCancelled()
            if progress is not None:
                progress(done, total)
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        plan = PlannedRow(number, "create", {})
        code = None
        for i, col in mapping.mapped():
            raw = cells[i] if i < len(cells) else None
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            if col.field == CODE:
                code = fold(_text(raw))
                if mapping.codes:
                    plan.code = _code_number(raw)
                    if plan.code is None:
                        plan.problems.append(CellProblem(number, col.column, "", Message("{value!r} holds no number for a Code",
                                                                                          value=_text(raw))))
                continue
            f = obj.field_by_id(col.field or 0)
            try:
                plan.values[f.id] = converters[i](raw, table.locales[i])
            except (ValueError, ArithmeticError, TypeError) as exc:
                plan.problems.append(CellProblem(number, col.column, f.name, _problem(raw, exc)))
        if mapping.mode != "create":
            key = tuple(code if k == CODE else key_of(plan.values.get(k)) for k in mapping.keys)
            if not plan.problems and any(k is None for k in key):
                plan.problems.append(CellProblem(number, "", "", Message("the key is empty")))
            elif not plan.problems:
                if key in seen_keys:
                    plan.problems.append(CellProblem(number, "", "", Message("the same key as row {row}", row=seen_keys[key])))
                seen_keys.setdefault(key, number)
                plan.record_id = existing.get(key)
                if plan.record_id is not None:
                    plan.action = "update"
                    for k in mapping.keys:
                        plan.values.pop(k, None)  # the key matched without case: the stored text stays as it is
                elif mapping.mode == "update":
                    plan.problems.append(CellProblem(number, "", "", Message("no record has this key")))
        if plan.action == "create" and mapping.mode != "update":
            for f in required:
                if plan.values.get(f.id) is None and not any(p.field == f.name for p in plan.problems):
                    plan.problems.append(CellProblem(number, _column_of(mapping, f.id), f.name, Message("is required")))
        own = plan.record_id  # a row that is skipped for another problem still names its record by its key
        if own is None and mapping.mode != "create" and all(k is not None for k in key):
            own = existing.get(key)
        for fid, values in uniques.items():
            value = plan.values.get(fid)
            if value is None:
                continue
            holder = values.get(key_of(value))
            f = obj.field_by_id(fid)
            if holder is not None and holder != own:
                plan.problems.append(CellProblem(number, _column_of(mapping, fid), f.name,
                                                 Message("{value!r} is already used by another record", value=_text(value))))
            elif (fid, key_of(value)) in seen_unique:
                plan.problems.append(CellProblem(number, _column_of(mapping, fid), f.name,
                                                 Message("the same value as row {row}", row=seen_unique[(fid, key_of(value))])))
            seen_unique.setdefault((fid, key_of(value)), number)
        if plan.problems:
            plan.action = "skip"
        planned.append(plan)
    if mapping.codes:
        _check_codes(records, obj, mapping, planned)
    if obj.unique_keys:
        check_unique_keys(records, obj, planned, CellProblem, lambda fid: _column_of(mapping, fid or 0))
    reading = [CellProblem(p.row, "", "", p.message) for p in table.problems]
    return ImportPreview(mapping, planned, reading)


def _code_number(raw: Any) -> int | None:
    """The number of an old Code ('ORD-00042', 42, '42'), or None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int) or (isinstance(raw, float) and raw.is_integer()):
        return int(raw) if raw > 0 else None
    digits = "".join(ch for ch in str(raw) if ch.isdigit())
    return int(digits) if digits and int(digits) > 0 and len(digits) < 16 else None


def _check_codes(records: RecordService, obj: ObjectDef, mapping: ImportMapping, planned: Sequence[PlannedRow]) -> None:
    """A Code taken from the file must be free: not held by a record (of any user), not twice in the file."""
    creates = [p for p in planned if p.code is not None and p.action == "create"]
    with records.storage.connect() as conn:
        taken = used_codes(conn, records.repo().table(obj), {p.code for p in creates if p.code is not None})
    column = next((c.column for c in mapping.columns if c.field == CODE), "")
    seen: dict[int, int] = {}
    for plan in creates:
        assert plan.code is not None
        if plan.code in taken:
            plan.problems.append(CellProblem(plan.row, column, "", Message("the Code {code} is already used by another record",
                                                                           code=obj.format_code(plan.code))))
        elif plan.code in seen:
            plan.problems.append(CellProblem(plan.row, column, "", Message("the same value as row {row}", row=seen[plan.code])))
        seen.setdefault(plan.code, plan.row)
        if plan.problems:
            plan.action = "skip"


def _column_of(mapping: ImportMapping, field_id: int) -> str:
    return next((c.column for c in mapping.columns if c.field == field_id), "")


def _problem(raw: Any, exc: BaseException) -> Message:
    if isinstance(exc, ValueError) and isinstance(exc.args[0] if exc.args else None, Message):
        message = message_of(exc)
        if message.template.startswith(("no ", "matches ")):  # already names the value
            return message
    return Message("{value!r} {problem}", value=_text(raw), problem=message_of(exc))


def _existing(records: RecordService, obj: ObjectDef, keys: list[int]) -> dict[tuple[Any, ...], int]:
    """Key values -> record id of every record the user may read."""
    columns = [(k,) for k in keys if k != CODE]
    out: dict[tuple[Any, ...], int] = {}
    for r in all_rows(records, obj.id, columns):
        cells = iter(r.cells)
        out.setdefault(tuple(fold(r.code) if k == CODE else key_of(next(cells)) for k in keys), r.id)
    return out


def _values_of(records: RecordService, obj: ObjectDef, field_id: int) -> dict[Any, int]:
    """A unique field's stored values -> the record holding each."""
    return {key_of(r.cells[0]): r.id for r in all_rows(records, obj.id, [(field_id,)]) if r.cells[0] is not None}


def _converter(records: RecordService, obj: ObjectDef, field_id: int, match: int | None,
               folder: str | None = None) -> Callable[[Any, str], Any]:
    """How one column's cells become the field's canonical values (ValueError with a message when they cannot)."""
    if field_id == CODE:
        return lambda raw, locale: raw
    f = obj.field_by_id(field_id)
    ft = type_of(f)
    target = link_target(f)
    if target is not None:
        index = ReferenceIndex(records, records.config.object_by_id(target), match)
        return index.find
    if ft.has_choices:
        labels = {fold(c): c for c in f.choices}

        def choice(raw: Any, locale: str) -> Any:
            label = labels.get(fold(_text(raw)))
            if label is None:
                raise ValueError(Message("is not one of: {choices}", choices=", ".join(f.choices)))
            return label

        return choice

    probe = _probe(ft, f)
    temporal, date_only = isinstance(probe, dt.date), isinstance(probe, dt.date) and not isinstance(probe, dt.datetime)

    def convert(raw: Any, locale: str) -> Any:
        if ft.text_like and isinstance(raw, (int, float)) and not isinstance(raw, bool):
            raw = _text(raw)
        if temporal and locale == "en_US" and isinstance(raw, str):
            raw = _MONTH_FIRST.sub(r"\3.\1.\4", raw.strip(), count=1)  # 03-14-2025 -> 14.03.2025
        if date_only:
            raw = _midnight_date(raw)
        value = ft.from_cell(raw, f, locale)
        if value is not None and (problem := ft.validate(value, f)):
            raise ValueError(problem)
        return value

    if is_link(f):  # a user field: the user by login or full name (without case or accents)
        return _user_finder(records, f)
    if is_file(f):
        return _file_reader(folder, ft, f)
    return convert


def _file_reader(folder: str | None, ft: Any, f: Any) -> Callable[[Any, str], Any]:
    """A file field's cell names a file in the folder of files (never outside it), read with its contents."""
    root = Path(folder).resolve() if folder else None

    def read(raw: Any, locale: str) -> Any:
        name = _text(raw)
        if root is None:
            raise ValueError(Message("needs the folder of files (--files)"))
        path = (root / name).resolve()
        if not path.is_relative_to(root) or path == root:
            raise ValueError(Message("is outside the folder of files"))
        if not path.is_file():
            raise ValueError(Message("no file {name!r} in {folder}", name=name, folder=str(root)))
        value = FileValue(path.name, data=path.read_bytes())
        if problem := ft.validate(value, f):
            raise ValueError(problem)
        return value

    return read


def _user_finder(records: RecordService, f: Any) -> Callable[[Any, str], Any]:
    people = records.users.people() if records.users is not None else []
    ids: dict[str, set[int]] = {}
    for person in people:
        for name in (person.login, person.full_name):
            if name:
                ids.setdefault(fold(name), set()).add(person.id)

    def find(raw: Any, locale: str) -> Any:
        found = ids.get(fold(_text(raw)), set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise ValueError(Message("matches several {objects}", objects=Message("users")))
        raise ValueError(Message("no user matches {value!r}", value=_text(raw)))

    return find


def _probe(ft: Any, f: Any) -> Any:
    """What the field makes of a date and time at midnight: a date (a date field), a date and time, or neither."""
    try:
        return ft.parse(dt.datetime(2000, 1, 1), f)
    except (ValueError, TypeError, ArithmeticError):
        return None


def _midnight_date(raw: Any) -> Any:
    """A date with a time part goes into a date field only when the time is midnight."""
    if isinstance(raw, str) and (" " in raw.strip() or "T" in raw.strip()):
        try:
            raw = parse_datetime_text(raw)
        except ValueError:
            return raw
    if isinstance(raw, dt.datetime):
        if raw.time() != dt.time():
            raise ValueError(Message("has a time of day that a date cannot keep"))
        return raw.date()
    return raw
