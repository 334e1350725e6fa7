"""Moving a field's values to a column of its new type: the statements a type change runs.

The service decides what each value becomes (type_change.Converter) and whether the change is an exact
copy SQL can do on its own (`ExactCopy`); this module and the engine's ops (storage.ops) run it. Every
statement is built from ids (t_<id>, f_<id>), so no user text reaches SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.storage.query import QueryBuilder
from supasoft.storage.schema_sync import SchemaWriter

ValueConverter = Callable[[int, Any], Any]
"""(record id, stored value) -> the value for the new column, or None when it did not convert (the caller notes why)."""


@dataclass(frozen=True)
class ExactCopy:
    """A lossless conversion SQL can run without Python per value: numbers times `factor`, or text kept as it is."""

    factor: int = 1
    limit: int | None = None
    """Every absolute value must stay below this, or the change takes the careful path."""
    to_float: bool = False
    text: bool = False
    """Text values must already be canonical (no NUL, no CR, no blanks the parser would trim)."""
    long_text: bool = False
    """Long text keeps leading blanks (only trailing ones are trimmed by its parser)."""
    max_length: int | None = None


def display_texts(conn: sa.Connection, config: Configuration, physical: Any, target: ObjectDef) -> list[tuple[int, Any]]:
    """(id, display value) of every record of `target`: what a reference shows, for text -> reference matching."""
    builder = QueryBuilder(config, physical, target)
    display = builder.display(() if target.display_field is None else (target.display_field,))
    rows = conn.execute(sa.select(builder.base.c.id, display).select_from(builder.from_clause())).all()
    return [(record_id, text) for record_id, text in rows]


def convert_in_batches(writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef, convert: ValueConverter) -> None:
    """The portable path: read the old column batch by batch, write the converted values to the new one."""
    for batch in writer.read_values(obj, old):
        good: list[tuple[int, Any]] = []
        for record_id, raw in batch:
            value = convert(record_id, raw)
            if value is not None:
                good.append((record_id, value))
        writer.write_values(obj, new, good)

