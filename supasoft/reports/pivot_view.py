"""The pivot table: label columns spanning their groups, numbers right-aligned, totals bold; double-click drills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
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

    def _activated(self, index: QModelIndex) -> None:
        if self.pivot is None:
            return
        keys = self.pivot.keys_at(index)
        if keys is not None:
            self.drill_requested.emit(keys[0], keys[1])
