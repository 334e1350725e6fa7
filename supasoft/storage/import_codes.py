"""Codes an import brings along: new records take the old numbers (`rec_code`) and the Code counter continues after
the highest, in the import's own transaction.

Rows are first moved out of the way (a negative Code of their own id) and then given their numbers, so the unique
index on `rec_code` never sees two rows with one Code while they are being renumbered.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from supasoft.storage.catalog import sys_counters


def set_codes(conn: sa.Connection, table: Any, codes: dict[int, int]) -> None:
    """Give the records (id -> Code number) their Codes."""
    if not codes:
        return
    ids = list(codes)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(table.update().where(table.c.id.in_(chunk)).values(rec_code=-table.c.id))
    statement = table.update().where(table.c.id == sa.bindparam("row_id")).values(rec_code=sa.bindparam("code"))
    conn.execute(statement, [{"row_id": i, "code": c} for i, c in codes.items()])


def continue_after(conn: sa.Connection, object_id: int, highest: int) -> None:
    """The object's next Code is after `highest` (or stays where it is, if that is further)."""
    conn.execute(sys_counters.update().where(sys_counters.c.object_id == object_id, sys_counters.c.next_code <= highest)
                 .values(next_code=highest + 1))


def next_code(conn: sa.Connection, object_id: int) -> int:
    """The Code number the object's next record would take."""
    value = conn.execute(sa.select(sys_counters.c.next_code).where(sys_counters.c.object_id == object_id)).scalar()
    return int(value or 1)


def used_codes(conn: sa.Connection, table: Any, codes: set[int]) -> set[int]:
    """Which of these Code numbers records of the table already hold."""
    found: set[int] = set()
    wanted = sorted(codes)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(conn.execute(sa.select(table.c.rec_code).where(table.c.rec_code.in_(chunk))).scalars())
    return found
