"""FastCursor stores exactly what firebird-driver's own packing stores, and hands it whatever it does not handle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from tests.helpers.input_tables import block_sql, insert_sql, read_rows

pytestmark = pytest.mark.firebird

FOUR_BYTE = "𝄞😀"  # 4 bytes each in UTF-8
COLUMNS = [
    ("s_name", "VARCHAR(20) CHARACTER SET UTF8"),
    ("s_short", "VARCHAR(4) CHARACTER SET UTF8"),
    ("n_small", "SMALLINT"),
    ("n_int", "INTEGER"),
    ("n_big", "BIGINT"),
    ("d_money", "NUMERIC(18, 2)"),
    ("d_ratio", "DECIMAL(18, 4)"),
    ("d_long", "NUMERIC(9, 3)"),
    ("d_short", "NUMERIC(4, 1)"),
    ("d_zero", "NUMERIC(18, 0)"),
    ("d_day", "DATE"),
    ("t_moment", "TIMESTAMP"),
    ("flag", "BOOLEAN"),
    ("weight", "DOUBLE PRECISION"),
    ("light", "FLOAT"),
]
NAMES = [name for name, _ in COLUMNS]

ROWS: list[tuple[Any, ...]] = [
    ("Ann", "ab", 1, 2, 3, Decimal("10.50"), Decimal("1.2345"), Decimal("123456.789"), Decimal("123.4"), Decimal("7"),
     dt.date(2024, 2, 29), dt.datetime(2024, 1, 2, 3, 4, 5, 123456), True, 1.5, 0.25),
    (FOUR_BYTE * 10, FOUR_BYTE * 2, -(2**15), -(2**31), -(2**63), Decimal("-9999999999999999.99"),
     Decimal("-99999999999999.9999"), Decimal("-999999.999"), Decimal("-999.9"), Decimal("-999999999999999999"),
     dt.date(1, 1, 1), dt.datetime(1999, 12, 31, 23, 59, 59, 999999), False, -0.0001, -3.5),
    (None,) * len(COLUMNS),
    ("x" * 20, "abcd", 2**15 - 1, 2**31 - 1, 2**63 - 1, Decimal("0.01"), Decimal("0.0001"), Decimal("0.001"),
     Decimal("0.1"), Decimal("0"), dt.date(9999, 12, 31), dt.datetime(2024, 6, 1, 0, 0, 0, 50), True, 1e300, 3.0e38),
    # scaling and rounding exactly as the driver does: Decimal.to_integral (half even), int() for int and float
    ("trailing  ", " ", 0, 0, 0, Decimal("0.005"), Decimal("1.00005"), Decimal("2.0015"), Decimal("0.25"),
     Decimal("2.5"), dt.datetime(2020, 5, 6, 7, 8, 9), dt.date(2020, 5, 6), 1, 7, 2),
    ("", "", True, False, 5, 0.29, 2.675, 7, 1.05, True, dt.date(1858, 11, 17), dt.datetime(1858, 11, 17, 0, 0, 0, 100),
     0, 0, 0),
    ("Zażółć gęślą", "Мос", None, 1, None, Decimal("1E+3"), Decimal("-0.00001"), Decimal("-0"), None, Decimal("1.5"),
     None, dt.datetime(2100, 1, 1, 12, 0, 0, 99), None, float("inf"), None),
]


@pytest.fixture
def fb_driver() -> str:
    """FastCursor is for firebird-driver only (fdb keeps its own packing)."""
    return "firebird"


@pytest.fixture
def table(engine: Any, table_name: str) -> Iterator[str]:
    columns = ", ".join(f"{name} {kind}" for name, kind in COLUMNS)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE TABLE {table_name} (id INTEGER NOT NULL PRIMARY KEY, {columns}, note BLOB SUB_TYPE TEXT CHARACTER SET UTF8)")
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
