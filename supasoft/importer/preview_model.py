"""The preview as a table model: every row of the file (fetched a page at a time, so 100,000 rows open at once),
problem cells tinted with their reasons as tooltips, and a filter to rows with problems. A page of a big source
that cannot be sought to (a table of another database) is read in a worker, shown as "…" until it arrives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from supasoft.importer.column_table import sample_text
from supasoft.importer.preview_entries import PreviewEntries, find_sorted
from supasoft.services.import_rows import LazyRows
from supasoft.services.importing import ImportPreview, SourceTable
from supasoft.widgets.busy import start_busy
from supasoft.widgets.error_text import shown_text

PAGE = 1000
WAITING = "\u2026"  # a cell whose page a worker is reading
PROBLEM = QColor(255, 214, 214)
ROW_COLUMNS = 2  # the file's row number and what the import does with it
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Rows of the preview in the file's order; cells are looked up only when the view paints them."""

    def __init__(self, source: SourceTable, preview: ImportPreview, parent: QObject | None = None):
        super().__init__(parent)
        self.source = source
        self.preview = preview
        self.cell_problems: dict[tuple[int, str], list[str]] = {}
        self.row_problems: dict[int, list[str]] = {}
        self.row_texts: dict[int, list[str]] = {}  # every problem of a row, whole ("row 4: Price: 'x' is not a number")
        for problem in preview.problems:
            self.row_texts.setdefault(problem.row, []).append(shown_text(problem.text()))
            text = shown_text(problem.message)
            if problem.field and not problem.column:
                text = f"{problem.field}: {text}"
            if problem.column:
                self.cell_problems.setdefault((problem.row, problem.column), []).append(text)
            else:
                self.row_problems.setdefault(problem.row, []).append(text)
        # rows the reader could not take go among the others, in the file's order
        self.entries = PreviewEntries.merged(((r.row, r.action) for r in preview.rows),
                                             (p.row for p in preview.reading_problems))
        self.only_problems = False
        self.fetching: set[int] = set()  # the first rows of the source's chunks being read in a worker
        self.unreadable: set[int] = set()  # chunks whose reading failed (the file went away): shown empty, not retried
        self.shown = self.entries
        self.loaded = min(PAGE, len(self.shown))

    def set_only_problems(self, only: bool) -> None:
        """Show every row, or only those with a problem."""
        self.beginResetModel()
        self.only_problems = only
        self.shown = self.entries.only("skip") if only else self.entries
        self.loaded = min(PAGE, len(self.shown))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else ROW_COLUMNS + len(self.source.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.loaded < len(self.shown)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt API
        more = min(PAGE, len(self.shown) - self.loaded)
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("PreviewModel", "Row")
        if section == 1:
            return QCoreApplication.translate("PreviewModel", "Import")
        return self.source.headers[section - ROW_COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, action = self.shown[index.row()]
        column = index.column()
        if column < ROW_COLUMNS:
            problems = self.row_texts.get(number, [])
            if role == Qt.ItemDataRole.DisplayRole:
                return str(number) if column == 0 else self.action_text(action)
            if role == Qt.ItemDataRole.ToolTipRole and problems:
                return "\n".join(problems)
            if role == Qt.ItemDataRole.BackgroundRole and (self.row_problems.get(number) or (column == 1 and action == "skip")):
                return QBrush(PROBLEM)
            return None
        header = self.source.headers[column - ROW_COLUMNS]
        problems = self.cell_problems.get((number, header), [])
        if role == Qt.ItemDataRole.DisplayRole:
            position = find_sorted(self.source.row_numbers, number)
            if position is None:
                return None
            rows = self.source.rows
            if isinstance(rows, LazyRows) and not rows.ready(position):
                return self._fetch(rows, position)
            value = rows[position][column - ROW_COLUMNS]
            return None if value is None else sample_text(value)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(PROBLEM)
        return None

    def _fetch(self, rows: LazyRows, position: int) -> str | None:
        """Read the chunk holding `position` in a worker (its cells repaint when it arrives); "…" until then."""
        start = position - position % rows.chunk
        if start in self.unreadable:
            return None
        if start not in self.fetching:
            self.fetching.add(start)
            start_busy(lambda _progress: rows[start], self, show_dialog=False,  # type: ignore[arg-type] - a QObject parent
                       on_done=lambda _rows: self._arrived(start), on_error=lambda _exc: self._arrived(start, failed=True))
        return WAITING

    def _arrived(self, start: int, failed: bool = False) -> None:
        self.fetching.discard(start)
        if failed:
            self.unreadable.add(start)
        if self.loaded:
            self.dataChanged.emit(self.index(0, ROW_COLUMNS), self.index(self.loaded - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    @staticmethod
    def action_text(action: str) -> str:
        return {"create": QCoreApplication.translate("PreviewModel", "create"),
                "update": QCoreApplication.translate("PreviewModel", "update"),
                "skip": QCoreApplication.translate("PreviewModel", "skip")}[action]

    def problems_of_row(self, row: int) -> list[str]:
        """Every problem of the model row, as whole sentences in the user's language."""
        return self.row_texts.get(self.shown[row][0], []) if 0 <= row < self.loaded else []

    def row_of(self, number: int) -> int | None:
        """The model row showing the file's row `number` (fetching pages until it is loaded), or None."""
        i = self.shown.index_of(number)
        if i is not None:
            while self.loaded <= i:
                self.fetchMore(QModelIndex())
        return i
