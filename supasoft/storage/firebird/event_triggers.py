"""Posting change events (networked edition): the change triggers of object tables and the events posted by hand.

- Every object table t_<id> has a trigger sp_chg_<id> (after insert/update/delete) that posts
  'sp_changed_<id>'. ensure_change_triggers() creates (or re-creates) them; a dropped table takes its
  trigger with it. Only committed work is delivered, one count per row: treat it as "reload".
- A structure change posts 'sp_structure' (post_structure_event, an EXECUTE BLOCK: POST_EVENT is not DSQL).
- Maintenance mode begun or ended posts 'sp_maintenance' (services/maintenance.py).
Listening for them is events.ChangeListener.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from supasoft.storage.engine import is_firebird

STRUCTURE_EVENT = "sp_structure"
MAINTENANCE_EVENT = "sp_maintenance"


def changed_event(object_id: int) -> str:
    return f"sp_changed_{int(object_id)}"


def trigger_name(object_id: int) -> str:
    return f"sp_chg_{int(object_id)}"  # <= 31 characters for any id below 2**63


def ensure_change_triggers(conn: sa.Connection, object_ids: Iterable[int]) -> int:
    """Create or replace the change trigger of each object table; commits each (DDL applies at COMMIT).

    Call with a connection that has no open transaction of its own (or after the structure change has
    committed); returns how many triggers were written. A no-op on SQLite.
    """
    if not is_firebird(conn):
        return 0
    count = 0
    for object_id in object_ids:
        oid = int(object_id)
        sql = (f"CREATE OR ALTER TRIGGER {trigger_name(oid)} FOR t_{oid} ACTIVE AFTER INSERT OR UPDATE OR DELETE "
               f"POSITION 0 AS BEGIN POST_EVENT '{changed_event(oid)}'; END")
        if conn.in_transaction():
            conn.exec_driver_sql(sql)
            from supasoft.storage.engine import commit_step

            commit_step(conn)
        else:
            with conn.begin():
                conn.exec_driver_sql(sql)
        count += 1
    return count


def drop_change_trigger(conn: sa.Connection, object_id: int) -> None:
    """Drop one object's trigger (DROP TABLE drops it anyway); the caller commits."""
    if is_firebird(conn):
        name = trigger_name(object_id).upper()
        exists = conn.execute(sa.text("select 1 from rdb$triggers where rdb$trigger_name = :n"), {"n": name}).first()
        if exists:
            conn.exec_driver_sql(f"DROP TRIGGER {trigger_name(object_id)}")


def post_structure_event(conn: sa.Connection) -> None:
    """Post 'sp_structure' in the caller's transaction (delivered at its commit). A no-op on SQLite."""
    post_event(conn, STRUCTURE_EVENT)


def post_event(conn: sa.Connection, name: str) -> None:
    if not is_firebird(conn):
        return
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad event name {name!r}")
    conn.exec_driver_sql(f"EXECUTE BLOCK AS BEGIN POST_EVENT '{name}'; END")
