"""The record service's reads that are more than one row by id: display values, pickers, pages, positions, visibility.

The record services hand over what they hold (the repository, a filter condition from the rights service, a
list query built by the repository) and get back plain Python values; every statement is built here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa

from supasoft.core.meta import ObjectDef
from supasoft.storage.engine_ops import EngineOps
from supasoft.storage.query import QueryContext
from supasoft.storage.repository import RecordRepository

#: A rights condition for a table (the rights service's row_filter bound to an object), None = every row.
RowFilter = Callable[[sa.FromClause], Any]
IN_CHUNK = 1000  # Firebird takes at most 1,500 values in one IN list


def display_value(conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, record_id: int) -> Any:
    """The stored value a record is shown by (its display field, or its Code), None when missing or empty."""
    b = repo.builder(obj)
    expr = b.display(() if obj.display_field is None else (obj.display_field,))
    return conn.execute(sa.select(expr).select_from(b.from_clause()).where(b.base.c.id == record_id)).scalar()


def lookup_rows(conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, shown: int | None, text: str,
                ctx: QueryContext, row_filter: RowFilter, limit: int) -> list[tuple[int, Any]]:
    """(id, display value) of the records matching typed text, in display order (a reference picker)."""
    b = repo.builder(obj, ctx)
    expr = b.display(() if shown is None else (shown,))
    query = sa.select(b.base.c.id, expr).select_from(b.from_clause())
    for condition in (b.search(text), row_filter(b.base)):
        if condition is not None:
            query = query.where(condition)
    query = query.order_by(expr, b.base.c.id).limit(limit)
    return [(row[0], row[1]) for row in conn.execute(query)]


def page_rows(conn: sa.Connection, ops: EngineOps, select: sa.Select, offset: int, limit: int) -> list[sa.Row[Any]]:
    """The rows of one page of a list query, read the way the engine pages fastest."""
    return list(conn.execute(ops.page(conn, select, offset, limit)).all())


def position_of(conn: sa.Connection, select: sa.Select, record_id: int) -> int | None:
    """Where a record stands (0-based) in a list query's order, None when the query does not give it."""
    order = select._order_by_clauses  # the same order the page queries use
    numbered = select.with_only_columns(
        select.selected_columns[0].label("rid"), sa.func.row_number().over(order_by=order).label("rn")
    ).order_by(None).subquery()
    rn = conn.execute(sa.select(numbered.c.rn).where(numbered.c.rid == record_id)).scalar()
    return None if rn is None else int(rn) - 1


def visible_ids(conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, ids: Iterable[int], row_filter: RowFilter) -> set[int]:
    """Which of the records `ids` the rights condition lets through."""
    table = repo.table(obj)
    wanted = sorted(set(ids))
    condition = row_filter(table)
    found: set[int] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        query = sa.select(table.c.id).where(table.c.id.in_(wanted[start : start + IN_CHUNK]))
        if condition is not None:
            query = query.where(condition)
        found.update(conn.execute(query).scalars())
    return found


def all_visible(conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, ids: Iterable[int], row_filter: RowFilter) -> bool:
    """Whether every record of `ids` exists and the rights condition lets it through (counted, not fetched)."""
    table = repo.table(obj)
    condition = row_filter(table)
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        query = sa.select(sa.func.count()).select_from(table).where(table.c.id.in_(chunk))
        if condition is not None:
            query = query.where(condition)
        if conn.execute(query).scalar() != len(chunk):
            return False
    return True


def ids_of_codes(conn: sa.Connection, repo: RecordRepository, obj: ObjectDef, first: int, count: int) -> list[int]:
    """The ids of the records numbered first .. first+count-1 (a bulk insert's block of Codes), in Code order."""
    table = repo.table(obj)
    query = sa.select(table.c.id).where(table.c.rec_code.between(first, first + count - 1)).order_by(table.c.rec_code)
    return list(conn.execute(query).scalars().all())
