"""The record lifecycle: read, validate, compute formulas, save with optimistic locking, history, delete to trash.

Save runs a fixed sequence (like Frappe's Document.save): rights -> parse and validate each field ->
fill receivers -> compute formulas in dependency order -> write with a version check -> history ->
recompute parents whose totals read this record -> notify listeners.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from supasoft.core.errors import (
    ConflictError,
    ConflictField,
    FieldProblem,
    NotFound,
    PermissionDenied,
    SupasoftError,
    ValidationError,
)
from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.messages import Message, message_of
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.core.rights import ACTION_LEVEL, level_rank
from supasoft.services.access import AccessService
from supasoft.services.configuration import ConfigurationService
from supasoft.services.derived_rights import forbidden_derived
from supasoft.services.formula_refresh import Change, changed_fields
from supasoft.services.formula_runner import FormulaRunner
from supasoft.services.record_checks import SaveChecks, check_file_read
from supasoft.services.record_history import HistoryWriter
from supasoft.services.record_model import (
    Actor,
    HistoryEntry,
    ListQuery,
    ListRow,
    Record,
    RefValue,
    TrashItem,
)
from supasoft.storage.formula_rows import rows_by_id
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.query import QueryContext
from supasoft.storage.repository import BulkWriter, RecordRepository
from supasoft.storage.store import Storage, now

Listener = Callable[[int, set[int]], None]  # object id, changed record ids
USERS_OBJECT_ID = 0  # user fields pick from the program's users, not from an object


class RecordService:
    """Everything staff do with records; every path checks rights first."""

    def __init__(self, storage: Storage, configuration: ConfigurationService, actor: Actor | None = None, access: AccessService | None = None):
        self.storage = storage
        self.configuration = configuration
        self.actor = actor or Actor()
        self.access = access or AccessService()
        self._listeners: list[Listener] = []
        self.users: Any = None  # the UserService, for user fields (object 0)
        self.formulas = FormulaRunner(self)
        self.history = HistoryWriter(self)
        self.checks = SaveChecks(self)  # rights, owner, files and references, before anything is written
        configuration.after_formula_change = lambda config, object_id: self.formulas.recompute_all(object_id)
        configuration.after_values_changed = lambda object_id, field_ids: self.formulas.values_changed(object_id, field_ids)

    # --- plumbing -------------------------------------------------------------------------------------
    @property
    def config(self) -> Configuration:
        return self.configuration.config

    def repo(self) -> RecordRepository:
        config = self.config
        repo = RecordRepository(config, self.storage.physical(config), self.storage.kind)
        if not self.access.full_rights:
            repo.hidden = {o.id: {f.id for f in o.fields if not self.access.field_visible(o.id, f.id)} for o in config.objects}
            repo.readable = lambda object_id, table: self.access.row_filter(object_id, "read", table)
        return repo

    def _mask(self, record: Record) -> Record:
        """Drop the fields the user may not see (they never leave the services)."""
        if self.access.full_rights:
            return record
        for field_id in [fid for fid in record.values if not self.access.field_visible(record.object_id, fid)]:
            record.values.pop(field_id, None)
            record.original.pop(field_id, None)
        return record

    def _check_query(self, object_id: int, query: ListQuery) -> None:
        """Filters and sorts on hidden fields would leak them: refused."""
        if self.access.full_rights:
            return
        paths = [k.path for k in query.sort] + _filter_paths(query.filter)
        for path in paths:
            if not self.access.path_visible(object_id, tuple(path)):
                raise PermissionDenied("You cannot filter or sort by a field you are not allowed to see.")

    def obj(self, object_id: int) -> ObjectDef:
        return self.configuration.object(object_id)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop notifying a listener (a closed window)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, object_id: int, ids: set[int]) -> None:
        for listener in list(self._listeners):
            listener(object_id, ids)

    def context(self) -> QueryContext:
        return QueryContext(user_id=self.actor.user_id)

    # --- reading ---------------------------------------------------------------------------------------
    def new(self, object_id: int) -> Record:
        """An unsaved record with the fields' defaults."""
        self.access.require("create", object_id)
        obj = self.obj(object_id)
        record = Record(object_id)
        for f in obj.fields:
            if f.default is not None and f.type != "formula":
                record.values[f.id] = field_types.get(f.type).from_json(f.default, f)
            elif f.type == "boolean":
                record.values[f.id] = False
        return record

    def get(self, object_id: int, record_id: int) -> Record:
        """One record with its values (sources resolved); NotFound if it does not exist."""
        self.access.require("read", object_id)
        obj = self.obj(object_id)
        repo = self.repo()
        with self.storage.connect() as conn:
            row = repo.fetch(conn, obj, record_id)
            if row is None or (not self.access.full_rights and self.access.record_level(conn, object_id, record_id) == "none"):
                # a record the user may not read answers as a missing one: ids tell nothing about what exists
                raise NotFound(Message("{name} #{id} does not exist (it may have been deleted)", name=obj.name, id=record_id))
            record = self.record_from_row(conn, repo, obj, row)
            self._mask_derived(conn, repo, obj, record.values, record_id, record.original)
        return self._mask(record)

    def _mask_page(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, layout: list[tuple[int, ...]],
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
            values = self.record_from_row(conn, repo, obj, row).values
            hidden = set(values)
            self._mask_derived(conn, repo, obj, values, r.id)
            hidden -= set(values)
            cells = list(r.cells)
            for i in derived:
                if layout[i][0] in hidden:
                    cells[i] = None
            out.append(ListRow(r.id, r.version, r.code, tuple(cells)))
        return out

    def _mask_derived(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any],
                      record_id: int | None, *also: dict[int, Any]) -> None:
        """Drop formula and source values that read a record the user may not read (a referenced one or a child)."""
        if self.access.full_rights:
            return
        forbidden = forbidden_derived(self.access, conn, repo.config, obj, values, record_id,
                                      lambda o: self.formulas.compiled(repo.config, o),
                                      lambda o, v, path: self.follow(conn, repo, o, v, path))
        for fid in forbidden:
            for mapping in (values, *also):
                mapping.pop(fid, None)

    def record_from_row(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, row: dict[str, Any]) -> Record:
        values: dict[int, Any] = {}
        files = repo.file_info(conn, [row[column_name(f)] for f in obj.fields if f.type == "file" and is_stored(f)])
        for f in obj.fields:
            if not is_stored(f):
                continue
            raw = row[column_name(f)]
            if f.type == "file":
                info = files.get(raw)
                values[f.id] = None if raw is None else FileValue(info[0] if info else "?", file_id=raw, size=info[1] if info else None)
            else:
                values[f.id] = field_types.get(f.type).from_db(raw, f)
        for f in obj.fields:
            if f.source is not None:
                values[f.id] = self.follow(conn, repo, obj, values, tuple(f.source))
        record = Record(
            obj.id, row["id"], row["rec_code"], row["rec_version"], values, dict(values),
            row["created_at"], row["updated_at"], row["owner_id"], obj.format_code(row["rec_code"]),
        )
        return record

    def follow(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any], path: tuple[int, ...]) -> Any:
        """The value at a path through references, starting from a record's values."""
        current_obj, current = obj, values
        for field_id in path[:-1]:
            ref = current_obj.field_by_id(field_id)
            target_id = current.get(field_id)
            if target_id is None or ref.target is None:
                return None
            current_obj = self.config.object_by_id(ref.target)
            row = repo.fetch(conn, current_obj, target_id)
            if row is None:
                return None
            current = self.record_from_row(conn, repo, current_obj, row).values
        return current.get(path[-1])

    def display(self, object_id: int, record_id: int | None) -> str:
        """A record as shown in references: its display field, or its Code."""
        if object_id == USERS_OBJECT_ID and record_id is not None and self.users is not None:
            return next((u.full_name or u.login for u in self.users.people() if u.id == record_id), f"#{record_id}")
        if record_id is None or not self.access.allowed("read", object_id):
            return ""
        obj = self.obj(object_id)
        repo = self.repo()
        with self.storage.connect() as conn:
            if not self.access.full_rights and self.access.record_level(conn, object_id, record_id) == "none":
                return ""  # a record the user may not read shows nothing, as a missing one
            return self._display(conn, repo, obj, record_id)

    def _display(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> str:
        b = repo.builder(obj)
        expr = b.display(() if obj.display_field is None else (obj.display_field,))
        value = conn.execute(sa.select(expr).select_from(b.from_clause()).where(b.base.c.id == record_id)).scalar()
        if value is None:
            return ""
        return self._display_text(obj, value)

    def _display_text(self, obj: ObjectDef, value: Any) -> str:
        if obj.display_field is None:
            return obj.format_code(value)
        f = obj.field_by_id(obj.display_field)
        if f.type == "reference" and f.target is not None:
            return self._display_text(self.config.object_by_id(f.target), value)
        return field_types.get(f.type).format(field_types.get(f.type).from_db(value, f), f)

    def lookup(self, object_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Records matching typed text, for reference pickers (id, display text); object 0 = the users."""
        if object_id == USERS_OBJECT_ID:
            return self._lookup_users(text, limit)
        self.access.require("read", object_id)
        obj = self.obj(object_id)
        repo = self.repo()
        b = repo.builder(obj, self.context())
        shown = obj.display_field if obj.display_field is not None and self.access.field_visible(obj.id, obj.display_field) else None
        expr = b.display(() if shown is None else (shown,))
        query = sa.select(b.base.c.id, expr).select_from(b.from_clause())
        for condition in (b.search(text), self.access.row_filter(object_id, table=b.base)):
            if condition is not None:
                query = query.where(condition)
        query = query.order_by(expr, b.base.c.id).limit(limit)
        with self.storage.connect() as conn:
            rows = conn.execute(query).all()
        if shown is None and obj.display_field is not None:
            return [(r[0], obj.format_code(r[1])) for r in rows]
        return [(r[0], self._display_text(obj, r[1]) if r[1] is not None else "") for r in rows]

    def _lookup_users(self, text: str, limit: int) -> list[tuple[int, str]]:
        if self.users is None:
            return []
        words = text.casefold().split()
        found = []
        for user in self.users.people():
            shown = user.full_name or user.login
            haystack = f"{user.login} {user.full_name}".casefold()
            if user.active and all(w in haystack for w in words):
                found.append((user.id, shown))
        return found[:limit]

    def list(self, object_id: int, query: ListQuery) -> list[ListRow]:
        """A page of a table: canonical cell values (references as RefValue)."""
        self.access.require("read", object_id)
        self._check_query(object_id, query)
        obj = self.obj(object_id)
        repo = self.repo()
        columns = [tuple(p) for p in query.columns if self.access.path_visible(object_id, tuple(p))]
        hidden_at = [i for i, p in enumerate(query.columns) if not self.access.path_visible(object_id, tuple(p))]
        select, layout = repo.select_list(
            obj, columns, where=query.filter, search=query.search, sort=query.sort, ctx=self.context(),
            extra=self.access.row_filter(object_id), text_preview=query.text_preview and query.text_preview + 1,
        )
        b = repo.builder(obj)
        fields = [b.field_at(p) for p in layout]
        with self.storage.connect() as conn:
            rows = conn.execute(self._page(select, query, conn)).all()
            file_ids = [row[3 + i] for row in rows for i, f in enumerate(fields) if f is not None and f.type == "file"]
            files = repo.file_info(conn, file_ids) if file_ids else {}
            out = [self._list_row(obj, fields, row, files) for row in rows]
            out = self._mask_page(conn, repo, obj, layout, out)
        if query.text_preview:
            out = _cut_texts(out, [i for i, f in enumerate(fields) if f is not None and f.type == "text"], query.text_preview)
        if hidden_at:  # hidden columns stay in place, always empty
            out = [ListRow(r.id, r.version, r.code, _reinsert_empty(r.cells, hidden_at)) for r in out]
        return out

    DEEP_OFFSET = 2000

    def _page(self, select: sa.Select, query: ListQuery, conn: sa.Connection) -> sa.Select:
        """A page of the list; deep pages skip rows over the ids only, then read just the page's rows.

        Firebird reads the page's ids first on every page: Firebird 3 sorts whole rows (a sort without
        an index over 100,000 records: 540 ms with every column, 220 ms over the ids), and it re-runs an
        IN (subquery) for every outer row (a deep page: minutes)."""
        firebird = conn.dialect.name.startswith("firebird") and query.limit <= 1000
        if query.offset < self.DEEP_OFFSET and not firebird:
            return select.offset(query.offset).limit(query.limit)
        id_column = select.selected_columns[0]
        ids = select.with_only_columns(id_column).offset(query.offset).limit(query.limit)
        if firebird:
            page_ids = list(conn.execute(ids).scalars())
            return select.where(id_column.in_(page_ids) if page_ids else sa.false())
        return select.where(id_column.in_(sa.select(ids.subquery().c[0])))

    def _list_row(self, obj: ObjectDef, fields: list[FieldDef | None], row: Any, files: dict[int, tuple[str, int]]) -> ListRow:
        cells: list[Any] = []
        i = 3
        for f in fields:
            raw = row[i]
            i += 1
            if f is None:
                cells.append(obj.format_code(raw))
            elif f.type == "reference":
                target = self.config.object_by_id(f.target) if f.target is not None else obj
                shown = row[i]
                i += 1
                cells.append(None if raw is None else RefValue(raw, self._display_text(target, shown) if shown is not None else ""))
            elif f.type == "file":
                info = files.get(raw)
                cells.append(None if raw is None else FileValue(info[0] if info else "?", file_id=raw, size=info[1] if info else None))
            else:
                cells.append(field_types.get(f.type).from_db(raw, f))
        return ListRow(row[0], row[1], obj.format_code(row[2]), tuple(cells))

    def position(self, object_id: int, query: ListQuery, record_id: int) -> int | None:
        """Where a record stands in a table's order (0-based), or None when the filter hides it."""
        self.access.require("read", object_id)
        self._check_query(object_id, query)
        obj = self.obj(object_id)
        repo = self.repo()
        select, _ = repo.select_list(obj, [], where=query.filter, search=query.search, sort=query.sort,
                                     ctx=self.context(), extra=self.access.row_filter(object_id))
        order = select._order_by_clauses  # the same order the page queries use
        numbered = select.with_only_columns(
            select.selected_columns[0].label("rid"), sa.func.row_number().over(order_by=order).label("rn")
        ).order_by(None).subquery()
        with self.storage.connect() as conn:
            rn = conn.execute(sa.select(numbered.c.rn).where(numbered.c.rid == record_id)).scalar()
        return None if rn is None else int(rn) - 1

    def count(self, object_id: int, query: ListQuery | None = None, *, at_most: int | None = None) -> int:
        """How many records a table shows with this filter and search (no more than at_most, if given)."""
        self.access.require("read", object_id)
        query = query or ListQuery()
        self._check_query(object_id, query)
        obj = self.obj(object_id)
        with self.storage.connect() as conn:
            return self.repo().count(
                conn, obj, where=query.filter, search=query.search, ctx=self.context(),
                extra=self.access.row_filter(object_id), at_most=at_most,
            )

    def children(self, object_id: int, record_id: int, link_id: int) -> list[Record]:
        """The child records of a parent through a link (order lines of an order)."""
        link = self.config.link_by_id(link_id)
        self.access.require("read", link.child)
        child = self.obj(link.child)
        repo = self.repo()
        with self.storage.connect() as conn:
            if not self.access.full_rights and self.access.record_level(conn, link.parent, record_id) == "none":
                raise NotFound(Message("{name} #{id} does not exist (it may have been deleted)", name=self.obj(link.parent).name, id=record_id))
            rows = repo.fetch_where(conn, child, child.field_by_id(link.field), record_id)
            if not self.access.full_rights:
                table = repo.table(child)
                visible_query = sa.select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))
                condition = self.access.row_filter(child.id, table=table)
                if condition is not None:
                    visible_query = visible_query.where(condition)
                visible = set(conn.execute(visible_query).scalars())
                rows = [r for r in rows if r["id"] in visible]
            out = []
            for row in rows:
                record = self.record_from_row(conn, repo, child, row)
                self._mask_derived(conn, repo, child, record.values, record.id, record.original)
                out.append(self._mask(record))
            return out

    def read_file(self, file_id: int, *, object_id: int | None = None, record_id: int | None = None,
                  field_id: int | None = None) -> tuple[str, bytes]:
        """A stored file's name and bytes, through the record and field it belongs to (required with rights in force)."""
        check_file_read(self, file_id, object_id, record_id, field_id)
        with self.storage.connect() as conn:
            found = self.repo().read_file(conn, file_id)
        if found is None:
            raise NotFound("The file is no longer stored")
        return found

    def picked(self, object_id: int, reference_field_id: int, target_id: int | None) -> dict[int, Any]:
        """Receiver values to copy into a card when a reference is picked (e.g. the product's price)."""
        obj = self.obj(object_id)
        out: dict[int, Any] = {}
        receivers = [f for f in obj.fields if f.receiver is not None and f.receiver[0] == reference_field_id
                     and self.access.path_visible(object_id, tuple(f.receiver))]
        if not receivers:
            return out
        repo = self.repo()
        with self.storage.connect() as conn:
            if target_id is not None and not self.checks.readable(conn, repo, obj.field_by_id(reference_field_id), target_id):
                target_id = None  # a record the user may not read gives what a missing one gives: nothing
            for f in receivers:
                out[f.id] = None if target_id is None else self.follow(conn, repo, obj, {reference_field_id: target_id}, tuple(f.receiver or ()))
        return out

    def preview(self, record: Record, details: dict[int, list[Record]] | None = None) -> dict[int, Any]:
        """Formula values for a card being edited (nothing saved; unparsable input counts as empty), without the ones
        the user may not see: formulas over hidden fields, or reading records the user may not read."""
        obj = self.obj(record.object_id)
        self.access.require("read", obj.id)
        repo = self.repo()
        values: dict[int, Any] = {}
        for f in obj.fields:
            if f.type == "formula":
                continue
            try:
                values[f.id] = field_types.get(f.type).parse(record.values.get(f.id), f)
            except ValueError:
                values[f.id] = None
        with self.storage.connect() as conn:
            if record.id is not None and not self.access.full_rights:
                self.access.require_record(conn, obj.id, record.id, "read")  # its stored children are read
            self.formulas.compute(conn, repo, obj, values, record.id, details or {})
            self._mask_derived(conn, repo, obj, values, record.id)
        return {f.id: values[f.id] for f in obj.fields if f.type == "formula" and f.id in values and self.access.field_visible(obj.id, f.id)}

    # --- writing ---------------------------------------------------------------------------------------
    def save(self, record: Record, *, details: dict[int, list[Record]] | None = None) -> Record:
        """Create or update a record (and, for detail sets, its child lines) in one transaction."""
        obj = self.obj(record.object_id)
        self.access.require("create" if record.is_new else "update", obj.id)
        details = details or {}
        repo = self.repo()
        touched: dict[int, set[int]] = {}
        changes: list[Change] = []
        with self.storage.begin() as conn:
            self.checks.before_save(conn, repo, obj, record, details)
            saved = self._save_one(conn, repo, obj, record, details)
            changes.append(_saved_change(record, saved))
            touched.setdefault(obj.id, set()).add(saved.id or 0)
            for link_id, lines in details.items():
                link = self.config.link_by_id(link_id)
                child = self.obj(link.child)
                keep: set[int] = set()
                for line in lines:
                    line.values[link.field] = saved.id
                    stored = self._save_one(conn, repo, child, line, {})
                    changes.append(_saved_change(line, stored))
                    keep.add(stored.id or 0)
                    touched.setdefault(child.id, set()).add(stored.id or 0)
                for old_id in repo.ids_where(conn, child, child.field_by_id(link.field), saved.id):
                    if old_id not in keep:
                        self._delete_in(conn, repo, child, old_id, reason="line removed", changes=changes)
                        touched.setdefault(child.id, set()).add(old_id)
            self.formulas.after_write(conn, repo, changes)
            self._still_in_scope(conn, obj, record, saved)
        result = self.get(obj.id, saved.id or 0)
        for object_id, ids in touched.items():
            self.notify(object_id, ids)
        return result

    def _still_in_scope(self, conn: sa.Connection, obj: ObjectDef, record: Record, saved: Record) -> None:
        """A save may not move a record out of what the user may change (a saved-filter right such as Manager = me):
        checked on the written row inside the transaction, so a refusal commits nothing."""
        if self.access.full_rights:
            return
        needed = ACTION_LEVEL["create" if record.is_new else "update"]
        if level_rank(self.access.record_level(conn, obj.id, saved.id or 0)) < level_rank(needed):
            may = "create" if record.is_new else "change"
            raise PermissionDenied(Message(f"This change would put the {{name}} outside the records you may {may}, so it was not saved.",
                                           name=obj.name.lower()))

    def _save_one(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record: Record, details: dict[int, list[Record]]) -> Record:
        if not self.access.full_rights:
            self.access.require("create" if record.is_new else "update", obj.id)
            if not record.is_new:
                self.access.require_record(conn, obj.id, record.id or 0, "update")
            record = self._protect_fields(conn, repo, obj, record)
        values = self.validated(conn, repo, obj, record)
        self.formulas.compute(conn, repo, obj, values, record.id, details)
        row: dict[str, Any] = {}
        for f in obj.fields:
            if not is_stored(f):
                continue
            value = values.get(f.id)
            if f.type == "file" and isinstance(value, FileValue) and value.data is not None:
                file_id = repo.store_file(conn, value.name, value.data)
                value = FileValue(value.name, file_id=file_id, size=len(value.data))
                values[f.id] = value
            row[column_name(f)] = field_types.get(f.type).to_db(value.file_id if isinstance(value, FileValue) else value, f)
        stamp = now()
        if record.is_new:
            row.update(rec_code=self.storage.take_codes(conn, obj.id), rec_version=1, created_at=stamp, updated_at=stamp,
                       created_by=self.actor.user_id, updated_by=self.actor.user_id, owner_id=record.owner_id or self.actor.user_id)
            record_id = repo.insert(conn, obj, row)
            self.history.created(conn, obj, record_id, values)
            return Record(obj.id, record_id, row["rec_code"], 1, values)
        assert record.id is not None
        if record.owner_id is not None:  # a new owner was checked before the save wrote anything
            row["owner_id"] = record.owner_id
        if not repo.update(conn, obj, record.id, record.version, {**row, "updated_at": stamp, "updated_by": self.actor.user_id}):
            raise self._conflict(conn, repo, obj, record, values)
        self.history.updated(conn, obj, record.id, record.version + 1, record.original, values)
        return Record(obj.id, record.id, record.code, record.version + 1, values)

    def _protect_fields(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record: Record) -> Record:
        """Hidden and read-only fields keep their stored (or default) values whatever the caller sent."""
        locked = [f for f in obj.fields if self.access.field_mode(obj.id, f.id) != "editable"]
        if not locked:
            return record
        base = self.new(obj.id).values if record.is_new else {}
        if not record.is_new:
            row = repo.fetch(conn, obj, record.id or 0)
            base = self.record_from_row(conn, repo, obj, row).values if row is not None else {}
        values = dict(record.values)
        original = dict(record.original)
        for f in locked:
            values[f.id] = base.get(f.id)
            original[f.id] = base.get(f.id)
        return Record(record.object_id, record.id, record.code, record.version, values, original,
                      record.created_at, record.updated_at, record.owner_id, record.code_text)

    def _conflict(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record: Record, mine: dict[int, Any]) -> SupasoftError:
        row = repo.fetch(conn, obj, record.id or 0)
        if row is None:
            return NotFound(Message("{name} {code} was deleted by someone else meanwhile", name=obj.name, code=record.code_text or record.id))
        theirs = self.record_from_row(conn, repo, obj, row)
        changed = []
        for f in obj.fields:
            if not is_stored(f) or f.type == "formula" or not self.access.field_visible(obj.id, f.id):
                continue
            ft = field_types.get(f.type)
            base = record.original.get(f.id)
            if not ft.equal(base, theirs.values.get(f.id)):
                changed.append(ConflictField(f.id, f.name, base, theirs.values.get(f.id), mine.get(f.id)))
        return ConflictError(record.id or 0, theirs.version, changed)

    def validated(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record: Record,
                  known: dict[int, set[int]] | None = None) -> dict[int, Any]:
        """Parse and check every field; ValidationError lists each problem with its field.

        `known`: reference field id -> target ids known to exist (a bulk insert looks them up at once); others are looked up.
        """
        problems: list[FieldProblem] = []
        values: dict[int, Any] = {}
        for f in obj.fields:
            if f.type == "formula" or f.source is not None:
                continue
            ft = field_types.get(f.type)
            raw = record.values.get(f.id)
            try:
                value = ft.parse(raw, f)
            except ValueError as exc:
                problems.append(FieldProblem(f.id, f.name, Message("{value!r} {problem}", value=raw, problem=message_of(exc))))
                continue
            if value is None or (f.type == "boolean" and value is False and f.required):
                if f.required and f.type != "boolean":
                    problems.append(FieldProblem(f.id, f.name, "is required"))
                values[f.id] = value
                continue
            problem = ft.validate(value, f)
            if problem:
                problems.append(FieldProblem(f.id, f.name, problem))
                continue
            if f.type == "reference" and f.target is not None:
                known_here = known.get(f.id, set()) if known is not None else set()
                if value not in known_here and not repo.exists(conn, self.config.object_by_id(f.target), value):
                    problems.append(FieldProblem(f.id, f.name, "points at a record that does not exist"))
                    continue
            if f.unique and repo.value_taken(conn, obj, f, ft.to_db(value, f), record.id):
                problems.append(FieldProblem(f.id, f.name, Message("{value!r} is already used by another record", value=ft.format(value, f))))
                continue
            values[f.id] = value
        self._fill_receivers(conn, repo, obj, record, values)
        if problems:
            raise ValidationError(problems)
        return values

    def _fill_receivers(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record: Record, values: dict[int, Any]) -> None:
        for f in obj.fields:
            if f.receiver is None:
                continue
            ref_id = f.receiver[0]
            changed = record.is_new or values.get(ref_id) != record.original.get(ref_id)
            if changed and values.get(f.id) is None and values.get(ref_id) is not None:
                values[f.id] = self.follow(conn, repo, obj, values, tuple(f.receiver))

    # --- delete, trash, bulk ----------------------------------------------------------------------------
    def delete(self, object_id: int, record_id: int) -> int:
        """Move a record (with cascaded children) to the trash; returns the trash entry id."""
        obj = self.obj(object_id)
        self.access.require("delete", object_id)
        repo = self.repo()
        with self.storage.begin() as conn:
            row = repo.fetch(conn, obj, record_id)
            if row is None:
                raise NotFound(Message("{name} #{id} does not exist", name=obj.name, id=record_id))
            self.access.require_record(conn, object_id, record_id, "delete")
            changes: list[Change] = []
            trash_id = self._delete_in(conn, repo, obj, record_id, reason="deleted", changes=changes)
            self.formulas.after_write(conn, repo, changes)
        self.notify(object_id, {record_id})
        return trash_id

    def _delete_in(self, conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record_id: int, reason: str,
                   changes: list[Change]) -> int:
        return self.history.trash(conn, repo, obj, record_id, changes)

    def restore(self, trash_id: int) -> tuple[int, int]:
        """Put a deleted record (and its children) back; returns (object id, record id)."""
        item = self.history.entry(trash_id)
        if item is None or not self._may_restore(item):  # someone else's entry looks like a missing one
            raise NotFound("That item is no longer in the trash")
        repo = self.repo()
        with self.storage.begin() as conn:
            changes: list[Change] = []
            object_id, record_id = self.history.restore(conn, repo, trash_id, changes)
            self.formulas.after_write(conn, repo, changes)
        self.notify(object_id, {record_id})
        return object_id, record_id

    def history_of(self, object_id: int, record_id: int) -> list[HistoryEntry]:
        """Who changed what in a record, newest first (hidden fields left out)."""
        if not self.access.full_rights:
            with self.storage.connect() as conn:
                self.access.require_record(conn, object_id, record_id, "read")
        return self.history.entries(object_id, record_id)

    def trash_items(self, object_id: int | None = None) -> list[TrashItem]:
        """What the user may restore (see _may_restore)."""
        return [i for i in self.history.items(object_id) if self._may_restore(i)]

    def empty_trash(self, object_id: int | None = None) -> int:
        """Delete for good what the user may restore (administrators: everything, or everything of one object)."""
        if self.access.full_rights:
            return self.history.empty(object_id)
        if object_id is not None:
            self.access.require("delete", object_id)
        return self.history.empty(object_id, only=[i.id for i in self.trash_items(object_id)])

    def _may_restore(self, item: TrashItem) -> bool:
        """A trash entry is the user's to see, restore or empty when they may delete from its object and hold an
        all-records right there, or deleted it themselves, or own it under an own-records right. A deleted record
        can no longer be matched by a saved-filter right, so those rights alone do not reach the trash."""
        if self.access.full_rights:
            return True
        if not self.access.allowed("delete", item.object_id):
            return False
        scopes = {g.scope for g in self.access.rights.scopes_for(item.object_id, ACTION_LEVEL["delete"])}
        return ("all" in scopes or item.deleted_by == self.actor.name
                or ("own" in scopes and item.owner_id is not None and item.owner_id == self.actor.user_id))

    def recompute_formulas(self, object_id: int) -> int:
        """Recompute one object's stored formulas and everything that reads them (a repair; needs `configure`)."""
        self.access.require("configure")
        return self.formulas.recompute_all(object_id)

    def bulk_set(self, object_id: int, record_ids: list[int], field_id: int, raw: Any) -> int:
        """Set one field on many records (each saved normally, so history and formulas stay right)."""
        count = 0
        for record_id in record_ids:
            record = self.get(object_id, record_id)
            record.values[field_id] = raw
            self.save(record)
            count += 1
        return count

    def insert_many(self, object_id: int, rows: list[dict[int, Any]], *, history: bool = True) -> list[int]:
        """Create many records in one transaction (imports, demo data): validated, numbered, history kept.

        Values that are already canonical (a Decimal with the field's scale, a date, a trimmed string
        within its length...) skip parsing, so a million-row import costs little more than the insert.
        """
        obj = self.obj(object_id)
        self.access.require("create", object_id)
        rows = self.checks.bulk_rows(obj, rows)
        repo = self.repo()
        stored = [f for f in obj.fields if is_stored(f)]
        has_formulas = any(f.type == "formula" for f in obj.fields)
        db_checks = self._needs_db_checks(obj)
        checks = [(f.id, f.required or f.type == "boolean", field_types.get(f.type).fast_check(f)) for f in stored if f.type != "formula"]
        uid = self.actor.user_id
        with self.storage.begin() as conn:
            first = self.storage.take_codes(conn, obj.id, len(rows))
            stamp = now()
            table = repo.table(obj)
            names = ["rec_code", "rec_version", "created_at", "created_by", "updated_at", "updated_by", "owner_id"]
            names += [column_name(f) for f in stored]
            system = BulkWriter(conn, table, names[:7])
            stamp_raw = system.convert_one(2, stamp)
            writer = BulkWriter(conn, table, names)
            writer.active = [(i, p) for i, p in writer.active if i >= 7]  # system columns are converted once
            defaults = {fid: v for fid, v in self.new(obj.id).values.items() if v is not None}
            fast = not db_checks and not has_formulas
            done = fast and self._insert_columns(writer, rows, stored, defaults, first, [stamp_raw, uid, stamp_raw, uid, uid])
            batch: list[list[Any]] = []
            pointed = reference_values(obj, rows, defaults)  # once: the checks and the formula refresh both need it
            known = existing_targets(conn, repo, obj, pointed) if db_checks and not done else None
            for n, raw in enumerate([] if done else rows):  # done: every value was canonical, written column-wise
                if defaults and not defaults.keys() <= raw.keys():
                    raw = {**defaults, **raw}  # fields left out get their defaults, as in a card
                values = self._fast_values(raw, checks) if fast else None
                if values is None:
                    parsed = self.validated(conn, repo, obj, Record(obj.id, values=raw), known) if db_checks else self._parse_only(obj, raw)
                    if has_formulas:
                        self.formulas.compute(conn, repo, obj, parsed, None, {})
                    values = [field_types.get(f.type).to_db(parsed.get(f.id), f) for f in stored]
                batch.append(writer.convert([first + n, 1, stamp_raw, uid, stamp_raw, uid, uid, *values]))
                if len(batch) >= 5000:
                    writer.write(batch)
                    batch = []
            writer.write(batch)
            # Ids come from the database (never reused); Codes were reserved in one block, so they find them.
            ids = list(conn.execute(sa.select(table.c.id).where(table.c.rec_code.between(first, first + len(rows) - 1))
                                    .order_by(table.c.rec_code)).scalars().all())
            if history and ids:
                self.history.bulk_created(conn, obj, table, first, len(rows))
            self.formulas.after_write(conn, repo, [Change(obj.id, set(ids), holds=held_ids(pointed))])
        self.notify(object_id, set(ids))
        return ids

    def _insert_columns(self, writer: BulkWriter, rows: list[dict[int, Any]], stored: list[FieldDef],
                        defaults: dict[int, Any], first: int, system: list[Any]) -> bool:
        """Check and convert whole columns with C-level builtins; False (nothing written) if any value needs parsing."""
        from supasoft.core.fieldtypes.columns import column_check

        columns: list[list[Any]] = [list(range(first, first + len(rows))), [1] * len(rows)]
        columns += [[value] * len(rows) for value in system]
        for f in stored:
            check = column_check(field_types.get(f.type), f)
            if check is None or f.type == "formula":
                return False
            default = defaults.get(f.id)
            column = [r.get(f.id, default) for r in rows]
            present = [v for v in column if v is not None] if None in column else column
            if len(present) != len(column) and (f.required or f.type == "boolean"):
                return False
            if present and not check(present):
                return False
            columns.append(column)
        for index, process in writer.active:
            column = columns[index]
            columns[index] = list(map(process, column)) if None not in column else [None if v is None else process(v) for v in column]
        data = list(zip(*columns, strict=True))
        for start in range(0, len(data), 20000):
            writer.write(data[start : start + 20000])  # type: ignore[arg-type]
        return True

    def _fast_values(self, raw: dict[int, Any], checks: list[tuple[int, bool, Any]]) -> list[Any] | None:
        """The row's values if every one is already canonical and valid, else None (then it is parsed)."""
        out: list[Any] = []
        append = out.append
        get = raw.get
        for fid, needed, check in checks:
            v = get(fid)
            if v is None:
                if needed:
                    return None
            elif check is None or not check(v):
                return None
            append(v)
        return out

    def _needs_db_checks(self, obj: ObjectDef) -> bool:
        return any(f.unique or f.type in ("reference", "file") or f.receiver is not None for f in obj.fields)

    def _parse_only(self, obj: ObjectDef, raw: dict[int, Any]) -> dict[int, Any]:
        values: dict[int, Any] = {}
        problems: list[FieldProblem] = []
        for f in obj.fields:
            if f.type == "formula" or f.source is not None:
                continue
            ft = field_types.get(f.type)
            try:
                value = ft.parse(raw.get(f.id), f)
            except ValueError as exc:
                problems.append(FieldProblem(f.id, f.name, Message("{value!r} {problem}", value=raw.get(f.id), problem=message_of(exc))))
                continue
            if value is None:
                if f.required:
                    problems.append(FieldProblem(f.id, f.name, "is required"))
            elif problem := ft.validate(value, f):
                problems.append(FieldProblem(f.id, f.name, problem))
            values[f.id] = value
        if problems:
            raise ValidationError(problems)
        return values


