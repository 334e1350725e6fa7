"""The object's unique keys under its fields: each key with its fields, Add key… (choose the fields) and Remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import offer_maintenance
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.core.errors import SupasoftError
from supasoft.core.meta import ObjectDef
from supasoft.core.unique_keys import can_be_in_key, key_field_names
from supasoft.services.configuration import ConfigurationService
from supasoft.widgets.error_text import shown_error


class UniqueKeyDialog(QDialog):
    """Name a key and tick its fields; OK adds it, and a refusal (shared values...) stays here to read."""

    def __init__(self, service: ConfigurationService, obj: ObjectDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unique_key_dialog")
        self.setWindowTitle(self.tr("Add unique key"))
        self.service, self.obj = service, obj
        self.added_id: int | None = None
        self.name = QLineEdit()
        self.name.setObjectName("key_name")
        self.name.setPlaceholderText(self.tr("Made from the fields when left empty"))
        self.fields = QListWidget()
        self.fields.setObjectName("key_fields")
        for f in obj.fields:
            if can_be_in_key(f):
                item = QListWidgetItem(f.name)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.fields.addItem(item)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        hint = QLabel(self.tr("No two records may hold the same values in all the ticked fields. Records with all of "
                              "them empty are not held to the key; an empty value in some of them counts as a value."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Fields:"), self.fields)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def check(self, field_id: int, checked: bool = True) -> None:
        """Tick or untick a field (as a click on its box would)."""
        for i in range(self.fields.count()):
            item = self.fields.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == field_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        items = [self.fields.item(i) for i in range(self.fields.count())]
        return [int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        try:
            self.added_id = self.service.add_unique_key(self.obj.id, self.chosen(), self.name.text()).id
        except SupasoftError as exc:
            if not offer_maintenance(self, exc):
                self.message.setText(shown_error(exc))
            return
        super().accept()


class UniqueKeysBox(QGroupBox):
    """The keys of the chosen object; errors of a removal are shown under the list."""

    def __init__(self, service: ConfigurationService, undo: StructureUndo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Unique keys"))
        self.setObjectName("unique_keys_box")
        self.service, self.undo = service, undo
        self.object_id: int | None = None
        self.keys = QListWidget()
        self.keys.setObjectName("unique_keys")
        self.keys.setMaximumHeight(90)
        self.keys.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add key…"))
        self.add_button.setObjectName("key_add")
        self.add_button.setToolTip(self.tr("Refuse records that repeat the values of the chosen fields (an order and a "
                                           "product once per order); an import can use the key to find records"))
        self.add_button.clicked.connect(self.add_key)
        self.remove_button = QPushButton(self.tr("Remove key"))
        self.remove_button.setObjectName("key_remove")
        self.remove_button.clicked.connect(self.remove_key)
        self.message = QLabel()
        self.message.setObjectName("key_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keys)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def set_object(self, object_id: int | None) -> None:
        self.object_id = object_id
        self.message.clear()
        self.reload()

    def _object(self) -> ObjectDef | None:
        try:
            return self.service.config.object_by_id(self.object_id) if self.object_id is not None else None
        except KeyError:
            return None

    def reload(self) -> None:
        self.keys.clear()
        obj = self._object()
        for key in obj.unique_keys if obj is not None else []:
            item = QListWidgetItem(f"{key.name}: {key_field_names(obj, key)}")
            item.setData(Qt.ItemDataRole.UserRole, key.id)
            self.keys.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.object_id is not None)
        self.remove_button.setEnabled(bool(self.keys.selectedItems()))

    def add_key(self) -> None:
        obj = self._object()
        if obj is None:
            return
        dialog = UniqueKeyDialog(self.service, obj, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.added_id is None:
            return
        self.message.clear()
        self.reload()
        key = next(k for k in self.service.object(obj.id).unique_keys if k.id == dialog.added_id)
        if self.undo is not None:
            self.undo.record(self.tr("Add unique key {0}").format(key.name), lambda: self._remove_same(obj.id, key.fields))

    def _remove_same(self, object_id: int, fields: tuple[int, ...]) -> None:
        """Undo of an addition: the key over these fields (added again by a redo or undo it may have another id)."""
        for key in self.service.object(object_id).unique_keys:
            if key.fields == fields:
                self.service.remove_unique_key(object_id, key.id)
                return

    def remove_key(self) -> None:
        items = self.keys.selectedItems()
        if self.object_id is None or not items:
            return
        object_id, key_id = self.object_id, int(items[0].data(Qt.ItemDataRole.UserRole))
        key = next((k for k in self.service.object(object_id).unique_keys if k.id == key_id), None)
        try:
            self.service.remove_unique_key(object_id, key_id)
        except SupasoftError as exc:
            if not offer_maintenance(self, exc):
                self.message.setText(shown_error(exc))
            return
        self.message.clear()
        self.reload()
        if self.undo is not None and key is not None:  # undo adds it again (checked again: records may now share values)
            self.undo.record(self.tr("Remove unique key {0}").format(key.name),
                             lambda: self.service.add_unique_key(object_id, key.fields, key.name) and None)
