"""What was saved last, for the disk-full message: a full disk still lets us read what is already stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from supasoft.storage.catalog import sys_history
from supasoft.storage.physical import table_name


def last_saved_record(conn: sa.Connection, config: Any) -> str | None:
    """'Client C-00012 (saved 10:42:05)' for the newest history entry, None when nothing can be told."""
    row = conn.execute(sa.select(sys_history.c.object_id, sys_history.c.record_id, sys_history.c.at)
                       .order_by(sys_history.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    try:
        obj = config.object_by_id(row.object_id)
    except KeyError:
        return None
    table = sa.table(table_name(obj.id), sa.column("id"), sa.column("rec_code"))
    code = conn.execute(sa.select(table.c.rec_code).where(table.c.id == row.record_id)).scalar()
    shown = obj.format_code(code) if code is not None else f"#{row.record_id}"
    at = row.at
    when = at.strftime("%H:%M:%S") if isinstance(at, dt.datetime) and at.date() == dt.date.today() else str(at)[:19]
    return f"{obj.name} {shown} (saved {when})"
