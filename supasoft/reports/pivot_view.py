"""The pivot table: label columns spanning their groups, numbers right-aligned, totals bold; double-click drills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from supasoft.core.meta import Configuration
from supasoft.core.reports.spec import PivotResult
from supasoft.reports.pivot_model import PivotModel


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
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, lambda: self._activated(self.currentIndex()),
                      context=Qt.ShortcutContext.WidgetShortcut)

    def show_result(self, config: Configuration, result: PivotResult) -> None:
        old = self.pivot
        self.pivot = PivotModel(config, result, self)
        self.clearSpans()
        self.setModel(self.pivot)
        for row, column, rows in self.pivot.spans():
            self.setSpan(row, column, rows, 1)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for section in range(header.count()):  # long labels stay readable without taking the whole width
            header.resizeSection(section, min(max(header.sectionSize(section), 70), 320))
        if old is not None:
            old.deleteLater()

    def _activated(self, index: QModelIndex) -> None:
        if self.pivot is None:
            return
        keys = self.pivot.keys_at(index)
        if keys is not None:
            self.drill_requested.emit(keys[0], keys[1])
