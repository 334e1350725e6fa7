"""Firebird's side of EngineOps: a shared server, DDL committed step by step, row limits by ROWS/FIRST."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from supasoft.core.fieldtypes.scaled import ScaledDecimal
from supasoft.storage.connection import Connection
from supasoft.storage.engine_ops import EngineOps
from supasoft.storage.firebird.accounts import STAFF_ROLE, connected_role
from supasoft.storage.firebird.ddl_rules import FIREBIRD_MAX_TABLE_FORMATS, connected_users, table_formats
from supasoft.storage.firebird.event_triggers import MAINTENANCE_EVENT, post_event

if TYPE_CHECKING:
    from supasoft.storage.store import Storage

log = logging.getLogger(__name__)


class FirebirdOps(EngineOps):
    """A Firebird 3 server shared by the office."""

    kind = "firebird"
    networked = True

    # --- reports: exact sums arrive as the drivers' own Decimals ------------------------------------------
    def exact_aggregate(self, aggregate: Any, column: Any) -> Any:
        """SUM, MIN and MAX of NUMERIC(p, s) are NUMERIC(18, s) on Firebird, and firebird-driver hands them over as
        Decimals of that scale: let them through instead of re-quantizing each group's value in Python. fdb drops
        trailing zeros (3.40 arrives as 3.4) and scale 0 arrives as an int, so there the column type still decodes."""
        if (self.database.engine.dialect.driver == "firebird-driver" and isinstance(column.type, ScaledDecimal)
                and column.type.scale > 0):
            return sa.type_coerce(aggregate, sa.Numeric(18, column.type.scale, asdecimal=True))
        return aggregate

    # --- reports: EXTRACT(WEEKDAY) counts from Sunday = 0 -------------------------------------------------
    def week_start(self, expr: Any) -> Any:
        return sa.cast(expr, sa.Date) - self._days_since_monday(expr)

    def iso_weekday(self, expr: Any) -> Any:
        return self._days_since_monday(expr) + sa.literal_column("1", sa.Integer)

    def _days_since_monday(self, expr: Any) -> Any:
        return sa.func.mod(sa.extract("weekday", expr) + sa.literal_column("6", sa.Integer), sa.literal_column("7", sa.Integer))

    def refresh_statistics(self, storage: Storage) -> None:
        from supasoft.storage.firebird.index_stats import refresh_index_statistics

        refresh_index_statistics(storage)

    def page(self, conn: sa.Connection, select: sa.Select[Any], offset: int, limit: int) -> sa.Select[Any]:
        """Every page (up to 1,000 rows) reads its ids first, then those rows: Firebird 3 sorts whole rows (a sort
        without an index over 100,000 records: 540 ms with every column, 220 ms over the ids), and it re-runs an
        IN (subquery) for every outer row (a deep page: minutes)."""
        if limit > 1000:
            return super().page(conn, select, offset, limit)
        id_column = select.selected_columns[0]
        ids = select.with_only_columns(id_column).offset(offset).limit(limit)
        page_ids = list(conn.execute(ids).scalars())
        return select.where(id_column.in_(page_ids) if page_ids else sa.false())

    # --- accounts, connected clients and maintenance -----------------------------------------------------
    max_table_formats = FIREBIRD_MAX_TABLE_FORMATS

    def account_name(self) -> str:
        return make_url(self.database.url).username or ""

    def is_staff_connection(self, conn: Connection) -> bool:
        return connected_role(conn) == STAFF_ROLE

    def connected_users(self, conn: Connection) -> list[dict[str, Any]]:
        return connected_users(conn)

    def announce_maintenance(self, conn: Connection) -> None:
        post_event(conn, MAINTENANCE_EVENT)

    def table_formats(self, conn: Connection) -> dict[str, int]:
        return table_formats(conn)

    # --- after a structure change ------------------------------------------------------------------------
    def after_structure_change(self, storage: Storage, new_object_ids: list[int]) -> None:
        """Staff rights and change triggers on new tables, and an event that tells other clients to reload the
        structure. The structure is committed already: what fails here is told in the log."""
        from supasoft.core.errors import SupasoftError
        from supasoft.storage.firebird.accounts import refresh_staff_grants
        from supasoft.storage.firebird.event_triggers import ensure_change_triggers, post_structure_event

        try:
            with storage.begin() as conn:
                refresh_staff_grants(conn)
            if new_object_ids:
                with storage.connect() as conn:
                    ensure_change_triggers(conn, new_object_ids)
            with storage.begin() as conn:
                post_structure_event(conn)
        except SupasoftError as exc:
            log.warning("after the structure change: %s", exc)
