"""The Groups tab: add groups and tick their members."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import show_error, tr
from supasoft.accessrights.user_dialogs import GroupDialog
from supasoft.core.errors import SupasoftError
from supasoft.core.rights import ADMIN_GROUP
from supasoft.services.session import Session
from supasoft.widgets.error_text import shown_error


class GroupsTab(QWidget):
    """Groups on the left, the users ticked as members on the right (saved at once)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.loading = False
        self.groups = QListWidget()
        self.groups.setObjectName("groups")
        self.members = QListWidget()
        self.members.setObjectName("members")
        self.add_button = QPushButton(tr("Add group\u2026"))
        self.add_button.setObjectName("add_group")
        self.add_button.clicked.connect(self.add_group)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Groups")))
        left.addWidget(self.groups, 1)
        left.addWidget(self.add_button)
        right = QVBoxLayout()
        self.members_label = QLabel(tr("Members"))
        right.addWidget(self.members_label)
        right.addWidget(self.members, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.groups.currentRowChanged.connect(lambda *_: self.load_members())
        self.members.itemChanged.connect(self._member_toggled)
        self.load()

    def load(self) -> None:
        current = self.current_group()
        self.groups.blockSignals(True)
        self.groups.clear()
        for name, gid in sorted(self.session.users.groups().items(), key=lambda kv: kv[0].casefold()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, gid)
            self.groups.addItem(item)
        self.groups.blockSignals(False)
        self.select(current[1] if current else None)
        self.load_members()

    def select(self, name: str | None) -> None:
        matches = self.groups.findItems(name or "", Qt.MatchFlag.MatchExactly) if name else []
        self.groups.setCurrentItem(matches[0] if matches else self.groups.item(0))

    def current_group(self) -> tuple[int, str] | None:
        item = self.groups.currentItem()
        return (int(item.data(Qt.ItemDataRole.UserRole)), item.text()) if item is not None else None

    def load_members(self) -> None:
        group = self.current_group()
        self.loading = True
        self.members.clear()
        if group is not None:
            self.members_label.setText(tr("Members of %s") % group[1])
            for u in self.session.users.users():
                item = QListWidgetItem(u.login + (f" ({u.full_name})" if u.full_name else ""))
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if group[1] in u.groups else Qt.CheckState.Unchecked)
                if group[1] == ADMIN_GROUP and u.id == self.session.actor.user_id:
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # you cannot take away your own administration
                    item.setToolTip(tr("You cannot remove yourself from the administrators."))
                self.members.addItem(item)
        self.loading = False

    def set_member(self, login: str, on: bool) -> None:
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.text().split(" (")[0] == login:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _member_toggled(self, item: QListWidgetItem) -> None:
        group = self.current_group()
        if self.loading or group is None:
            return
        user_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            if item.checkState() == Qt.CheckState.Checked:
                self.session.users.add_member(user_id, group[0])
            else:
                self.session.users.remove_member(user_id, group[0])
        except SupasoftError as exc:
            show_error(self, exc)
            self.load_members()
            return
        self.session.reload_rights()
        self.changed.emit()

    def add_group(self) -> None:
        dialog = GroupDialog(self)
        while dialog.exec() == GroupDialog.DialogCode.Accepted:
            name = dialog.name.text().strip()
            try:
                self.session.users.create_group(name)
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                dialog.message.show()
                continue
            self.load()
            self.select(name)
            self.changed.emit()
            return
