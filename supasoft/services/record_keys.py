"""Unique keys on save: a record whose key values another record already holds is refused, naming that record's Code.

Checked before the database does (a clear message with the other record), and again after a unique index refused
a write that raced with another user's save, so both give the same ValidationError. An empty value counts as a
value (as Firebird's compound unique index has it); only a record with every field of a key empty is not held to it.
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import FieldProblem
from supasoft.core.fieldtypes import field_types
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, ObjectDef, UniqueKeyDef
from supasoft.core.unique_keys import key_field_names
from supasoft.storage.connection import Connection
from supasoft.storage.unique_keys import key_holder, shown_values

TAKEN = "The values {values} of {fields} are already used by {code}"
REPEATED = "The values {values} of {fields} repeat row {row}"


def stored_key(obj: ObjectDef, key: UniqueKeyDef, values: dict[int, Any]) -> list[Any] | None:
    """The key's values as stored (None when all of them are empty: then the key does not apply)."""
    out = []
    for fid in key.fields:
        value = values.get(fid)
        f = obj.field_by_id(fid)
        out.append(None if value is None else field_types.get(f.type).to_db(value, f))
    return None if all(v is None for v in out) else out


def key_problem(conn: Connection, config: Configuration, obj: ObjectDef, key: UniqueKeyDef, stored: list[Any],
                template: str, **extra: Any) -> FieldProblem:
    """The problem shown at the key's first field: which values (references by Code), of which fields, and who has them."""
    first = obj.field_by_id(key.fields[0])
    return FieldProblem(first.id, first.name, Message(template, values=shown_values(conn, config, obj, key, stored),
                                                      fields=key_field_names(obj, key), **extra))


def taken_keys(conn: Connection, config: Configuration, obj: ObjectDef, values: dict[int, Any],
               record_id: int | None) -> list[FieldProblem]:
    """A problem for each unique key whose values another stored record holds."""
    problems = []
    for key in obj.unique_keys:
        stored = stored_key(obj, key, values)
        if stored is None:
            continue
        code = key_holder(conn, obj, key, stored, record_id)
        if code is not None:
            problems.append(key_problem(conn, config, obj, key, stored, TAKEN, code=obj.format_code(code)))
    return problems


class SeenKeys:
    """Key values of the rows of one bulk insert so far: a row repeating an earlier one is refused before the index does."""

    def __init__(self, conn: Connection, config: Configuration, obj: ObjectDef):
        self.conn, self.config, self.obj = conn, config, obj
        self.rows: dict[tuple[int, tuple[Any, ...]], int] = {}

    def repeated(self, values: dict[int, Any], row: int) -> list[FieldProblem]:
        """Problems for the keys this row (1-based) shares with an earlier row; remembers the row's keys."""
        problems = []
        for key in self.obj.unique_keys:
            stored = stored_key(self.obj, key, values)
            if stored is None:
                continue
            earlier = self.rows.setdefault((key.id, tuple(stored)), row)
            if earlier != row:
                problems.append(key_problem(self.conn, self.config, self.obj, key, stored, REPEATED, row=earlier))
        return problems
