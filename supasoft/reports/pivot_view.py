"""The pivot table: label columns spanning their groups, numbers right-aligned, totals bold; double-click drills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from supasoft.core.meta import Configuration
from supasoft.core.reports.spec import PivotResult
from supasoft.reports.pivot_header import PivotHeader
from supasoft.reports.pivot_model import PivotModel

SIZED_ROWS = 100  # column widths are measured on this many rows (Qt's default, 1000, takes a second)


class PivotView(QTableView):
    """Shows one PivotResult; `drill_requested(row_key, col_key)` on a double-click (or Enter) on a number."""

    drill_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pivot_view")
        self.pivot: PivotModel | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setHorizontalHeader(PivotHeader(self))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)  # a long report opens at once
        self.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, lambda: self._activated(self.currentIndex()),
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Copy, self, self.copy_all, context=Qt.ShortcutContext.WidgetShortcut)

    def show_result(self, config: Configuration, result: PivotResult) -> None:
        old = self.pivot
        self.pivot = PivotModel(config, result, self)
        self.clearSpans()
        self.setModel(self.pivot)
        self.horizontalHeader().setFixedHeight(self.horizontalHeader().sizeHint().height())  # one line per level
        for row, column, rows in self.pivot.spans():
            self.setSpan(row, column, rows, 1)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        last = self.pivot.rowCount() - 1
        for section in range(header.count()):  # the grand total (the widest number) may lie past the rows measured
            total = self.pivot.data(self.pivot.index(last, section)) if last >= 0 else ""
            wanted = max(header.sectionSize(section), metrics.horizontalAdvance(str(total or "")) + 12)
            header.resizeSection(section, min(max(wanted, 70), 320))  # long labels stay readable, not the whole width
        if old is not None:
            old.deleteLater()

    def as_text(self) -> str:
        """The whole table as tab-separated lines, headers first, numbers as shown (for a spreadsheet)."""
        pivot = self.pivot
        if pivot is None:
            return ""
        columns = range(pivot.columnCount())
        grids = [pivot.header_grid(c) for c in columns]
        lines = []
        for line in range(pivot.header_lines()):
            lines.append("\t".join(grid[line] or "" for grid in grids))
        for row in range(pivot.rowCount()):
            lines.append("\t".join(str(pivot.data(pivot.index(row, c)) or "") for c in columns))
        return "\n".join(lines) + "\n"

    def copy_all(self) -> None:
        """Ctrl+C: the whole report to the clipboard, ready to paste into a spreadsheet."""
        QGuiApplication.clipboard().setText(self.as_text())

    def _activated(self, index: QModelIndex) -> None:
        if self.pivot is None:
            return
        keys = self.pivot.keys_at(index)
        if keys is not None:
            self.drill_requested.emit(keys[0], keys[1])
