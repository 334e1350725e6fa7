"""Record history rows and trash entries: the statements of services/record_history.py, values decoded.

A trash entry keeps the deleted record tree as JSON; Decimal, date, date-time and bytes values are tagged
({"$dec": "1.50"}) so a restore gets back exactly the values that were stored.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from supasoft.storage.catalog import sys_history, sys_trash
from supasoft.storage.store import now

BATCH = 500  # ids per DELETE ... IN (...)


@dataclass(frozen=True)
class TrashEntry:
    """One deleted record tree: what the trash lists and what a restore reinserts (payload)."""

    id: int
    object_id: int
    record_id: int
    title: str
    deleted_at: dt.datetime
    deleted_by: str
    payload: dict[str, Any]


# --- history -----------------------------------------------------------------------------------------
def add_history(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """History rows (the columns of sys_history without id) in one statement."""
    if rows:
        conn.execute(sys_history.insert(), rows)


def add_import_history(conn: sa.Connection, table: sa.Table, base: dict[str, Any], first_code: int, count: int) -> None:
    """One history row per record of `table` with Codes first_code.., written by the database from the new rows
    in one INSERT ... SELECT: nothing per record crosses the wire. `base` holds the other columns' values."""
    names = [n for n in base if n not in ("record_id", "field_id", "old_value", "new_value")]
    # typed parameters: the Firebird dialect casts them (the select list needs types); no CAST on SQLite,
    # where CAST(... AS DATETIME) would turn the stamp's text into a number
    values = [sa.bindparam(None, base[name], type_=sys_history.c[name].type) for name in names]
    new_rows = sa.select(*values, table.c.id).where(table.c.rec_code.between(first_code, first_code + count - 1))
    conn.execute(sys_history.insert().from_select([*names, "record_id"], new_rows))


def history_of(conn: sa.Connection, object_id: int, record_id: int) -> list[dict[str, Any]]:
    """A record's history rows, newest first, as dicts of their columns."""
    rows = conn.execute(sa.select(sys_history)
                        .where(sys_history.c.object_id == object_id, sys_history.c.record_id == record_id)
                        .order_by(sys_history.c.id.desc())).mappings().all()
    return [dict(r) for r in rows]


# --- trash -------------------------------------------------------------------------------------------
def add_trash(conn: sa.Connection, object_id: int, record_id: int, title: str, deleted_by: str,
              payload: dict[str, Any]) -> int:
    """Keep a deleted record tree; returns the trash entry's id."""
    result = conn.execute(sys_trash.insert().values(
        object_id=object_id, record_id=record_id, title=title[:300], deleted_at=now(), deleted_by=deleted_by,
        payload=json.dumps(payload, ensure_ascii=False, default=_encode)))
    return int(result.inserted_primary_key[0])


def _entry(r: Any) -> TrashEntry:
    return TrashEntry(int(r["id"]), int(r["object_id"]), int(r["record_id"]), r["title"] or "", r["deleted_at"],
                      r["deleted_by"] or "", json.loads(r["payload"], object_hook=_decode))


def trash_entry(conn: sa.Connection, trash_id: int) -> TrashEntry | None:
    row = conn.execute(sa.select(sys_trash).where(sys_trash.c.id == trash_id)).mappings().first()
    return None if row is None else _entry(row)


def trash_entries(conn: sa.Connection, object_id: int | None = None) -> list[TrashEntry]:
    """The trash (of one object, or all), newest first."""
    query = sa.select(sys_trash).order_by(sys_trash.c.id.desc())
    if object_id is not None:
        query = query.where(sys_trash.c.object_id == object_id)
    return [_entry(r) for r in conn.execute(query).mappings().all()]


def delete_trash(conn: sa.Connection, object_id: int | None = None, only: list[int] | None = None) -> int:
    """Delete trash entries for good (of one object, and/or just the ids `only`); returns how many."""
    query = sys_trash.delete()
    if object_id is not None:
        query = query.where(sys_trash.c.object_id == object_id)
    if only is None:
        return int(conn.execute(query).rowcount)
    count = 0
    for start in range(0, len(only), BATCH):
        count += conn.execute(query.where(sys_trash.c.id.in_(only[start : start + BATCH]))).rowcount
    return count


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": value.hex()}
    return str(value)


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        key, value = next(iter(obj.items()))
        if key == "$dec":
            return Decimal(value)
        if key == "$dt":
            return dt.datetime.fromisoformat(value)
        if key == "$d":
            return dt.date.fromisoformat(value)
        if key == "$b":
            return bytes.fromhex(value)
    return obj