def reference_values(obj: ObjectDef, rows: list[dict[int, Any]], defaults: dict[int, Any]) -> dict[int, set[Any]]:
    """Reference field id -> every value the rows give it (defaults for the rows that leave it out), read once."""
    return {f.id: {v for r in rows if (v := r.get(f.id, defaults.get(f.id))) is not None}
            for f in obj.fields if f.type == "reference" and f.target is not None and is_stored(f)}


def existing_targets(conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, pointed: dict[int, set[Any]]) -> dict[int, set[int]]:
    """Reference field id -> which of the whole-number ids given to it exist (one lookup per field, not per row)."""
    known: dict[int, set[int]] = {}
    for fid, values in pointed.items():
        wanted = {v for v in values if type(v) is int}
        target = repo.config.object_by_id(obj.field_by_id(fid).target or 0)
        known[fid] = set(rows_by_id(conn, repo.table(target), [], wanted)) if wanted else set()
    return known


def held_ids(pointed: dict[int, set[Any]]) -> dict[int, set[int]]:
    """The reference fields whose every value is already a plain id: the records inserted rows point at."""
    return {fid: values for fid, values in pointed.items() if all(type(v) is int for v in values)}


def _is_derived(obj: ObjectDef, field_id: int) -> bool:
    """Whether the field shows a value computed from, or shown from, other fields (a formula or a source)."""
    f = next((x for x in obj.fields if x.id == field_id), None)
    return f is not None and (f.type == "formula" or f.source is not None)


def _saved_change(record: Record, saved: Record) -> Change:
    """What one card save changed, for the formulas of other records that read it."""
    if record.is_new:
        return Change(saved.object_id, {saved.id or 0})
    return Change(saved.object_id, {saved.id or 0}, changed_fields(record.original, saved.values),
                  before={saved.id or 0: dict(record.original)})


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
