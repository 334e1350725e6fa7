"""Bring the indexes of existing object tables to the current layout (physical.table_indexes).

Databases made by an earlier Supasoft have other index shapes (e.g. one-column sort indexes, which
Firebird cannot use for a sorted page ending with the id tie-break). This runs once per layout
version when a database is opened; indexes only affect speed, so a failure (a staff account without
DDL rights, a table in use elsewhere) is logged and retried at the next open, never fatal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from supasoft.core.meta import Configuration
from supasoft.storage.physical import IndexSpec, table_indexes, table_name

INDEX_LAYOUT = "2"  # 1: one-column indexes; 2: sort indexes end with id, descending twins on Firebird
log = logging.getLogger(__name__)


def _shape(ix: dict) -> tuple[tuple[str, ...], bool, bool]:
    options = ix.get("dialect_options") or {}
    cols = tuple(str(c).lower() for c in ix.get("column_names") or ())
    return cols, bool(ix.get("unique")), bool(options.get("firebird_descending"))


def _spec_shape(spec: IndexSpec) -> tuple[tuple[str, ...], bool, bool]:
    return spec.columns, spec.unique, spec.descending


def index_plan(conn: sa.Connection, config: Configuration, kind: str) -> list[tuple[str, str, IndexSpec]]:
    """What must change: (action, table, spec) with action "create" or "replace", in order."""
    inspector = sa.inspect(conn)
    tables = {t.lower() for t in inspector.get_table_names()}
    plan: list[tuple[str, str, IndexSpec]] = []
    for obj in config.objects:
        table = table_name(obj.id)
        if table not in tables:
            continue
        actual = {(ix.get("name") or "").lower(): _shape(ix) for ix in inspector.get_indexes(table)}
        for spec in table_indexes(obj, kind):
            if spec.name not in actual:
                plan.append(("create", table, spec))
            elif actual[spec.name] != _spec_shape(spec):
                plan.append(("replace", table, spec))
    return plan


def apply_index_plan(conn: sa.Connection, plan: list[tuple[str, str, IndexSpec]],
                     on_step: Callable[[], None] | None = None) -> None:
    """Create or rebuild the planned indexes on the caller's transaction."""
    ops = Operations(MigrationContext.configure(conn))
    for action, table, spec in plan:
        if action == "replace":
            ops.drop_index(spec.name, table_name=table)
        create_index(ops, spec, table)
        if on_step is not None:
            on_step()


def create_index(ops: Operations, spec: IndexSpec, table: str) -> None:
    """CREATE [DESCENDING] INDEX for one spec (the descending option exists only on Firebird)."""
    extra = {"firebird_descending": True} if spec.descending else {}
    ops.create_index(spec.name, table, list(spec.columns), unique=spec.unique, **extra)
