"""Reading records: one card, pages of a table, counts, positions, children, pickers, previews, files.

Every read checks the object right first; records the user may not read answer as missing ones, hidden
fields never leave the services, and formula or source values that read a forbidden record are emptied.
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import NotFound, PermissionDenied
from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.fieldtypes.roles import (
    is_derived,
    is_file,
    is_formula,
    is_long_text,
    links_object,
    type_of,
)
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.services.derived_rights import forbidden_derived
from supasoft.services.formula_runner import FormulaRunner
from supasoft.services.record_basis import RecordBasis
from supasoft.services.record_checks import SaveChecks
from supasoft.services.record_model import ListQuery, ListRow, Record, RefValue
from supasoft.storage.connection import Connection
from supasoft.storage.record_rows import display_value, lookup_rows, page_rows, position_of, visible_ids
from supasoft.storage.repository import RecordRepository

USERS_OBJECT_ID = 0  # user fields pick from the program's users, not from an object
_CODE, _REFERENCE, _FILE, _VALUE = "code", "reference", "file", "value"  # how a list cell is read


def missing(obj: ObjectDef, record_id: int) -> NotFound:
    """The error for a record that does not exist or that the user may not read (ids tell nothing about what exists)."""
    return NotFound(Message("{name} #{id} does not exist (it may have been deleted)", name=obj.name, id=record_id))


class RecordReads:
    """Cards, table pages and lookups, as the current user may see them."""

    def __init__(self, basis: RecordBasis, formulas: FormulaRunner, checks: SaveChecks):
        self.basis = basis
        self.access = basis.access
        self.formulas = formulas
        self.checks = checks

    # --- masking ---------------------------------------------------------------------------------------
    def mask(self, record: Record) -> Record:
        """Drop the fields the user may not see (they never leave the services)."""
        if self.access.full_rights:
            return record
        for field_id in [fid for fid in record.values if not self.access.field_visible(record.object_id, fid)]:
            record.values.pop(field_id, None)
            record.original.pop(field_id, None)
        return record

    def check_query(self, object_id: int, query: ListQuery) -> None:
        """Filters and sorts on hidden fields would leak them: refused."""
        if self.access.full_rights:
            return
        paths = [k.path for k in query.sort] + _filter_paths(query.filter)
        for path in paths:
            if not self.access.path_visible(object_id, tuple(path)):
                raise PermissionDenied(Message("You cannot filter or sort by a field you are not allowed to see."))

    def mask_derived(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any],
                     record_id: int | None, *also: dict[int, Any]) -> None:
        """Drop formula and source values that read a record the user may not read (a referenced one or a child)."""
        if self.access.full_rights:
            return
        forbidden = forbidden_derived(self.access, conn, repo.config, obj, values, record_id,
                                      lambda o: self.formulas.compiled(repo.config, o),
                                      lambda o, v, path: self.basis.follow(conn, repo, o, v, path))
        for fid in forbidden:
            for mapping in (values, *also):
                mapping.pop(fid, None)

    def _mask_page(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, layout: list[tuple[int, ...]],
                   rows: list[ListRow]) -> list[ListRow]:
        """Empty the formula and source cells of rows whose value reads a record the user may not read."""
        derived = [i for i, path in enumerate(layout) if len(path) == 1 and _is_derived(obj, path[0])]
        if self.access.full_rights or not derived or not rows:
            return rows
        stored = {row["id"]: row for row in repo.fetch_many(conn, obj, [r.id for r in rows])}
        out = []
        for r in rows:
            row = stored.get(r.id)
            if row is None:
                out.append(r)
                continue
            values = self.basis.record_from_row(conn, repo, obj, row).values
            hidden = set(values)
            self.mask_derived(conn, repo, obj, values, r.id)
            hidden -= set(values)
            cells = list(r.cells)
            for i in derived:
                if layout[i][0] in hidden:
                    cells[i] = None
            out.append(ListRow(r.id, r.version, r.code, tuple(cells)))
        return out

    # --- one record ------------------------------------------------------------------------------------
    def new(self, object_id: int) -> Record:
        """An unsaved record with the fields' defaults."""
        self.access.require("create", object_id)
        obj = self.basis.obj(object_id)
        record = Record(object_id)
        for f in obj.fields:
            if f.default is not None and not is_formula(f):
                record.values[f.id] = field_types.get(f.type).from_json(f.default, f)
            elif type_of(f).yes_no:
                record.values[f.id] = False
        return record

    def get(self, object_id: int, record_id: int) -> Record:
        """One record with its values (sources resolved); NotFound if it does not exist."""
        self.access.require("read", object_id)
        obj = self.basis.obj(object_id)
        repo = self.basis.repo()
        with self.basis.storage.connect() as conn:
            row = repo.fetch(conn, obj, record_id)
            if row is None or (not self.access.full_rights and self.access.record_level(conn, object_id, record_id) == "none"):
                raise missing(obj, record_id)
            record = self.basis.record_from_row(conn, repo, obj, row)
            self.mask_derived(conn, repo, obj, record.values, record_id, record.original)
        return self.mask(record)

    def display(self, object_id: int, record_id: int | None) -> str:
        """A record as shown in references: its display field, or its Code."""
        users = self.basis.users
        if object_id == USERS_OBJECT_ID and record_id is not None and users is not None:
            return next((u.full_name or u.login for u in users.people() if u.id == record_id), f"#{record_id}")
        if record_id is None or not self.access.allowed("read", object_id):
            return ""
        obj = self.basis.obj(object_id)
        repo = self.basis.repo()
        with self.basis.storage.connect() as conn:
            if not self.access.full_rights and self.access.record_level(conn, object_id, record_id) == "none":
                return ""  # a record the user may not read shows nothing, as a missing one
            return self.display_in(conn, repo, obj, record_id)

    def display_in(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> str:
        """A record's display text inside an open connection ("" when missing or empty)."""
        value = display_value(conn, repo, obj, record_id)
        return "" if value is None else self.basis.display_text(obj, value)

    def lookup(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Records matching typed text, for reference pickers (id, display text); object 0 = the users."""
        if object_id == USERS_OBJECT_ID:
            return self._lookup_users(text, limit)
        self.access.require("read", object_id)
        obj = self.basis.obj(object_id)
        repo = self.basis.repo()
        shown = obj.display_field if obj.display_field is not None and self.access.field_visible(obj.id, obj.display_field) else None
        with self.basis.storage.connect() as conn:
            rows = lookup_rows(conn, repo, obj, shown, text, self.basis.context(),
                               lambda table: self.access.row_filter(object_id, table=table), limit)
        if shown is None and obj.display_field is not None:
            return [(rid, obj.format_code(value)) for rid, value in rows]
        return [(rid, self.basis.display_text(obj, value) if value is not None else "") for rid, value in rows]

    def _lookup_users(self, text: str, limit: int) -> list[tuple[int, str]]:
        users = self.basis.users
        if users is None:
            return []
        words = text.casefold().split()
        found = []
        for user in users.people():
            shown = user.full_name or user.login
            haystack = f"{user.login} {user.full_name}".casefold()
            if user.active and all(w in haystack for w in words):
                found.append((user.id, shown))
        return found[:limit]

    # --- tables ----------------------------------------------------------------------------------------
    def list(self, object_id: int, query: ListQuery) -> list[ListRow]:
        """A page of a table: canonical cell values (references as RefValue)."""
        self.access.require("read", object_id)
        self.check_query(object_id, query)
        obj = self.basis.obj(object_id)
        repo = self.basis.repo()
        columns = [tuple(p) for p in query.columns if self.access.path_visible(object_id, tuple(p))]
        hidden_at = [i for i, p in enumerate(query.columns) if not self.access.path_visible(object_id, tuple(p))]
        select, layout = repo.select_list(
            obj, columns, where=query.filter, search=query.search, sort=query.sort, ctx=self.basis.context(),
            extra=self.access.row_filter(object_id), text_preview=query.text_preview and query.text_preview + 1,
        )
        b = repo.builder(obj)
        fields = [b.field_at(p) for p in layout]
        cells = self._cell_plan(obj, fields)
        file_at = _file_positions(cells)
        with self.basis.storage.connect() as conn:
            rows = page_rows(conn, self.basis.storage.ops, select, query.offset, query.limit)
            file_ids = [row[i] for row in rows for i in file_at] if file_at else []
            files = repo.file_info(conn, file_ids) if file_ids else {}
            out = [self._list_row(obj, cells, row, files) for row in rows]
            out = self._mask_page(conn, repo, obj, layout, out)
        if query.text_preview:
            out = _cut_texts(out, [i for i, f in enumerate(fields) if f is not None and is_long_text(f)], query.text_preview)
        if hidden_at:  # hidden columns stay in place, always empty
            out = [ListRow(r.id, r.version, r.code, _reinsert_empty(r.cells, hidden_at)) for r in out]
        return out

    def _cell_plan(self, obj: ObjectDef, fields: list[FieldDef | None]) -> list[tuple[str, Any, Any]]:
        """How each column's cells are read, decided once per page: (kind, field or target object, converter)."""
        plan: list[tuple[str, Any, Any]] = []
        for f in fields:
            if f is None:
                plan.append((_CODE, None, None))
            elif links_object(f):
                plan.append((_REFERENCE, self.basis.config.object_by_id(f.target) if f.target is not None else obj, None))
            elif is_file(f):
                plan.append((_FILE, f, None))
            else:
                plan.append((_VALUE, f, type_of(f).from_db))
        return plan

    def _list_row(self, obj: ObjectDef, plan: list[tuple[str, Any, Any]], row: Any, files: dict[int, tuple[str, int]]) -> ListRow:
        cells: list[Any] = []
        i = 3
        for kind, what, from_db in plan:
            raw = row[i]
            i += 1
            if kind is _VALUE:
                cells.append(from_db(raw, what))
            elif kind is _CODE:
                cells.append(obj.format_code(raw))
            elif kind is _REFERENCE:
                shown = row[i]
                i += 1
                cells.append(None if raw is None else RefValue(raw, self.basis.display_text(what, shown) if shown is not None else ""))
            else:
                info = files.get(raw)
                cells.append(None if raw is None else FileValue(info[0] if info else "?", file_id=raw, size=info[1] if info else None))
        return ListRow(row[0], row[1], obj.format_code(row[2]), tuple(cells))

    def position(self, object_id: int, query: ListQuery, record_id: int) -> int | None:
        """Where a record stands in a table's order (0-based), or None when the filter hides it."""
        self.access.require("read", object_id)
        self.check_query(object_id, query)
        obj = self.basis.obj(object_id)
        repo = self.basis.repo()
        select, _ = repo.select_list(obj, [], where=query.filter, search=query.search, sort=query.sort,
                                     ctx=self.basis.context(), extra=self.access.row_filter(object_id))
        with self.basis.storage.connect() as conn:
            return position_of(conn, select, record_id)

    def count(self, object_id: int, query: ListQuery | None = None, *, at_most: int | None = None) -> int:
        """How many records a table shows with this filter and search (no more than at_most, if given)."""
        self.access.require("read", object_id)
        query = query or ListQuery()
        self.check_query(object_id, query)
        obj = self.basis.obj(object_id)
        with self.basis.storage.connect() as conn:
            return self.basis.repo().count(
                conn, obj, where=query.filter, search=query.search, ctx=self.basis.context(),
                extra=self.access.row_filter(object_id), at_most=at_most,
            )

    def children(self, object_id: int, record_id: int, link_id: int) -> list[Record]:
        """The child records of a parent through a link (order lines of an order)."""
        link = self.basis.link(link_id)
        self.access.require("read", link.child)
        child = self.basis.obj(link.child)
        repo = self.basis.repo()
        with self.basis.storage.connect() as conn:
            if not self.access.full_rights and self.access.record_level(conn, link.parent, record_id) == "none":
                raise missing(self.basis.obj(link.parent), record_id)
            rows = repo.fetch_where(conn, child, child.field_by_id(link.field), record_id)
            if not self.access.full_rights and rows:
                visible = visible_ids(conn, repo, child, [r["id"] for r in rows],
                                      lambda table: self.access.row_filter(child.id, table=table))
                rows = [r for r in rows if r["id"] in visible]
            out = []
            for row in rows:
                record = self.basis.record_from_row(conn, repo, child, row)
                self.mask_derived(conn, repo, child, record.values, record.id, record.original)
                out.append(self.mask(record))
            return out

    # --- cards being edited ----------------------------------------------------------------------------
    def picked(self, object_id: int, reference_field_id: int, target_id: int | None) -> dict[int, Any]:
        """Receiver values to copy into a card when a reference is picked (e.g. the product's price)."""
        obj = self.basis.obj(object_id)
        out: dict[int, Any] = {}
        receivers = [f for f in obj.fields if f.receiver is not None and f.receiver[0] == reference_field_id
                     and self.access.path_visible(object_id, tuple(f.receiver))]
        if not receivers:
            return out
        repo = self.basis.repo()
        with self.basis.storage.connect() as conn:
            if target_id is not None and not self.checks.readable(conn, repo, obj.field_by_id(reference_field_id), target_id):
                target_id = None  # a record the user may not read gives what a missing one gives: nothing
            for f in receivers:
                out[f.id] = None if target_id is None else self.basis.follow(conn, repo, obj, {reference_field_id: target_id}, tuple(f.receiver or ()))
        return out

    def preview(self, record: Record, details: dict[int, list[Record]] | None = None) -> dict[int, Any]:
        """Formula values for a card being edited (nothing saved; unparsable input counts as empty), without the ones
        the user may not see: formulas over hidden fields, or reading records the user may not read."""
        obj = self.basis.obj(record.object_id)
        self.access.require("read", obj.id)
        repo = self.basis.repo()
        values: dict[int, Any] = {}
        for f in obj.fields:
            if is_formula(f):
                continue
            try:
                values[f.id] = field_types.get(f.type).parse(record.values.get(f.id), f)
            except ValueError:
                values[f.id] = None
        with self.basis.storage.connect() as conn:
            if record.id is not None and not self.access.full_rights:
                self.access.require_record(conn, obj.id, record.id, "read")  # its stored children are read
            self.formulas.compute(conn, repo, obj, values, record.id, details or {})
            self.mask_derived(conn, repo, obj, values, record.id)
        return {f.id: values[f.id] for f in obj.fields if is_formula(f) and f.id in values and self.access.field_visible(obj.id, f.id)}

    def read_file(self, file_id: int, *, object_id: int | None = None, record_id: int | None = None,
                  field_id: int | None = None) -> tuple[str, bytes]:
        """A stored file's name and bytes, through the record and field it belongs to (required with rights in force)."""
        self.checks.file_readable(file_id, object_id, record_id, field_id, self.get)
        with self.basis.storage.connect() as conn:
            found = self.basis.repo().read_file(conn, file_id)
        if found is None:
            raise NotFound(Message("The file is no longer stored"))
        return found


def _file_positions(plan: list[tuple[str, Any, Any]]) -> list[int]:
    """Where the file ids stand in a list row (after id, version, Code; a reference takes two places)."""
    positions, at = [], 3
    for kind, _, _ in plan:
        if kind is _FILE:
            positions.append(at)
        at += 2 if kind is _REFERENCE else 1
    return positions


def _is_derived(obj: ObjectDef, field_id: int) -> bool:
    """Whether the field shows a value computed from, or shown from, other fields (a formula or a source)."""
    f = next((x for x in obj.fields if x.id == field_id), None)
    return f is not None and is_derived(f)


def _filter_paths(group: Any) -> list[tuple[int, ...]]:
    if group is None:
        return []
    out: list[tuple[int, ...]] = []
    for item in group.items:
        out.extend(_filter_paths(item) if hasattr(item, "items") else [tuple(item.path)])
    return out


def _cut_texts(rows: list[ListRow], positions: list[int], chars: int) -> list[ListRow]:
    """Texts longer than a preview end with an ellipsis, so a cell never passes a cut text off as whole."""
    out = []
    for r in rows:
        cells = list(r.cells)
        for i in positions:
            if isinstance(cells[i], str) and len(cells[i]) > chars:
                cells[i] = cells[i][:chars] + "…"
        out.append(ListRow(r.id, r.version, r.code, tuple(cells)))
    return out


def _reinsert_empty(cells: tuple[Any, ...], positions: list[int]) -> tuple[Any, ...]:
    out = list(cells)
    for position in positions:
        out.insert(position, None)
    return tuple(out)
