"""Parent and child links: add (a reference field plus the link), change the on-delete policy, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import confirm, show_error, tr
from supasoft.configurator.structure_undo import StructureUndo
from supasoft.core.errors import SupasoftError
from supasoft.core.meta import ON_DELETE_POLICIES, LinkDef, ObjectDef
from supasoft.services.configuration import ConfigurationService
from supasoft.widgets.error_text import shown_error


def policy_label(policy: str) -> str:
    return {"refuse": tr("Refuse while children exist"), "cascade": tr("Delete the children too"),
            "clear": tr("Keep the children, clear the link")}.get(policy, policy)


class LinkDialog(QDialog):
    """New link: the other object, the collection name seen from the parent, the on-delete policy."""

    def __init__(self, objects: list[ObjectDef], parents: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("link_dialog")
        self.setWindowTitle(self.tr("New parent link") if parents else self.tr("New child link"))
        self.other = QComboBox()
        self.other.setObjectName("other")
        for obj in objects:
            self.other.addItem(obj.name, obj.id)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Lines, Contacts, Orders"))
        self.policy = policy_combo()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(self.tr("Parent object:") if parents else self.tr("Child object:"), self.other)
        form.addRow(self.tr("Name of the children (seen from the parent):"), self.name)
        form.addRow(self.tr("When the parent is deleted:"), self.policy)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.other.currentIndexChanged.connect(self._suggest)
        self.parents = parents
        self._suggest()

    def _suggest(self) -> None:
        if not self.name.isModified() and not self.parents:
            self.name.setText(self.other.currentText())

    def accept(self) -> None:
        if self.other.currentData() is None:
            self.message.setText(self.tr("Choose the other object."))
            return
        if not self.name.text().strip():
            self.message.setText(self.tr("Name the children, e.g. Lines."))
            return
        super().accept()


def policy_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("policy")
    for policy in ON_DELETE_POLICIES:
        combo.addItem(policy_label(policy), policy)
    return combo


class LinksTab(QWidget):
    """Links where this object is the child (parents=True) or the parent (parents=False)."""

    def __init__(self, service: ConfigurationService, undo: StructureUndo, *, parents: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.undo, self.parents = service, undo, parents
        self.object_id: int | None = None
        self.setObjectName("parent_links" if parents else "child_links")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("links")
        other = self.tr("Parent") if parents else self.tr("Child")
        self.table.setHorizontalHeaderLabels([other, self.tr("Name"), self.tr("When the parent is deleted")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add link…"))
        self.add_button.setObjectName("link_add")
        self.add_button.clicked.connect(self.add_link)
        self.delete_button = QPushButton(self.tr("Delete link…"))
        self.delete_button.setObjectName("link_delete")
        self.delete_button.clicked.connect(self.delete_link)
        for b in (self.add_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        hint = QLabel(self.tr("A child link adds a reference field to the child; its records then show inside the parent's card."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def set_object(self, object_id: int | None) -> None:
        self.object_id = object_id
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        if self.object_id is None:
            return
        config = self.service.config
        links = config.parent_links(self.object_id) if self.parents else config.child_links(self.object_id)
        for link in links:
            r = self.table.rowCount()
            self.table.insertRow(r)
            try:
                other = config.object_by_id(link.parent if self.parents else link.child).name
            except KeyError:
                other = "?"
            for c, text in enumerate((other, link.name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, link.id)
                self.table.setItem(r, c, item)
            combo = policy_combo()
            combo.setCurrentIndex(combo.findData(link.on_delete))
            combo.currentIndexChanged.connect(lambda _i, link_id=link.id, box=combo: self.set_policy(link_id, str(box.currentData())))
            self.table.setCellWidget(r, 2, combo)
        self.table.resizeColumnsToContents()

    def current_link_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def add_link(self) -> int | None:
        if self.object_id is None:
            return None
        objects = sorted(self.service.config.objects, key=lambda o: o.order)
        dialog = LinkDialog(objects, self.parents, self)
        while dialog.exec():
            other = int(dialog.other.currentData())
            child, parent = (self.object_id, other) if self.parents else (other, self.object_id)
            try:
                link = self.service.add_link(child, parent, dialog.name.text(), on_delete=str(dialog.policy.currentData()))
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                continue
            self._record_add(link)
            self.reload()
            return link.id
        return None

    def _record_add(self, link: LinkDef) -> None:
        holder = {"link": link}

        def undo() -> None:
            self.service.delete_link(holder["link"].id)
            self.service.delete_field(link.child, holder["link"].field, cascade=True)

        def redo() -> None:
            holder["link"] = self.service.add_link(link.child, link.parent, link.name, on_delete=link.on_delete)

        self.undo.record(self.tr("Add link {0}").format(link.name), undo, redo)

    def set_policy(self, link_id: int, policy: str) -> None:
        before = self.service.config.link_by_id(link_id).on_delete
        if before == policy:
            return
        try:
            self.service.update_link(link_id, on_delete=policy)
        except SupasoftError as exc:
            show_error(self, exc)
            return
        self.undo.record(self.tr("On delete"), lambda: self.service.update_link(link_id, on_delete=before),
                         lambda: self.service.update_link(link_id, on_delete=policy))

    def delete_link(self) -> bool:
        link_id = self.current_link_id()
        if link_id is None:
            return False
        link = self.service.config.link_by_id(link_id)
        text = self.tr("Delete the link {0}? The reference field stays as a plain reference; detail sets over it go.").format(link.name)
        if not confirm(self, self.tr("Delete link"), text):
            return False
        try:
            self.service.delete_link(link_id)
        except SupasoftError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True
