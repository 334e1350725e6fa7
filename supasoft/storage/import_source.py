"""A table of ANOTHER SQLite database read for an import: opened read-only, never attached to ours.

The file is opened through a `file:...?mode=ro` URI, so nothing in it can change; the table name is checked
against the file's own list of tables and quoted as an identifier, so no user text becomes SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message


class ImportSourceError(SupasoftError):
    """The other database cannot be read (not SQLite, damaged, no such table)."""


def _uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


@contextmanager
def _open(path: Path | str) -> Iterator[sqlite3.Connection]:
    path = Path(path)
    if not path.is_file():
        raise ImportSourceError(Message("There is no file {path}", path=str(path)))
    try:
        conn = sqlite3.connect(_uri(path), uri=True)
    except sqlite3.Error:
        raise ImportSourceError(Message("{path} is not an SQLite database", path=path.name)) from None
    with closing(conn):
        try:
            yield conn
        except sqlite3.DatabaseError:
            raise ImportSourceError(Message("{path} is not an SQLite database", path=path.name)) from None


def quote_name(name: str) -> str:
    """An identifier in double quotes, inner quotes doubled."""
    return '"' + name.replace('"', '""') + '"'


def sqlite_tables(path: Path | str) -> list[str]:
    """The tables (and views) of the other database, by name."""
    with _open(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                            "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return [r[0] for r in rows]


def read_sqlite_table(path: Path | str, table: str | None) -> tuple[list[str], list[list[Any]]]:
    """The column names and every row of one table (the only table when none is named)."""
    headers, rows = stream_sqlite_table(path, table)
    return headers, [list(r) for r in rows()]


def stream_sqlite_table(path: Path | str, table: str | None) -> tuple[list[str], Callable[[], Iterator[tuple[Any, ...]]]]:
    """The column names of one table and a way to walk its rows again and again (each walk opens the file read-only
    and fetches in batches, so a big table is never in memory at once)."""
    found = _table_name(path, table)
    query = f"SELECT * FROM {quote_name(found)}"  # noqa: S608 - a checked, quoted identifier
    with _open(path) as conn:
        headers = [d[0] for d in conn.execute(query + " LIMIT 0").description]

    def rows() -> Iterator[tuple[Any, ...]]:
        with _open(path) as conn:
            cursor = conn.execute(query)
            while batch := cursor.fetchmany(1000):
                yield from batch

    return headers, rows


def _table_name(path: Path | str, table: str | None) -> str:
    """The table as the file spells it (the only table when none is named)."""
    names = sqlite_tables(path)
    if table is None:
        if len(names) != 1:
            raise ImportSourceError(Message("Name the table to import (--table): {names}", names=", ".join(names) or "-"))
        table = names[0]
    found = [n for n in names if n == table] or [n for n in names if n.casefold() == table.casefold()]
    if not found:
        raise ImportSourceError(Message("There is no table {table!r} in {path}", table=table, path=Path(path).name))
    return found[0]
