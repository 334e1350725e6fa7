"""API tokens and the API request log in sys_api_tokens / sys_api_log (migration 0009): rows in and out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from supasoft.storage.connection import Connection

_metadata = sa.MetaData()

sys_api_tokens = sa.Table(
    "sys_api_tokens",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("prefix", sa.String(16), nullable=False),
    sa.Column("token_hash", sa.String(128), nullable=False),
    sa.Column("can_write", sa.Boolean, nullable=False),
    sa.Column("objects", sa.Text),
    sa.Column("expires_at", sa.DateTime),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_used_at", sa.DateTime),
    sa.Column("revoked", sa.Boolean, nullable=False),
)

sys_api_log = sa.Table(
    "sys_api_log",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("token_id", sa.Integer),
    sa.Column("user_id", sa.Integer),
    sa.Column("method", sa.String(10), nullable=False),
    sa.Column("path", sa.String(500), nullable=False),
    sa.Column("status", sa.Integer, nullable=False),
    sa.Column("duration_ms", sa.Integer, nullable=False),
)


@dataclass(frozen=True)
class StoredToken:
    """One token row as stored (objects still JSON text; the services decode it)."""

    id: int
    user_id: int
    name: str
    prefix: str
    token_hash: str
    can_write: bool
    objects: str | None
    expires_at: dt.datetime | None
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked: bool


@dataclass(frozen=True)
class LogRow:
    """One API request as logged."""

    at: dt.datetime
    token_id: int | None
    user_id: int | None
    method: str
    path: str
    status: int
    duration_ms: int


def _token(row: sa.Row) -> StoredToken:
    return StoredToken(row.id, row.user_id, row.name, row.prefix.strip(), row.token_hash.strip(), bool(row.can_write),
                       row.objects, row.expires_at, row.created_at, row.last_used_at, bool(row.revoked))


def insert_token(conn: Connection, *, user_id: int, name: str, prefix: str, token_hash: str, can_write: bool,
                 objects: str | None, expires_at: dt.datetime | None, created_at: dt.datetime) -> int:
    result = conn.execute(sys_api_tokens.insert().values(
        user_id=user_id, name=name, prefix=prefix, token_hash=token_hash, can_write=can_write, objects=objects,
        expires_at=expires_at, created_at=created_at, revoked=False))
    return int(result.inserted_primary_key[0])


def tokens(conn: Connection) -> list[StoredToken]:
    return [_token(r) for r in conn.execute(sa.select(sys_api_tokens).order_by(sys_api_tokens.c.id))]


def tokens_with_prefix(conn: Connection, prefix: str) -> list[StoredToken]:
    query = sa.select(sys_api_tokens).where(sys_api_tokens.c.prefix == prefix)
    return [_token(r) for r in conn.execute(query)]


def revoke_token(conn: Connection, token_id: int) -> bool:
    """Mark a token revoked; False when there is no such token."""
    result = conn.execute(sys_api_tokens.update().where(sys_api_tokens.c.id == token_id).values(revoked=True))
    return result.rowcount > 0


def touch_token(conn: Connection, token_id: int, at: dt.datetime) -> None:
    conn.execute(sys_api_tokens.update().where(sys_api_tokens.c.id == token_id).values(last_used_at=at))


def insert_log(conn: Connection, rows: list[LogRow]) -> None:
    """Many requests in one statement (the server writes its log in batches)."""
    if rows:
        conn.execute(sys_api_log.insert(), [
            {"at": r.at, "token_id": r.token_id, "user_id": r.user_id, "method": r.method, "path": r.path[:500],
             "status": r.status, "duration_ms": r.duration_ms} for r in rows])


def forget_log_before(conn: Connection, cutoff: dt.datetime) -> int:
    """Delete the requests logged before `cutoff`; returns how many went."""
    return conn.execute(sys_api_log.delete().where(sys_api_log.c.at < cutoff)).rowcount or 0


def log_rows(conn: Connection, limit: int, token_id: int | None = None) -> list[LogRow]:
    """The newest requests first."""
    t = sys_api_log
    query = sa.select(t).order_by(t.c.id.desc()).limit(limit)
    if token_id is not None:
        query = query.where(t.c.token_id == token_id)
    return [LogRow(r.at, r.token_id, r.user_id, r.method.strip(), r.path, r.status, r.duration_ms) for r in conn.execute(query)]
