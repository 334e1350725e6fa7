"""The SQL of keeping stored formulas current: finding dependent records, reading their inputs, writing results.

Every statement works on many records at once: id lists are sent in chunks that every engine
accepts (Firebird allows 1,500 values in IN), and runs of consecutive ids as BETWEEN ranges, so
a bulk insert of 600,000 rows costs a handful of statements, not one per record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from supasoft.core.fieldtypes.scaled import ScaledDecimal

CHUNK = 900  # values per IN list
RANGE_MIN = 16  # consecutive ids sent as one BETWEEN instead of IN values


class EngineRefused(DBAPIError):
    """The engine refused a statement that works on many records at once (e.g. a sum beyond a column's range),
    so the caller computes record by record. Still a driver error: uncaught, it is translated like any other."""


@contextmanager
def _refusals() -> Iterator[None]:
    """Driver errors of the statements inside leave as EngineRefused (services catch that, not driver classes)."""
    try:
        yield
    except EngineRefused:
        raise
    except DBAPIError as exc:
        raise EngineRefused(exc.statement, exc.params, exc.orig, hide_parameters=exc.hide_parameters,
                            connection_invalidated=exc.connection_invalidated) from exc


def _conditions(column: sa.ColumnElement[Any], values: Iterable[int]) -> Iterator[sa.ColumnElement[bool]]:
    """Conditions `column` matches, together covering `values`: long runs as ranges, the rest in IN chunks."""
    ordered = sorted(set(values))
    singles: list[int] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start + 1 >= RANGE_MIN:
            yield column.between(ordered[start], ordered[end])
        else:
            singles.extend(ordered[start : end + 1])
        start = end + 1
    for i in range(0, len(singles), CHUNK):
        yield column.in_(singles[i : i + CHUNK])


def ids_with_values(conn: sa.Connection, table: sa.Table, column: str, values: Iterable[int]) -> set[int]:
    """Ids of the rows whose `column` holds one of `values` (records referencing those records)."""
    found: set[int] = set()
    for condition in _conditions(table.c[column], values):
        found.update(conn.execute(sa.select(table.c.id).where(condition)).scalars())
    return found


def values_of(conn: sa.Connection, table: sa.Table, column: str, ids: Iterable[int]) -> set[int]:
    """The distinct non-empty values of `column` in the rows `ids` (the parents of some children)."""
    col = table.c[column]
    found: set[int] = set()
    for condition in _conditions(table.c.id, ids):
        found.update(conn.execute(sa.select(col).distinct().where(condition, col.is_not(None))).scalars())
    return found


def rows_by_id(conn: sa.Connection, table: sa.Table, columns: list[str], ids: Iterable[int]) -> dict[int, sa.Row[Any]]:
    """id -> (id, *columns) of the rows `ids` that exist (EngineRefused when the engine refuses)."""
    select = [table.c.id, *(table.c[c] for c in columns)]
    rows: dict[int, sa.Row[Any]] = {}
    with _refusals():
        for condition in _conditions(table.c.id, ids):
            rows.update((row[0], row) for row in conn.execute(sa.select(*select).where(condition)))
    return rows


def id_batches(conn: sa.Connection, table: sa.Table, size: int) -> Iterator[list[int]]:
    """Every id of the table, in ascending batches (a whole-table recompute or check)."""
    last = None
    while True:
        select = sa.select(table.c.id).order_by(table.c.id).limit(size)
        if last is not None:
            select = select.where(table.c.id > last)
        batch = list(conn.execute(select).scalars())
        if not batch:
            return
        yield batch
        last = batch[-1]


def child_summaries(conn: sa.Connection, table: sa.Table, link: str, value: str | None, parents: Iterable[int],
                    *, total: bool, extremes: bool) -> dict[int, tuple[Any, ...]]:
    """parent id -> (rows, non-empty values, sum, min, max) of the children linked to it, grouped in the database.

    Only the parts asked for are computed (the others are None): a sum of dates or the least of yes/no
    values would be an error on some engines.
    """
    link_col = table.c[link]
    parts: list[sa.ColumnElement[Any]] = [sa.func.count()]
    if value is not None:
        col = table.c[value]
        parts.append(sa.func.count(col))
        parts += [sa.func.sum(col)] if total else []
        parts += [sa.func.min(col), sa.func.max(col)] if extremes else []
    out: dict[int, tuple[Any, ...]] = {}
    with _refusals():  # a sum beyond what the engine adds up
        for condition in _conditions(link_col, parents):
            for row in conn.execute(sa.select(link_col, *parts).where(condition).group_by(link_col)):
                rest = list(row[3:]) if value is not None else []
                summed = rest.pop(0) if total and value is not None else None
                low, high = rest if extremes and value is not None else (None, None)
                out[row[0]] = (row[1], row[2] if value is not None else 0, summed, low, high)
    return out


def write_values(conn: sa.Connection, table: sa.Table, columns: list[str], rows: list[tuple[int, list[Any]]]) -> None:
    """Store new values of `columns` for each (id, values) in one executemany."""
    if not rows:
        return
    update = table.update().where(table.c.id == sa.bindparam("_id")).values(
        {c: sa.bindparam(f"_v{i}", type_=table.c[c].type) for i, c in enumerate(columns)})
    conn.execute(update, [{"_id": rid, **{f"_v{i}": v for i, v in enumerate(values)}} for rid, values in rows])


def exact_scale(column: sa.Column[Any]) -> int | None:
    """Digits after the point a number column holds exactly (whole numbers 0), or None (floats, non-numbers)."""
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return kind.scale
    if isinstance(kind, sa.Integer):
        return 0
    return None


def set_aggregate(conn: sa.Connection, parent: sa.Table, target: str, child: sa.Table, link: str, value: str | None,
                  func: str, parents: Iterable[int]) -> int:
    """Store SUM/COUNT/MIN/MAX of the children's `value` in the parents' `target` column, in the database.

    Exact on every engine: the target must hold at least the value's decimals (the caller checks);
    numbers the target cannot hold become NULL, as the evaluator's result would. Returns the rows written
    (a check for unchanged values would compute every total twice, since engines do not share the subquery);
    EngineRefused when the engine refuses a total.
    """
    link_col = child.c[link]
    target_scale = exact_scale(parent.c[target])
    assert target_scale is not None
    if value is None or func == "COUNT_ROWS":
        measure: sa.ColumnElement[Any] = sa.func.count()
        value_scale = 0
    else:
        value_col = child.c[value]
        value_scale = exact_scale(value_col) or 0
        measure = {"SUM": sa.func.sum, "COUNT": sa.func.count, "MIN": sa.func.min, "MAX": sa.func.max}[func](value_col)
        if func == "COUNT":
            value_scale = 0
    inner = sa.select(measure).where(link_col == parent.c.id).scalar_subquery()
    digits = 18 - target_scale  # whole digits the target holds
    if conn.dialect.name == "sqlite":  # scaled integers: rescale to the target's decimals
        raw = sa.type_coerce(inner, sa.BigInteger())
        if func in ("SUM", "COUNT", "COUNT_ROWS"):
            raw = sa.func.coalesce(raw, 0)
        bound = sa.literal(10 ** (digits + value_scale), sa.BigInteger())
        factor = sa.literal(10 ** (target_scale - value_scale), sa.BigInteger())
        expr: sa.ColumnElement[Any] = sa.case((sa.func.abs(raw) < bound, raw * factor), else_=sa.null())
    else:  # NUMERIC columns: the assignment rescales exactly
        raw = sa.func.coalesce(inner, 0) if func in ("SUM", "COUNT", "COUNT_ROWS") else inner
        expr = sa.case((sa.func.abs(raw) < sa.literal(10**digits, sa.BigInteger()), raw), else_=sa.null())
    written = 0
    with _refusals():  # a total beyond what the engine sums
        for condition in _conditions(parent.c.id, parents):
            update = parent.update().where(condition).values({target: expr})
            written += conn.execute(update).rowcount
    return written
