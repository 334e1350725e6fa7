"""The plain-Python contract a table model reads rows through (Qt-free, so services can implement it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import RefValue  # one class: the service returns it, tables show it


@dataclass(frozen=True)
class ColumnInfo:
    """One table column: a stable key, a header title and the field it shows (None = the Code column)."""

    key: str
    title: str
    field: FieldDef | None


@dataclass(frozen=True)
class RowData:
    """One record as the table sees it: canonical cell values in column order."""

    id: int
    version: int
    cells: tuple[object, ...]


@runtime_checkable
class RowSource(Protocol):
    """What a table needs from a records service: counts, pages, sort, search and positions."""

    def columns(self) -> list[ColumnInfo]: ...

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[RowData]: ...

    def set_sort(self, column_key: str | None, descending: bool) -> None: ...

    def set_search(self, text: str) -> None: ...

    def row_index(self, record_id: int) -> int | None: ...

    def has_more(self) -> bool: ...

    def fetch_more(self) -> None: ...


def _sort_key(value: object) -> tuple[int, Any]:
    """Order None first and make mixed types comparable (references sort by their text)."""
    if value is None:
        return (0, 0)
    if isinstance(value, RefValue):
        return (1, value.text.casefold())
    if isinstance(value, str):
        return (1, value.casefold())
    if isinstance(value, bool):
        return (2, int(value))
    name = getattr(value, "name", None)  # FileValue and similar
    if isinstance(name, str):
        return (1, name.casefold())
    return (2, value)


def _search_text(value: object) -> str:
    if isinstance(value, RefValue):
        return value.text
    if isinstance(value, str):
        return value
    return ""


class ListRowSource:
    """An in-memory RowSource over a list of rows; for tests, previews and small data sets."""

    def __init__(self, columns: Sequence[ColumnInfo], rows: Iterable[RowData]):
        self._columns = list(columns)
        self._rows: list[RowData] = list(rows)
        self._sort: tuple[str | None, bool] = (None, False)
        self._search = ""
        self._view: list[RowData] | None = None
        self._positions: dict[int, int] | None = None
        self.fetch_calls: list[tuple[int, int]] = []  # (offset, limit) of every fetch, for tests

    # --- RowSource ------------------------------------------------------------------------
    def columns(self) -> list[ColumnInfo]:
        return list(self._columns)

    def count(self) -> int:
        return len(self._current())

    def has_more(self) -> bool:
        return False  # every row is counted

    def fetch_more(self) -> None:
        pass

    def fetch(self, offset: int, limit: int) -> list[RowData]:
        self.fetch_calls.append((offset, limit))
        return self._current()[max(0, offset) : max(0, offset) + max(0, limit)]

    def set_sort(self, column_key: str | None, descending: bool) -> None:
        if column_key is not None:
            self._column_index(column_key)  # KeyError for an unknown column
        self._sort = (column_key, descending)
        self._invalidate()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._invalidate()

    def row_index(self, record_id: int) -> int | None:
        if self._positions is None:
            self._positions = {row.id: i for i, row in enumerate(self._current())}
        return self._positions.get(record_id)

    # --- editing helpers (what a service would do on save) ----------------------------------
    def rows(self) -> list[RowData]:
        """All rows in insertion order, ignoring sort and search."""
        return list(self._rows)

    def replace_row(self, row: RowData) -> None:
        """Store a changed version of an existing row (same id)."""
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self._invalidate()
                return
        raise KeyError(row.id)

    def add_row(self, row: RowData) -> None:
        self._rows.append(row)
        self._invalidate()

    def remove_row(self, record_id: int) -> None:
        self._rows = [r for r in self._rows if r.id != record_id]
        self._invalidate()

    # --- internals --------------------------------------------------------------------------
    def _column_index(self, key: str) -> int:
        for i, column in enumerate(self._columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def _invalidate(self) -> None:
        self._view = None
        self._positions = None

    def _current(self) -> list[RowData]:
        if self._view is None:
            rows = self._rows
            if self._search:
                needle = self._search.casefold()
                rows = [r for r in rows if any(needle in _search_text(c).casefold() for c in r.cells)]
            key, descending = self._sort
            if key is None:
                rows = sorted(rows, key=lambda r: r.id, reverse=descending)
            else:
                index = self._column_index(key)
                # Ties keep id order both ways, as a database ORDER BY col, id would.
                rows = sorted(rows, key=lambda r: r.id)
                rows = sorted(rows, key=lambda r: _sort_key(r.cells[index]), reverse=descending)
            self._view = rows
        return self._view
