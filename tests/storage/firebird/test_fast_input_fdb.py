"""FastFdbCursor stores exactly what fdb's own __tuple2xsqlda stores, and hands it whatever it does not handle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from tests.helpers.input_tables import COLUMNS as BASE_COLUMNS
from tests.helpers.input_tables import FOUR_BYTE, block_sql, create_table_sql, insert_sql, read_rows
from tests.helpers.input_tables import ROWS as BASE_ROWS

pytestmark = pytest.mark.firebird

COLUMNS = [*BASE_COLUMNS, ("t_clock", "TIME")]  # fdb also packs TIME parameters
NAMES = [name for name, _ in COLUMNS]
_CLOCKS = [dt.time(3, 4, 5, 123456), dt.time(23, 59, 59, 999999), None, dt.time(), dt.time(0, 0, 0, 50), dt.time(12), None]
ROWS: list[tuple[Any, ...]] = [(*row, clock) for row, clock in zip(BASE_ROWS, _CLOCKS, strict=True)] + [
    # fdb encodes a timestamp before 1858-11-17 (a negative day number) where firebird-driver refuses it
    ("old", None, None, None, None, None, None, None, None, None, dt.date(1800, 1, 1), dt.datetime(1800, 1, 1, 1, 2, 3),
     None, None, None, None),
]


@pytest.fixture
def fb_driver() -> str:
    """FastFdbCursor is for fdb only (firebird-driver has fast_input.FastCursor)."""
    return "fdb"


@pytest.fixture
def table(engine: Any, table_name: str) -> Iterator[str]:
    with engine.begin() as conn:
        conn.exec_driver_sql(create_table_sql(table_name, COLUMNS))
    yield table_name


@pytest.fixture
def fdb_never_packs(monkeypatch: pytest.MonkeyPatch) -> None:
    """fdb's own __tuple2xsqlda must not run: a fast execution that fell back would fail the test."""
    from supasoft.storage.firebird import fast_input_fdb

    def refuse(*_args: Any) -> None:
        raise AssertionError("fdb's own packing ran")

    monkeypatch.setattr(fast_input_fdb, "_original_fill", refuse)


def _cursors(conn: sa.Connection) -> tuple[Any, Any]:
    from supasoft.storage.firebird.fast_input_fdb import FastFdbCursor

    driver_conn = conn.connection.driver_connection
    return FastFdbCursor(driver_conn), driver_conn.cursor()


