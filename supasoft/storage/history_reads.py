"""Reads of sys_history by id range: the earlier values an import overwrote, so its undo needs no copy of them."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from supasoft.storage.catalog import sys_history


def last_history_id(conn: sa.Connection) -> int:
    """The newest history row's id (0 when there is none): an import's range starts after it."""
    return int(conn.execute(sa.select(sa.func.max(sys_history.c.id))).scalar() or 0)


def earliest_old_values(conn: sa.Connection, object_id: int, record_ids: Sequence[int], first: int,
                        last: int) -> dict[int, dict[int, str | None]]:
    """record id -> field id -> the stored old value (JSON text) of the earliest update of that field among history
    rows first..last: what the record held before whatever wrote that range. Pass a few hundred ids at a time."""
    h = sys_history.c
    rows = conn.execute(sa.select(h.record_id, h.field_id, h.old_value)
                        .where(h.object_id == object_id, h.record_id.in_(list(record_ids)), h.action == "update",
                               h.field_id.is_not(None), h.id.between(first, last))
                        .order_by(h.id))
    out: dict[int, dict[int, str | None]] = {}
    for record_id, field_id, old_value in rows:
        out.setdefault(int(record_id), {}).setdefault(int(field_id), old_value)
    return out
