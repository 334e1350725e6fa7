"""The real tables against the structure document: every difference an import, a tool or a crash could leave.

Used by `check`: missing or extra tables and columns, columns of the wrong type, missing or reshaped
indexes, and Code counters behind the codes already given (the next new record would collide).
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.storage.catalog import sys_counters
from supasoft.storage.index_sync import index_plan
from supasoft.storage.physical import SYSTEM_COLUMNS, column_name, field_column, is_stored, table_name

_NOISE = re.compile(r"\s+(CHARACTER SET \w+|SEGMENT SIZE \d+|COLLATE \w+)", re.IGNORECASE)


def file_problems(conn: sa.Connection, kind: str) -> list[str]:
    """SQLite: the file's own integrity and foreign key checks (the server guards a Firebird file itself)."""
    if kind != "sqlite":
        return []
    problems = [f"file: {line}" for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all() if line != "ok"]
    problems += [f"broken reference in {row[0]} row {row[1]} -> {row[2]}" for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all()]
    return problems


def physical_problems(conn: sa.Connection, config: Configuration, kind: str) -> list[str]:
    """Every difference between the structure and the database's tables (empty = they agree)."""
    inspector = sa.inspect(conn)
    tables = {t.lower() for t in inspector.get_table_names()}
    problems: list[str] = []
    present: list[ObjectDef] = []
    for obj in config.objects:
        name = table_name(obj.id)
        if name not in tables:
            problems.append(f"object {obj.name}: table {name} is missing")
            continue
        present.append(obj)
        problems += _column_problems(conn, inspector, obj)
    known = {table_name(o.id) for o in config.objects}
    problems += [f"table {name} belongs to no object" for name in sorted(tables) if name.startswith("t_") and name not in known]
    fine = [o for o in present if not any(p.startswith(f"object {o.name}: column") for p in problems)]
    if fine:
        checked = Configuration(objects=fine, next_id=config.next_id)
        for action, table, spec in index_plan(conn, checked, kind):
            owner = next(o for o in fine if table_name(o.id) == table)
            what = "is missing" if action == "create" else "has another shape than the structure needs"
            problems.append(f"object {owner.name}: index {spec.name} {what}")
    problems += _counter_problems(conn, present)
    return problems


def _column_problems(conn: sa.Connection, inspector: sa.Inspector, obj: ObjectDef) -> list[str]:
    name = table_name(obj.id)
    actual = {c["name"].lower(): c for c in inspector.get_columns(name)}
    stored = {column_name(f): f for f in obj.fields if is_stored(f) and f.type in field_types}
    expected = set(SYSTEM_COLUMNS) | set(stored)
    problems = [f"object {obj.name}: column {missing} is missing" for missing in sorted(expected - set(actual))]
    problems += [f"object {obj.name}: column {extra} is not in the structure" for extra in sorted(set(actual) - expected)]
    for column, f in stored.items():
        if column in actual:
            want, have = _type_text(conn, field_column(f).type), _type_text(conn, actual[column]["type"])
            if want != have:
                problems.append(f"object {obj.name}: column {column} ({_label(f)}) is {have}, the structure needs {want}")
    problems += _key_problems(inspector, obj, stored, set(actual))
    return problems


def _key_problems(inspector: sa.Inspector, obj: ObjectDef, stored: dict[str, FieldDef], present: set[str]) -> list[str]:
    """A reference column's foreign key must point at its target's table (else saves refuse valid records)."""
    refs = {c: f for c, f in stored.items() if link_target(f) is not None and c in present}
    if not refs:
        return []
    keys: dict[str, set[str]] = {}
    for fk in inspector.get_foreign_keys(table_name(obj.id)):
        for col in fk.get("constrained_columns") or ():
            keys.setdefault(str(col).lower(), set()).add(str(fk.get("referred_table") or "").lower())
    problems = []
    for column, f in refs.items():
        target = table_name(f.target)  # type: ignore[arg-type]
        found = keys.get(column, set())
        if target not in found:
            now = f"points at {', '.join(sorted(found))}" if found else "has no foreign key"
            problems.append(f"object {obj.name}: reference column {column} ({_label(f)}) {now}, the structure says {target}")
    return problems


def _type_text(conn: sa.Connection, type_: sa.types.TypeEngine) -> str:
    """A column type as the engine writes it, without character set and segment details."""
    try:
        text = type_.compile(dialect=conn.dialect)
    except Exception:  # noqa: BLE001 - a type the dialect cannot render is shown by its class
        text = type(type_).__name__
    return " ".join(_NOISE.sub("", text).upper().split())


def _label(f: FieldDef) -> str:
    return f"field {f.name}, {f.type}"


def _counter_problems(conn: sa.Connection, objects: list[ObjectDef]) -> list[str]:
    """A Code counter at or below a code in use makes the next new record collide with it."""
    if not objects:
        return []
    counters = dict(conn.execute(sa.select(sys_counters.c.object_id, sys_counters.c.next_code)).all())
    problems = []
    for obj in objects:
        table = sa.table(table_name(obj.id), sa.column("rec_code"))
        highest = conn.execute(sa.select(sa.func.max(table.c.rec_code))).scalar()
        if highest is None:
            continue
        next_code = counters.get(obj.id)
        if next_code is None or next_code <= highest:
            shown = "missing" if next_code is None else f"at {next_code}"
            problems.append(f"object {obj.name}: the Code counter is {shown}, but Code {highest} is already used")
    return problems
