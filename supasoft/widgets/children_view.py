"""A card's read-only table of child records through a link (a client's orders), with New and open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.meta import Condition, FieldPath, FilterGroup, LinkDef
from supasoft.services.records import RecordService
from supasoft.widgets.record_source import RecordRowSource
from supasoft.widgets.record_table_model import RecordTableModel

MIN_COLUMN_WIDTH = 110
NO_PARENT = 0  # record ids start at 1, so this filter matches nothing (a card not saved yet)


class ChildrenView(QWidget):
    """Child records of the card's record; double-click opens one, New starts one linked to this record."""

    open_requested = Signal(int, int)  # child object id, record id
    new_requested = Signal(int, int, int)  # child object id, link field id, parent record id

    def __init__(self, records: RecordService, link: LinkDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.records = records
        self.link = link
        self.parent_id: int | None = None
        self.setObjectName(f"children_{link.id}")
        self.source = RecordRowSource(records, link.child, self._columns(), base_filter=self._filter(None))
        self.model = RecordTableModel(self.source, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.table.setMinimumHeight(120)
        self.table.doubleClicked.connect(self._open)
        self.new_button = QPushButton(self.tr("New\u2026"), self)
        self.new_button.clicked.connect(self._new)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._sync_buttons()

    def set_parent_record(self, record_id: int | None) -> None:
        """Show the children of this record (None: a new card, nothing to show yet)."""
        self.parent_id = record_id
        self.source.base_filter = self._filter(record_id)
        self.refresh()

    def refresh(self) -> None:
        self.source.invalidate_count()
        self.model.refresh()
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, max(MIN_COLUMN_WIDTH, min(header.sectionSize(column), 320)))
        self._sync_buttons()

    def row_count(self) -> int:
        return self.model.rowCount()

    def _columns(self) -> list[FieldPath]:
        """The child's first table view without the column pointing back at us, else Code + its fields."""
        config = self.records.config
        views = config.lists_of(self.link.child)
        if views:
            paths = [tuple(c.path) for c in views[0].columns]
        else:
            paths = [()] + [(f.id,) for f in config.object_by_id(self.link.child).fields]
        return [p for p in paths if p != (self.link.field,)]

    def _filter(self, record_id: int | None) -> FilterGroup:
        return FilterGroup("and", [Condition((self.link.field,), "eq", NO_PARENT if record_id is None else record_id)])

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self.open_requested.emit(self.link.child, record_id)

    def _new(self) -> None:
        if self.parent_id is not None:
            self.new_requested.emit(self.link.child, self.link.field, self.parent_id)

    def _sync_buttons(self) -> None:
        saved = self.parent_id is not None
        allowed = self.records.access.allowed("create", self.link.child)
        self.new_button.setEnabled(saved and allowed)
        tip = "" if saved and allowed else self.tr("Save this record first") if allowed else self.tr("You may not create these records")
        self.new_button.setToolTip(tip)
        self.open_button.setEnabled(self.model.rowCount() > 0)
