"""Record rows in and out of an object's table: the only place record SQL is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from supasoft.core.fieldtypes.roles import is_long_text, links_object
from supasoft.core.meta import Configuration, FieldDef, FieldPath, FilterGroup, ObjectDef, SortKey
from supasoft.storage.catalog import sys_files
from supasoft.storage.errors import is_conflict
from supasoft.storage.physical import PhysicalModel, column_name, is_stored
from supasoft.storage.query import QueryBuilder, QueryContext

SYSTEM_KEYS = ("id", "rec_code", "rec_version", "created_at", "created_by", "updated_at", "updated_by", "owner_id")


class RecordRepository:
    """Reads and writes rows of object tables for one configuration version."""

    def __init__(self, config: Configuration, physical: PhysicalModel, dialect: str):
        self.config = config
        self.physical = physical
        self.dialect = dialect
        self.hidden: dict[int, set[int]] = {}  # object id -> field ids hidden from the current user
        self.readable: Callable[[int, sa.FromClause], sa.ColumnElement[bool] | None] | None = None  # row rights per object

    def table(self, obj: ObjectDef) -> sa.Table:
        return self.physical.table(obj.id)

    def builder(self, obj: ObjectDef, ctx: QueryContext | None = None) -> QueryBuilder:
        builder = QueryBuilder(self.config, self.physical, obj, ctx, self.dialect)
        builder.hidden = self.hidden.get(obj.id, set())
        builder.hidden_of = self.hidden
        builder.readable = self.readable
        return builder

    # --- single rows ---------------------------------------------------------------------------------
    def fetch(self, conn: sa.Connection, obj: ObjectDef, record_id: int) -> dict[str, Any] | None:
        """The raw row (column name -> value) or None."""
        table = self.table(obj)
        row = conn.execute(sa.select(table).where(table.c.id == record_id)).mappings().first()
        return dict(row) if row is not None else None

    def fetch_many(self, conn: sa.Connection, obj: ObjectDef, ids: Sequence[int]) -> list[dict[str, Any]]:
        table = self.table(obj)
        out: list[dict[str, Any]] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            out.extend(dict(r) for r in conn.execute(sa.select(table).where(table.c.id.in_(chunk))).mappings())
        return out

    def codes_of(self, conn: sa.Connection, obj: ObjectDef, ids: Sequence[int]) -> list[str]:
        """The Codes of records as users see them (for messages), in Code order."""
        table = self.table(obj)
        codes: list[int] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            codes.extend(conn.execute(sa.select(table.c.rec_code).where(table.c.id.in_(chunk))).scalars())
        return [obj.format_code(code) for code in sorted(codes)]

    def fetch_where(self, conn: sa.Connection, obj: ObjectDef, field: FieldDef, value: Any) -> list[dict[str, Any]]:
        """Rows whose field equals value (children of a parent through the link field)."""
        table = self.table(obj)
        rows = conn.execute(sa.select(table).where(table.c[column_name(field)] == value).order_by(table.c.id))
        return [dict(r) for r in rows.mappings()]

    def ids_where(self, conn: sa.Connection, obj: ObjectDef, field: FieldDef, value: Any) -> list[int]:
        table = self.table(obj)
        return list(conn.execute(sa.select(table.c.id).where(table.c[column_name(field)] == value)).scalars())

    def insert(self, conn: sa.Connection, obj: ObjectDef, row: dict[str, Any]) -> int:
        """Insert one row; returns its id."""
        table = self.table(obj)
        result = conn.execute(table.insert().values(**row))
        pk = result.inserted_primary_key
        if row.get("id") is not None:  # restored from the trash with its old id
            advance_identity(conn, table.name, int(row["id"]))
        return int(pk[0]) if pk and pk[0] is not None else int(row["id"])

    def insert_many(self, conn: sa.Connection, obj: ObjectDef, rows: list[dict[str, Any]]) -> None:
        """Insert a batch in one executemany (imports, benchmarks)."""
        if rows:
            conn.execute(self.table(obj).insert(), rows)

    def update(self, conn: sa.Connection, obj: ObjectDef, record_id: int, expected_version: int, row: dict[str, Any]) -> bool:
        """Update if the stored version is still expected_version (optimistic locking)."""
        table = self.table(obj)
        try:
            result = conn.execute(
                table.update()
                .where(table.c.id == record_id, table.c.rec_version == expected_version)
                .values(**row, rec_version=expected_version + 1)
            )
        except DBAPIError as exc:
            # Firebird: another transaction updated the row and committed while we waited for its lock
            # (update conflict) or still holds it (lock timeout): the same outcome as a stale version.
            if is_conflict(exc, conn.dialect):
                return False
            raise
        return result.rowcount == 1

    def set_column(self, conn: sa.Connection, obj: ObjectDef, field: FieldDef, record_ids: Iterable[int], value: Any) -> None:
        table = self.table(obj)
        ids = list(record_ids)
        for start in range(0, len(ids), 500):
            conn.execute(table.update().where(table.c.id.in_(ids[start : start + 500])).values({column_name(field): value}))

    def delete(self, conn: sa.Connection, obj: ObjectDef, record_id: int) -> None:
        table = self.table(obj)
        conn.execute(table.delete().where(table.c.id == record_id))

    def exists(self, conn: sa.Connection, obj: ObjectDef, record_id: int) -> bool:
        table = self.table(obj)
        return conn.execute(sa.select(table.c.id).where(table.c.id == record_id)).first() is not None

    def value_taken(self, conn: sa.Connection, obj: ObjectDef, field: FieldDef, value: Any, except_id: int | None) -> bool:
        """Whether another record already holds this value (unique fields)."""
        table = self.table(obj)
        col = table.c[column_name(field)]
        query = sa.select(table.c.id).where(col == value)
        if except_id is not None:
            query = query.where(table.c.id != except_id)
        return conn.execute(query.limit(1)).first() is not None

    # --- lists ---------------------------------------------------------------------------------------
    def select_list(
        self,
        obj: ObjectDef,
        columns: Sequence[FieldPath],
        *,
        where: FilterGroup | None = None,
        search: str | None = None,
        sort: Sequence[SortKey] = (),
        ctx: QueryContext | None = None,
        extra: sa.ColumnElement[bool] | None = None,
        text_preview: int | None = None,
    ) -> tuple[sa.Select, list[FieldPath]]:
        """SELECT id, version, code, then one value (and display for references) per column path;
        with text_preview, long texts give only their first text_preview characters."""
        b = self.builder(obj, ctx)
        exprs: list[sa.ColumnElement[Any]] = [b.base.c.id, b.base.c.rec_version, b.base.c.rec_code]
        layout: list[FieldPath] = []
        for path in columns:
            f = b.field_at(tuple(path))
            if text_preview and f is not None and is_long_text(f) and not f.is_virtual:
                exprs.append(b.preview(tuple(path), text_preview))
            else:
                exprs.append(b.column(tuple(path)) if f is None or not f.is_virtual else b.display(tuple(path)))
            if f is not None and links_object(f):
                exprs.append(b.display(tuple(path)))
            layout.append(tuple(path))
        conditions = [c for c in (b.where(where), b.search(search or ""), extra) if c is not None]
        order = b.order_by(list(sort))
        query = sa.select(*exprs).select_from(b.from_clause())
        if conditions:
            query = query.where(sa.and_(*conditions))
        return query.order_by(*order), layout

    def count(
        self,
        conn: sa.Connection,
        obj: ObjectDef,
        *,
        where: FilterGroup | None = None,
        search: str | None = None,
        ctx: QueryContext | None = None,
        extra: sa.ColumnElement[bool] | None = None,
        at_most: int | None = None,
    ) -> int:
        """How many records match; with at_most, counting stops there (a search need not scan every row)."""
        b = self.builder(obj, ctx)
        conditions = [c for c in (b.where(where), b.search(search or ""), extra) if c is not None]
        if at_most is not None:
            matching = sa.select(b.base.c.id).select_from(b.from_clause())
            if conditions:
                matching = matching.where(sa.and_(*conditions))
            query = sa.select(sa.func.count()).select_from(matching.limit(at_most).subquery())
        else:
            query = sa.select(sa.func.count()).select_from(b.from_clause())
            if conditions:
                query = query.where(sa.and_(*conditions))
        return int(conn.execute(query).scalar_one())

    # --- files ---------------------------------------------------------------------------------------
    def store_file(self, conn: sa.Connection, name: str, data: bytes) -> int:
        result = conn.execute(
            sys_files.insert().values(name=name, size=len(data), data=data, created_at=dt.datetime.now())
        )
        return int(result.inserted_primary_key[0])

    def file_info(self, conn: sa.Connection, file_ids: Iterable[int]) -> dict[int, tuple[str, int]]:
        ids = [i for i in set(file_ids) if i is not None]
        if not ids:
            return {}
        rows = conn.execute(sa.select(sys_files.c.id, sys_files.c.name, sys_files.c.size).where(sys_files.c.id.in_(ids)))
        return {r.id: (r.name, r.size) for r in rows}

    def read_file(self, conn: sa.Connection, file_id: int) -> tuple[str, bytes] | None:
        row = conn.execute(sa.select(sys_files.c.name, sys_files.c.data).where(sys_files.c.id == file_id)).first()
        return (row.name, bytes(row.data)) if row is not None else None


def stored_fields(obj: ObjectDef) -> list[FieldDef]:
    return [f for f in obj.fields if is_stored(f)]


class BulkWriter:
    """Fast inserts for imports: rows of canonical values go to the driver as tuples in one executemany.

    On Firebird the rows go in EXECUTE BLOCKs of many rows each (storage/firebird/bulk.py).
    Each column's own bind processor (the same one SQLAlchemy would use) converts the values, so what
    is stored is exactly what a normal insert stores, without the per-row statement overhead.
    """

    def __init__(self, conn: sa.Connection, table: sa.Table, column_names: Sequence[str]):
        self.conn = conn
        dialect = conn.dialect
        columns = [table.c[name] for name in column_names]
        self.processors = [_fast_processor(c.type, dialect) or c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        self.active = [(i, p) for i, p in enumerate(self.processors) if p is not None]
        marks = ", ".join("?" for _ in columns)  # both sqlite3 and the Firebird drivers use qmark
        self.sql = f"INSERT INTO {table.name} ({', '.join(column_names)}) VALUES ({marks})"
        self.table_name = table.name
        self.id_index = list(column_names).index("id") if "id" in column_names else None
        self.firebird = dialect.name.startswith("firebird")
        self.column_names = list(column_names)
        self._blocks: Any = None  # Firebird: the EXECUTE BLOCK inserter, made on the first write

    def convert(self, values: list[Any]) -> list[Any]:
        """Apply the bind processors in place (only the columns that have one)."""
        for i, process in self.active:
            v = values[i]
            if v is not None:
                values[i] = process(v)
        return values

    def convert_one(self, index: int, value: Any) -> Any:
        process = self.processors[index]
        return value if process is None or value is None else process(value)

    def write(self, rows: list[list[Any]]) -> None:
        if not rows:
            return
        if self.firebird:  # one round trip per block of rows instead of one per row
            if self._blocks is None:
                from supasoft.storage.firebird.bulk import BlockInserter

                self._blocks = BlockInserter(self.conn, self.table_name, self.column_names)
            self._blocks.write(rows)
        else:
            self.conn.exec_driver_sql(self.sql, [tuple(r) for r in rows])
        if self.firebird and self.id_index is not None:
            advance_identity(self.conn, self.table_name, max(r[self.id_index] for r in rows))


def advance_identity(conn: sa.Connection, table_name: str, at_least: int) -> None:
    """Firebird: after rows were inserted with explicit ids, move the id column's identity past them.

    An explicit id does not advance a Firebird identity (notes Q8), so the next normal insert would
    collide. GEN_ID is atomic and outside transactions, so concurrent inserts only ever move it further.
    SQLite's INTEGER PRIMARY KEY always continues after the largest id: nothing to do there.
    """
    if not conn.dialect.name.startswith("firebird"):
        return
    generator = _identity_generator(conn, table_name)
    if generator is None:
        return
    current = conn.exec_driver_sql(f"SELECT GEN_ID({generator}, 0) FROM RDB$DATABASE").scalar_one()
    if current < at_least:
        conn.exec_driver_sql(f"SELECT GEN_ID({generator}, {int(at_least) - int(current)}) FROM RDB$DATABASE").scalar_one()


def reserve_ids(conn: sa.Connection, table: sa.Table, count: int) -> int:
    """The first of `count` consecutive new ids for rows inserted with explicit ids (bulk imports).

    SQLite has one writer at a time, so the largest id + 1 is safe. On Firebird other clients insert
    meanwhile, so the range is taken from the table's identity with one atomic GEN_ID: nobody else
    can get those ids, and the identity is already past them.
    """
    top = conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    generator = _identity_generator(conn, table.name) if conn.dialect.name.startswith("firebird") else None
    if generator is None:
        return int(top) + 1
    advance_identity(conn, table.name, int(top))  # ids inserted explicitly by an older client
    last = conn.exec_driver_sql(f"SELECT GEN_ID({generator}, {int(count)}) FROM RDB$DATABASE").scalar_one()
    return int(last) - int(count) + 1


def _identity_generator(conn: sa.Connection, table_name: str) -> str | None:
    name = conn.execute(
        sa.text("SELECT rdb$generator_name FROM rdb$relation_fields WHERE rdb$relation_name = :t AND rdb$field_name = 'ID'"),
        {"t": table_name.upper()},
    ).scalar()
    name = (name or "").strip()
    return name if name.replace("$", "").replace("_", "").isalnum() else None  # system names like RDB$12


def _fast_processor(column_type: sa.types.TypeEngine, dialect: Any) -> Any:
    """Cheaper equivalents of SQLAlchemy's SQLite bind processors for the hot types (same stored text)."""
    from decimal import Decimal

    from supasoft.core.fieldtypes.scaled import ScaledDecimal

    if dialect.name != "sqlite":
        return None
    if isinstance(column_type, ScaledDecimal):
        factor = Decimal(10) ** column_type.scale
        slow = column_type.dialect_impl(dialect).bind_processor(dialect)

        def scaled(v: Any) -> Any:
            product = v * factor if type(v) is Decimal else None
            if product is not None and product == product.to_integral_value():
                return int(product)
            return slow(v) if slow else v

        return scaled
    if isinstance(column_type, sa.DateTime):
        return lambda v: v.isoformat(sep=" ", timespec="microseconds") if type(v) is dt.datetime else str(v)
    if isinstance(column_type, sa.Date):
        return lambda v: v.isoformat() if type(v) is dt.date else str(v)
    if isinstance(column_type, sa.Boolean):
        return int
    return None
