"""Per-record history (who, when, field, old -> new) and the trash (deleted records with their children)."""

from __future__ import annotations

import json
from typing import Any, Protocol

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.fieldtypes.roles import is_file, is_formula, is_user_link, link_target, links_object
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.services.access import AccessService
from supasoft.services.formula_refresh import Change
from supasoft.services.record_model import Actor, HistoryEntry, Record, RefValue, TrashItem
from supasoft.services.webhook_events import WebhookEvents
from supasoft.storage import history_repository as history
from supasoft.storage.connection import Connection
from supasoft.storage.history_repository import TrashEntry
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.repository import SYSTEM_KEYS, RecordRepository
from supasoft.storage.store import Storage, now

MAX_DEPTH = 20


def _json(value: Any, f: FieldDef) -> str | None:
    if value is None:
        return None
    if isinstance(value, FileValue):
        return json.dumps({"file_id": value.file_id, "name": value.name, "size": value.size})
    return json.dumps(field_types.get(f.type).to_json(value, f), ensure_ascii=False, default=str)


class RecordsForHistory(Protocol):
    """What history and trash need of the records service (RecordService has it): no import of records.py."""

    storage: Storage
    actor: Actor
    access: AccessService
    users: Any

    def obj(self, object_id: int) -> ObjectDef: ...
    def display(self, object_id: int, record_id: int) -> str: ...
    def _display(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> str: ...
    def record_from_row(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, row: Any) -> Record: ...


class HistoryWriter:
    """Writes history rows and trash entries inside the caller's transaction."""

    def __init__(self, service: RecordsForHistory):
        self.service = service
        self.events = WebhookEvents(service)  # webhook outbox rows and veto calls, in the same transaction

    def _base(self, obj: ObjectDef, record_id: int, version: int, action: str) -> dict[str, Any]:
        actor = self.service.actor
        return dict(object_id=obj.id, record_id=record_id, rec_version=version, at=now(), user_id=actor.user_id,
                    user_name=actor.name, action=action, field_id=None, old_value=None, new_value=None)

    def created(self, conn: Connection, obj: ObjectDef, record_id: int, values: dict[int, Any]) -> None:
        rows = [self._base(obj, record_id, 1, "create")]
        for f in obj.fields:
            if is_stored(f) and values.get(f.id) is not None and not is_formula(f):
                rows.append({**self._base(obj, record_id, 1, "set"), "field_id": f.id, "new_value": _json(values[f.id], f)})
        history.add_history(conn, rows)
        self.events.created(conn, obj, record_id, values)

    def bulk_created(self, conn: Connection, obj: ObjectDef, table: Any, first_code: int, count: int) -> None:
        """One "import" row per new record (Codes first_code..), written by the database from the new rows
        in one INSERT ... SELECT: nothing per record crosses the wire."""
        history.add_import_history(conn, table, self._base(obj, 0, 1, "import"), first_code, count)

    def updated(self, conn: Connection, obj: ObjectDef, record_id: int, version: int, before: dict[int, Any], after: dict[int, Any]) -> None:
        rows = []
        for f in obj.fields:
            if not is_stored(f) or is_formula(f):
                continue
            old, new = before.get(f.id), after.get(f.id)
            if not field_types.get(f.type).equal(old, new):
                rows.append({**self._base(obj, record_id, version, "update"), "field_id": f.id,
                             "old_value": _json(old, f), "new_value": _json(new, f)})
        history.add_history(conn, rows)
        self.events.updated(conn, obj, record_id, before, after)

    # --- reading history -------------------------------------------------------------------------------
    def entries(self, object_id: int, record_id: int) -> list[HistoryEntry]:
        """The record's history, newest first, values shown as text."""
        service = self.service
        service.access.require("read", object_id)
        obj = service.obj(object_id)
        with service.storage.connect() as conn:
            rows = history.history_of(conn, object_id, record_id)
        out = []
        for r in rows:
            f = next((x for x in obj.fields if x.id == r["field_id"]), None)
            if f is not None and not service.access.field_visible(object_id, f.id):
                continue
            (old_text, old), (new_text, new) = self._value(r["old_value"], f), self._value(r["new_value"], f)
            out.append(HistoryEntry(r["at"], r["user_name"] or "", r["action"], r["field_id"], f.name if f else "",
                                    old_text, new_text, r["rec_version"], old, new))
        return out

    def _value(self, stored: str | None, f: FieldDef | None) -> tuple[str, Any]:
        """A stored history value as (plain canonical text, canonical value); the UI formats the value itself."""
        if stored is None or f is None:
            return "", None
        data = json.loads(stored)
        ft = field_types.get(f.type)
        if is_file(f):
            name = data.get("name", "") if isinstance(data, dict) else str(data)
            return name, name
        try:
            value = ft.from_json(data, f)
        except (ValueError, TypeError):
            return str(data), str(data)
        if value is None:
            return "", None
        target = link_target(f)
        if target is not None:
            text = self.service.display(target, value)  # '' when deleted or not readable: the UI says so
            return text or f"#{value} (deleted)", RefValue(int(value), text)
        if is_user_link(f) and self.service.users is not None:
            text = self.service.display(0, value)  # object 0: the program's users
            return ft.format(value, f), RefValue(int(value), text)
        return ft.format(value, f), value

    # --- trash -------------------------------------------------------------------------------------------
    def trash(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int, changes: list[Change]) -> int:
        """Delete a record by the link policies and keep it (and cascaded children) in the trash; `changes` gets what changed."""
        payload = self._collect(conn, repo, obj, record_id, 0)
        changes.extend(_payload_changes(repo, payload))
        title = f"{obj.format_code(payload['row']['rec_code'])} {self._title(conn, repo, obj, record_id)}".strip()
        self.events.deleting(conn, repo, obj, record_id)
        self._remove(conn, repo, payload)
        trash_id = history.add_trash(conn, obj.id, record_id, title, self.service.actor.name, payload)
        history.add_history(conn, [self._base(obj, record_id, payload["row"]["rec_version"], "delete")])
        return trash_id

    def _title(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> str:
        return self.service._display(conn, repo, obj, record_id) if obj.display_field is not None else ""

    def _collect(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int, depth: int) -> dict[str, Any]:
        """The record's row, its children by link policy, and references to it that will be cleared."""
        if depth > MAX_DEPTH:
            raise SupasoftError("Records are linked too deeply to delete in one step")
        row = repo.fetch(conn, obj, record_id)
        if row is None:
            raise NotFound(Message("{name} #{id} does not exist", name=obj.name, id=record_id))
        config = repo.config
        children: list[dict[str, Any]] = []
        cleared: list[list[int]] = []
        for link in config.child_links(obj.id):
            child = config.object_by_id(link.child)
            ids = repo.ids_where(conn, child, child.field_by_id(link.field), record_id)
            if not ids:
                continue
            if link.on_delete == "refuse":
                raise SupasoftError(Message("{name} {code} has {count} {link}; delete them first.", name=obj.name,
                                            code=obj.format_code(row["rec_code"]), count=len(ids), link=link.name))
            if link.on_delete == "cascade":
                children.extend(self._collect(conn, repo, child, cid, depth + 1) for cid in ids)
            else:
                cleared.extend([child.id, link.field, cid] for cid in ids)
        linked_fields = {link.field for link in config.links}
        for other in config.objects:
            for f in other.fields:
                if link_target(f) == obj.id and f.id not in linked_fields and is_stored(f):
                    cleared.extend([other.id, f.id, cid] for cid in repo.ids_where(conn, other, f, record_id))
        values = self.service.record_from_row(conn, repo, obj, row).values
        by_field = {str(f.id): field_types.get(f.type).to_json(values.get(f.id), f)
                    for f in obj.fields if is_stored(f) and not is_file(f) and not is_formula(f)}
        # Values by field id too: a type change after the delete moves columns, the field id stays.
        return {"object_id": obj.id, "row": row, "fields": by_field, "children": children, "cleared": cleared}

    def _remove(self, conn: Connection, repo: RecordRepository, payload: dict[str, Any]) -> None:
        config = repo.config
        for object_id, field_id, cid in payload["cleared"]:
            other = config.object_by_id(object_id)
            repo.set_column(conn, other, other.field_by_id(field_id), [cid], None)
        for child in payload["children"]:
            self._remove(conn, repo, child)
        repo.delete(conn, config.object_by_id(payload["object_id"]), payload["row"]["id"])

    def restore(self, conn: Connection, repo: RecordRepository, trash_id: int, changes: list[Change]) -> tuple[int, int]:
        """Reinsert a trashed record tree and re-link what was cleared, then drop the trash entry; `changes` gets what changed."""
        entry = history.trash_entry(conn, trash_id)
        if entry is None:
            raise NotFound(Message("That item is no longer in the trash"))
        payload = entry.payload
        self._reinsert(conn, repo, payload)
        changes.extend(_payload_changes(repo, payload, restored=True))
        history.delete_trash(conn, only=[trash_id])
        obj = repo.config.object_by_id(entry.object_id)
        history.add_history(conn, [self._base(obj, entry.record_id, payload["row"]["rec_version"], "restore")])
        self.events.restored(conn, obj, entry.record_id)
        return entry.object_id, entry.record_id

    def _reinsert(self, conn: Connection, repo: RecordRepository, payload: dict[str, Any]) -> None:
        config = repo.config
        try:
            obj = config.object_by_id(payload["object_id"])
        except KeyError:
            raise SupasoftError(Message("The object of this record no longer exists")) from None
        known = {column_name(f) for f in obj.fields if is_stored(f)} | set(SYSTEM_KEYS)
        row = {k: v for k, v in payload["row"].items() if k in known}
        saved = payload.get("fields", {})
        for f in obj.fields:
            if is_stored(f) and column_name(f) not in row and saved.get(str(f.id)) is not None:
                ft = field_types.get(f.type)
                try:  # the field changed type since the delete: convert the kept value like a type change would
                    value = ft.parse(saved[str(f.id)], f)
                    row[column_name(f)] = None if value is None or ft.validate(value, f) else ft.to_db(value, f)
                except (ValueError, TypeError, ArithmeticError):
                    row[column_name(f)] = None
        for f in obj.fields:
            target = link_target(f)
            if target is not None and row.get(column_name(f)) is not None:
                if not repo.exists(conn, config.object_by_id(target), row[column_name(f)]):
                    row[column_name(f)] = None
        if repo.exists(conn, obj, row["id"]):
            raise SupasoftError(Message("{name} #{id} exists again; cannot restore over it", name=obj.name, id=row["id"]))
        repo.insert(conn, obj, row)
        for child in payload["children"]:
            self._reinsert(conn, repo, child)
        for object_id, field_id, cid in payload["cleared"]:
            try:
                other = config.object_by_id(object_id)
                field = other.field_by_id(field_id)
            except KeyError:
                continue
            if repo.exists(conn, other, cid):
                repo.set_column(conn, other, field, [cid], row["id"])

    def items(self, object_id: int | None = None) -> list[TrashItem]:
        """What is in the trash (for one object or all), newest first."""
        service = self.service
        if object_id is not None:
            service.access.require("read", object_id)
        with service.storage.connect() as conn:
            entries = history.trash_entries(conn, object_id)
        return [_trash_item(e) for e in entries]

    def entry(self, trash_id: int) -> TrashItem | None:
        """One trash entry (to check rights on it before restoring), or None when it is gone."""
        with self.service.storage.connect() as conn:
            entry = history.trash_entry(conn, trash_id)
        return None if entry is None else _trash_item(entry)

    def empty(self, object_id: int | None = None, only: list[int] | None = None) -> int:
        """Delete trash entries for good (of one object, or just the entries `only`); returns how many."""
        if only is not None and not only:
            return 0
        with self.service.storage.begin() as conn:
            return history.delete_trash(conn, object_id, only)


def _trash_item(entry: TrashEntry) -> TrashItem:
    payload = entry.payload
    return TrashItem(entry.id, entry.object_id, entry.record_id, entry.title, entry.deleted_at, entry.deleted_by,
                     _count_children(payload), payload.get("row", {}).get("owner_id"))


def _count_children(payload: dict[str, Any]) -> int:
    return sum(1 + _count_children(c) for c in payload.get("children", []))


def _payload_changes(repo: RecordRepository, payload: dict[str, Any], *, restored: bool = False) -> list[Change]:
    """The records a delete (or its restore) removed or brought back, and the references it cleared (or re-linked)."""
    config = repo.config
    changes: list[Change] = []
    stack = [payload]
    while stack:
        item = stack.pop()
        stack.extend(item["children"])
        try:
            obj = config.object_by_id(item["object_id"])
        except KeyError:
            continue
        row, rid = item["row"], item["row"]["id"]
        links = {f.id: row.get(column_name(f)) for f in obj.fields if links_object(f) and is_stored(f)}
        changes.append(Change(obj.id, {rid}, before={} if restored else {rid: links}))
        for object_id, field_id, cid in item["cleared"]:
            changes.append(Change(object_id, {cid}, frozenset({field_id}), before={} if restored else {cid: {field_id: rid}},
                                  own_current=False))
    return changes
