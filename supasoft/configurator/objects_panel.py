"""The left column: objects and catalogs, with add, rename, numbering, reorder, duplicate and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import confirm, show_error, uses_text
from supasoft.configurator.object_dialog import ObjectDialog
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.core.errors import SupasoftError
from supasoft.services.configuration import ConfigurationService
from supasoft.widgets.error_text import shown_error


class ObjectsPanel(QWidget):
    """Lists the objects in navigator order; emits the chosen object id."""

    current_changed = Signal(object)  # object id or None

    def __init__(self, service: ConfigurationService, undo: StructureUndo, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.undo = service, undo
        self.list = QListWidget()
        self.list.setObjectName("objects")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._dragged))  # not inside the move
        self._emitted: int | None = None
        self.list.currentItemChanged.connect(lambda *_: self._emit())
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        specs = [
            ("add", self.tr("Add object…"), self.add_object), ("catalog", self.tr("New catalog…"), self.add_catalog),
            ("edit", self.tr("Rename / numbering…"), self.edit_object), ("duplicate", self.tr("Duplicate…"), self.duplicate),
            ("up", self.tr("Move up"), lambda: self.move(-1)), ("down", self.tr("Move down"), lambda: self.move(1)),
            ("delete", self.tr("Delete…"), self.delete_object),
        ]
        for i, (key, text, slot) in enumerate(specs):
            button = QPushButton(text)
            button.setObjectName(f"object_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            buttons.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.reload()

    # --- reading -----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select(self, object_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == object_id:
                self.list.setCurrentRow(row)
                return

    def reload(self) -> None:
        """Rebuild the list from the current structure, keeping the selection."""
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for obj in sorted(self.service.config.objects, key=lambda o: o.order):
            text = obj.plural if not obj.catalog else self.tr("{0} (catalog)").format(obj.plural)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, obj.id)
            item.setToolTip(self.tr("{0} — codes like {1}").format(obj.name, obj.format_code(42)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if keep is not None:
            self.select(keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._emit()

    def _emit(self) -> None:
        """Tell the tabs only when the chosen object really changed (a reload keeps unsaved designs)."""
        if self.current_id() != self._emitted:
            self._emitted = self.current_id()
            self.current_changed.emit(self._emitted)

    def _ids(self) -> list[int]:
        return [int(self.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.list.count())]

    # --- changes ------------------------------------------------------------------------------
    def add_object(self, *, catalog: bool = False) -> int | None:
        dialog = ObjectDialog(None, self, title=self.tr("New catalog") if catalog else "")
        while dialog.exec():
            try:
                if catalog:
                    obj = self.service.add_catalog(dialog.name.text(), dialog.plural.text())
                    if dialog.prefix.text().strip() or dialog.width.value():
                        obj = self.service.update_object(obj.id, code_prefix=dialog.prefix.text().strip(), code_width=dialog.width.value())
                else:
                    obj = self.service.add_object(dialog.name.text(), dialog.plural.text(),
                                                  code_prefix=dialog.prefix.text(), code_width=dialog.width.value())
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                continue
            self._record_add(obj.id, obj.name, obj.plural, catalog)
            self.reload()
            self.select(obj.id)
            return obj.id
        return None

    def _record_add(self, object_id: int, name: str, plural: str, catalog: bool) -> None:
        holder = {"id": object_id}

        def readd() -> None:
            holder["id"] = (self.service.add_catalog(name, plural) if catalog else self.service.add_object(name, plural)).id

        self.undo.record(self.tr("Add {0}").format(name), lambda: self.service.delete_object(holder["id"], cascade=True), readd)

    def _record_change(self, object_id: int, before: dict, after: dict) -> None:
        self.undo.record(self.tr("Change {0}").format(before["name"]),
                         lambda: self.service.update_object(object_id, **before),
                         lambda: self.service.update_object(object_id, **after))

    def _record_duplicate(self, source_id: int, copy_id: int, names: tuple[str, str]) -> None:
        holder = {"id": copy_id}
        self.undo.record(self.tr("Duplicate"), lambda: self.service.delete_object(holder["id"], cascade=True),
                         lambda: holder.update(id=self.service.duplicate_object(source_id, *names).id))

    def add_catalog(self) -> int | None:
        return self.add_object(catalog=True)

    def edit_object(self) -> None:
        object_id = self.current_id()
        if object_id is None:
            return
        old = self.service.object(object_id)
        dialog = ObjectDialog(old, self)
        while dialog.exec():
            changes = {"name": dialog.name.text(), "plural": dialog.plural.text(),
                       "code_prefix": dialog.prefix.text().strip(), "code_width": dialog.width.value()}
            try:
                self.service.update_object(object_id, **changes)
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                continue
            before = {"name": old.name, "plural": old.plural, "code_prefix": old.code_prefix, "code_width": old.code_width}
            self._record_change(object_id, before, changes)
            self.reload()
            return

    def duplicate(self) -> None:
        object_id = self.current_id()
        if object_id is None:
            return
        source = self.service.object(object_id)
        dialog = ObjectDialog(None, self, title=self.tr("Duplicate {0}").format(source.name))
        dialog.name.setText(self.tr("{0} copy").format(source.name))
        dialog.plural.setText(self.tr("{0} copy").format(source.plural))
        while dialog.exec():
            try:
                copy = self.service.duplicate_object(object_id, dialog.name.text(), dialog.plural.text())
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                continue
            self._record_duplicate(object_id, copy.id, (dialog.name.text(), dialog.plural.text()))
            self.reload()
            self.select(copy.id)
            return

    def move(self, step: int) -> None:
        ids = self._ids()
        object_id = self.current_id()
        if object_id is None:
            return
        i = ids.index(object_id)
        j = i + step
        if not 0 <= j < len(ids):
            return
        new = ids[:]
        new[i], new[j] = new[j], new[i]
        self._reorder(ids, new)

    def _dragged(self, *_args: object) -> None:
        before = [o.id for o in sorted(self.service.config.objects, key=lambda o: o.order)]
        self._reorder(before, self._ids())

    def _reorder(self, before: list[int], after: list[int]) -> None:
        if before == after:
            return
        try:
            self.service.reorder_objects(after)
        except SupasoftError as exc:
            show_error(self, exc)
        else:
            self.undo.record(self.tr("Reorder objects"), lambda: self.service.reorder_objects(before),
                             lambda: self.service.reorder_objects(after))
        self.reload()

    def delete_object(self) -> bool:
        object_id = self.current_id()
        if object_id is None:
            return False
        obj = self.service.object(object_id)
        uses = self.service.uses_of_object(object_id)
        text = self.tr("Delete {0} and ALL its records?").format(obj.name)
        details = self.tr("An automatic backup is taken first; Undo cannot bring it back — restore the backup instead.")
        if uses:
            details = self.tr("It is used here (these uses are removed too):") + "\n" + uses_text(uses) + "\n\n" + details
        if not confirm(self, self.tr("Delete object"), text, details):
            return False
        try:
            self.service.delete_object(object_id, cascade=True)
        except SupasoftError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True
