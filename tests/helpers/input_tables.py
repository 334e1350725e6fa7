"""SQL for the tests that compare our input fillers (fast_input, fast_input_fdb) with a driver's own packing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa


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
