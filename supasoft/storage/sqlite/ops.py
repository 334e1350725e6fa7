"""SQLite's side of EngineOps: an embedded file, one user, functions registered on the connection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from supasoft.storage.engine_ops import EngineOps
from supasoft.storage.physical import column_name, field_column, table_name

if TYPE_CHECKING:
    from supasoft.core.meta import FieldDef, ObjectDef
    from supasoft.storage.connection import Connection
    from supasoft.storage.schema_sync import SchemaWriter
    from supasoft.storage.type_convert import ExactCopy, ValueConverter


class SqliteOps(EngineOps):
    """The embedded SQLite file of the free and portable editions."""

    kind = "sqlite"
    networked = False

    # --- field type change: lossless conversions as one UPDATE, the others through a registered function ---
    def copy_exactly(self, conn: Connection, obj: ObjectDef, old: FieldDef, new: FieldDef, copy: ExactCopy) -> int | None:
        """One plain UPDATE (no Python per value) when every value meets the copy's condition; else None."""
        table, source, target = table_name(obj.id), column_name(old), column_name(new)
        expression, condition = _exact_copy_sql(copy, source)
        total = int(conn.exec_driver_sql(f"SELECT count({source}) FROM {table}").scalar_one())
        if condition is not None:
            bad = conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {source} IS NOT NULL AND NOT ({condition})").scalar_one()
            if bad:
                return None  # some values need the careful path (and will be reported there)
        conn.exec_driver_sql(f"UPDATE {table} SET {target} = {expression} WHERE {source} IS NOT NULL")
        return total

    def convert_values(self, writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef, convert: ValueConverter) -> None:
        """One UPDATE calling the converter per value, without moving rows through Python batches."""
        dialect = writer.conn.dialect
        read = field_column(old, with_fk=False).type.dialect_impl(dialect).result_processor(dialect, None)
        write = field_column(new, with_fk=False).type.dialect_impl(dialect).bind_processor(dialect)

        def converted(record_id: int, raw: Any) -> Any:
            result = convert(record_id, read(raw) if read is not None else raw)
            return write(result) if write is not None and result is not None else result

        driver = writer.conn.connection.driver_connection
        driver.create_function("sp_convert", 2, converted)  # type: ignore[union-attr]
        try:
            table, source, target = table_name(obj.id), column_name(old), column_name(new)
            writer.conn.exec_driver_sql(f"UPDATE {table} SET {target} = sp_convert(id, {source}) WHERE {source} IS NOT NULL")
        finally:
            driver.create_function("sp_convert", 2, None)  # type: ignore[union-attr]

    # --- reports: dates are ISO text, so strftime/date() cut them ---------------------------------------
    def date_part(self, expr: Any, part: str) -> Any:
        """A month or a year in one strftime call (two would cost a third of a large report's time)."""
        if part == "month":
            return sa.cast(sa.func.strftime(sa.literal_column("'%Y%m'"), expr), sa.Integer)
        if part == "year":
            return sa.cast(sa.func.strftime(sa.literal_column("'%Y'"), expr), sa.Integer)
        return super().date_part(expr, part)

    def day_of(self, expr: Any) -> Any:
        return sa.type_coerce(sa.func.date(expr), sa.Date)

    def week_start(self, expr: Any) -> Any:
        return sa.type_coerce(sa.func.date(expr, sa.literal_column("'weekday 0'"), sa.literal_column("'-6 days'")), sa.Date)

    def iso_weekday(self, expr: Any) -> Any:
        sunday_first = sa.cast(sa.func.strftime(sa.literal_column("'%w'"), expr), sa.Integer)
        shifted = (sunday_first + sa.literal_column("6", sa.Integer)).self_group().op("%")(sa.literal_column("7", sa.Integer))
        return shifted.self_group() + sa.literal_column("1", sa.Integer)

    def fold_text(self, expr: Any) -> Any:
        """sp_casefold (registered on every connection): the same folding the filters' equality uses."""
        return sa.func.sp_casefold(expr)


def _exact_copy_sql(copy: ExactCopy, source: str) -> tuple[str, str | None]:
    """The expression that fills the new column, and the condition every value must meet (None = any)."""
    if copy.to_float:
        return f"CAST({source} AS REAL)", None
    if not copy.text:
        expression = source if copy.factor == 1 else f"{source} * {copy.factor}"
        return expression, None if copy.limit is None else f"abs({source}) < {copy.limit}"
    blanks = "' ' || char(9) || char(10) || char(13)"
    trimmed = f"rtrim({source}, {blanks})" if copy.long_text else f"trim({source}, {blanks})"
    # Only values already in canonical form (no NUL, which stops SQLite's length(); no blanks the parser trims)
    # take the fast path; any other value sends the whole change down the careful Python path.
    clean = f"instr({source}, char(0)) = 0 AND instr({source}, char(13)) = 0 AND {source} = {trimmed}"
    return source, clean if copy.max_length is None else f"length({source}) <= {copy.max_length} AND {clean}"
