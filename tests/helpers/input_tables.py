"""Sample values and SQL for the tests that compare our input fillers (fast_input, fast_input_fdb) with a driver's packing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

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

ROWS: list[tuple[Any, ...]] = [  # one per value kind and edge; both fillers must store them as the driver does
    ("Ann", "ab", 1, 2, 3, Decimal("10.50"), Decimal("1.2345"), Decimal("123456.789"), Decimal("123.4"), Decimal("7"),
     dt.date(2024, 2, 29), dt.datetime(2024, 1, 2, 3, 4, 5, 123456), True, 1.5, 0.25),
    (FOUR_BYTE * 10, FOUR_BYTE * 2, -(2**15), -(2**31), -(2**63), Decimal("-9999999999999999.99"),
     Decimal("-99999999999999.9999"), Decimal("-999999.999"), Decimal("-999.9"), Decimal("-999999999999999999"),
     dt.date(1, 1, 1), dt.datetime(1999, 12, 31, 23, 59, 59, 999999), False, -0.0001, -3.5),
    (None,) * len(COLUMNS),
    ("x" * 20, "abcd", 2**15 - 1, 2**31 - 1, 2**63 - 1, Decimal("0.01"), Decimal("0.0001"), Decimal("0.001"),
     Decimal("0.1"), Decimal("0"), dt.date(9999, 12, 31), dt.datetime(2024, 6, 1, 0, 0, 0, 50), True, 1e300, 3.0e38),
    # scaling and rounding exactly as both drivers do: Decimal.to_integral (half even), int() for int and float
    ("trailing  ", " ", 0, 0, 0, Decimal("0.005"), Decimal("1.00005"), Decimal("2.0015"), Decimal("0.25"),
     Decimal("2.5"), dt.datetime(2020, 5, 6, 7, 8, 9), dt.date(2020, 5, 6), 1, 7, 2),
    ("", "", True, False, 5, 0.29, 2.675, 7, 1.05, True, dt.date(1858, 11, 17), dt.datetime(1858, 11, 17, 0, 0, 0, 100),
     0, 0, 0),
    ("Zażółć gęślą", "Мос", None, 1, None, Decimal("1E+3"), Decimal("-0.00001"), Decimal("-0"), None, Decimal("1.5"),
     None, dt.datetime(2100, 1, 1, 12, 0, 0, 99), None, float("inf"), None),
]


def create_table_sql(table: str, columns: Sequence[tuple[str, str]]) -> str:
    """The test table: an id, the typed columns and a text BLOB `note`."""
    typed = ", ".join(f"{name} {kind}" for name, kind in columns)
    return f"CREATE TABLE {table} (id INTEGER NOT NULL PRIMARY KEY, {typed}, note BLOB SUB_TYPE TEXT CHARACTER SET UTF8)"


def insert_sql(table: str, names: Sequence[str]) -> str:
    return f"INSERT INTO {table} (id, {', '.join(names)}) VALUES (?, {', '.join('?' for _ in names)})"


def block_sql(table: str, names: Sequence[str], rows: int) -> str:
    """An EXECUTE BLOCK like bulk.py makes: TYPE OF COLUMN parameters, the text BLOB as a VARCHAR UTF8."""
    declared, body = [], []
    for r in range(rows):
        params = [f"p{r}_{c}" for c in range(len(names) + 2)]
        declared += [f"{params[0]} TYPE OF COLUMN {table}.id = ?"]
        declared += [f"{n} TYPE OF COLUMN {table}.{c} = ?" for n, c in zip(params[1:], names, strict=False)]
        declared += [f"{params[-1]} VARCHAR(4000) CHARACTER SET UTF8 = ?"]
        body.append(f"INSERT INTO {table} (id, {', '.join(names)}, note) VALUES ({', '.join(':' + n for n in params)});")
    return f"EXECUTE BLOCK ({', '.join(declared)}) AS BEGIN {' '.join(body)} END"


def read_rows(conn: sa.Connection, table: str, names: Sequence[str], first: int, last: int) -> list[tuple[Any, ...]]:
    """Every column, plus the byte length of each string (a CHAR padding or a lost space would show)."""
    lengths = ", ".join(f"OCTET_LENGTH({n})" for n in ("s_name", "s_short", "note"))
    rows = conn.exec_driver_sql(f"SELECT {', '.join(names)}, note, {lengths} FROM {table} "
                                f"WHERE id BETWEEN {first} AND {last} ORDER BY id")
    return [tuple(r) for r in rows]
