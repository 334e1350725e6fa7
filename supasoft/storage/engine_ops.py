"""What differs between the engines, behind one interface: services ask `storage.ops`, never the dialect.

One subclass per engine (storage/sqlite/ops.py, storage/firebird/ops.py) overrides what its engine does
differently; the base holds the portable behaviour. Services never branch on the engine's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

if TYPE_CHECKING:
    from supasoft.core.meta import FieldDef, ObjectDef
    from supasoft.storage.connection import Connection
    from supasoft.storage.engine import Database
    from supasoft.storage.schema_sync import SchemaWriter
    from supasoft.storage.store import Storage
    from supasoft.storage.type_convert import ExactCopy, ValueConverter


class EngineOps:
    """The portable behaviour; engines override only what they do differently."""

    kind: str = ""
    networked: bool = False
    """True when several clients share the database over the network (Firebird)."""

    def __init__(self, database: Database):
        self.database = database

    # --- field type change (storage/type_convert.py) ---------------------------------------------
    def copy_exactly(self, conn: Connection, obj: ObjectDef, old: FieldDef, new: FieldDef, copy: ExactCopy) -> int | None:
        """Fill the new column with one statement when every value converts exactly; the number of values
        copied, or None when this engine (or one of the values) needs the per-value path."""
        return None

    def convert_values(self, writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef, convert: ValueConverter) -> None:
        """Fill the new column with `convert`'s result for every stored value of the old one."""
        from supasoft.storage.type_convert import convert_in_batches

        convert_in_batches(writer, obj, old, new, convert)

    def after_structure_change(self, storage: Storage, new_object_ids: list[int]) -> None:
        """After a structure change committed: what the engine needs besides the DDL (nothing for a local file)."""

    DEEP_OFFSET = 2000
    """From this offset on, a page skips rows over the ids only, then reads just the page's rows."""

    def refresh_statistics(self, storage: Storage) -> None:
        """Refresh what the engine's optimizer knows of the indexes (SQLite plans well without it)."""

    def page(self, conn: sa.Connection, select: sa.Select[Any], offset: int, limit: int) -> sa.Select[Any]:
        """One page of a list query (its first column is the record id): OFFSET/LIMIT on shallow pages; deep
        pages skip rows in a subquery over the ids only, then read the whole rows of just that page."""
        if offset < self.DEEP_OFFSET:
            return select.offset(offset).limit(limit)
        id_column = select.selected_columns[0]
        ids = select.with_only_columns(id_column).offset(offset).limit(limit)
        return select.where(id_column.in_(sa.select(ids.subquery().c[0])))

    # --- accounts, connected clients and maintenance (services/users.py, session.py, maintenance.py) -----
    def account_name(self) -> str:
        """The server account this database is opened with ('' for an embedded file: no server account)."""
        return ""

    def is_staff_connection(self, conn: Connection) -> bool:
        """True when the connection works with the server's staff role (it may not read app password hashes)."""
        return False

    def connected_users(self, conn: Connection) -> list[dict[str, Any]]:
        """Every user attachment (attachment_id, user, remote_host, process, pid, attached_since, is_current);
        [] where one user works alone."""
        return []

    def announce_maintenance(self, conn: Connection) -> None:
        """Tell the other clients that maintenance mode began or ended (delivered at commit); nobody to tell here."""

    max_table_formats: int | None = None
    """How many formats (altered versions) a table may have before it must be rebuilt; None = no such limit."""

    def table_formats(self, conn: Connection) -> dict[str, int]:
        """Formats used per user table (upper-case names); {} where the engine has no such limit."""
        return {}

    # --- reports (storage/report_sql.py) -----------------------------------------------------------
    def date_part(self, expr: Any, part: str) -> Any:
        """A date or datetime expression cut to a report's date part, without bound parameters (GROUP BY repeats it):
        day and week (its Monday) as dates; month as year*100+month, quarter as year*10+quarter, year,
        weekday 1..7 from Monday, month_of_year 1..12 as whole numbers."""
        year = sa.extract("year", expr)
        month = sa.extract("month", expr)
        if part == "year":
            return year
        if part == "month_of_year":
            return month
        if part == "month":
            return year * sa.literal_column("100", sa.Integer) + month
        if part == "quarter":
            quarter = (month + sa.literal_column("2", sa.Integer)).self_group().op("/")(sa.literal_column("3", sa.Integer))  # whole division
            return year * sa.literal_column("10", sa.Integer) + quarter
        if part == "day":
            return self.day_of(expr)
        if part == "week":
            return self.week_start(expr)
        if part == "weekday":
            return self.iso_weekday(expr)
        raise ValueError(part)

    def day_of(self, expr: Any) -> Any:
        """The date of a date or datetime expression."""
        return sa.cast(expr, sa.Date)

    def week_start(self, expr: Any) -> Any:
        """The Monday of the ISO week holding the date."""
        raise NotImplementedError

    def iso_weekday(self, expr: Any) -> Any:
        """1 (Monday) .. 7 (Sunday)."""
        raise NotImplementedError

    def fold_text(self, expr: Any) -> Any:
        """Text folded as the filters' equality compares it (reports group "Acme" and "ACME" together)."""
        return sa.func.lower(expr)

    def exact_aggregate(self, aggregate: Any, column: Any) -> Any:
        """A SUM, MIN or MAX over `column`, typed so its result arrives as users' values: here the column's own
        type decodes it (SQLite: a scaled integer back into a Decimal)."""
        return aggregate


def ops_for(database: Database) -> EngineOps:
    """The engine-specific operations for an open database."""
    if database.kind == "firebird":
        from supasoft.storage.firebird.ops import FirebirdOps

        return FirebirdOps(database)
    from supasoft.storage.sqlite.ops import SqliteOps

    return SqliteOps(database)
