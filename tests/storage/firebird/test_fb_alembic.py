"""Live Firebird: alembic Operations on a table with data (one committed step each), and the table format counter."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from alembic.migration import MigrationContext  # noqa: E402
from alembic.operations import Operations  # noqa: E402
from sqlalchemy import Column, Integer, String, inspect, text  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402

from supasoft.storage.firebird.ddl_rules import (  # noqa: E402
    FIREBIRD_MAX_TABLE_FORMATS,
    table_format_count,
)
from supasoft.storage.firebird.errors import classify  # noqa: E402

pytestmark = pytest.mark.firebird


def _step(engine: Any, fn: Any) -> None:
    """One DDL step in its own transaction: Firebird applies DDL at COMMIT."""
    with engine.begin() as conn:
        fn(Operations(MigrationContext.configure(conn)))


def _columns(engine: Any, table: str) -> dict[str, Any]:
    return {c["name"]: c for c in inspect(engine).get_columns(table)}


def _formats(engine: Any, table: str) -> int:
    with engine.connect() as conn:
        return table_format_count(conn, table)


def test_operations_keep_data(engine: Any, table_name: str) -> None:
    t = table_name
    _step(engine, lambda ops: ops.create_table(
        t, Column("id", Integer, primary_key=True), Column("name", String(50), nullable=False)))
    with engine.begin() as conn:
        conn.execute(text(f"insert into {t} (id, name) values (1, 'Анна Łukasiewicz')"))
        conn.execute(text(f"insert into {t} (id, name) values (2, 'Борис')"))
    f0 = _formats(engine, t)
    assert f0 == 1

    _step(engine, lambda ops: ops.add_column(t, Column("email", String(100))))
    with engine.begin() as conn:  # the new column is usable after the commit
        conn.execute(text(f"update {t} set email = 'user' || id || '@example.org'"))
    assert "email" in _columns(engine, t)
    f1 = _formats(engine, t)
    assert f1 > f0

    _step(engine, lambda ops: ops.alter_column(t, "name", new_column_name="full_name"))
    cols = _columns(engine, t)
    assert "full_name" in cols and "name" not in cols

    _step(engine, lambda ops: ops.alter_column(t, "full_name", type_=String(200), existing_type=String(50)))
    assert _columns(engine, t)["full_name"]["type"].length == 200
    f2 = _formats(engine, t)
    assert f2 > f1
    with engine.begin() as conn:  # the wider column takes a longer value now
        conn.execute(text(f"update {t} set full_name = full_name || :tail where id = 2"), {"tail": " " + "я" * 100})

    ix, uq = f"ix_{t}_fn", f"uq_{t}_em"
    _step(engine, lambda ops: ops.create_index(ix, t, ["full_name"]))
    _step(engine, lambda ops: ops.create_index(uq, t, ["email"], unique=True))
    assert {i["name"]: i["unique"] for i in inspect(engine).get_indexes(t)} == {ix: False, uq: True}
    with pytest.raises(DBAPIError) as err, engine.begin() as conn:
        conn.execute(text(f"insert into {t} (id, full_name, email) values (3, 'x', 'user1@example.org')"))
    assert classify(err.value) == "unique_violation"

    _step(engine, lambda ops: ops.drop_index(uq, table_name=t))
    assert [i["name"] for i in inspect(engine).get_indexes(t)] == [ix]
    _step(engine, lambda ops: ops.drop_index(ix, table_name=t))
    _step(engine, lambda ops: ops.drop_column(t, "email"))
    assert set(_columns(engine, t)) == {"id", "full_name"}
    assert _formats(engine, t) > f2

    with engine.connect() as conn:
        rows = conn.execute(text(f"select id, full_name from {t} order by id")).all()
    assert rows == [(1, "Анна Łukasiewicz"), (2, "Борис " + "я" * 100)]

    _step(engine, lambda ops: ops.drop_table(t))
    assert not inspect(engine).has_table(t)


def test_add_not_null_column_with_server_default(engine: Any, table_name: str) -> None:
    t = table_name
    _step(engine, lambda ops: ops.create_table(t, Column("id", Integer, primary_key=True)))
    with engine.begin() as conn:
        conn.execute(text(f"insert into {t} (id) values (1)"))
    _step(engine, lambda ops: ops.add_column(
        t, Column("status", String(20), nullable=False, server_default="new")))
    with engine.begin() as conn:
        conn.execute(text(f"insert into {t} (id) values (2)"))
    with engine.connect() as conn:
        assert conn.execute(text(f"select status from {t} order by id")).scalars().all() == ["new", "new"]


@pytest.mark.slow
def test_table_format_limit(engine: Any, table_name: str) -> None:
    """Every committed ALTER adds a format; the 255th is refused with "too many versions"."""
    t = table_name
    with engine.begin() as conn:
        conn.execute(text(f"create table {t} (id integer primary key)"))
    assert _formats(engine, t) == 1
    with engine.begin() as conn:
        conn.execute(text(f"alter table {t} add c0 integer"))
        conn.execute(text(f"alter table {t} drop c0"))
    assert _formats(engine, t) == 1  # several ALTERs in one transaction with no net change: no new format
    done = 0
    with pytest.raises(DBAPIError) as err:
        for i in range(FIREBIRD_MAX_TABLE_FORMATS + 5):
            with engine.begin() as conn:
                conn.execute(text(f"alter table {t} add c0 integer" if i % 2 == 0 else f"alter table {t} drop c0"))
            done += 1
    assert done == FIREBIRD_MAX_TABLE_FORMATS - 1
    assert classify(err.value) == "too_many_versions"
    assert _formats(engine, t) == FIREBIRD_MAX_TABLE_FORMATS
