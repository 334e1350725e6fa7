"""Texts, labels and small helpers the access-rights screens share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from supasoft.core.rights import ADMIN_GROUP, Principal
from supasoft.services.session import Session
from supasoft.widgets.error_text import shown_error

CONTEXT = "AccessRights"


def tr(text: str) -> str:
    """Translate an access-rights text."""
    return QCoreApplication.translate(CONTEXT, text)


def level_label(level: str) -> str:
    return {"none": tr("No access"), "read": tr("Read"), "change": tr("Change"), "full": tr("Full")}.get(level, level)


def scope_label(scope: str) -> str:
    return {"all": tr("All records"), "own": tr("Own records"), "own_group": tr("Own group's records"),
            "filter": tr("Saved filter")}.get(scope, scope)


def mode_label(mode: str) -> str:
    return {"hidden": tr("Hidden"), "read_only": tr("Read-only"), "editable": tr("Editable")}.get(mode, mode)


def flag_label(flag: str) -> str:
    return {"export": tr("Export"), "report": tr("Reports"), "document": tr("Documents"),
            "report_all": tr("Reports over all records")}.get(flag, flag)


def show_error(parent: QWidget | None, exc: Exception) -> None:
    """A service refusal (bad name, short password...) as a message box."""
    QMessageBox.warning(parent, tr("Access rights"), shown_error(exc))


def padded(widget: QWidget) -> QWidget:
    """A cell editor with a little air around it, so grid rows do not look glued together."""
    holder = QWidget()
    lay = QHBoxLayout(holder)
    lay.setContentsMargins(3, 3, 3, 3)
    lay.addWidget(widget)
    return holder


class PrincipalCombo(QComboBox):
    """Pick a user or a group (item data = ("user"|"group", id))."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, skip_admins: bool = False):
        super().__init__(parent)
        self.session = session
        self.skip_admins = skip_admins
        self.setMinimumContentsLength(24)
        self.reload()

    def reload(self) -> None:
        current = self.principal()
        self.blockSignals(True)
        self.clear()
        for name, gid in sorted(self.session.users.group_names().items(), key=lambda kv: kv[0].casefold()):
            if self.skip_admins and name == ADMIN_GROUP:
                continue
            self.addItem(tr("Group: %s") % name, ("group", gid))
        for user in self.session.users.people():
            label = user.login + (f" ({user.full_name})" if user.full_name else "")
            self.addItem(tr("User: %s") % label, ("user", user.id))
        self.blockSignals(False)
        if current is not None:
            self.select(current)
        self.currentIndexChanged.emit(self.currentIndex())

    def principal(self) -> Principal | None:
        data = self.currentData()
        return (data[0], int(data[1])) if data else None

    def select(self, principal: Principal) -> bool:
        for i in range(self.count()):
            data = self.itemData(i)
            if data and (data[0], int(data[1])) == tuple(principal):
                self.setCurrentIndex(i)
                return True
        return False


class ElidedButton(QPushButton):
    """A flat button whose text ends in "…" when the cell is too narrow; the tooltip keeps the full text."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as painted: cut with an ellipsis to the room inside the button."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width() - 8
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("\u2026") + 16, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
