"""The Users tab: add users, enable/disable them, reset passwords and set their groups."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import show_error, tr
from supasoft.accessrights.server_accounts import ServerAccountsBox, wants_server_accounts
from supasoft.accessrights.user_dialogs import ChecklistDialog, PasswordDialog, UserDialog
from supasoft.core.errors import SupasoftError
from supasoft.core.rights import ADMIN_GROUP
from supasoft.services.session import Session
from supasoft.services.users import UserInfo
from supasoft.widgets.error_text import shown_error


class UsersTab(QWidget):
    """One row per user; the buttons act on the selected row."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.infos: list[UserInfo] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users")
        self.table.setHorizontalHeaderLabels([tr("Login"), tr("Full name"), tr("Status"), tr("Groups")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(tr("Add user\u2026"))
        self.add_button.setObjectName("add_user")
        self.toggle_button = QPushButton(tr("Disable"))
        self.toggle_button.setObjectName("toggle_user")
        self.password_button = QPushButton(tr("Reset password\u2026"))
        self.password_button.setObjectName("reset_password")
        self.groups_button = QPushButton(tr("Groups\u2026"))
        self.groups_button.setObjectName("user_groups")
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.groups_button.clicked.connect(self.edit_groups)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.toggle_button, self.password_button, self.groups_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.server: ServerAccountsBox | None = None
        if wants_server_accounts(session):  # a server database: each user also needs a server login
            self.server = ServerAccountsBox(session, self.selected, self)
            layout.addWidget(self.server)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.load()

    def load(self) -> None:
        selected = self.selected()
        self.infos = self.session.users.users()
        self.table.setRowCount(len(self.infos))
        for i, u in enumerate(self.infos):
            cells = (u.login, u.full_name, tr("Active") if u.active else tr("Disabled"), ", ".join(u.groups))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.note.setText(tr("The first user you add becomes an administrator; from then on everyone logs in.")
                          if not self.infos else "")
        if selected is not None:
            self.select(selected.login)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) and self.table.selectedItems() else None

    def select(self, login: str) -> None:
        for i, u in enumerate(self.infos):
            if u.login == login:
                self.table.selectRow(i)

    def _update_buttons(self) -> None:
        user = self.selected()
        for b in (self.toggle_button, self.password_button, self.groups_button):
            b.setEnabled(user is not None)
        self.toggle_button.setText(tr("Enable") if user is not None and not user.active else tr("Disable"))
        if self.server is not None:
            self.server.update_for_selection()

    def add_user(self) -> None:
        dialog = UserDialog(self)
        while dialog.exec() == UserDialog.DialogCode.Accepted:
            login, password = dialog.login.text().strip(), dialog.password.text()
            try:  # the first user: the free single user works as this administrator from now on (the service switches)
                self.session.users.create_user(login, password, dialog.full_name.text().strip())
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                dialog.message.show()
                continue
            self.load()
            self.select(login)
            self.changed.emit()
            return

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and user.id == self.session.actor.user_id:
            QMessageBox.information(self, tr("Access rights"), tr("You cannot disable your own account."))
            return
        try:
            self.session.users.set_active(user.id, not user.active)
        except SupasoftError as exc:
            show_error(self, exc)
        self.load()
        self.changed.emit()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(user.login, self)
        while dialog.exec() == PasswordDialog.DialogCode.Accepted:
            try:
                self.session.users.reset_password(user.id, dialog.password.text())
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                dialog.message.show()
                continue
            return

    def edit_groups(self) -> None:
        user = self.selected()
        if user is None:
            return
        groups = self.session.users.groups()
        mine = {groups[name] for name in user.groups if name in groups}
        items = sorted(groups.items(), key=lambda kv: kv[0].casefold())
        dialog = ChecklistDialog(tr("Groups of %s") % user.login, items, mine, self)
        if dialog.exec() != ChecklistDialog.DialogCode.Accepted:
            return
        wanted = dialog.checked()
        admins = groups.get(ADMIN_GROUP)
        if user.id == self.session.actor.user_id and admins in mine and admins not in wanted:
            QMessageBox.information(self, tr("Access rights"), tr("You cannot remove yourself from the administrators."))
            wanted.add(admins)
        try:
            for gid in wanted - mine:
                self.session.users.add_member(user.id, gid)
            for gid in mine - wanted:
                self.session.users.remove_member(user.id, gid)
        except SupasoftError as exc:
            show_error(self, exc)
        self.load()
        self.session.reload_rights()
        self.changed.emit()
