"""Webhook events written in the writing transaction: an outbox row per notify hook, a synchronous call per veto hook.

HistoryWriter (services/record_history.py) calls these from the one place every record write passes through
(card saves and their detail lines, bulk changes, imports, deletes, restores, the API), so an event is
committed together with its change or not at all. Values go through the field types' to_api hooks; fields
the hook's owner may not read are left out. Nothing is done (one small query) for objects without hooks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.meta import FieldDef, FilterGroup, ObjectDef
from supasoft.core.rights import UserRights, level_rank, unrestricted
from supasoft.core.serialization import from_plain
from supasoft.services.record_model import Actor, Record
from supasoft.services.user_rights import has_users, load_rights
from supasoft.services.webhook_veto import ask_veto
from supasoft.storage import outbox_store, rights_filter, webhook_store
from supasoft.storage.connection import Connection
from supasoft.storage.physical import is_stored
from supasoft.storage.query import QueryContext
from supasoft.storage.repository import RecordRepository
from supasoft.storage.store import Storage, now
from supasoft.storage.webhook_store import StoredHook

#: What a hook listens for -> the events it gets (a restore brings a record back: hooks on create hear it).
HEARS = {"create": ("create", "restore"), "update": ("update",), "delete": ("delete",)}


class RecordsForEvents(Protocol):
    """What events need of the records service (RecordService has it)."""

    storage: Storage
    actor: Actor

    @property
    def config(self) -> Any: ...
    def record_from_row(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, row: Any) -> Record: ...


class WebhookEvents:
    """Turns record changes into outbox events and veto calls, inside the caller's transaction."""

    def __init__(self, service: RecordsForEvents, post: Callable[..., Any] | None = None):
        self.service = service
        self.post = post  # tests may pass another poster; None = services/webhook_http.post

    # --- the write paths -----------------------------------------------------------------------------------
    def created(self, conn: Connection, obj: ObjectDef, record_id: int, values: dict[int, Any]) -> None:
        self._emit(conn, obj, "create", record_id, None, values, None)

    def updated(self, conn: Connection, obj: ObjectDef, record_id: int, before: dict[int, Any], after: dict[int, Any]) -> None:
        changed = {f.id for f in obj.fields if f.id in after and not _same(f, before.get(f.id), after.get(f.id))}
        if changed:  # a card saved as it was (an order's untouched lines) tells no one anything
            self._emit(conn, obj, "update", record_id, before, after, changed)

    def deleting(self, conn: Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> None:
        """Before a record is removed (its values and the filter are still readable)."""
        hooks = self._hooks(conn, obj, "delete")
        if hooks:
            code, old = self._values(conn, obj, [record_id]).get(record_id, ("", {}))
            self._emit(conn, obj, "delete", record_id, old, None, None, hooks, code)

    def restored(self, conn: Connection, obj: ObjectDef, record_id: int) -> None:
        hooks = self._hooks(conn, obj, "restore")
        if hooks:
            code, new = self._values(conn, obj, [record_id]).get(record_id, ("", {}))
            self._emit(conn, obj, "restore", record_id, None, new, None, hooks, code)

    def inserted(self, conn: Connection, obj: ObjectDef, ids: list[int]) -> None:
        """Many new records (an import): read back once, only when the object has hooks."""
        hooks = self._hooks(conn, obj, "create")
        if hooks and ids:
            rows = self._values(conn, obj, ids)
            for record_id in ids:
                code, values = rows.get(record_id, ("", {}))
                self._emit(conn, obj, "create", record_id, None, values, None, hooks, code)

    # --- the work ------------------------------------------------------------------------------------------
    def _hooks(self, conn: Connection, obj: ObjectDef, event: str) -> list[StoredHook]:
        return [h for h in webhook_store.active_hooks(conn, obj.id) if any(event in HEARS.get(e, ()) for e in h.events)]

    def _emit(self, conn: Connection, obj: ObjectDef, event: str, record_id: int, old: dict[int, Any] | None,
              new: dict[int, Any] | None, changed: set[int] | None, hooks: list[StoredHook] | None = None,
              code: str | None = None) -> None:
        hooks = self._hooks(conn, obj, event) if hooks is None else hooks
        if not hooks:
            return
        if code is None:
            code = next(iter(self._repo().codes_of(conn, obj, [record_id])), "")
        rows: list[dict[str, Any]] = []
        stamp = now()
        actor = self.service.actor
        for hook in hooks:
            chosen = set(hook.settings.get("fields") or ())
            if changed is not None and chosen and not chosen & changed:
                continue  # only when chosen fields change
            if hook.settings.get("filter") and not self._matches(conn, obj, record_id, hook.settings["filter"]):
                continue
            rights = self._owner_rights(conn, hook)
            if not rights.unrestricted and level_rank(rights.best_level(obj.id)) < level_rank("read"):
                continue
            if changed is not None and not any(_visible(rights, obj, f) for f in obj.fields if f.id in changed):
                continue  # only fields hidden from the owner changed: nothing to tell
            payload = {
                "event": event, "hook": {"id": hook.id, "name": hook.name},
                "object": {"id": obj.id, "name": obj.name}, "record": {"id": record_id, "code": code},
                "old": None if old is None else _api(obj, old, rights),
                "new": None if new is None else _api(obj, new, rights),
                "changed": None if changed is None else [f.name for f in obj.fields if f.id in changed and _visible(rights, obj, f)],
                "user": {"id": actor.user_id, "name": actor.name}, "at": stamp.astimezone().isoformat(),
            }
            if hook.kind == "veto":
                ask_veto(hook, payload, self.post)
                continue
            rows.append(dict(hook_id=hook.id, object_id=obj.id, record_id=record_id, event=event,
                             payload=json.dumps(payload, ensure_ascii=False, default=str), user_id=actor.user_id,
                             created_at=stamp))
        outbox_store.add_events(conn, rows)

    def _repo(self) -> RecordRepository:
        """A repository that reads every field: the payload's fields are chosen by the hook owner's rights."""
        storage, config = self.service.storage, self.service.config
        return RecordRepository(config, storage.physical(config), storage.kind)

    def _values(self, conn: Connection, obj: ObjectDef, ids: list[int]) -> dict[int, tuple[str, dict[int, Any]]]:
        """Record id -> (its Code as shown, its values), read in one pass."""
        repo = self._repo()
        rows = repo.fetch_many(conn, obj, ids)
        return {int(r["id"]): (obj.format_code(r["rec_code"]), self.service.record_from_row(conn, repo, obj, r).values) for r in rows}

    def _matches(self, conn: Connection, obj: ObjectDef, record_id: int, plain: Any) -> bool:
        group = from_plain(FilterGroup, json.loads(plain) if isinstance(plain, str) else plain)
        repo = self._repo()
        table = repo.table(obj)
        condition = rights_filter.matching_filter(repo.builder(obj, QueryContext(user_id=self.service.actor.user_id)), group, table)
        return rights_filter.record_matches(conn, table, record_id, condition)

    def _owner_rights(self, conn: Connection, hook: StoredHook) -> UserRights:
        owner = hook.settings.get("owner_id")
        if owner is None or not has_users(conn):
            return unrestricted()
        return load_rights(conn, int(owner))


def _same(f: FieldDef, old: Any, new: Any) -> bool:
    try:
        return bool(field_types.get(f.type).equal(old, new))
    except (TypeError, ValueError, ArithmeticError):
        return old == new


def _visible(rights: UserRights, obj: ObjectDef, f: FieldDef) -> bool:
    return rights.unrestricted or rights.field_mode(obj.id, f.id) != "hidden"


def _api(obj: ObjectDef, values: dict[int, Any], rights: UserRights) -> dict[str, Any]:
    """Values by field name, as the field types give them to JSON clients (the REST API's form)."""
    out: dict[str, Any] = {}
    for f in obj.fields:
        if (is_stored(f) or is_formula(f)) and f.id in values and _visible(rights, obj, f):
            try:
                out[f.name] = field_types.get(f.type).to_api(values[f.id], f)
            except (TypeError, ValueError, AttributeError):
                out[f.name] = None
    return out
