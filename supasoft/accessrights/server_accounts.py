"""Server accounts on the Users tab of a Firebird database: the login a user types into the server login window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from supasoft.accessrights.common import tr
from supasoft.accessrights.server_login import server_url_of
from supasoft.accessrights.user_dialogs import PasswordDialog
from supasoft.core.errors import SupasoftError
from supasoft.core.rights import ADMIN_GROUP
from supasoft.services.networked import server_admin
from supasoft.services.session import Session
from supasoft.services.users import UserInfo
from supasoft.widgets.error_text import shown_error


def wants_server_accounts(session: Session) -> bool:
    """Only a server database has server accounts."""
    return session.storage.kind == "firebird"


class ServerAccountsBox(QWidget):
    """The selected user's server account: its kind, and create / set password / delete."""

    changed = Signal()

    def __init__(self, session: Session, selected: Callable[[], UserInfo | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.selected = selected
        self.accounts: dict[str, server_admin.AccountInfo] = {}
        self.problem = ""
        self.status = QLabel()
        self.status.setObjectName("server_account_status")
        self.status.setWordWrap(True)
        self.button = QPushButton(tr("Server account"))
        self.button.setObjectName("server_account")
        menu = QMenu(self.button)
        self.create_action = menu.addAction(tr("Create server account\u2026"), self.ask_create)
        self.password_action = menu.addAction(tr("Set server password\u2026"), self.ask_password)
        self.drop_action = menu.addAction(tr("Delete server account"), self.ask_drop)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        self.reload()

    # --- reading ---------------------------------------------------------------------------------
    def _call(self, work: Callable[[], Any]) -> Any:
        url = server_url_of(self.session)
        if url is None:
            raise SupasoftError(tr("This database is not on a server."))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def reload(self) -> None:
        """Re-read the server's accounts (an administrator's connection sees them all)."""
        url = server_url_of(self.session) or ""
        try:
            self.accounts = {a.name.upper(): a for a in self._call(lambda: server_admin.list_accounts(url))}
            self.problem = ""
        except SupasoftError as exc:
            self.accounts, self.problem = {}, shown_error(exc)
        self.update_for_selection()

    def account_of(self, login: str) -> server_admin.AccountInfo | None:
        return self.accounts.get(login.upper())

    def update_for_selection(self) -> None:
        user = self.selected()
        allowed = not self.problem
        self.button.setEnabled(user is not None and allowed)
        if self.problem:
            self.status.setText(tr("Server accounts can be managed only by a server administrator: %s") % self.problem)
            return
        if user is None:
            self.status.setText("")
            return
        account = self.account_of(user.login)
        has = account is not None
        self.create_action.setEnabled(not has)
        self.password_action.setEnabled(has)
        self.drop_action.setEnabled(has)
        if account is None:
            text = tr("No server account: %s cannot connect to this database yet.") % user.login
        elif account.kind == "admin" or account.server_admin:
            text = tr("Server account %s: administrator (role RDB$ADMIN).") % account.name
        elif account.kind == "staff":
            text = tr("Server account %s: staff (role SUPASOFT_STAFF).") % account.name
        else:
            text = tr("Server account %s exists but has no role in this database; create it again to grant one.") \
                % account.name
        self.status.setText(text)

    # --- changing ---------------------------------------------------------------------------------
    def create_account(self, user: UserInfo, password: str) -> None:
        """Administrators (app group) get RDB$ADMIN, everyone else the staff role SUPASOFT_STAFF."""
        url = server_url_of(self.session) or ""
        admin = ADMIN_GROUP in user.groups
        self._call(lambda: server_admin.create_account(url, user.login, password, admin=admin))
        self.reload()
        self.changed.emit()

    def set_password(self, user: UserInfo, password: str) -> None:
        url = server_url_of(self.session) or ""
        self._call(lambda: server_admin.set_password(url, user.login, password))

    def drop_account(self, user: UserInfo) -> None:
        url = server_url_of(self.session) or ""
        self._call(lambda: server_admin.drop_account(url, user.login))
        self.reload()
        self.changed.emit()

    def _ask_password(self, user: UserInfo, title: str, work: Callable[[UserInfo, str], None]) -> None:
        dialog = PasswordDialog(user.login, self)
        dialog.setWindowTitle(title)
        while dialog.exec() == PasswordDialog.DialogCode.Accepted:
            try:
                work(user, dialog.password.text())
            except SupasoftError as exc:
                dialog.message.setText(shown_error(exc))
                dialog.message.show()
                continue
            return

    def ask_create(self) -> None:
        user = self.selected()
        if user is not None:
            self._ask_password(user, tr("Server account for %s") % user.login, self.create_account)

    def ask_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._ask_password(user, tr("Server password of %s") % user.login, self.set_password)

    def ask_drop(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self, tr("Access rights"),
            tr("Delete the server account %s? This user will no longer be able to connect to the server.")
            % user.login)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.drop_account(user)
        except SupasoftError as exc:
            QMessageBox.warning(self, tr("Access rights"), shown_error(exc))
