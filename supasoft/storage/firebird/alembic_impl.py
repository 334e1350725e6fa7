"""alembic support for Firebird, so runtime schema edits (Operations) work: alembic ships no Firebird impl."""

from __future__ import annotations

from typing import Any

from alembic.ddl.base import (
    AddColumn,
    ColumnName,
    DropColumn,
    alter_table,
    format_column_name,
    visit_add_column,
)
from alembic.ddl.impl import DefaultImpl
from sqlalchemy.ext.compiler import compiles

DIALECT_NAMES = ("firebird", "firebird.firebird", "firebird.fdb")

_registered = False


def _add_column(element: AddColumn, compiler: Any, **kw: Any) -> str:
    # Firebird: ALTER TABLE t ADD c ... (no COLUMN keyword)
    return visit_add_column(element, compiler, **kw).replace(" ADD COLUMN ", " ADD ", 1)


def _rename_column(element: ColumnName, compiler: Any, **kw: Any) -> str:
    # Firebird: ALTER TABLE t ALTER COLUMN a TO b (no RENAME)
    table = alter_table(compiler, element.table_name, element.schema)
    old, new = format_column_name(compiler, element.column_name), format_column_name(compiler, element.newname)
    return f"{table} ALTER COLUMN {old} TO {new}"


def _drop_column(element: DropColumn, compiler: Any, **kw: Any) -> str:
    # Firebird: ALTER TABLE t DROP c (no COLUMN keyword)
    table = alter_table(compiler, element.table_name, element.schema)
    return f"{table} DROP {format_column_name(compiler, element.column.name)}"


def register() -> None:
    """Register the impl classes and compile fixes for every Firebird dialect name (idempotent)."""
    global _registered
    if _registered:
        return
    for name in DIALECT_NAMES:
        # DefaultImpl's metaclass registers each subclass under its __dialect__
        type("FirebirdImpl_" + name.replace(".", "_"), (DefaultImpl,), {"__dialect__": name, "transactional_ddl": True})
        compiles(AddColumn, name)(_add_column)
        compiles(ColumnName, name)(_rename_column)
        compiles(DropColumn, name)(_drop_column)
    _registered = True
