"""What every part of the record service shares: the storage, the structure, who works, their rights, and rows decoded.

RecordService (the facade) builds one RecordBasis and hands it to each part (reads, writes, bulk, trash, formulas)
through their constructors, so the parts never reach into each other's attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from supasoft.core.errors import NotFound
from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.roles import is_derived, is_file, is_formula, link_target, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, LinkDef, ObjectDef
from supasoft.services.access import AccessService
from supasoft.services.configuration import ConfigurationService
from supasoft.services.record_model import Actor, Record
from supasoft.storage.connection import Connection
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.query import QueryContext
from supasoft.storage.repository import RecordRepository
from supasoft.storage.store import Storage

Listener = Callable[[int, set[int]], None]  # object id, changed record ids


@dataclass(frozen=True)
class FieldPlan:
    """One field's roles, asked once per structure version: loops over rows and cells then read attributes only."""

    f: FieldDef
    type: FieldType
    column: str | None  # None: no column of its own
    derived: bool  # a formula or a source: never typed in
    formula: bool
    file: bool
    tick: bool  # a tick box (its type's yes/no flag): a required one must be ticked, empty means no
    target: int | None  # the object a reference points at

    @classmethod
    def of(cls, f: FieldDef) -> FieldPlan:
        t = type_of(f)
        return cls(f, t, column_name(f) if is_stored(f) else None, is_derived(f), is_formula(f), is_file(f),
                   t.yes_no, link_target(f))


class RecordBasis:
    """The session's storage, structure, actor, rights and users, plus decoding rows into records."""

    def __init__(self, storage: Storage, configuration: ConfigurationService, actor: Actor, access: AccessService,
                 users: Any = None):
        self.storage = storage
        self.configuration = configuration
        self.actor = actor
        self.access = access
        self.users = users  # the UserService, for user fields (object 0); None in tools without users
        self.listeners: list[Listener] = []
        self._plans: dict[int, tuple[ObjectDef, list[FieldPlan]]] = {}
        self._plans_version: int | None = None

    @property
    def config(self) -> Configuration:
        return self.configuration.config

    def obj(self, object_id: int) -> ObjectDef:
        """The object, or NotFound with a message users can read in their language."""
        try:
            return self.config.object_by_id(object_id)
        except KeyError:
            raise NotFound(Message("Object #{id} does not exist", id=object_id)) from None

    def link(self, link_id: int) -> LinkDef:
        """The link, or NotFound with a message users can read in their language."""
        try:
            return self.config.link_by_id(link_id)
        except KeyError:
            raise NotFound(Message("Link #{id} does not exist", id=link_id)) from None

    def plan(self, obj: ObjectDef) -> list[FieldPlan]:
        """The object's fields with their roles, kept for the structure version (rebuilt when it changes)."""
        version = self.config.version
        if version != self._plans_version:
            self._plans, self._plans_version = {}, version
        kept = self._plans.get(obj.id)
        if kept is None or kept[0] is not obj or len(kept[1]) != len(obj.fields):
            kept = (obj, [FieldPlan.of(f) for f in obj.fields])
            self._plans[obj.id] = kept
        return kept[1]

    def repo(self) -> RecordRepository:
        """A repository over the current structure that hides what the user may not see."""
        config = self.config
        repo = RecordRepository(config, self.storage.physical(config), self.storage.kind)
        if not self.access.full_rights:
            repo.hidden = {o.id: {f.id for f in o.fields if not self.access.field_visible(o.id, f.id)} for o in config.objects}
            repo.readable = lambda object_id, table: self.access.row_filter(object_id, "read", table)
        return repo

    def context(self) -> QueryContext:
        return QueryContext(user_id=self.actor.user_id)

    def notify(self, object_id: int, ids: set[int]) -> None:
        for listener in list(self.listeners):
            listener(object_id, ids)

    # --- rows to records ---------------------------------------------------------------------------------
    def record_from_row(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, row: dict[str, Any]) -> Record:
        """A stored row as a record: canonical values, files with their names, source fields followed."""
        values: dict[int, Any] = {}
        plan = self.plan(obj)
        file_ids = [row[p.column] for p in plan if p.file and p.column is not None]
        files = repo.file_info(conn, file_ids) if file_ids else {}
        for p in plan:
            if p.column is None:
                continue
            raw = row[p.column]
            if p.file:
                info = files.get(raw)
                values[p.f.id] = None if raw is None else FileValue(info[0] if info else "?", file_id=raw, size=info[1] if info else None)
            else:
                values[p.f.id] = p.type.from_db(raw, p.f)
        for f in obj.fields:
            if f.source is not None:
                values[f.id] = self.follow(conn, repo, obj, values, tuple(f.source))
        return Record(
            obj.id, row["id"], row["rec_code"], row["rec_version"], values, dict(values),
            row["created_at"], row["updated_at"], row["owner_id"], obj.format_code(row["rec_code"]),
        )

    def follow(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, values: dict[int, Any], path: tuple[int, ...]) -> Any:
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

    def display_text(self, obj: ObjectDef, value: Any) -> str:
        """A stored display value as shown: the Code formatted, a reference's own display, a field's format."""
        if obj.display_field is None:
            return obj.format_code(value)
        f = obj.field_by_id(obj.display_field)
        target = link_target(f)
        if target is not None:
            return self.display_text(self.config.object_by_id(target), value)
        ft = field_types.get(f.type)
        return ft.format(ft.from_db(value, f), f)
