"""The Fields tab: the object's fields with add, edit (type change with preview), delete (uses listed) and order."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import (
    confirm,
    offer_maintenance,
    path_text,
    show_error,
    type_label,
    uses_text,
)
from supasoft.configurator.field_dialog import FieldDialog
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.configurator.type_change_dialog import TypeChangeDialog
from supasoft.configurator.unique_keys_box import UniqueKeysBox
from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import is_formula, link_target
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.widgets.error_text import shown_error

EDITABLE = ("name", "length", "precision", "scale", "minimum", "maximum", "required", "default", "unique", "indexed",
            "formula", "choices", "description", "source", "receiver", "max_bytes", "extra")


class FieldsTab(QWidget):
    """One row per field: name, type, length, required and what makes it special."""

    def __init__(self, session: Session, undo: StructureUndo, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.service, self.undo = session, session.configuration, undo
        self.object_id: int | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("fields")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Length"), self.tr("Required"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit_field())
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Add field…"), self.add_field), ("edit", self.tr("Edit…"), self.edit_field),
                                ("delete", self.tr("Delete…"), self.delete_field),
                                ("display", self.tr("Show in references"), self.make_display),
                                ("up", self.tr("Move up"), lambda: self.move(-1)),
                                ("down", self.tr("Move down"), lambda: self.move(1))):
            button = QPushButton(text)
            button.setObjectName(f"field_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        self.buttons["up"].setToolTip(self.tr("Show this field earlier in All fields, new cards and field lists (Ctrl+Up)"))
        self.buttons["down"].setToolTip(self.tr("Show this field later in All fields, new cards and field lists (Ctrl+Down)"))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))
        self.table.itemSelectionChanged.connect(self._update_moves)
        row.addStretch(1)
        self.keys = UniqueKeysBox(self.service, self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.keys)

    def set_object(self, object_id: int | None) -> None:
        self.object_id = object_id
        self.reload()

    def reload(self) -> None:
        keep = self.current_field_id()
        self.keys.set_object(self.object_id)
        self.table.setRowCount(0)
        for b in self.buttons.values():
            b.setEnabled(self.object_id is not None)
        if self.object_id is None:
            return
        config = self.service.config
        try:
            obj = config.object_by_id(self.object_id)
        except KeyError:
            return
        for f in obj.fields:
            r = self.table.rowCount()
            self.table.insertRow(r)
            name = f.name + ("  ★" if obj.display_field == f.id else "")
            cells = [name, type_label(f.type), "" if f.length is None else str(f.length),
                     self.tr("yes") if f.required else "", self._details(f)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                self.table.setItem(r, c, item)
            if f.id == keep:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._update_moves()

    def _update_moves(self) -> None:
        """Move up / Move down only where the selected field can go."""
        items = self.table.selectedItems()
        row = items[0].row() if items else -1
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < self.table.rowCount() - 1)

    def _details(self, f: FieldDef) -> str:
        config = self.service.config
        parts: list[str] = []
        if (target := link_target(f)) is not None:
            try:
                parts.append("→ " + config.object_by_id(target).name)
            except KeyError:
                pass
        if f.formula:
            parts.append("= " + f.formula)
        if f.choices:
            parts.append(" / ".join(f.choices))
        obj = config.field_owner(f.id)
        if f.source:
            parts.append(self.tr("shown from {0}").format(path_text(config, obj, tuple(f.source))))
        if f.receiver:
            parts.append(self.tr("copied from {0} when picked").format(path_text(config, obj, tuple(f.receiver))))
        if f.unique:
            parts.append(self.tr("unique"))
        if f.default is not None:
            parts.append(self.tr("default {0}").format(f.default))
        return "; ".join(parts)

    def current_field_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select_field(self, field_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == field_id:
                self.table.selectRow(r)

    # --- order ------------------------------------------------------------------------------------
    def move(self, step: int) -> bool:
        """Move the selected field one place up (-1) or down (1), keep it selected; undoable."""
        field_id = self.current_field_id()
        if self.object_id is None or field_id is None:
            return False
        object_id = self.object_id
        before = [f.id for f in self.service.object(object_id).fields]
        i = before.index(field_id)
        j = i + step
        if not 0 <= j < len(before):
            return False
        after = before[:]
        after[i], after[j] = after[j], after[i]
        try:
            self.service.reorder_fields(object_id, after)
        except SupasoftError as exc:
            show_error(self, exc)
            self.reload()
            return False
        name = self.service.object(object_id).field_by_id(field_id).name
        self.undo.record(self.tr("Move field {0}").format(name), lambda: self.service.reorder_fields(object_id, before),
                         lambda: self.service.reorder_fields(object_id, after))
        self.reload()
        self.select_field(field_id)
        return True

    # --- dialogs ----------------------------------------------------------------------------------
    def dialog(self, field: FieldDef | None) -> FieldDialog:
        """The field dialog for this object, wired to save through the service."""
        assert self.object_id is not None
        config = self.service.config
        dialog = FieldDialog(config, config.object_by_id(self.object_id), self.session.records, field, self)
        dialog.saver = self._save_new if field is None else self._save_edit
        return dialog

    def add_field(self) -> int | None:
        if self.object_id is None:
            return None
        dialog = self.dialog(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.reload()
        self.select_field(dialog.saved_id)  # type: ignore[attr-defined]
        return dialog.saved_id  # type: ignore[attr-defined]

    def edit_field(self) -> None:
        field_id = self.current_field_id()
        if self.object_id is None or field_id is None:
            return
        dialog = self.dialog(self.service.object(self.object_id).field_by_id(field_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _save_new(self, dialog: FieldDialog) -> str | None:
        object_id = self.object_id
        assert object_id is not None
        try:
            f = self.service.add_field(object_id, dialog.draft())
        except SupasoftError as exc:
            offer_maintenance(dialog, exc)  # a table open elsewhere: name who, offer maintenance mode
            return shown_error(exc)
        dialog.saved_id = f.id  # type: ignore[attr-defined]
        holder = {"id": f.id}
        self.undo.record(self.tr("Add field {0}").format(f.name),
                         lambda: self.service.delete_field(object_id, holder["id"], cascade=True),
                         lambda: holder.update(id=self.service.add_field(object_id, dataclasses.replace(f, id=0)).id))
        return None

    def _save_edit(self, dialog: FieldDialog) -> str | None:
        object_id, old = self.object_id, dialog.original
        assert object_id is not None and old is not None
        draft = dialog.draft()
        if draft.type != old.type:
            changes: dict[str, object] = {"type": draft.type}
            for key in ("length", "precision", "scale", "minimum", "maximum", "choices", "formula", "target", "extra"):
                if getattr(draft, key) != getattr(old, key):
                    changes[key] = getattr(draft, key)
            retype = TypeChangeDialog(self.service, object_id, old, changes, dialog)
            if retype.exec() != QDialog.DialogCode.Accepted:
                return self.tr("The type was not changed.")
        current = self.service.object(object_id).field_by_id(old.id)
        changes = {k: getattr(draft, k) for k in EDITABLE if getattr(draft, k) != getattr(current, k)}
        if is_formula(draft) and draft.scale is None:
            changes.pop("scale", None)
        if not changes:
            dialog.saved_id = old.id  # type: ignore[attr-defined]
            return None
        try:
            self.service.update_field(object_id, old.id, **changes)
        except SupasoftError as exc:
            offer_maintenance(dialog, exc)
            return shown_error(exc)
        before = {k: getattr(current, k) for k in changes}
        dialog.saved_id = old.id  # type: ignore[attr-defined]
        self.undo.record(self.tr("Change field {0}").format(old.name),
                         lambda: self.service.update_field(object_id, old.id, **before),
                         lambda: self.service.update_field(object_id, old.id, **changes))
        return None

    def delete_field(self) -> bool:
        field_id = self.current_field_id()
        if self.object_id is None or field_id is None:
            return False
        f = self.service.object(self.object_id).field_by_id(field_id)
        uses = self.service.uses_of_field(field_id)
        details = self.tr("An automatic backup is taken first; Undo cannot bring the values back — restore the backup instead.")
        if uses:
            details = self.tr("It is used here (these uses are removed too):") + "\n" + uses_text(uses) + "\n\n" + details
        if not confirm(self, self.tr("Delete field"), self.tr("Delete the field {0} and all its values?").format(f.name), details):
            return False
        try:
            self.service.delete_field(self.object_id, field_id, cascade=True)
        except SupasoftError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def make_display(self) -> None:
        field_id = self.current_field_id()
        if self.object_id is None or field_id is None:
            return
        object_id = self.object_id
        before = self.service.object(object_id).display_field
        try:
            self.service.update_object(object_id, display_field=field_id)
        except SupasoftError as exc:
            show_error(self, exc)
            return
        self.undo.record(self.tr("Show in references"), lambda: self.service.update_object(object_id, display_field=before),
                         lambda: self.service.update_object(object_id, display_field=field_id))
        self.reload()
