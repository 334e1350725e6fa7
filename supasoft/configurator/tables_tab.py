"""The Tables tab: an object's list views — columns (also through references), widths, sort and filter."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import confirm, path_text, show_error
from supasoft.configurator.condition_editor import ConditionEditor
from supasoft.configurator.path_tree import PathTree
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.core.errors import SupasoftError
from supasoft.core.meta import ColumnDef, ListDef, SortKey
from supasoft.services.configuration import ConfigurationService
from supasoft.widgets.error_text import shown_error

ROLE = Qt.ItemDataRole.UserRole


class TablesTab(QWidget):
    """Left: the object's tables; middle: fields to pick; right: the table being edited."""

    def __init__(self, service: ConfigurationService, undo: StructureUndo, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.undo = service, undo
        self.object_id: int | None = None
        self.editing_id = 0
        self.lists = QListWidget()
        self.lists.setObjectName("lists")
        self.lists.currentItemChanged.connect(lambda *_: self._load_current())
        self.tree = PathTree()
        self.tree.itemDoubleClicked.connect(lambda *_: self.add_column())
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Title"), self.tr("Width")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.verticalHeader().setVisible(False)
        self.columns.verticalHeader().setDefaultSectionSize(24)
        self.sort = QComboBox()
        self.sort.setObjectName("sort")
        self.descending = QCheckBox(self.tr("descending"))
        self.descending.setObjectName("descending")
        self.filter = ConditionEditor()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020")
        self.buttons: dict[str, QPushButton] = {}

        def button(key: str, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
            b = QPushButton(text)
            b.setObjectName(f"table_{key}")
            b.clicked.connect(lambda: slot())
            self.buttons[key] = b
            return b

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Tables of this object:")))
        left.addWidget(self.lists)
        row = QHBoxLayout()
        row.addWidget(button("new", self.tr("New"), self.new_list))
        row.addWidget(button("delete", self.tr("Delete…"), self.delete_list))
        left.addLayout(row)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Fields (open a reference to reach its fields):")))
        middle.addWidget(self.tree)
        middle.addWidget(button("add_column", self.tr("Add column →"), self.add_column))
        moves = QGridLayout()
        moves.addWidget(button("remove_column", self.tr("Remove column"), self.remove_column), 0, 0)
        moves.addWidget(button("up", self.tr("Up"), lambda: self.move_column(-1)), 0, 1)
        moves.addWidget(button("down", self.tr("Down"), lambda: self.move_column(1)), 0, 2)
        right = QFormLayout()
        right.addRow(self.tr("Name:"), self.name)
        right.addRow(self.tr("Columns:"), self.columns)
        right.addRow("", moves)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort, 1)
        sort_row.addWidget(self.descending)
        right.addRow(self.tr("Sorted by:"), sort_row)
        box = QGroupBox(self.tr("Show only records where"))
        QVBoxLayout(box).addWidget(self.filter)
        right.addRow(box)
        right.addRow(self.message)
        right.addRow(button("save", self.tr("Save table"), self.save))
        splitter = QSplitter()
        for part in (left, middle, right):
            holder = QWidget()
            holder.setLayout(part)
            splitter.addWidget(holder)
        splitter.setSizes([180, 260, 460])
        QVBoxLayout(self).addWidget(splitter)

    def set_object(self, object_id: int | None) -> None:
        self.object_id = object_id
        self.editing_id = 0
        self.reload()

    def reload(self) -> None:
        self.lists.blockSignals(True)
        self.lists.clear()
        if self.object_id is None:
            self.lists.blockSignals(False)
            return
        config = self.service.config
        obj = config.object_by_id(self.object_id)
        for lst in config.lists_of(self.object_id):
            item = QListWidgetItem(lst.name)
            item.setData(ROLE, lst.id)
            self.lists.addItem(item)
        self.lists.blockSignals(False)
        self.tree.load(config, obj)
        self.filter.obj = obj
        for row in range(self.lists.count()):
            if self.lists.item(row).data(ROLE) == self.editing_id:
                self.lists.setCurrentRow(row)
                return
        if self.lists.count() and not self.editing_id:
            self.lists.setCurrentRow(0)
        else:
            self.new_list()

    def new_list(self) -> None:
        self.editing_id = 0
        self.lists.clearSelection()
        self.name.setText(self.tr("New table"))
        self.columns.setRowCount(0)
        self._append_column(ColumnDef(()))
        if self.object_id is not None:
            self.filter.set_object(self.service.object(self.object_id))
        self._fill_sort(None)

    def _load_current(self) -> None:
        item = self.lists.currentItem()
        if item is None or self.object_id is None:
            return
        lst = next((x for x in self.service.config.lists if x.id == item.data(ROLE)), None)
        if lst is None:
            return
        self.editing_id = lst.id
        self.name.setText(lst.name)
        self.columns.setRowCount(0)
        for col in lst.columns:
            self._append_column(col)
        self.filter.set_object(self.service.object(self.object_id))
        self.filter.set_filter(lst.filter)
        self._fill_sort(lst.sort[0] if lst.sort else None)

    # --- columns ---------------------------------------------------------------------------------
    def _append_column(self, col: ColumnDef) -> None:
        assert self.object_id is not None
        config = self.service.config
        r = self.columns.rowCount()
        self.columns.insertRow(r)
        item = QTableWidgetItem(path_text(config, config.object_by_id(self.object_id), tuple(col.path)))
        item.setData(ROLE, tuple(col.path))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.columns.setItem(r, 0, item)
        self.columns.setItem(r, 1, QTableWidgetItem(col.title or ""))
        self.columns.setItem(r, 2, QTableWidgetItem("" if col.width is None else str(col.width)))
        self.columns.resizeColumnToContents(0)

    def column_defs(self) -> list[ColumnDef]:
        out = []
        for r in range(self.columns.rowCount()):
            width_text = (self.columns.item(r, 2).text() if self.columns.item(r, 2) else "").strip()
            title = (self.columns.item(r, 1).text() if self.columns.item(r, 1) else "").strip()
            out.append(ColumnDef(tuple(self.columns.item(r, 0).data(ROLE)),
                                 int(width_text) if width_text.isdigit() else None, title or None))
        return out

    def add_column(self) -> None:
        path = self.tree.path()
        if path is None or self.object_id is None:
            return
        if any(c.path == path for c in self.column_defs()):
            self.message.setText(self.tr("That column is already in the table."))
            return
        self._append_column(ColumnDef(path))
        self._fill_sort(self._current_sort())

    def remove_column(self) -> None:
        row = self.columns.currentRow()
        if row >= 0:
            self.columns.removeRow(row)
            self._fill_sort(self._current_sort())

    def move_column(self, step: int) -> None:
        row = self.columns.currentRow()
        cols = self.column_defs()
        j = row + step
        if row < 0 or not 0 <= j < len(cols):
            return
        cols[row], cols[j] = cols[j], cols[row]
        self.columns.setRowCount(0)
        for col in cols:
            self._append_column(col)
        self.columns.setCurrentCell(j, 0)

    def _current_sort(self) -> SortKey | None:
        key = self.sort.currentData()
        return None if key is None else SortKey(_path(key), self.descending.isChecked())

    def _fill_sort(self, key: SortKey | None) -> None:
        self.sort.clear()
        self.sort.addItem(self.tr("(no sort: newest first as entered)"), None)
        for r, col in enumerate(self.column_defs()):
            self.sort.addItem(self.columns.item(r, 0).text(), _key(tuple(col.path)))
        if key is not None:
            index = self.sort.findData(_key(tuple(key.path)))
            self.sort.setCurrentIndex(max(0, index))
            self.descending.setChecked(key.descending)

    # --- saving ----------------------------------------------------------------------------------------
    def draft(self) -> ListDef:
        assert self.object_id is not None
        sort = self._current_sort()
        return ListDef(self.editing_id, self.object_id, self.name.text().strip(), self.column_defs(),
                       [sort] if sort else [], self.filter.filter())

    def save(self) -> int | None:
        if self.object_id is None:
            return None
        draft = self.draft()
        if not draft.columns:
            self.message.setText(self.tr("Add at least one column."))
            return None
        before = next((x for x in self.service.config.lists if x.id == self.editing_id), None)
        try:
            saved = self.service.save_list(draft)
        except SupasoftError as exc:
            self.message.setText(shown_error(exc))
            return None
        self.message.clear()
        self.editing_id = saved.id
        if before is None:
            holder = {"id": saved.id}
            self.undo.record(self.tr("Add table {0}").format(saved.name), lambda: self.service.delete_list(holder["id"]),
                             lambda: holder.update(id=self.service.save_list(dataclasses.replace(saved, id=0)).id))
        else:
            self.undo.record(self.tr("Change table {0}").format(saved.name), lambda: self.service.save_list(before),
                             lambda: self.service.save_list(saved))
        self.reload()
        return saved.id

    def delete_list(self) -> None:
        if not self.editing_id:
            return
        before = next((x for x in self.service.config.lists if x.id == self.editing_id), None)
        if before is None or not confirm(self, self.tr("Delete table"), self.tr("Delete the table {0}? No records are deleted.").format(before.name)):
            return
        try:
            self.service.delete_list(before.id)
        except SupasoftError as exc:
            show_error(self, exc)
            return
        holder = {"id": before.id}
        self.undo.record(self.tr("Delete table {0}").format(before.name),
                         lambda: holder.update(id=self.service.save_list(dataclasses.replace(before, id=0)).id),
                         lambda: self.service.delete_list(holder["id"]))
        self.editing_id = 0
        self.reload()


def _key(path: tuple[int, ...]) -> str:
    """A path as combo data (Qt keeps strings exactly)."""
    return ",".join(map(str, path)) or "code"


def _path(key: str) -> tuple[int, ...]:
    return () if key == "code" else tuple(int(x) for x in key.split(","))
