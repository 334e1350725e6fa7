"""Quick search on big tables off the GUI thread: count and first page in a worker, then swapped in at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from supasoft.shell.fields import code_title
from supasoft.widgets.busy import BusyTask, start_busy
from supasoft.widgets.record_source import CODE_KEY, RecordRowSource
from supasoft.widgets.record_table_model import PAGE_SIZE
from supasoft.widgets.row_source import ColumnInfo, RowData

#: Tables with at least this many records search in the background (smaller ones answer within a frame).
ASYNC_ROWS = 20_000


class TableSource(RecordRowSource):
    """The table tab's row source: a translated Code title, and a first page a worker may have read already."""

    first_page: list[RowData] | None = None

    def columns(self) -> list[ColumnInfo]:
        title = code_title()
        return [replace(c, title=title) if c.key == CODE_KEY and c.title == "Code" else c for c in super().columns()]

    def fetch(self, offset: int, limit: int) -> list[RowData]:
        page, self.first_page = self.first_page, None
        if page is not None and offset == 0 and limit == PAGE_SIZE:
            return page
        return super().fetch(offset, limit)


def clone_with_search(source: RecordRowSource, text: str) -> TableSource:
    """The same columns, sort and filter as `source`, searching for `text`."""
    clone = TableSource(source.records, source.object_id, source.paths(), list_def=source.list_def,
                             base_filter=source.base_filter)
    clone.sort = list(source.sort)
    clone.filter = source.filter
    clone.set_search(text)
    return clone


def search_in_background(source: RecordRowSource, text: str, parent: QWidget,
                         on_done: Callable[[TableSource], None],
                         on_error: Callable[[BaseException], None]) -> BusyTask:
    """Count the matches and read the first page in a worker; on_done gets a source ready to show."""
    clone = clone_with_search(source, text)

    def work(_progress: Any) -> TableSource:
        clone.first_page = clone.fetch(0, PAGE_SIZE)  # first: a short page is also the count
        clone.count()
        return clone

    return start_busy(work, parent, show_dialog=False, on_done=on_done, on_error=on_error)
