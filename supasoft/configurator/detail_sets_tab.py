"""Detail sets: child records edited as a grid inside the parent's card, with chosen columns and totals."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import confirm, show_error, type_label
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import is_numeric
from supasoft.core.meta import DetailSetDef
from supasoft.services.configuration import ConfigurationService
from supasoft.widgets.error_text import shown_error

ID_ROLE = Qt.ItemDataRole.UserRole


class DetailSetsTab(QWidget):
    """Left: the object's detail sets; right: the one being edited."""

    def __init__(self, service: ConfigurationService, undo: StructureUndo, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.undo = service, undo
        self.object_id: int | None = None
        self.editing_id = 0
        self.sets = QListWidget()
        self.sets.setObjectName("detail_sets")
        self.sets.currentItemChanged.connect(lambda *_: self._load_current())
        self.link = QComboBox()
        self.link.setObjectName("link")
        self.link.currentIndexChanged.connect(self._fill_fields)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.columns = QListWidget()
        self.columns.setObjectName("columns")
        self.totals = QListWidget()
        self.totals.setObjectName("totals")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020")
        self.buttons: dict[str, QPushButton] = {}
        left = QVBoxLayout()
        left.addWidget(self.sets)
        row = QHBoxLayout()
        for key, text, slot in (("new", self.tr("New"), self.new_set), ("delete", self.tr("Delete…"), self.delete_set),
                                ("save", self.tr("Save"), self.save)):
            button = QPushButton(text)
            button.setObjectName(f"set_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            (row if key != "save" else left).addWidget(button)
        left.insertLayout(1, row)
        form = QFormLayout()
        form.addRow(self.tr("Child link:"), self.link)
        form.addRow(self.tr("Title:"), self.name)
        form.addRow(self.tr("Columns (tick, in order):"), self.columns)
        form.addRow(self.tr("Totals under the grid:"), self.totals)
        form.addRow(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(form, 2)

    def set_object(self, object_id: int | None) -> None:
        self.object_id = object_id
        self.reload()

    def reload(self) -> None:
        keep = self.editing_id
        self.sets.blockSignals(True)
        self.sets.clear()
        self.link.blockSignals(True)
        self.link.clear()
        if self.object_id is not None:
            config = self.service.config
            for d in config.detail_sets_of(self.object_id):
                item = QListWidgetItem(d.name)
                item.setData(ID_ROLE, d.id)
                self.sets.addItem(item)
            for link in config.child_links(self.object_id):
                self.link.addItem(f"{link.name} ({config.object_by_id(link.child).name})", link.id)
        self.link.blockSignals(False)
        self.sets.blockSignals(False)
        for row in range(self.sets.count()):
            if self.sets.item(row).data(ID_ROLE) == keep:
                self.sets.setCurrentRow(row)
                return
        self.new_set()

    def new_set(self) -> None:
        self.editing_id = 0
        self.sets.clearSelection()
        self.name.clear()
        self._fill_fields()

    def _load_current(self) -> None:
        item = self.sets.currentItem()
        if item is None:
            return
        d = next((x for x in self.service.config.detail_sets if x.id == item.data(ID_ROLE)), None)
        if d is None:
            return
        self.editing_id = d.id
        self.link.setCurrentIndex(max(0, self.link.findData(d.link)))
        self.name.setText(d.name)
        self._fill_fields(d)

    def _fill_fields(self, d: DetailSetDef | None = None) -> None:
        self.columns.clear()
        self.totals.clear()
        link_id = self.link.currentData()
        if link_id is None:
            return
        config = self.service.config
        link = config.link_by_id(int(link_id))
        if not self.name.text().strip():
            self.name.setText(link.name)
        child = config.object_by_id(link.child)
        chosen = list(d.columns) if d else [f.id for f in child.fields if f.id != link.field]
        ordered = [child.field_by_id(i) for i in chosen] + [f for f in child.fields if f.id not in chosen]
        for f in ordered:
            item = QListWidgetItem(f"{f.name} ({type_label(f.type)})")
            item.setData(ID_ROLE, f.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if f.id in chosen else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
            if is_numeric(f):  # totals add numbers up
                total = QListWidgetItem(f.name)
                total.setData(ID_ROLE, f.id)
                total.setFlags(total.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                total.setCheckState(Qt.CheckState.Checked if d and f.id in d.totals else Qt.CheckState.Unchecked)
                self.totals.addItem(total)
        self.columns.setDragDropMode(QListWidget.DragDropMode.InternalMove)

    def check(self, widget: QListWidget, field_name: str, on: bool = True) -> None:
        """Tick or untick a field by name (keyboard users and tests)."""
        for row in range(widget.count()):
            item = widget.item(row)
            if item.text().split(" (")[0] == field_name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [int(widget.item(r).data(ID_ROLE)) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> int | None:
        link_id = self.link.currentData()
        if self.object_id is None or link_id is None:
            self.message.setText(self.tr("Add a child link first (tab Child links)."))
            return None
        columns = self._checked(self.columns)
        if not columns:
            self.message.setText(self.tr("Tick at least one column."))
            return None
        before = next((x for x in self.service.config.detail_sets if x.id == self.editing_id), None)
        draft = DetailSetDef(self.editing_id, int(link_id), self.name.text().strip(), columns, self._checked(self.totals))
        try:
            saved = self.service.save_detail_set(draft)
        except SupasoftError as exc:
            self.message.setText(shown_error(exc))
            return None
        self.message.clear()
        self.editing_id = saved.id
        if before is None:
            holder = {"id": saved.id}
            self.undo.record(self.tr("Add detail set"), lambda: self.service.delete_detail_set(holder["id"]),
                             lambda: holder.update(id=self.service.save_detail_set(dataclasses.replace(saved, id=0)).id))
        else:
            self.undo.record(self.tr("Change detail set"), lambda: self.service.save_detail_set(before),
                             lambda: self.service.save_detail_set(saved))
        self.reload()
        return saved.id

    def delete_set(self) -> None:
        if not self.editing_id:
            return
        if not confirm(self, self.tr("Delete detail set"), self.tr("Delete the detail set {0}? The records stay.").format(self.name.text())):
            return
        before = next((x for x in self.service.config.detail_sets if x.id == self.editing_id), None)
        try:
            self.service.delete_detail_set(self.editing_id)
        except SupasoftError as exc:
            show_error(self, exc)
            return
        if before is not None:
            holder = {"id": before.id}
            self.undo.record(self.tr("Delete detail set"),
                             lambda: holder.update(id=self.service.save_detail_set(dataclasses.replace(before, id=0)).id),
                             lambda: self.service.delete_detail_set(holder["id"]))
        self.editing_id = 0
        self.reload()
