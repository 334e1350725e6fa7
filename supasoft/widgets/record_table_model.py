"""A lazy, paged table model over a RowSource: correct scrollbar at once, only displayed pages loaded."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from supasoft.core.fieldtypes import field_types
from supasoft.widgets.formatting import alignment_for, format_value, is_boolean
from supasoft.widgets.row_source import ColumnInfo, RowData, RowSource

ROW_ID_ROLE = int(Qt.ItemDataRole.UserRole)
RAW_VALUE_ROLE = ROW_ID_ROLE + 1
ROW_VERSION_ROLE = ROW_ID_ROLE + 2

PAGE_SIZE = 256
MAX_PAGES = 64

_D = Qt.ItemDataRole
# data() runs thousands of times per paint: compare plain ints, not enum members.
_DISPLAY = int(_D.DisplayRole)
_ALIGN = int(_D.TextAlignmentRole)
_CHECK = int(_D.CheckStateRole)
_TOOLTIP = int(_D.ToolTipRole)
_ROW_ROLES = frozenset({_DISPLAY, _TOOLTIP, _CHECK, ROW_ID_ROLE, RAW_VALUE_ROLE, ROW_VERSION_ROLE})
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ModelIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Reads rows page by page from a RowSource, keeping an LRU of pages and never all rows."""

    def __init__(
        self,
        source: RowSource,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        locale: QLocale | None = None,
        check_boxes: bool = False,
    ):
        super().__init__(parent)
        if page_size < 1 or max_pages < 1:
            raise ValueError("page_size and max_pages must be positive")
        self._source = source
        self._page_size = page_size
        self._max_pages = max_pages
        self._locale = locale if locale is not None else QLocale()
        self._check_boxes = check_boxes  # booleans as check boxes instead of a ✓ mark
        self._pages: OrderedDict[int, list[RowData]] = OrderedDict()
        self._mru = -1  # most recently used page: skips the LRU bookkeeping on repeated hits
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._read_columns()
        self._count = source.count()

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """A search counts only so far: the view asks for more when scrolled to the end."""
        return not parent.isValid() and self._source.has_more()

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._source.has_more():
            return
        self._source.fetch_more()
        count = self._source.count()
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def count_is_partial(self) -> bool:
        """Whether more rows match than the table shows so far (status: "1,000+ records")."""
        return self._source.has_more()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROW_ROLES:
            return self._alignment[index.column()] if role == _ALIGN and index.isValid() else None
        if not index.isValid():
            return None
        col = index.column()
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_VERSION_ROLE:
            return row.version
        value = row.cells[col] if col < len(row.cells) else None
        if role == RAW_VALUE_ROLE:
            return value
        if role == _CHECK:
            if not (self._check_boxes and self._booleans[col]):
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if self._check_boxes and self._booleans[col]:
            return None
        text = format_value(self._columns[col].field, value, self._locale)
        if role == _TOOLTIP:
            full = str(value) if value is not None else ""
            return full if full != text and "\n" in full else None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == _D.DisplayRole:
                return self._columns[section].title
            if role == _D.TextAlignmentRole:
                return self._alignment[section]
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Delegate ordering to the source (the database sorts; we only drop our pages)."""
        key: str | None = None
        if 0 <= column < len(self._columns):
            f = self._columns[column].field
            if f is not None and f.type in field_types and not field_types.get(f.type).sortable:
                return
            key = self._columns[column].key
        else:
            column = -1
        self.beginResetModel()
        self._source.set_sort(key, order == Qt.SortOrder.DescendingOrder)
        self._sort_column, self._sort_order = column, order
        self._pages.clear()
        self.endResetModel()

    # --- our API ----------------------------------------------------------------------------
    @property
    def source(self) -> RowSource:
        return self._source

    def columns(self) -> list[ColumnInfo]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        """The column number of a column key, or -1."""
        for i, column in enumerate(self._columns):
            if column.key == key:
                return i
        return -1

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale
        if self._count and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1))

    def set_search(self, text: str) -> None:
        """Quick search: the source filters, we recount and start over."""
        self.beginResetModel()
        self._source.set_search(text)
        self._reset_state()
        self.endResetModel()

    def refresh(self) -> None:
        """Drop every cached page and recount (after imports, deletes or structure changes)."""
        self.beginResetModel()
        self._read_columns()
        self._reset_state()
        self.endResetModel()

    def invalidate_records(self, ids: Iterable[int]) -> int:
        """Forget only the pages holding these records and repaint them; returns how many pages were dropped."""
        wanted = set(ids)
        dropped = 0
        last_column = len(self._columns) - 1
        for page_no, rows in list(self._pages.items()):
            if not any(r.id in wanted for r in rows):
                continue
            del self._pages[page_no]
            dropped += 1
            first = page_no * self._page_size
            last = min(first + len(rows), self._count) - 1
            if last >= first and last_column >= 0:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        return dropped

    def row_data(self, row: int) -> RowData | None:
        """The row at a position, loading its page if needed; None past the end."""
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self._page_size)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load(page_no)
        elif page_no != self._mru:
            self._pages.move_to_end(page_no)
            self._mru = page_no
        return page[offset] if offset < len(page) else None

    def record_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return None if data is None else data.id

    def row_of(self, record_id: int) -> int | None:
        """The row showing a record: cached pages first, else the source's position query."""
        for page_no, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == record_id:
                    return page_no * self._page_size + i
        row = self._source.row_index(record_id)
        return row if row is not None and 0 <= row < self._count else None

    def cached_pages(self) -> list[int]:
        """Page numbers in memory, least recently used first (for tests and diagnostics)."""
        return list(self._pages)

    # --- internals --------------------------------------------------------------------------
    def _read_columns(self) -> None:
        self._columns = self._source.columns()
        self._alignment = [alignment_for(c.field) for c in self._columns]
        self._booleans = [is_boolean(c.field) for c in self._columns]

    def _reset_state(self) -> None:
        self._pages.clear()
        self._mru = -1
        self._count = self._source.count()

    def _load(self, page_no: int) -> list[RowData]:
        rows = self._source.fetch(page_no * self._page_size, self._page_size)
        self._pages[page_no] = rows
        self._mru = page_no
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return rows
