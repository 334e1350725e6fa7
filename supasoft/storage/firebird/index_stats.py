"""Index selectivity on Firebird: measured when an index is made (on an empty table: 0, "unknown") and never again.

With no figures the optimizer reads a drill-down's 100,000 lines in Code order (PLAN JOIN (T ORDER ...)) instead of
starting from the order's Client index (200 ms -> under 1 ms), so the figures are refreshed when a database opens:
every index still at 0, and every object table's index once a day. Only speed depends on it: failures are logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from supasoft.storage.schema_sync import rollback_driver

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from supasoft.storage.store import Storage

STATISTICS_INFO = "index_statistics_at"
FULL_REFRESH = dt.timedelta(days=1)
PROBES = 100  # tables asked about per statement (Firebird allows 255 streams in one)
log = logging.getLogger(__name__)

_OBJECT_INDEXES = ("SELECT TRIM(RDB$INDEX_NAME), TRIM(RDB$RELATION_NAME), RDB$STATISTICS FROM RDB$INDICES"
                   " WHERE RDB$RELATION_NAME STARTING WITH 'T_' AND COALESCE(RDB$SYSTEM_FLAG, 0) = 0"
                   " AND COALESCE(RDB$INDEX_INACTIVE, 0) = 0")


def _filled(conn: Connection, tables: set[str]) -> set[str]:
    """Which of the tables hold a row (one round trip; an empty table's indexes measure 0 anyway)."""
    found: set[str] = set()
    ordered = sorted(tables)
    for start in range(0, len(ordered), PROBES):
        # table names come from the system table and are Supasoft's own (T_<id>), never user text
        probes = " UNION ALL ".join(f"SELECT '{t}' FROM RDB$DATABASE WHERE EXISTS (SELECT 1 FROM \"{t}\")"
                                    for t in ordered[start:start + PROBES])
        found.update(row[0].strip() for row in conn.exec_driver_sql(probes))
    return found


def refresh_index_statistics(storage: Storage, now: dt.datetime | None = None) -> list[str]:
    """SET STATISTICS for the object tables' indexes that need it; returns their names."""
    now = now or dt.datetime.now()
    last = storage.get_info(STATISTICS_INFO)
    full = last is None or now - dt.datetime.fromisoformat(last) >= FULL_REFRESH
    started = time.perf_counter()
    done: list[str] = []
    with storage.database.engine.connect() as conn:
        conn.execution_options(writer=True)
        try:
            with conn.begin():
                rows = conn.exec_driver_sql(_OBJECT_INDEXES).all()
                filled = _filled(conn, {table for _, table, selectivity in rows if full or not selectivity})
                for name, table, selectivity in rows:
                    if table in filled and (full or not selectivity):
                        # names come from the system table and are Supasoft's own (IX_..., RDB$...): quoted as read
                        conn.exec_driver_sql(f'SET STATISTICS INDEX "{name}"')
                        done.append(name)
                if full:
                    storage.set_info(conn, STATISTICS_INFO, now.isoformat(timespec="seconds"))
        except DBAPIError as exc:  # a staff account may not alter the tables: the owner's next open does it
            rollback_driver(conn)  # SET STATISTICS is DDL: its error comes at COMMIT, which leaves it pending
            log.info("could not refresh the index statistics: %s", exc)
            return []
    if done:
        log.info("index statistics of %d indexes refreshed in %.0f ms", len(done), (time.perf_counter() - started) * 1000)
    return done
