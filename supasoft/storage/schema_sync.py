"""Live structure changes on real tables: create/drop tables, add/retire columns, move values on a type change.

Every statement is built from ids (t_<id>, f_<id>), so no user text reaches DDL. On SQLite the
whole change runs in the caller's transaction; Firebird applies DDL only at COMMIT, so callers
there commit after each step (see `SchemaWriter.step_boundary`).
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from supasoft.core.errors import SchemaError
from supasoft.core.fieldtypes.roles import link_target, links_object
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, ObjectDef, UniqueKeyDef
from supasoft.core.unique_keys import key_field_names
from supasoft.storage.engine import commit_step
from supasoft.storage.errors import firebird_kind
from supasoft.storage.index_sync import create_index
from supasoft.storage.physical import (
    IndexSpec,
    build_table,
    column_name,
    field_column,
    field_index_name,
    field_indexes,
    is_stored,
    key_index,
    needs_index,
    table_indexes,
    table_name,
)

BATCH = 5000
log = logging.getLogger(__name__)


class SchemaWriter:
    """Applies structure changes on one connection.

    SQLite: every statement runs in the caller's transaction, so a rollback undoes all of it.
    Firebird (`stepwise`): DDL takes effect only at COMMIT, so each additive step (create table,
    add column, create or drop index) is committed at once and its compensation is remembered;
    destructive steps (drop column, drop table) are deferred until the new structure document is
    committed. A failure before that point rolls back the open transaction and runs the
    compensations (`compensate`), so the stored document always names exactly the columns and
    tables it uses; leftovers of a failed drop are harmless and retried later (`finish`).
    """

    def __init__(self, conn: sa.Connection, on_step: Callable[[], None] | None = None, *, stepwise: bool | None = None):
        self.conn = conn
        self.kind = "firebird" if conn.dialect.name.startswith("firebird") else "sqlite"
        self.stepwise = self.kind == "firebird" if stepwise is None else stepwise
        self.ops = Operations(MigrationContext.configure(conn))
        self._on_step = on_step
        self.undo: list[str | Callable[[], None]] = []  # compensations of committed steps, in order
        self.deferred: list[str] = []  # destructive DDL to run once the new structure is stored

    def step_boundary(self) -> None:
        """Commit between DDL steps on Firebird (and let a caller hook in)."""
        if self.stepwise:
            commit_step(self.conn)
        if self._on_step is not None:
            self._on_step()

    def _additive(self, run: Callable[[], None], undo: str | Callable[[], None]) -> None:
        run()
        self.step_boundary()
        if self.stepwise:
            self.undo.append(undo)

    def _destructive(self, ddl: str) -> None:
        if self.stepwise:
            self.deferred.append(ddl)
            return
        if ddl.startswith("DROP TABLE") and self.kind == "sqlite":
            # tables dropped together may reference each other (either order): check the keys at commit
            self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        self.conn.execute(sa.text(ddl))

    # --- objects -----------------------------------------------------------------------------
    def create_object(self, obj: ObjectDef) -> None:
        """Create the object's table; reference columns are added after, so their keys stay inline."""
        plain = ObjectDef(obj.id, obj.name, obj.plural, [f for f in obj.fields if not links_object(f)])

        def create() -> None:
            build_table(plain, sa.MetaData()).create(self.conn)
            for spec in table_indexes(plain, self.kind):
                self._create_index(spec, table_name(obj.id))

        self._additive(create, f"DROP TABLE {table_name(obj.id)}")
        for f in obj.fields:
            if links_object(f):
                self.add_field(obj, f)

    def drop_object(self, obj: ObjectDef) -> None:
        self._destructive(f"DROP TABLE {table_name(obj.id)}")

    # --- fields ------------------------------------------------------------------------------
    def add_field(self, obj: ObjectDef, f: FieldDef) -> None:
        """Add the field's column (instant on SQLite: only the schema changes) and its index."""
        if not is_stored(f):
            return
        column = field_column(f, with_fk=False)
        spec = sa.schema.CreateColumn(column).compile(dialect=self.conn.dialect)
        keyword = "ADD COLUMN" if self.kind == "sqlite" else "ADD"
        ddl = f"ALTER TABLE {table_name(obj.id)} {keyword} {spec}"
        if link_target(f) is not None:
            ddl += f" REFERENCES {table_name(f.target)}(id)"
        self._additive(lambda: self.conn.execute(sa.text(ddl)), self._drop_column_ddl(obj, f))
        self.create_index(obj, f)

    def _drop_column_ddl(self, obj: ObjectDef, f: FieldDef) -> str:
        keyword = "DROP COLUMN" if self.kind == "sqlite" else "DROP"
        return f"ALTER TABLE {table_name(obj.id)} {keyword} {column_name(f)}"

    def create_index(self, obj: ObjectDef, f: FieldDef) -> None:
        """The field's indexes; a unique one over values already shared refuses with a SchemaError."""
        table = table_name(obj.id)
        for spec in field_indexes(obj.id, f, self.kind):
            try:
                self._additive(
                    lambda spec=spec: self._create_index(spec, table),
                    lambda spec=spec: self.ops.drop_index(spec.name, table_name=table),
                )
            except sa.exc.DBAPIError as exc:
                duplicate = isinstance(exc.orig, sqlite3.IntegrityError) or firebird_kind(exc, self.conn.dialect) == "unique_violation"
                if not (spec.unique and duplicate):
                    raise
                raise SchemaError(f"{obj.name}.{f.name} cannot be unique: some records share the same value") from exc

    def create_key_index(self, obj: ObjectDef, key: UniqueKeyDef, config: Configuration | None = None) -> None:
        """A unique key's index; records already sharing the key's values refuse it with a SchemaError naming them
        (references by their records' Codes when the structure is given)."""
        from supasoft.storage.unique_keys import duplicate_refusal

        if (refusal := duplicate_refusal(self.conn, obj, key, config)) is not None:
            raise SchemaError(refusal)
        spec, table = key_index(obj, key), table_name(obj.id)
        try:
            self._additive(lambda: self._create_index(spec, table), lambda: self.ops.drop_index(spec.name, table_name=table))
        except sa.exc.DBAPIError as exc:  # another user saved a duplicate meanwhile
            duplicate = isinstance(exc.orig, sqlite3.IntegrityError) or firebird_kind(exc, self.conn.dialect) == "unique_violation"
            if not duplicate:
                raise
            raise SchemaError(Message("Some records share the values of {fields}; make them different first",
                                      fields=key_field_names(obj, key))) from exc

    def drop_key_index(self, obj: ObjectDef, key: UniqueKeyDef) -> None:
        """Remove a unique key's index (immediate, like drop_index; a missing one is left alone)."""
        spec, table = key_index(obj, key), table_name(obj.id)
        if spec.name in self.index_names(table):
            self._additive(lambda: self.ops.drop_index(spec.name, table_name=table), lambda: self._create_index(spec, table))

    def drop_index(self, obj: ObjectDef, f: FieldDef) -> None:
        # immediate even on Firebird: the same name may be created again in this change
        table = table_name(obj.id)
        specs = field_indexes(obj.id, f, self.kind)
        present = self.index_names(table) if specs else set()
        for spec in specs:
            if spec.name in present:  # a database from before an index was added to the layout lacks it
                self._additive(
                    lambda spec=spec: self.ops.drop_index(spec.name, table_name=table),
                    lambda spec=spec: self._create_index(spec, table),
                )

    def _create_index(self, spec: IndexSpec, table: str) -> None:
        create_index(self.ops, spec, table)

    def index_names(self, table: str) -> set[str]:
        """The names of a table's indexes as they are now (lower case)."""
        return {(ix.get("name") or "").lower() for ix in sa.inspect(self.conn).get_indexes(table)}

    def drop_field(self, obj: ObjectDef, f: FieldDef) -> None:
        """Remove a field's column and its index."""
        if not is_stored(f):
            return
        if needs_index(f):
            self.drop_index(obj, f)
        elif self._has_index(obj, f):  # indexed by an earlier step of this change (index options changed)
            self.drop_index(obj, dataclasses.replace(f, indexed=True))
        self._destructive(self._drop_column_ddl(obj, f))

    def _has_index(self, obj: ObjectDef, f: FieldDef) -> bool:
        return field_index_name(obj.id, f) in self.index_names(table_name(obj.id))

    # --- the end of a step-wise change ---------------------------------------------------------
    def compensate(self) -> list[str]:
        """After a rollback: undo the committed steps, newest first; returns what could not be undone."""
        self.deferred.clear()
        failed: list[str] = []
        while self.undo:
            step = self.undo.pop()
            try:
                with self.conn.begin():
                    if isinstance(step, str):
                        self.conn.execute(sa.text(step))
                    else:
                        step()
            except Exception as exc:  # a leftover unused column/table is harmless; keep going
                rollback_driver(self.conn)
                log.warning("could not undo a structure step (%s): %s", step, exc)
                failed.append(step if isinstance(step, str) else getattr(step, "__qualname__", "step"))
        return failed

    def finish(self) -> list[str]:
        """After the new structure is committed: run the deferred drops; returns those that failed."""
        self.undo.clear()
        waiting, failed = list(self.deferred), []
        while waiting:  # a table referenced by another dropped table goes once that one is gone: retry while it helps
            failed = []
            for ddl in waiting:
                try:
                    with self.conn.begin():
                        self.conn.execute(sa.text(ddl))
                except Exception as exc:  # e.g. another user still has the table open (lock timeout)
                    rollback_driver(self.conn)
                    log.warning("deferred structure step failed, will retry later (%s): %s", ddl, exc)
                    failed.append(ddl)
            if len(failed) == len(waiting):
                break
            waiting = failed
        self.deferred.clear()
        return failed

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


def rollback_driver(conn: sa.Connection) -> None:
    """Firebird keeps a transaction whose COMMIT failed (DDL errors surface there) active with its work:
    roll it back in the driver, or the next commit on this connection would try the failed DDL again."""
    try:
        conn.connection.dbapi_connection.rollback()  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - nothing left to roll back
        pass
