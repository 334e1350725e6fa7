"""FastCursor stores exactly what firebird-driver's own packing stores, and hands it whatever it does not handle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from tests.helpers.input_tables import (
    COLUMNS,
    FOUR_BYTE,
    NAMES,
    ROWS,
    block_sql,
    create_table_sql,
    insert_sql,
    read_rows,
)

pytestmark = pytest.mark.firebird

@pytest.fixture
def fb_driver() -> str:
    """FastCursor is for firebird-driver only (fdb keeps its own packing)."""
    return "firebird"


@pytest.fixture
def table(engine: Any, table_name: str) -> Iterator[str]:
    with engine.begin() as conn:
        conn.exec_driver_sql(create_table_sql(table_name, COLUMNS))
    yield table_name


def _cursors(conn: sa.Connection) -> tuple[Any, Any]:
    from supasoft.storage.firebird.fast_input import FastCursor

    driver_conn = conn.connection.driver_connection
    return FastCursor(driver_conn), driver_conn.cursor()


def test_fast_path_stores_what_the_driver_stores(engine: Any, table: str) -> None:
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            fast.executemany(insert_sql(table, NAMES), [(n, *row) for n, row in enumerate(ROWS)])
            plain.executemany(insert_sql(table, NAMES), [(1000 + n, *row) for n, row in enumerate(ROWS)])
            assert (fast.fast_executions, fast.driver_executions) == (len(ROWS), 0)  # the plan packed every row
        finally:
            fast.close()
            plain.close()
        got, want = read_rows(conn, table, NAMES, 0, 999), read_rows(conn, table, NAMES, 1000, 1999)
    assert len(got) == len(ROWS)
    for n, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a == b, (n, [(name, x, y) for name, x, y in zip([*NAMES, "note", "len1", "len2", "len3"], a, b, strict=True) if x != y])
    assert got[0][NAMES.index("t_moment")] == dt.datetime(2024, 1, 2, 3, 4, 5, 123400)  # Firebird keeps 100 us
    assert got[4][0] == "trailing  "


def test_blocks_of_rows_store_what_the_driver_stores(engine: Any, table: str) -> None:
    """Many rows per message (offsets far into the buffer), a text BLOB through a VARCHAR parameter."""
    notes = ["short note Łódź", FOUR_BYTE * 1000, None, "", "x" * 4000, " spaced ", "Москва"]
    sql = block_sql(table, NAMES, len(ROWS))
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            for cursor, base in ((fast, 0), (plain, 1000)):
                params = [v for n, row in enumerate(ROWS) for v in (base + n, *row, notes[n])]
                cursor.executemany(sql, [params])
            assert (fast.fast_executions, fast.driver_executions) == (1, 0)
        finally:
            fast.close()
            plain.close()
        got, want = read_rows(conn, table, NAMES, 0, 999), read_rows(conn, table, NAMES, 1000, 1999)
    assert got == want
    assert [r[len(NAMES)] for r in got] == notes


def test_unexpected_values_go_through_the_driver(engine: Any, table: str) -> None:
    """A string for a number or a date is cast by the server, as the driver sends it: same stored value."""
    sql = f"INSERT INTO {table} (id, n_int, d_money, d_day, flag, s_name) VALUES (?, ?, ?, ?, ?, ?)"
    odd = [("42", "12.345", "2024-01-02", "true", "ok"), (7, Decimal("1.5"), dt.date(2024, 1, 2), "false", 12)]
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            fast.executemany(sql, [(n, *row) for n, row in enumerate(odd)])
            plain.executemany(sql, [(100 + n, *row) for n, row in enumerate(odd)])
            assert (fast.fast_executions, fast.driver_executions) == (0, 2)
        finally:
            fast.close()
            plain.close()
        read = f"SELECT n_int, d_money, d_day, flag, s_name FROM {table} WHERE id BETWEEN :a AND :b ORDER BY id"
        got = conn.execute(sa.text(read), {"a": 0, "b": 99}).all()
        want = conn.execute(sa.text(read), {"a": 100, "b": 199}).all()
    assert got == want
    assert tuple(got[0]) == (42, Decimal("12.35"), dt.date(2024, 1, 2), True, "ok")


@pytest.mark.parametrize(("column", "value"), [
    ("s_short", "abcde"),  # one character too many
    ("s_short", FOUR_BYTE * 3),
    ("n_small", 2**15),
    ("n_int", -(2**31) - 1),
    ("d_short", Decimal("3276.8")),  # NUMERIC(4, 1) is a SMALLINT: 32768 does not fit
    ("t_moment", dt.datetime(1800, 1, 1)),  # the driver cannot encode a timestamp before 1858-11-17
    ("n_int", 1.5),
])
def test_values_the_driver_refuses_fail_the_same_way(engine: Any, table: str, column: str, value: Any) -> None:
    sql = f"INSERT INTO {table} (id, {column}) VALUES (?, ?)"
    errors = []
    with engine.connect() as conn:
        fast, plain = _cursors(conn)
        try:
            for cursor in (fast, plain):
                with pytest.raises(Exception) as info:  # noqa: PT011 - whatever the driver raises, both must agree
                    cursor.execute(sql, (1, value))
                errors.append((type(info.value), str(info.value)))
            assert (fast.fast_executions, fast.driver_executions) == (0, 1)
        finally:
            fast.close()
            plain.close()
            conn.rollback()
    assert errors[0] == errors[1]


def test_blob_parameters_keep_the_driver_path(engine: Any, table: str) -> None:
    text = "Zażółć " * 2000
    with engine.begin() as conn:
        fast, _plain = _cursors(conn)
        try:
            fast.executemany(f"INSERT INTO {table} (id, note, n_int) VALUES (?, ?, ?)", [(1, text, 5), (2, None, 6)])
            assert (fast.fast_executions, fast.driver_executions) == (0, 2)
        finally:
            fast.close()
            _plain.close()
        rows = conn.exec_driver_sql(f"SELECT id, note, n_int FROM {table} ORDER BY id").all()
    assert [tuple(r) for r in rows] == [(1, text, 5), (2, None, 6)]


def test_plan_refuses_other_connection_encodings() -> None:
    from supasoft.storage.firebird.fast_input import plan_of

    class Meta:
        def get_count(self) -> int:
            raise AssertionError("not read: the encoding decides first")

    assert plan_of(Meta(), "cp1250") is None
