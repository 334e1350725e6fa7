"""A RowSource over the records service: what a table shows of one object (columns, filter, search, sort)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import FieldPath, FilterGroup, ListDef, SortKey
from supasoft.services.record_model import ListQuery
from supasoft.services.records import RecordService
from supasoft.widgets.row_source import ColumnInfo, RowData

CODE_KEY = "code"
TEXT_PREVIEW = 500  # characters of a long text a table cell fetches (the card shows the whole text)
COUNT_STEP = 1000  # a search or filter counts up to this many matches at first, then 10x more at each step


def path_key(path: FieldPath) -> str:
    """A stable column key for a field path ('code' for the Code column)."""
    return ".".join(str(p) for p in path) if path else CODE_KEY


def key_path(key: str) -> FieldPath:
    return () if key == CODE_KEY else tuple(int(p) for p in key.split("."))


class RecordRowSource:
    """Pages of one object's records in the current order, filter and quick search."""

    def __init__(self, records: RecordService, object_id: int, columns: Sequence[FieldPath] | None = None,
                 *, list_def: ListDef | None = None, base_filter: FilterGroup | None = None):
        self.records = records
        self.object_id = object_id
        self.list_def = list_def
        if columns is None:
            columns = [tuple(c.path) for c in list_def.columns] if list_def else [()] + [(f.id,) for f in records.obj(object_id).fields]
        self._paths = [tuple(p) for p in columns]
        self.sort: list[SortKey] = list(list_def.sort) if list_def else []
        self.filter: FilterGroup | None = list_def.filter if list_def else None
        self.base_filter = base_filter  # e.g. children of one parent record: always applied
        self.search = ""
        self._count: int | None = None
        self._cap = COUNT_STEP
        self._more = False
        self._titles = {tuple(c.path): c.title for c in list_def.columns if c.title} if list_def else {}

    # --- RowSource ---------------------------------------------------------------------------------
    def columns(self) -> list[ColumnInfo]:
        out = []
        config = self.records.config
        obj = config.object_by_id(self.object_id)
        for path in self._paths:
            if not path:
                out.append(ColumnInfo(CODE_KEY, QCoreApplication.translate("Fields", "Code"), None))  # as in tables
                continue
            names, current, field = [], obj, None
            for fid in path:
                field = current.field_by_id(fid)
                names.append(field.name)
                if (target := link_target(field)) is not None:
                    current = config.object_by_id(target)
            out.append(ColumnInfo(path_key(path), self._titles.get(path) or " → ".join(names), field))
        return out

    def count(self) -> int:
        """Records in the table; a search or filter stops counting at the current cap (see has_more)."""
        if self._count is None:
            query = self._query(0, 0)
            if query.search or query.filter is not None:  # an exact count would scan every row for the words
                found = self.records.count(self.object_id, query, at_most=self._cap + 1)
                self._more = found > self._cap
                self._count = min(found, self._cap)
            else:
                self._more = False
                self._count = self.records.count(self.object_id, query)
        return self._count

    def has_more(self) -> bool:
        """Whether more records match than counted so far."""
        self.count()
        return self._more

    def fetch_more(self) -> None:
        """Count ten times further (the table asks when it is scrolled to its end)."""
        self._cap *= 10
        self._count = None

    def fetch(self, offset: int, limit: int) -> list[RowData]:
        query = dataclasses.replace(self._query(offset, limit), text_preview=TEXT_PREVIEW)
        rows = self.records.list(self.object_id, query)
        if offset == 0 and len(rows) < limit and self._count is None and (query.search or query.filter is not None):
            # a short first page is the whole answer: no second scan to count a rare word's matches
            self._count, self._more = len(rows), False
        out = []
        for row in rows:
            out.append(RowData(row.id, row.version, row.cells))
        return out

    def set_sort(self, column_key: str | None, descending: bool) -> None:
        self.sort = [] if column_key is None else [SortKey(key_path(column_key), descending)]

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self._count = None
        self._cap = COUNT_STEP

    def row_index(self, record_id: int) -> int | None:
        return self.records.position(self.object_id, self._query(0, 0), record_id)

    # --- extras for the table window ------------------------------------------------------------------
    def set_filter(self, group: FilterGroup | None) -> None:
        self.filter = group
        self._count = None
        self._cap = COUNT_STEP

    def set_columns(self, paths: Sequence[FieldPath]) -> None:
        self._paths = [tuple(p) for p in paths]

    def paths(self) -> list[FieldPath]:
        return list(self._paths)

    def invalidate_count(self) -> None:
        self._count = None

    def query(self) -> ListQuery:
        """The current list query (for export of the current view)."""
        return self._query(0, 0)

    def _query(self, offset: int, limit: int) -> ListQuery:
        parts = [g for g in (self.base_filter, self.filter) if g is not None and g.items]
        group = parts[0] if len(parts) == 1 else (FilterGroup("and", list(parts)) if parts else None)
        return ListQuery(columns=self._paths, filter=group, search=self.search, sort=self.sort, offset=offset, limit=limit)
