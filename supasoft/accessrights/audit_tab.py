"""The Audit log tab: logins, failed logins and rights changes, newest first (administrators only)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import level_label, mode_label, scope_label, tr
from supasoft.core.rights import LEVELS
from supasoft.services.session import Session
from supasoft.widgets.formatting import timestamp_text


def event_label(event: str) -> str:
    return {"login": tr("Logged in"), "login_failed": tr("Failed login"), "user_created": tr("User added"),
            "user_enabled": tr("User enabled"), "user_disabled": tr("User disabled"),
            "password_reset": tr("Password reset"), "password_changed": tr("Password changed"),
            "group_created": tr("Group added"), "member_added": tr("Added to group"),
            "member_removed": tr("Removed from group"), "rights_changed": tr("Rights changed"),
            "field_rights_changed": tr("Field rights changed"), "record_shared": tr("Record shared")}.get(event, event)


class Names:
    """Ids in audit details as the names people know (users, groups, objects, fields)."""

    def __init__(self, session: Session):
        self.users = {u.id: u.login for u in session.users.users()}
        self.groups = {gid: name for name, gid in session.users.groups().items()}
        config = session.configuration.config
        self.objects = {o.id: o.plural for o in config.objects}
        self.fields = {f.id: f"{o.plural}.{f.name}" for o in config.objects for f in o.fields}

    def principal(self, value: Any) -> str:
        kind, pid = value[0], int(value[1])
        if kind == "group":
            return tr("group %s") % self.groups.get(pid, f"#{pid}")
        return tr("user %s") % self.users.get(pid, f"#{pid}")

    def part(self, key: str, value: Any) -> str:
        if key == "principal" and isinstance(value, list) and len(value) == 2:
            return self.principal(value)
        if key == "object_id":
            return tr("all objects (global right)") if value is None else self.objects.get(value, f"#{value}")
        if key == "field_id":
            return self.fields.get(value, f"#{value}")
        if key == "user_id":
            return tr("user %s") % self.users.get(value, f"#{value}")
        if key == "group_id":
            return tr("group %s") % self.groups.get(value, f"#{value}")
        if key == "level":
            return level_label(value) if value in LEVELS else {"configure": tr("Change the structure"),
                                                              "manage_access": tr("Manage access")}.get(value, str(value))
        if key == "scope":
            return scope_label(value)
        if key == "mode":
            return mode_label(value)
        if key == "administrator":
            return tr("administrator") if value else ""
        if key == "record_id":
            return tr("record #%s") % value
        return str(value)

    def detail(self, raw: Any) -> str:
        """The JSON detail as a short readable line."""
        try:
            data = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            return str(raw)
        if not isinstance(data, dict):
            return "" if data is None else str(data)
        parts = []
        for key, value in data.items():
            try:
                text = self.part(key, value)
            except (TypeError, ValueError, IndexError):
                text = str(value)
            if text:
                parts.append(text)
        return ", ".join(parts)


def when_text(value: Any, locale: QLocale | None = None) -> str:
    """When the event happened, in the user's date and time format (as date-time fields show it)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return timestamp_text(value, locale)
    return "" if value is None else str(value)


class AuditTab(QWidget):
    """A read-only table of session.users.audit_log()."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("audit")
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("Event"), tr("Detail")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        refresh = QPushButton(tr("Refresh"))
        refresh.setObjectName("audit_refresh")
        refresh.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(refresh)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.load()

    def load(self) -> None:
        entries = self.session.users.audit_log()
        names = Names(self.session)
        self.table.setRowCount(len(entries))
        for i, e in enumerate(entries):
            cells = (when_text(e.get("at"), self.locale()), e.get("user_name") or "", event_label(str(e.get("event"))),
                     names.detail(e.get("detail")))
            for c, text in enumerate(cells):
                self.table.setItem(i, c, QTableWidgetItem(text))
        for column in range(3):  # the detail (stretched) takes the rest of the width
            self.table.resizeColumnToContents(column)

    def events(self) -> list[tuple[str, str]]:
        """(who, event label) per row, for tests and screen readers."""
        return [(self.table.item(i, 1).text(), self.table.item(i, 2).text()) for i in range(self.table.rowCount())]
