"""An administrator locks a Lite database down through the dialogs; staff then log in and meet the limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from access_driving import PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from supasoft.accessrights.access_window import AccessRightsWindow
from supasoft.accessrights.login_dialog import LoginDialog
from supasoft.accessrights.user_dialogs import ChecklistDialog, GroupDialog, UserDialog
from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.setup import lite_ids


def add_user(window: AccessRightsWindow, when_modal, login: str, full_name: str) -> None:  # noqa: ANN001
    def fill(d: UserDialog) -> None:
        d.login.setText(login)
        d.full_name.setText(full_name)
        d.password.setText(PASSWORD)
        d.repeat.setText(PASSWORD)
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(UserDialog, fill)
    window.users_tab.add_button.click()


def lock_down(lite: Session, qtbot, when_modal) -> dict:  # noqa: ANN001
    """admin + staff; group Sales with staff; Sales reads Clients with E-mail hidden; no configure right."""
    ids = lite_ids(lite)
    window = AccessRightsWindow(lite)
    qtbot.addWidget(window)
    add_user(window, when_modal, "admin", "Ada Admin")
    assert lite.actor.name == "admin" and not lite.needs_login  # the free user became the administrator
    add_user(window, when_modal, "staff", "Sam Staff")
    assert [u.login for u in lite.users.users()] == ["admin", "staff"]

    def name_group(d: GroupDialog) -> None:
        d.name.setText("Sales")
        d.accept()

    when_modal(GroupDialog, name_group)
    window.groups_tab.add_button.click()

    window.users_tab.select("staff")
    when_modal(ChecklistDialog, lambda d: (d.set_checked("Sales", True), d.accept()))
    window.users_tab.groups_button.click()
    assert next(u for u in lite.users.users() if u.login == "staff").groups == ("Sales",)

    sales = ("group", lite.users.groups()["Sales"])
    tab = window.object_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.principal.select(sales)
    row = tab.row(ids["client"])
    row.level.setCurrentIndex(row.level.findData("read"))
    assert not tab.globals["configure"].isChecked()

    fields = window.field_tab
    fields.select_object(ids["client"])
    assert fields.principal.select(sales)
    fields.set_mode(ids["client.email"], "hidden")

    # Re-reading the window shows what was saved.
    again = AccessRightsWindow(lite)
    qtbot.addWidget(again)
    again.object_tab.principal.select(sales)
    assert again.object_tab.row(ids["client"]).level.currentData() == "read"
    assert again.object_tab.row(ids["order"]).level.currentData() == "none"
    again.field_tab.select_object(ids["client"])
    again.field_tab.principal.select(sales)
    assert again.field_tab.modes[ids["client.email"]].currentData() == "hidden"
    assert again.field_tab.modes[ids["client.name"]].currentData() == "editable"

    client = lite.records.new(ids["client"])
    client.values.update({ids["client.name"]: "Acme", ids["client.email"]: "boss@acme.example"})
    lite.records.save(client)
    return ids


def log_in(path: Path, qtbot, login: str, password: str) -> tuple[Session, LoginDialog]:  # noqa: ANN001
    session = open_session(path)
    dialog = LoginDialog(session, login=login)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    return session, dialog


def test_admin_locks_down_and_staff_meets_the_limits(lite: Session, tmp_path: Path, qtbot, when_modal) -> None:  # noqa: ANN001
    ids = lock_down(lite, qtbot, when_modal)
    path = tmp_path / "crm.db"
    lite.close()

    staff, dialog = log_in(path, qtbot, "staff", "wrong password")
    assert staff.needs_login
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible() and dialog.message.text() == "Wrong login or password."

    dialog.password_edit.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert staff.actor.name == "staff" and not staff.needs_login

    lite_columns = [(f.id,) for f in staff.configuration.config.object_by_id(ids["client"]).fields]
    rows = staff.records.list(ids["client"], ListQuery(columns=lite_columns))
    assert [r.code for r in rows] and all("boss@acme.example" not in map(str, r.cells) for r in rows)
    client = staff.records.get(ids["client"], rows[0].id)
    assert ids["client.email"] not in client.values or client.values[ids["client.email"]] is None
    assert client.values[ids["client.name"]] == "Acme"
    with pytest.raises(PermissionDenied):
        staff.configuration.add_field(ids["client"], FieldDef(0, "Secret", "string"))
    with pytest.raises(PermissionDenied):
        AccessRightsWindow(staff)
    staff.close()

    admin, admin_dialog = log_in(path, qtbot, "admin", PASSWORD)
    assert admin_dialog.result() == QDialog.DialogCode.Accepted
    window = AccessRightsWindow(admin)
    qtbot.addWidget(window)
    assert window.audit_tab is not None
    events = window.audit_tab.events()
    assert ("staff", "Logged in") in events and ("staff", "Failed login") in events
    assert events.index(("staff", "Logged in")) < events.index(("staff", "Failed login"))  # newest first
    details = [window.audit_tab.table.item(i, 3).text() for i in range(window.audit_tab.table.rowCount())]
    assert "group Sales, Clients, Read, All records" in details
    assert "group Sales, Clients.E-mail, Hidden" in details
    admin.close()
