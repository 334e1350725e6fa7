"""Live structure changes on real tables: create/drop tables, add/retire columns, move values on a type change.

Every statement is built from ids (t_<id>, f_<id>), so no user text reaches DDL. On SQLite the
whole change runs in the caller's transaction; Firebird applies DDL only at COMMIT, so callers
there commit after each step (see `SchemaWriter.step_boundary`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.storage.physical import (
    build_table,
    column_name,
    field_column,
    field_index_name,
    is_stored,
    needs_index,
    table_name,
)

BATCH = 5000


class SchemaWriter:
    """Applies structure changes on one connection (inside the caller's transaction)."""

    def __init__(self, conn: sa.Connection, on_step: Callable[[], None] | None = None):
        self.conn = conn
        self.kind = "firebird" if conn.dialect.name.startswith("firebird") else "sqlite"
        self.ops = Operations(MigrationContext.configure(conn))
        self._on_step = on_step

    def step_boundary(self) -> None:
        """Let the caller commit between DDL steps (needed on Firebird)."""
        if self._on_step is not None:
            self._on_step()

    # --- objects -----------------------------------------------------------------------------
    def create_object(self, obj: ObjectDef) -> None:
        """Create the object's table; reference columns are added after, so their keys stay inline."""
        plain = ObjectDef(obj.id, obj.name, obj.plural, [f for f in obj.fields if f.type != "reference"])
        build_table(plain, sa.MetaData()).create(self.conn)
        self.step_boundary()
        for f in obj.fields:
            if f.type == "reference":
                self.add_field(obj, f)

    def drop_object(self, obj: ObjectDef) -> None:
        self.conn.execute(sa.text(f"DROP TABLE {table_name(obj.id)}"))
        self.step_boundary()

    # --- fields ------------------------------------------------------------------------------
    def add_field(self, obj: ObjectDef, f: FieldDef) -> None:
        """Add the field's column (instant on SQLite: only the schema changes) and its index."""
        if not is_stored(f):
            return
        column = field_column(f, with_fk=False)
        spec = sa.schema.CreateColumn(column).compile(dialect=self.conn.dialect)
        keyword = "ADD COLUMN" if self.kind == "sqlite" else "ADD"
        ddl = f"ALTER TABLE {table_name(obj.id)} {keyword} {spec}"
        if f.type == "reference" and f.target is not None:
            ddl += f" REFERENCES {table_name(f.target)}(id)"
        self.conn.execute(sa.text(ddl))
        self.step_boundary()
        self.create_index(obj, f)

    def create_index(self, obj: ObjectDef, f: FieldDef) -> None:
        if is_stored(f) and needs_index(f):
            self.ops.create_index(field_index_name(obj.id, f), table_name(obj.id), [column_name(f)], unique=f.unique)
            self.step_boundary()

    def drop_index(self, obj: ObjectDef, f: FieldDef) -> None:
        if is_stored(f) and needs_index(f):
            self.ops.drop_index(field_index_name(obj.id, f), table_name=table_name(obj.id))
            self.step_boundary()

    def drop_field(self, obj: ObjectDef, f: FieldDef) -> None:
        """Remove a field's column and its index."""
        if not is_stored(f):
            return
        self.drop_index(obj, f)
        keyword = "DROP COLUMN" if self.kind == "sqlite" else "DROP"
        self.conn.execute(sa.text(f"ALTER TABLE {table_name(obj.id)} {keyword} {column_name(f)}"))
        self.step_boundary()

    def read_values(self, obj: ObjectDef, f: FieldDef) -> Iterator[list[tuple[int, Any]]]:
        """The stored (id, value) pairs of a field, in batches."""
        table = sa.Table(table_name(obj.id), sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), field_column(f, with_fk=False))
        last = 0
        while True:
            rows = self.conn.execute(
                sa.select(table.c.id, table.c[column_name(f)])
                .where(table.c.id > last, table.c[column_name(f)].is_not(None))
                .order_by(table.c.id)
                .limit(BATCH)
            ).all()
            if not rows:
                return
            last = rows[-1][0]
            yield [(r[0], r[1]) for r in rows]

    def write_values(self, obj: ObjectDef, f: FieldDef, pairs: list[tuple[int, Any]]) -> None:
        """Set a field's column for the given record ids."""
        if not pairs:
            return
        col = field_column(f)
        table = sa.Table(table_name(obj.id), sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), col)
        stmt = table.update().where(table.c.id == sa.bindparam("_id")).values({col.name: sa.bindparam("_v")})
        self.conn.execute(stmt, [{"_id": i, "_v": v} for i, v in pairs])