def _same(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> None:
    assert len(got) == len(want)
    for n, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a == b, (n, [(name, x, y) for name, x, y in zip([*NAMES, "note", "len1", "len2", "len3"], a, b, strict=True) if x != y])


def test_fast_path_stores_what_fdb_stores(engine: Any, table: str, fdb_never_packs: None) -> None:
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            fast.executemany(insert_sql(table, NAMES), [(n, *row) for n, row in enumerate(ROWS)])
            assert (fast.fast_executions, fast.fdb_executions) == (len(ROWS), 0)  # our buffers packed every row
            plain.executemany(insert_sql(table, NAMES), [(1000 + n, *row) for n, row in enumerate(ROWS)])
        finally:
            fast.close()
            plain.close()
        got, want = read_rows(conn, table, NAMES, 0, 999), read_rows(conn, table, NAMES, 1000, 1999)
    _same(got, want)
    assert len(got) == len(ROWS)
    assert got[0][NAMES.index("t_moment")] == dt.datetime(2024, 1, 2, 3, 4, 5, 123400)  # Firebird keeps 100 us
    assert got[4][0] == "trailing  " and got[4][-3:-1] == (10, 1)
    assert got[1][0] == FOUR_BYTE * 10 and got[1][-3] == 80
    assert got[7][NAMES.index("t_moment")] == dt.datetime(1800, 1, 1, 1, 2, 3)


def test_blocks_of_rows_store_what_fdb_stores(engine: Any, table: str, fdb_never_packs: None) -> None:
    """Many rows per execution (values far into the buffer), a text BLOB through a VARCHAR parameter."""
    notes = ["short note Łódź", FOUR_BYTE * 1000, None, "", "x" * 4000, " spaced ", "Москва", "old"]
    sql = block_sql(table, NAMES, len(ROWS))
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            for cursor, base in ((fast, 0), (plain, 1000)):
                params = [v for n, row in enumerate(ROWS) for v in (base + n, *row, notes[n])]
                cursor.executemany(sql, [params])
            assert (fast.fast_executions, fast.fdb_executions) == (1, 0)
        finally:
            fast.close()
            plain.close()
        got, want = read_rows(conn, table, NAMES, 0, 999), read_rows(conn, table, NAMES, 1000, 1999)
    _same(got, want)
    assert [r[len(NAMES)] for r in got] == notes


def test_one_statement_many_shapes(engine: Any, table: str) -> None:
    """Executions of one statement alternate NULLs, values, short and long strings and fdb's fallback; each
    execution stores its own values (nothing left over from the previous one, buffers re-pointed after fdb's)."""
    order = [0, 2, 1, 5, 2, 3, 4, 6, 7, 0]
    rows = [ROWS[k] for k in order]
    odd = (*ROWS[0][:2], "42", *ROWS[0][3:])  # a string for an integer: fdb's own method for that execution
    rows[3:3] = [odd]
    rows[7:7] = [odd]
    sql = block_sql(table, NAMES, 2)
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            for cursor, base in ((fast, 0), (plain, 1000)):
                blocks = [[v for k in (0, 1) for v in (base + 2 * n + k, *rows[(n + k) % len(rows)], f"note {n} {k}")]
                          for n in range(len(rows))]
                cursor.executemany(sql, blocks)
                cursor.executemany(insert_sql(table, NAMES), [(base + 500 + n, *row) for n, row in enumerate(rows)])
            assert (fast.fast_executions, fast.fdb_executions) == (2 * len(rows) - 6, 6)  # 4 blocks and 2 rows hold "42"
        finally:
            fast.close()
            plain.close()
        got, want = read_rows(conn, table, NAMES, 0, 999), read_rows(conn, table, NAMES, 1000, 1999)
    _same(got, want)
    assert len(got) == 3 * len(rows)


def test_unexpected_values_go_through_fdb(engine: Any, table: str) -> None:
    """A string for a number or a date, bytes or a number for a string: fdb's own conversions, same stored value."""
    sql = f"INSERT INTO {table} (id, n_int, d_money, d_day, flag, s_name) VALUES (?, ?, ?, ?, ?, ?)"
    odd = [("42", "12.345", "2024-01-02", "true", "ok"), (7, Decimal("1.5"), dt.date(2024, 1, 2), "false", 12),
           (8, Decimal("2"), dt.date(2024, 1, 3), True, b"raw"), (True, "3", "2024-01-04", 1, Decimal("1.50"))]
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            fast.executemany(sql, [(n, *row) for n, row in enumerate(odd)])
            plain.executemany(sql, [(100 + n, *row) for n, row in enumerate(odd)])
            assert (fast.fast_executions, fast.fdb_executions) == (0, len(odd))
        finally:
            fast.close()
            plain.close()
        read = f"SELECT n_int, d_money, d_day, flag, s_name FROM {table} WHERE id BETWEEN :a AND :b ORDER BY id"
        got = conn.execute(sa.text(read), {"a": 0, "b": 99}).all()
        want = conn.execute(sa.text(read), {"a": 100, "b": 199}).all()
    assert got == want
    assert tuple(got[0]) == (42, Decimal("12.35"), dt.date(2024, 1, 2), True, "ok")


@pytest.mark.parametrize(("column", "value"), [
    ("s_short", "abcde"),  # fdb checks bytes: 5 > 16 is fine, the server refuses the fifth character
    ("s_short", FOUR_BYTE * 5),  # 20 bytes > 16: fdb's own "too long" error
    ("s_name", "\ud800"),  # a lone surrogate cannot be encoded
    ("n_small", 2**15),
    ("n_int", -(2**31) - 1),
    ("n_big", 2**63),
    ("d_short", Decimal("3276.8")),  # NUMERIC(4, 1) is a SMALLINT: 32768 does not fit
    ("d_money", Decimal("NaN")),
    ("d_money", "x"),
    ("d_money", dt.date(2024, 1, 1)),
    ("n_int", 1.5),
    ("n_int", Decimal("2")),
    ("d_day", 5),
    ("t_moment", "not a time"),
    ("t_clock", dt.date(2024, 1, 1)),
])
def test_values_fdb_refuses_fail_the_same_way(engine: Any, table: str, column: str, value: Any) -> None:
    sql = f"INSERT INTO {table} (id, {column}) VALUES (?, ?)"
    errors = []
    with engine.connect() as conn:
        fast, plain = _cursors(conn)
        try:
            for cursor in (fast, plain):
                with pytest.raises(Exception) as info:  # noqa: PT011 - whatever fdb raises, both must agree
                    cursor.execute(sql, (1, value))
                errors.append((type(info.value), str(info.value)))
        finally:
            fast.close()
            plain.close()
            conn.rollback()
    assert errors[0] == errors[1]


def test_null_for_a_not_null_variable(engine: Any, table: str) -> None:
    """NULL for a NOT NULL block variable: the server's error on both paths, and the next values still go in."""
    sql = (f"EXECUTE BLOCK (a INTEGER NOT NULL = ?, b VARCHAR(4) CHARACTER SET UTF8 NOT NULL = ?)"
           f" AS BEGIN INSERT INTO {table} (id, s_short) VALUES (:a, :b); END")
    results = []
    with engine.connect() as conn:
        fast, plain = _cursors(conn)
        try:
            statement = fast.prepare(sql).statement
            for cursor, operation, base in ((fast.cursor, statement, 0), (plain, sql, 100)):
                outcome: list[Any] = []
                for params in ((1, "a"), (None, "b"), (2, None), (3, "c")):
                    try:
                        cursor.execute(operation, (base + params[0] if params[0] else None, params[1]))
                        outcome.append("ok")
                    except Exception as exc:  # noqa: BLE001 - compared between both paths
                        outcome.append((type(exc), str(exc)))
                results.append(outcome)
            assert (fast.fast_executions, fast.fdb_executions) == (4, 0)
        finally:
            fast.close()
            plain.close()
        rows = conn.exec_driver_sql(f"SELECT id, s_short FROM {table} ORDER BY id").all()
        conn.rollback()
    assert results[0] == results[1]
    assert results[0][0] == results[0][3] == "ok" and "validation error" in results[0][1][1]
    assert [tuple(r) for r in rows] == [(1, "a"), (3, "c"), (101, "a"), (103, "c")]


def test_null_marks_a_non_nullable_description_nullable() -> None:
    """Firebird 3 describes every input as nullable; for one described without the flag fdb adds it for a NULL
    (and _execute restores the description before each execution): fill does the same."""
    import ctypes

    from fdb import fbcore

    from supasoft.storage.firebird.fast_input_fdb import fill, plan_of

    xsqlda = fbcore.xsqlda_factory(2)
    xsqlda.sqld = 2
    for i, (sqltype, sqllen) in enumerate(((fbcore.SQL_LONG, 4), (fbcore.SQL_VARYING | 1, 8))):
        xsqlda.sqlvar[i].sqltype, xsqlda.sqlvar[i].sqllen = sqltype, sqllen
    plan, size = plan_of(xsqlda, 2)
    assert plan is not None
    values, nulls = ctypes.create_string_buffer(size), (ctypes.c_short * 2)()
    fill(plan, memoryview(values).cast("B"), nulls, xsqlda, (None, "ab"), "utf_8")
    assert (xsqlda.sqlvar[0].sqltype, nulls[0]) == (fbcore.SQL_LONG | 1, -1)
    assert (xsqlda.sqlvar[1].sqltype, xsqlda.sqlvar[1].sqllen, nulls[1]) == (fbcore.SQL_TEXT | 1, 2, 0)
    assert values.raw[plan[1][1] : plan[1][1] + 2] == b"ab"
    xsqlda.sqlvar[0].sqltype = fbcore.SQL_LONG
    fill(plan, memoryview(values).cast("B"), nulls, xsqlda, (-2, None), "utf_8")
    assert (xsqlda.sqlvar[0].sqltype, nulls[0], nulls[1]) == (fbcore.SQL_LONG, 0, -1)
    assert values.raw[:4] == (-2).to_bytes(4, "little", signed=True)


def test_blob_parameters_keep_fdb_path(engine: Any, table: str) -> None:
    text = "Zażółć " * 2000
    with engine.begin() as conn:
        fast, plain = _cursors(conn)
        try:
            fast.executemany(f"INSERT INTO {table} (id, note, n_int) VALUES (?, ?, ?)", [(1, text, 5), (2, None, 6)])
            assert (fast.fast_executions, fast.fdb_executions) == (0, 2)
        finally:
            fast.close()
            plain.close()
        rows = conn.exec_driver_sql(f"SELECT id, note, n_int FROM {table} ORDER BY id").all()
    assert [tuple(r) for r in rows] == [(1, text, 5), (2, None, 6)]


def test_close_drops_prepared_statements(engine: Any, table: str) -> None:
    """After close the table is not "in use" by this attachment: DROP TABLE in the same connection succeeds."""
    with engine.connect() as conn:
        fast, _plain = _cursors(conn)
        _plain.close()
        try:
            fast.executemany(insert_sql(table, NAMES), [(n, *row) for n, row in enumerate(ROWS)])
            with pytest.raises(Exception):  # noqa: PT011, B017 - a duplicate id: fdb's IntegrityError
                fast.execute(insert_sql(table, NAMES), (0, *ROWS[0]))
        finally:
            fast.close()
        assert fast.statements == {} and fast.fast_executions == len(ROWS) + 1
        conn.commit()
        conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.commit()
