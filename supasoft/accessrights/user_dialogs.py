"""Small forms of the Users and Groups tabs: new user, new password, new group, group membership."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import tr


class _Form(QDialog):
    """A form with a red message line; subclasses check their fields in `problem()`."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)

    def line(self, label: str, name: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def problem(self) -> str:
        return ""

    def accept(self) -> None:
        text = self.problem()
        if text:
            self.message.setText(text)
            self.message.show()
            return
        super().accept()


class UserDialog(_Form):
    """Login, full name and a first password for a new user."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("New user"), parent)
        self.setObjectName("user_dialog")
        self.login = self.line(tr("Login:"), "login")
        self.full_name = self.line(tr("Full name:"), "full_name")
        self.password = self.line(tr("Password:"), "password", True)
        self.repeat = self.line(tr("Repeat password:"), "repeat", True)

    def problem(self) -> str:
        if not self.login.text().strip():
            return tr("Enter a login.")
        if self.password.text() != self.repeat.text():
            return tr("The passwords do not match.")
        return ""


class PasswordDialog(_Form):
    """A new password an administrator sets for a user."""

    def __init__(self, login: str, parent: QWidget | None = None):
        super().__init__(tr("Reset password of %s") % login, parent)
        self.setObjectName("password_dialog")
        self.password = self.line(tr("New password:"), "password", True)
        self.repeat = self.line(tr("Repeat password:"), "repeat", True)

    def problem(self) -> str:
        return tr("The passwords do not match.") if self.password.text() != self.repeat.text() else ""


class GroupDialog(_Form):
    """The name of a new group."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("New group"), parent)
        self.setObjectName("group_dialog")
        self.name = self.line(tr("Name:"), "name")

    def problem(self) -> str:
        return "" if self.name.text().strip() else tr("Enter a name.")


class ChecklistDialog(QDialog):
    """Tick the items that apply (a user's groups)."""

    def __init__(self, title: str, items: list[tuple[str, int]], checked: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("checklist_dialog")
        self.list = QListWidget()
        self.list.setObjectName("checklist")
        for text, key in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def set_checked(self, text: str, on: bool) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).text() == text:
                self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> set[int]:
        return {int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked}
