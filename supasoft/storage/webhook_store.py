"""Webhook definitions in sys_webhooks (migration 0009): rows in and out, settings kept as their JSON text."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from supasoft.storage.connection import Connection
from supasoft.storage.store import now

_metadata = sa.MetaData()

sys_webhooks = sa.Table(
    "sys_webhooks",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("url", sa.String(1000), nullable=False),
    sa.Column("secret", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("events", sa.String(100), nullable=False),
    sa.Column("settings", sa.Text),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)


@dataclass
class StoredHook:
    """One webhook as stored; `settings` decoded from its JSON (chosen fields, filter, timeout, owner...)."""

    id: int
    name: str
    object_id: int
    url: str
    secret: str
    kind: str
    events: tuple[str, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    active: bool = True
    created_at: dt.datetime | None = None


def _of(row: Any) -> StoredHook:
    settings = json.loads(row.settings) if row.settings else {}
    events = tuple(e for e in (row.events or "").split(",") if e)
    return StoredHook(int(row.id), row.name, int(row.object_id), row.url, row.secret, row.kind, events,
                      settings if isinstance(settings, dict) else {}, bool(row.active), row.created_at)


def all_hooks(conn: Connection) -> list[StoredHook]:
    return [_of(r) for r in conn.execute(sa.select(sys_webhooks).order_by(sys_webhooks.c.id))]


def active_hooks(conn: Connection, object_id: int) -> list[StoredHook]:
    """The active hooks of one object (read inside the writing transaction, so other clients' hooks count too)."""
    t = sys_webhooks
    query = sa.select(t).where(t.c.object_id == object_id, t.c.active == sa.true()).order_by(t.c.id)
    return [_of(r) for r in conn.execute(query)]


def any_active(conn: Connection) -> bool:
    """Whether any notify hook is active (the desktop sender stays off otherwise)."""
    t = sys_webhooks
    return conn.execute(sa.select(t.c.id).where(t.c.active == sa.true(), t.c.kind == "notify").limit(1)).first() is not None


def hook_by_id(conn: Connection, hook_id: int) -> StoredHook | None:
    row = conn.execute(sa.select(sys_webhooks).where(sys_webhooks.c.id == hook_id)).first()
    return None if row is None else _of(row)


def insert_hook(conn: Connection, hook: StoredHook) -> int:
    result = conn.execute(sys_webhooks.insert().values(
        name=hook.name, object_id=hook.object_id, url=hook.url, secret=hook.secret, kind=hook.kind,
        events=",".join(hook.events), settings=json.dumps(hook.settings, ensure_ascii=False), active=hook.active,
        created_at=now()))
    return int(result.inserted_primary_key[0])


def update_hook(conn: Connection, hook: StoredHook) -> None:
    conn.execute(sys_webhooks.update().where(sys_webhooks.c.id == hook.id).values(
        name=hook.name, object_id=hook.object_id, url=hook.url, secret=hook.secret, kind=hook.kind,
        events=",".join(hook.events), settings=json.dumps(hook.settings, ensure_ascii=False), active=hook.active))


def delete_hook(conn: Connection, hook_id: int) -> None:
    conn.execute(sys_webhooks.delete().where(sys_webhooks.c.id == hook_id))
