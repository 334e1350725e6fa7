"""The data steps of a structure change besides DDL: a new field's default, history and trash of what is removed.

Run on the structure change's own connection (inside Storage.schema_change), so they commit or roll back
with the change. Statements are built from ids only.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.storage.catalog import sys_history, sys_trash
from supasoft.storage.physical import column_name, table_name


def fill_empty(conn: sa.Connection, obj: ObjectDef, f: FieldDef, value: Any) -> None:
    """Give every record without a value in the field `value` (already in its stored form)."""
    column = column_name(f)
    statement = sa.text(f"UPDATE {table_name(obj.id)} SET {column} = :v WHERE {column} IS NULL")
    conn.execute(statement.bindparams(sa.bindparam("v", type_=field_types.get(f.type).column_type(f))), {"v": value})


def forget_field_history(conn: sa.Connection, object_id: int, field_id: int) -> None:
    """History rows of a dropped field keep that something changed, not the values (marked "dropped")."""
    conn.execute(
        sys_history.update()
        .where(sys_history.c.object_id == object_id, sys_history.c.field_id == field_id)
        .values(field_id=None, old_value=None, new_value=None, action="dropped")
    )


def forget_object_rows(conn: sa.Connection, object_id: int) -> None:
    """A dropped object's history and trash go with it."""
    conn.execute(sys_history.delete().where(sys_history.c.object_id == object_id))
    conn.execute(sys_trash.delete().where(sys_trash.c.object_id == object_id))
