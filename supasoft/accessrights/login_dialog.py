"""Logging in to a database that has users, and changing one's own password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.services.session import Session
from supasoft.services.users import LoginFailed
from supasoft.widgets.busy import start_busy
from supasoft.widgets.error_text import shown_error


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class LoginDialog(QDialog):
    """Asks for a login and password; checks them off the GUI thread (failures are slowed down)."""

    def __init__(self, session: Session, login: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Log in to Supasoft"))
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("login")
        self.password_edit = _password_edit("password")
        self.message = _message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        intro = QLabel(self.tr("This database is protected. Enter your login and password."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.password_edit if login else self.login_edit).setFocus()
        self.busy = False

    def try_login(self) -> None:
        """Check the password in a worker thread; accept on success, say why and stay open otherwise."""
        if self.busy:
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login:
            self._fail(self.tr("Enter your login."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Checking\u2026"))
        self.message.setStyleSheet("color: palette(mid);")
        self.message.show()
        start_busy(lambda progress: self.session.login(login, password), self, show_dialog=False,
                   on_done=self._done, on_error=self._error)

    def _done(self, _actor: Any) -> None:
        self._set_busy(False)
        self.message.hide()
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, LoginFailed):
            self._fail(self.tr("Wrong login or password."))
        elif isinstance(exc, SupasoftError):
            self._fail(shown_error(exc))
        else:
            self._fail(self.tr("Could not check the password: %s") % exc)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.message.show()
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.login_edit, self.password_edit, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
            w.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def login_if_needed(session: Session, login: str = "", parent: QWidget | None = None) -> bool:
    """Ask for a login when the database has users; False when the user cancelled (close the session then)."""
    if not session.needs_login:
        return True
    return LoginDialog(session, login, parent).exec() == QDialog.DialogCode.Accepted


class ChangePasswordDialog(QDialog):
    """The logged-in user changes their own password (the old one must be right)."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change password"))
        self.old_edit = _password_edit("old_password")
        self.new_edit = _password_edit("new_password")
        self.repeat_edit = _password_edit("repeat_password")
        self.message = _message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.old_edit)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("Repeat new password:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.busy = False

    def try_change(self) -> None:
        if self.busy:
            return
        if self.new_edit.text() != self.repeat_edit.text():
            self._fail(self.tr("The new passwords do not match."))
            return
        login, old, new = self.session.actor.name, self.old_edit.text(), self.new_edit.text()
        self.busy = True
        self.buttons.setEnabled(False)
        start_busy(lambda progress: self.session.users.change_own_password(login, old, new), self,
                   show_dialog=False, on_done=self._done, on_error=self._error)

    def _done(self, _result: Any) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if isinstance(exc, LoginFailed):
            self._fail(self.tr("The current password is wrong."))
        else:
            self._fail(shown_error(exc))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
