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
from supasoft.storage.unique_keys import key_holder, key_holders, shown_values

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


class KeyBatch:
    """Key values of many rows (a bulk insert, an import preview): a repeat of an earlier row is found as rows come,
    stored holders are looked up for the pending rows at once (a few queries per batch instead of one per row)."""

    def __init__(self, conn: Connection, config: Configuration, obj: ObjectDef, skip_codes: range = range(0)):
        self.conn, self.config, self.obj, self.skip_codes = conn, config, obj, skip_codes  # skip: this insert's own Codes
        self.rows: dict[tuple[int, tuple[Any, ...]], int] = {}
        self.pending: list[tuple[int, UniqueKeyDef, tuple[Any, ...]]] = []

    def add(self, values: dict[int, Any], row: int) -> list[FieldProblem]:
        """Problems for the keys this row shares with an earlier row; otherwise its keys wait for held()."""
        problems, waiting = [], []
        for key in self.obj.unique_keys:
            stored = stored_key(self.obj, key, values)
            if stored is None:
                continue
            earlier = self.rows.setdefault((key.id, tuple(stored)), row)
            if earlier != row:
                problems.append(key_problem(self.conn, self.config, self.obj, key, stored, REPEATED, row=earlier))
            else:
                waiting.append((row, key, tuple(stored)))
        if not problems:
            self.pending += waiting
        return problems

    def held(self) -> dict[int, list[FieldProblem]]:
        """Row -> problems for the pending rows whose key values a stored record holds; the pending rows are done."""
        problems: dict[int, list[FieldProblem]] = {}
        for key in self.obj.unique_keys:
            combos = {combo for _row, k, combo in self.pending if k.id == key.id}
            holders = key_holders(self.conn, self.obj, key, combos, self.skip_codes) if combos else {}
            for row, k, combo in self.pending:
                if k.id == key.id and combo in holders:
                    problems.setdefault(row, []).append(key_problem(self.conn, self.config, self.obj, key, list(combo), TAKEN,
                                                                    code=self.obj.format_code(holders[combo])))
        self.pending = []
        return problems
