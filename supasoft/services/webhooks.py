"""Webhook definitions and their outbox for administrators: add, list, change, delete, the event log, resend.

Every call needs the configure right (checked by the one rights checkpoint, services/access.py). A hook is
"notify" (an event after the change, sent by services/webhook_sender.py) or "veto" (a synchronous call before
the change is committed, services/webhook_veto.py). Settings: fields (ids: only when one of them changes),
filter (a FilterGroup: only records it keeps), timeout, on_timeout (allow/refuse, veto), allow_private,
max_attempts, owner_id (whose field rights choose the payload's fields).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from supasoft.core.errors import NotFound, SchemaError
from supasoft.core.messages import Message
from supasoft.core.meta import FilterGroup
from supasoft.core.serialization import from_plain, to_plain
from supasoft.services.access import AccessService
from supasoft.services.record_model import Actor
from supasoft.services.webhook_http import check_url
from supasoft.storage import outbox_store, webhook_store
from supasoft.storage.outbox_store import OutboxEvent
from supasoft.storage.store import Storage, now
from supasoft.storage.webhook_store import StoredHook

KINDS = ("notify", "veto")
EVENTS = ("create", "update", "delete")
NAME_LIMIT = 200


@dataclass
class HookSpec:
    """What an administrator asks for when adding or changing a hook."""

    name: str
    object_id: int
    url: str
    kind: str = "notify"
    events: tuple[str, ...] = EVENTS
    fields: tuple[int, ...] = ()
    filter: FilterGroup | None = None
    timeout: float | None = None
    on_timeout: str = "refuse"
    allow_private: bool = False
    max_attempts: int | None = None
    active: bool = True
    secret: str | None = None  # None: a new random secret (shown once by the caller)


class WebhookService:
    """Administrators' webhooks: definitions and their events."""

    def __init__(self, storage: Storage, access: AccessService, actor: Actor, config: Any):
        self.storage = storage
        self.access = access
        self.actor = actor
        self._config = config  # a callable returning the current Configuration

    def hooks(self) -> list[StoredHook]:
        self.access.require("configure")
        with self.storage.connect() as conn:
            return webhook_store.all_hooks(conn)

    def hook(self, hook_id: int) -> StoredHook:
        self.access.require("configure")
        with self.storage.connect() as conn:
            found = webhook_store.hook_by_id(conn, hook_id)
        if found is None:
            raise NotFound(Message("Webhook #{id} does not exist", id=hook_id))
        return found

    def add(self, spec: HookSpec) -> StoredHook:
        """Store a new hook; its secret (generated unless given) is in the result, to show once."""
        self.access.require("configure")
        hook = self._checked(spec, StoredHook(0, "", 0, "", spec.secret or secrets.token_hex(32), "notify", EVENTS))
        with self.storage.begin() as conn:
            hook.id = webhook_store.insert_hook(conn, hook)
        return hook

    def change(self, hook_id: int, spec: HookSpec) -> StoredHook:
        old = self.hook(hook_id)
        hook = self._checked(spec, replace(old, secret=spec.secret or old.secret))
        with self.storage.begin() as conn:
            webhook_store.update_hook(conn, hook)
        return hook

    def set_active(self, hook_id: int, active: bool) -> StoredHook:
        """Pause a hook (no new events; waiting ones stay) or take it up again."""
        hook = replace(self.hook(hook_id), active=active)
        with self.storage.begin() as conn:
            webhook_store.update_hook(conn, hook)
        return hook

    def remove(self, hook_id: int) -> None:
        """Delete the hook and its events (sent or not)."""
        self.hook(hook_id)
        with self.storage.begin() as conn:
            outbox_store.delete_events_of(conn, hook_id)
            webhook_store.delete_hook(conn, hook_id)

    def log(self, hook_id: int | None = None, status: str | None = None, limit: int = 100) -> list[OutboxEvent]:
        """The newest events first, with their status, attempts and last error."""
        self.access.require("configure")
        with self.storage.connect() as conn:
            return outbox_store.events(conn, hook_id=hook_id, status=status, limit=limit)

    def resend(self, *, event_ids: list[int] | None = None, hook_id: int | None = None) -> int:
        """Failed events back to pending (chosen ones, a hook's, or all); returns how many."""
        self.access.require("configure")
        with self.storage.begin() as conn:
            return outbox_store.resend(conn, now(), event_ids=event_ids, hook_id=hook_id)

    def _checked(self, spec: HookSpec, base: StoredHook) -> StoredHook:
        name = spec.name.strip()
        if not name or len(name) > NAME_LIMIT:
            raise SchemaError(Message("A webhook needs a name of at most {limit} characters", limit=NAME_LIMIT))
        config = self._config()
        try:
            obj = config.object_by_id(spec.object_id)
        except KeyError:
            raise NotFound(Message("Object #{id} does not exist", id=spec.object_id)) from None
        check_url(spec.url)
        if spec.kind not in KINDS:
            raise SchemaError(Message("A webhook is notify or veto, not {kind}", kind=spec.kind))
        events = tuple(dict.fromkeys(spec.events))
        if not events or any(e not in EVENTS for e in events):
            raise SchemaError(Message("A webhook listens to create, update or delete, not {events}", events=",".join(events)))
        known = {f.id for f in obj.fields}
        if any(fid not in known for fid in spec.fields):
            raise SchemaError(Message("A webhook's chosen fields must be fields of {object}", object=obj.name))
        if spec.on_timeout not in ("allow", "refuse"):
            raise SchemaError(Message("On timeout a veto hook allows or refuses, not {value}", value=spec.on_timeout))
        settings: dict[str, Any] = {"owner_id": self.actor.user_id, "on_timeout": spec.on_timeout,
                                    "allow_private": spec.allow_private}
        if spec.fields:
            settings["fields"] = list(spec.fields)
        if spec.filter is not None:
            settings["filter"] = to_plain(spec.filter)
        if spec.timeout is not None:
            settings["timeout"] = float(spec.timeout)
        if spec.max_attempts is not None:
            settings["max_attempts"] = int(spec.max_attempts)
        return replace(base, name=name, object_id=obj.id, url=spec.url, kind=spec.kind, events=events,
                       settings=settings, active=spec.active)


def filter_from_json(text: str) -> FilterGroup:
    """A filter given as JSON text (the CLI's --filter)."""
    return from_plain(FilterGroup, json.loads(text))
