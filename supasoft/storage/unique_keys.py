"""Reads behind unique keys: records already sharing a key's values, and who holds a combination of values.

An empty value counts as a value (Firebird's compound unique index refuses (NULL, 1) twice, so both engines
behave alike): only records with every key column empty are left out, as both engines' indexes allow those.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, ObjectDef, UniqueKeyDef
from supasoft.core.unique_keys import key_field_names
from supasoft.storage.physical import column_name, field_column, table_name

EMPTY = "—"  # an empty value in a shown combination
CHUNK = 500  # values per IN list (Firebird allows 1,500)


def _key_table(obj: ObjectDef, key: UniqueKeyDef) -> tuple[sa.Table, list[sa.Column]]:
    fields = [obj.field_by_id(fid) for fid in key.fields]
    table = sa.Table(table_name(obj.id), sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("rec_code", sa.BigInteger), *[field_column(f, with_fk=False) for f in fields])
    return table, [table.c[column_name(f)] for f in fields]


def shown_values(conn: sa.Connection, config: Configuration | None, obj: ObjectDef, key: UniqueKeyDef, stored: list[Any]) -> str:
    """'ORD-7 / 42': a combination of stored values as users read them (a reference by its record's Code)."""
    parts = []
    for fid, value in zip(key.fields, stored, strict=True):
        f = obj.field_by_id(fid)
        ft = field_types.get(f.type)
        target = link_target(f)
        if value is None:
            parts.append(EMPTY)
        elif target is not None and config is not None and any(o.id == target for o in config.objects):
            parts.append(_code_of(conn, config.object_by_id(target), value))
        else:
            parts.append(ft.format(ft.from_db(value, f), f))
    return " / ".join(parts)


def _code_of(conn: sa.Connection, target: ObjectDef, record_id: Any) -> str:
    table = sa.Table(table_name(target.id), sa.MetaData(), sa.Column("id", sa.Integer), sa.Column("rec_code", sa.BigInteger))
    code = conn.execute(sa.select(table.c.rec_code).where(table.c.id == record_id)).scalar()
    return target.format_code(int(code)) if code is not None else f"#{record_id}"


def duplicate_refusal(conn: sa.Connection, obj: ObjectDef, key: UniqueKeyDef, config: Configuration | None = None) -> Message | None:
    """Why the key cannot be added (an example of values several records share, and how many), or None."""
    table, cols = _key_table(obj, key)
    count = sa.func.count().label("n")
    query = (sa.select(*cols, count).where(sa.or_(*[c.is_not(None) for c in cols]))
             .group_by(*cols).having(sa.func.count() > 1).limit(1))
    row = conn.execute(query).first()
    if row is None:
        return None
    return Message("{count} records share the values {values} of {fields}; make them different before adding the unique key",
                   count=int(row[-1]), values=shown_values(conn, config, obj, key, list(row[:-1])),
                   fields=key_field_names(obj, key))


def key_holder(conn: sa.Connection, obj: ObjectDef, key: UniqueKeyDef, stored: list[Any], except_id: int | None) -> int | None:
    """The Code number of another record holding these stored values (an empty one matching empty), or None."""
    if all(v is None for v in stored):
        return None
    table, cols = _key_table(obj, key)
    query = sa.select(table.c.rec_code).where(*[c == v for c, v in zip(cols, stored, strict=True)])
    if except_id is not None:
        query = query.where(table.c.id != except_id)
    row = conn.execute(query.limit(1)).first()
    return None if row is None else int(row[0])


def is_unique_violation(exc: BaseException) -> bool:
    """Whether an error (or the driver error behind a translated one) is a unique index refusing a duplicate."""
    import sqlite3

    from supasoft.storage.errors import firebird_kind

    for error in (exc, exc.__cause__):
        if isinstance(error, sa.exc.DBAPIError):
            if isinstance(error.orig, sqlite3.IntegrityError) and "UNIQUE" in str(error.orig):
                return True
            if firebird_kind(error) == "unique_violation":
                return True
    return False


def key_holders(conn: sa.Connection, obj: ObjectDef, key: UniqueKeyDef, combos: set[tuple[Any, ...]],
                skip_codes: range = range(0)) -> dict[tuple[Any, ...], int]:
    """Which of these stored-value combinations records hold (combination -> Code number), read by the key's first
    column in chunks (one query per 500 values, not one per row); records whose Code is in skip_codes are left out."""
    table, cols = _key_table(obj, key)
    found: dict[tuple[Any, ...], int] = {}
    firsts = list({c[0] for c in combos if c[0] is not None})
    chunks: list[sa.ColumnElement[bool]] = [cols[0].in_(firsts[i:i + CHUNK]) for i in range(0, len(firsts), CHUNK)]
    if any(c[0] is None for c in combos):
        chunks.append(cols[0].is_(None))
    for condition in chunks:
        for row in conn.execute(sa.select(table.c.rec_code, *cols).where(condition)):
            combo = tuple(row[1:])
            if combo in combos and int(row[0]) not in skip_codes:
                found.setdefault(combo, int(row[0]))
    return found
