"""`check`: the database file's integrity and the stored structure against the real tables."""

from __future__ import annotations

import sqlalchemy as sa

from supasoft.core.fieldtypes import field_types
from supasoft.services.session import Session
from supasoft.storage.physical import SYSTEM_COLUMNS, column_name, is_stored, table_name


def check_database(session: Session) -> list[str]:
    """Every problem found (empty = clean)."""
    problems: list[str] = []
    storage = session.storage
    config = session.configuration.config
    with storage.connect() as conn:
        if storage.kind == "sqlite":
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    problems.append(f"file: {line}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(f"broken reference in {row[0]} row {row[1]} -> {row[2]}")
        inspector = sa.inspect(conn)
        tables = set(inspector.get_table_names())
        for obj in config.objects:
            name = table_name(obj.id)
            if name not in tables:
                problems.append(f"object {obj.name}: table {name} is missing")
                continue
            actual = {c["name"].lower() for c in inspector.get_columns(name)}
            expected = {c for c in SYSTEM_COLUMNS} | {column_name(f) for f in obj.fields if is_stored(f)}
            for missing in sorted(expected - actual):
                problems.append(f"object {obj.name}: column {missing} is missing")
            for extra in sorted(actual - expected):
                problems.append(f"object {obj.name}: column {extra} is not in the structure")
            for f in obj.fields:
                if f.type not in field_types:
                    problems.append(f"object {obj.name}: field {f.name} has unknown type {f.type}")
        known = {table_name(o.id) for o in config.objects}
        for name in sorted(tables):
            if name.startswith("t_") and name not in known:
                problems.append(f"table {name} belongs to no object")
    return problems
