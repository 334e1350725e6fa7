"""The event outbox sys_outbox (migration 0009): events written with the record change, then claimed and sent.

A row's id is the event's sequence number. Status: pending -> sending (claimed, with a lease in next_at) ->
sent, or back to pending with a later next_at, or failed after the last try. A claim is an UPDATE that checks
the status it expects, so two senders (two clients of one server) never both take the same event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from supasoft.storage.connection import Connection

_metadata = sa.MetaData()

sys_outbox = sa.Table(
    "sys_outbox",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("hook_id", sa.Integer, nullable=False),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("record_id", sa.Integer, nullable=False),
    sa.Column("event", sa.String(16), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("user_id", sa.Integer),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_at", sa.DateTime),
    sa.Column("sent_at", sa.DateTime),
    sa.Column("last_error", sa.String(1000)),
)

WAITING = ("pending", "sending")


@dataclass(frozen=True)
class OutboxEvent:
    """One event as stored."""

    id: int
    hook_id: int
    object_id: int
    record_id: int
    event: str
    payload: str
    user_id: int | None
    created_at: dt.datetime
    status: str
    attempts: int
    next_at: dt.datetime | None
    sent_at: dt.datetime | None
    last_error: str | None


def _of(row: Any) -> OutboxEvent:
    return OutboxEvent(int(row.id), int(row.hook_id), int(row.object_id), int(row.record_id), row.event, row.payload,
                       row.user_id, row.created_at, row.status, int(row.attempts), row.next_at, row.sent_at, row.last_error)


def add_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Events (hook_id, object_id, record_id, event, payload, user_id, created_at) as pending, in one statement."""
    if rows:
        conn.execute(sys_outbox.insert(), [{**r, "status": "pending", "attempts": 0, "next_at": r["created_at"]} for r in rows])


def hooks_waiting(conn: Connection) -> list[int]:
    """Hooks with events still to send."""
    t = sys_outbox
    return [int(h) for h in conn.execute(sa.select(t.c.hook_id).where(t.c.status.in_(WAITING)).distinct()).scalars()]


def head(conn: Connection, hook_id: int) -> OutboxEvent | None:
    """The hook's oldest event still to send: later ones wait for it, so the receiver sees sequence order."""
    t = sys_outbox
    row = conn.execute(sa.select(t).where(t.c.hook_id == hook_id, t.c.status.in_(WAITING)).order_by(t.c.id).limit(1)).first()
    return None if row is None else _of(row)


def claim(conn: Connection, event: OutboxEvent, at: dt.datetime, lease_until: dt.datetime) -> bool:
    """Take the event for sending if it is still as read (pending and due, or sending with an expired lease)."""
    t = sys_outbox
    query = t.update().where(t.c.id == event.id, t.c.status == event.status, t.c.attempts == event.attempts,
                             sa.or_(t.c.next_at.is_(None), t.c.next_at <= at))
    return conn.execute(query.values(status="sending", next_at=lease_until)).rowcount == 1


def mark_sent(conn: Connection, event_id: int, attempts: int, at: dt.datetime) -> None:
    t = sys_outbox
    conn.execute(t.update().where(t.c.id == event_id).values(status="sent", attempts=attempts, sent_at=at, next_at=None, last_error=None))


def mark_retry(conn: Connection, event_id: int, attempts: int, next_at: dt.datetime, error: str) -> None:
    t = sys_outbox
    conn.execute(t.update().where(t.c.id == event_id).values(status="pending", attempts=attempts, next_at=next_at,
                                                             last_error=error[:1000]))


def mark_failed(conn: Connection, event_id: int, attempts: int, error: str) -> None:
    t = sys_outbox
    conn.execute(t.update().where(t.c.id == event_id).values(status="failed", attempts=attempts, next_at=None,
                                                             last_error=error[:1000]))


def resend(conn: Connection, at: dt.datetime, *, event_ids: list[int] | None = None, hook_id: int | None = None) -> int:
    """Failed events (chosen ones, or all of a hook, or all) back to pending; returns how many."""
    t = sys_outbox
    query = t.update().where(t.c.status == "failed")
    if event_ids is not None:
        query = query.where(t.c.id.in_(event_ids))
    if hook_id is not None:
        query = query.where(t.c.hook_id == hook_id)
    return int(conn.execute(query.values(status="pending", attempts=0, next_at=at, last_error=None)).rowcount)


def events(conn: Connection, *, hook_id: int | None = None, status: str | None = None, limit: int = 100) -> list[OutboxEvent]:
    """The newest events first (the admin's log)."""
    t = sys_outbox
    query = sa.select(t).order_by(t.c.id.desc()).limit(limit)
    if hook_id is not None:
        query = query.where(t.c.hook_id == hook_id)
    if status is not None:
        query = query.where(t.c.status == status)
    return [_of(r) for r in conn.execute(query)]


def delete_sent_before(conn: Connection, at: dt.datetime) -> int:
    """Forget events delivered before `at` (the log keeps a window); failed and waiting ones stay."""
    t = sys_outbox
    return int(conn.execute(t.delete().where(t.c.status == "sent", t.c.sent_at < at)).rowcount)


def delete_events_of(conn: Connection, hook_id: int) -> None:
    conn.execute(sys_outbox.delete().where(sys_outbox.c.hook_id == hook_id))
