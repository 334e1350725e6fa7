"""A detail set (order lines) edited inline in the parent card: add, remove, edit; formulas and totals live."""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.number import to_decimal
from supasoft.core.fieldtypes.roles import is_formula, links_object
from supasoft.core.meta import DetailSetDef, FieldDef
from supasoft.services.record_model import Record
from supasoft.services.records import RecordService
from supasoft.widgets.detail_model import DetailLinesModel, EditorDelegate, is_computed
from supasoft.widgets.editors import ReferenceLookup
from supasoft.widgets.formatting import format_value
from supasoft.widgets.type_ui import wide_column

VISIBLE_ROWS = 5  # the grid shows at least this many lines before scrolling
_T = QAbstractItemView.EditTrigger
EDIT_TRIGGERS = _T.DoubleClicked | _T.EditKeyPressed | _T.AnyKeyPressed | _T.SelectedClicked


class DetailGrid(QWidget):
    """Lines in memory until the card saves; `changed` fires on every user edit, add and remove."""

    changed = Signal()
    formulas_updated = Signal()  # line formulas and totals were recomputed
    new_record_requested = Signal(int, str, object)  # object id, typed text, OnSaved(record id): a cell's "New…"

    def __init__(self, records: RecordService, detail_set: DetailSetDef, lookup: ReferenceLookup,
                 parent: QWidget | None = None, *, preview_delay_ms: int = 150):
        super().__init__(parent)
        self.records = records
        self.detail_set = detail_set
        config = records.config
        self.link = config.link_by_id(detail_set.link)
        self.child = config.object_by_id(self.link.child)
        self.setObjectName(f"detail_{detail_set.id}")
        self._dirty = False
        self._read_only = False
        self._pending: set[int] = set()  # rows whose formulas must be recomputed
        self.model = DetailLinesModel(self._columns(), lookup, self)
        self.model.value_edited.connect(self._on_value_edited)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.delegate = EditorDelegate(self.model, lookup, self.table)
        self.delegate.new_requested.connect(self._ask_new)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.installEventFilter(self)
        self._size_columns()
        self.title = QLabel(f"<b>{detail_set.name}</b>", self)
        self.add_button = QPushButton(self.tr("Add line"), self)
        self.add_button.setToolTip(self.tr("Add a line (Insert)"))
        self.add_button.clicked.connect(lambda: self.add_line(edit=True))
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.remove_button.clicked.connect(lambda: self.remove_line())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        self.total_labels: dict[int, QLabel] = {}
        totals = QHBoxLayout()
        totals.addStretch(1)
        for field in self._total_fields():
            label = QLabel(self)
            label.setObjectName(f"total_{field.id}")
            label.setTextFormat(Qt.TextFormat.RichText)
            totals.addSpacing(16)
            totals.addWidget(label)
            self.total_labels[field.id] = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(preview_delay_ms)
        self._timer.timeout.connect(self.refresh_formulas)
        self.model.modelReset.connect(self._sync)
        self.model.rowsInserted.connect(self._sync)
        self.model.rowsRemoved.connect(self._sync)
        self._sync()

    # --- lines -------------------------------------------------------------------------------------
    def load(self, parent_id: int | None) -> None:
        """Read the stored lines of a parent record (none for a new one)."""
        lines = [] if parent_id is None else self.records.children(self.link.parent, parent_id, self.link.id)
        self.set_lines(lines)

    def set_lines(self, lines: list[Record]) -> None:
        self._timer.stop()
        self._pending.clear()
        self.model.set_lines(lines)
        self._dirty = False
        self.table.resizeColumnsToContents()
        self._size_columns()
        self._update_totals()

    def lines(self, commit: bool = True) -> list[Record]:
        """The current lines; commit=True first takes the value of a cell still being edited."""
        if commit:
            self.commit_editor()
        return self.model.lines()

    def commit_editor(self) -> None:
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.table.commitData(editor)
        if self._timer.isActive():
            self.refresh_formulas()

    def add_line(self, edit: bool = False) -> int:
        """Append a line with the child's defaults; edit=True opens the first editable cell."""
        if self._read_only:
            return -1
        row = self.model.add_line(self.records.new(self.child.id))
        self._dirty = True
        self._schedule(row)
        self.changed.emit()
        if edit:
            column = next((i for i, f in enumerate(self.model.columns) if not is_computed(f)), 0)
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.edit(index)
        return row

    def remove_line(self, row: int | None = None) -> None:
        """Remove a line (the current one by default); the service deletes it from storage on save."""
        if self._read_only:
            return
        if row is None:
            index = self.table.currentIndex()
            if not index.isValid():
                return
            row = index.row()
        if not 0 <= row < self.model.rowCount():
            return
        self.table.setCurrentIndex(self.model.index(-1, -1))  # closes an open cell editor first
        self.model.remove_line(row)
        self._pending = {r - (r > row) for r in self._pending if r != row}
        self._dirty = True
        self._update_totals()
        self.changed.emit()

    def set_value(self, row: int, field_id: int, value: object) -> None:
        """Set a cell as the user would (receivers and formulas follow)."""
        self.model.setData(self.model.index(row, self.model.column_of(field_id)), value)

    def is_dirty(self) -> bool:
        return self._dirty

    def set_read_only(self, read_only: bool) -> None:
        """Lines for viewing only: no cell editors, no adding or removing."""
        self._read_only = read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS)
        self.add_button.setEnabled(not read_only)
        self._sync()

    # --- formulas and totals ------------------------------------------------------------------------
    def refresh_formulas(self) -> None:
        """Recompute the formulas of edited lines (cost = price × quantity) and the totals below."""
        self._timer.stop()
        formulas = [f for f in self.child.fields if is_formula(f)]
        rows, self._pending = sorted(self._pending), set()
        for row in rows if formulas else []:
            if row >= self.model.rowCount():
                continue
            try:
                values = self.records.preview(self.model.line(row))
            except (SupasoftError, ValueError, ArithmeticError):
                continue
            for field_id, value in values.items():
                self.model.set_cell(row, field_id, value)
        self._update_totals()
        self.formulas_updated.emit()

    def totals(self) -> dict[int, Decimal]:
        out: dict[int, Decimal] = {}
        for field in self._total_fields():
            total = Decimal(0)
            for line in self.model.lines():
                try:
                    total += to_decimal(line.values.get(field.id)) if line.values.get(field.id) is not None else 0
                except (TypeError, ValueError, ArithmeticError):
                    continue
            out[field.id] = total
        return out

    def _update_totals(self) -> None:
        fields = {f.id: f for f in self._total_fields()}
        for field_id, total in self.totals().items():
            field = fields[field_id]
            shown = format_value(field, total)  # a whole-number field shows a whole total
            self.total_labels[field_id].setText(self.tr("{name} total: <b>{value}</b>").format(name=field.name, value=shown))

    # --- internals --------------------------------------------------------------------------------
    def _ask_new(self, object_id: int, text: str, line: Record, field_id: int) -> None:
        """A cell's "New <name>…": once the new record is saved, the same line picks it (as if typed)."""
        def on_saved(record_id: int) -> None:
            if not shiboken6.isValid(self):
                return
            row, column = self.model.row_of(line), self.model.column_of(field_id)
            if row >= 0 and column >= 0:
                self.model.setData(self.model.index(row, column), record_id)

        self.new_record_requested.emit(object_id, text, on_saved)

    def _on_value_edited(self, row: int, field_id: int) -> None:
        self._dirty = True
        field = self.child.field_by_id(field_id)
        if links_object(field):
            target = self.model.line(row).values.get(field_id)
            if isinstance(target, int):
                try:
                    received = self.records.picked(self.child.id, field_id, target)
                except SupasoftError:
                    received = {}
                for receiver_id, value in received.items():
                    if value is not None:
                        self.model.set_cell(row, receiver_id, value)
        self._schedule(row)
        self.changed.emit()

    def _schedule(self, row: int) -> None:
        self._pending.add(row)
        self._timer.start()

    def _columns(self) -> list[FieldDef]:
        ids = [fid for fid in self.detail_set.columns if fid != self.link.field]
        known = {f.id: f for f in self.child.fields}
        columns = [known[fid] for fid in ids if fid in known]
        return columns or [f for f in self.child.fields if f.id != self.link.field]

    def _total_fields(self) -> list[FieldDef]:
        known = {f.id: f for f in self.child.fields}
        return [known[fid] for fid in self.detail_set.totals if fid in known]

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(90)
        for i, field in enumerate(self.model.columns):
            if wide_column(field):
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(i, max(110, header.sectionSize(i)))
        rows = VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows + header.sizeHint().height() + 4)

    def _sync(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.model.rowCount() > 0 and not self._read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Insert adds a line and Delete removes one here, instead of acting on the whole card."""
        if watched is self.table and isinstance(event, QKeyEvent):
            editing = self.table.state() == QAbstractItemView.State.EditingState
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Insert) and not editing and not self._read_only:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    if event.key() == Qt.Key.Key_Delete:
                        self.remove_line()
                    else:
                        self.add_line(edit=True)
                    return True
        return super().eventFilter(watched, event)
