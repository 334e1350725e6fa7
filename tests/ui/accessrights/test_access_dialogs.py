"""Login/password dialogs, the saved-filter scope, record sharing and the menu rule, on real databases."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from access_driving import PASSWORD
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox

from supasoft.accessrights.access_window import AccessRightsWindow
from supasoft.accessrights.filter_dialog import FilterDialog
from supasoft.accessrights.login_dialog import ChangePasswordDialog, LoginDialog, login_if_needed
from supasoft.accessrights.menus import visible_menus
from supasoft.accessrights.share_dialog import ShareDialog
from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import SortKey
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.setup import lite_ids


@pytest.fixture
def team(lite: Session, tmp_path: Path) -> dict:
    """admin, anna and bob (both in Sales, no grants yet) and three tasks: two for anna, one for bob."""
    users = lite.users
    ids = dict(lite_ids(lite), path=tmp_path / "crm.db")
    ids["admin"] = users.create_user("admin", PASSWORD, "Ada")
    lite.login("admin", PASSWORD)
    ids["anna"] = users.create_user("anna", PASSWORD, "Anna")
    ids["bob"] = users.create_user("bob", PASSWORD, "Bob")
    ids["sales"] = users.create_group("Sales")
    users.add_member(ids["anna"], ids["sales"])
    users.add_member(ids["bob"], ids["sales"])
    for title, who in (("Call Acme", "anna"), ("Send offer", "anna"), ("Visit Globex", "bob")):
        task = lite.records.new(ids["task"])
        task.values.update({ids["task.title"]: title, ids["task.assignee"]: ids[who]})
        ids[title] = lite.records.save(task).id
    client = lite.records.new(ids["client"])
    client.values[ids["client.name"]] = "Acme"
    ids["acme"] = lite.records.save(client).id
    return ids


def as_user(ids: dict, login: str) -> Session:
    session = open_session(ids["path"], login=login, password=PASSWORD)
    session.users.sleep = lambda seconds: None
    return session


def task_titles(session: Session, ids: dict) -> list[str]:
    rows = session.records.list(ids["task"], ListQuery(columns=[(ids["task.title"],)], sort=[SortKey((ids["task.title"],))]))
    return [r.cells[0] for r in rows]


def test_password_is_checked_off_the_gui_thread_and_fields_are_prefilled(team: dict, qtbot) -> None:  # noqa: ANN001
    session = open_session(team["path"])
    seen: list[bool] = []
    session.users.sleep = lambda seconds: seen.append(threading.current_thread() is threading.main_thread())
    dialog = LoginDialog(session, login="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_edit.text() == "anna"
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    for attempt in ("nope", "still nope"):
        dialog.password_edit.setText(attempt)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.busy  # returns at once; the check runs in a worker
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
        assert dialog.isVisible() and dialog.message.text() == "Wrong login or password."
    assert seen == [False]  # the slowdown after the first failure slept in the worker, not the GUI thread
    assert session.needs_login
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    session.close()


def test_login_if_needed(team: dict, lite: Session, when_modal) -> None:  # noqa: ANN001
    assert login_if_needed(lite)  # already logged in: no dialog
    session = open_session(team["path"])

    def fill(d: LoginDialog) -> None:
        assert d.login_edit.text() == "bob"
        d.password_edit.setText(PASSWORD)
        d.try_login()

    when_modal(LoginDialog, fill)
    assert login_if_needed(session, "bob") and session.actor.name == "bob"
    session.close()
    session = open_session(team["path"])
    when_modal(LoginDialog, lambda d: d.reject())
    assert not login_if_needed(session, "bob") and session.needs_login
    session.close()


def test_change_own_password(team: dict, qtbot) -> None:  # noqa: ANN001
    session = as_user(team, "anna")
    dialog = ChangePasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("a new secret")
    dialog.repeat_edit.setText("a new secrxt")
    dialog.buttons.accepted.emit()
    assert dialog.message.text() == "The new passwords do not match."
    dialog.repeat_edit.setText("a new secret")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    session.close()
    assert open_session(team["path"], login="anna", password="a new secret").actor.name == "anna"


def test_saved_filter_scope_with_current_user(team: dict, lite: Session, qtbot, when_modal) -> None:  # noqa: ANN001
    window = AccessRightsWindow(lite)
    qtbot.addWidget(window)
    tab = window.object_tab
    assert tab.principal.select(("group", team["sales"]))
    row = tab.row(team["task"])
    row.level.setCurrentIndex(row.level.findData("change"))
    assert not row.filter_button.isEnabled()

    def fill(d: FilterDialog) -> None:
        cond = d.rows[0]
        cond.field.setCurrentIndex(cond.field.findText("Assignee"))
        assert cond.value.itemText(0) == "current user"
        cond.value.setCurrentIndex(0)
        d.accept()

    when_modal(FilterDialog, fill)
    row.scope.setCurrentIndex(row.scope.findData("filter"))
    assert row.filter_button.text() == "Assignee is current user"

    anna = as_user(team, "anna")
    assert task_titles(anna, team) == ["Call Acme", "Send offer"]
    assert not anna.access.allowed("read", team["client"])
    anna.close()

    when_modal(FilterDialog, lambda d: d.reject())  # cancelling the editor keeps the previous scope
    other = tab.row(team["order"])
    other.level.setCurrentIndex(other.level.findData("read"))
    other.scope.setCurrentIndex(other.scope.findData("filter"))
    assert other.scope.currentData() == "all"


def test_user_grant_replaces_group_grant_and_global_right(team: dict, lite: Session, qtbot) -> None:  # noqa: ANN001
    window = AccessRightsWindow(lite)
    qtbot.addWidget(window)
    tab = window.object_tab
    tab.principal.select(("group", team["sales"]))
    tab.row(team["task"]).level.setCurrentIndex(tab.row(team["task"]).level.findData("read"))
    tab.principal.select(("user", team["bob"]))
    level = tab.row(team["task"]).level
    assert level.currentText() == "As the groups give"
    level.setCurrentIndex(level.findData("none"))
    assert level.findData(None) == -1
    tab.globals["configure"].setChecked(True)
    bob = as_user(team, "bob")
    assert not bob.access.allowed("read", team["task"]) and bob.access.allowed("configure")
    assert visible_menus(True, True, bob.access) == {"configurator"}
    bob.close()
    anna = as_user(team, "anna")
    assert task_titles(anna, team) == ["Call Acme", "Send offer", "Visit Globex"]
    anna.close()
    again = AccessRightsWindow(lite)
    qtbot.addWidget(again)
    again.object_tab.principal.select(("user", team["bob"]))
    assert again.object_tab.row(team["task"]).level.currentData() == "none"
    assert again.object_tab.globals["configure"].isChecked()


def test_share_a_record(team: dict, lite: Session, qtbot) -> None:  # noqa: ANN001
    lite.users.grant(("user", team["bob"]), team["client"], "read", scope="own")  # sharing adds to object access
    dialog = ShareDialog(lite, team["client"], team["acme"])
    qtbot.addWidget(dialog)
    assert "Acme" in dialog.windowTitle()
    assert dialog.principal.select(("user", team["bob"]))
    dialog.level.setCurrentIndex(dialog.level.findData("read"))
    bob = as_user(team, "bob")
    assert bob.records.list(team["client"], ListQuery(columns=[(team["client.name"],)])) == []
    bob.close()
    dialog.accept()
    bob = as_user(team, "bob")
    assert [r.id for r in bob.records.list(team["client"], ListQuery(columns=[(team["client.name"],)]))] == [team["acme"]]
    with pytest.raises(PermissionDenied):
        ShareDialog(bob, team["client"], team["acme"])
    bob.close()


def test_menu_rule(team: dict, lite: Session) -> None:
    free = open_session(team["path"].with_name("free.db"))
    assert visible_menus(True, True, free.access) == {"configurator", "access"}
    assert visible_menus(False, True, free.access) == {"access"}
    free.close()
    assert visible_menus(True, True, lite.access) == {"configurator", "access"}  # admin
    assert visible_menus(False, True, lite.access) == {"access"}
    assert visible_menus(True, False, lite.access) == {"configurator"}
    staff = as_user(team, "anna")
    assert visible_menus(True, True, staff.access) == set()
    staff.close()
    locked = open_session(team["path"])  # nobody logged in yet
    assert visible_menus(True, True, locked.access) == set()
    locked.close()


def test_staff_share_their_own_record_through_the_dialog(team: dict, lite: Session, qtbot, monkeypatch) -> None:  # noqa: ANN001
    """The share dialog of a staff owner (no manage_access) lists colleagues and groups; the service names her."""
    lite.users.grant(("user", team["anna"]), team["client"], "full", scope="own")
    anna = as_user(team, "anna")
    client = anna.records.new(team["client"])
    client.values[team["client.name"]] = "Anna's client"
    mine = anna.records.save(client).id
    dialog = ShareDialog(anna, team["client"], mine)
    qtbot.addWidget(dialog)
    assert dialog.principal.select(("group", team["sales"])) and dialog.principal.select(("user", team["bob"]))
    dialog.level.setCurrentIndex(dialog.level.findData("read"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    other = ShareDialog(anna, team["client"], team["acme"])  # owned by admin: the service refuses, the dialog stays
    qtbot.addWidget(other)
    other.principal.select(("user", team["bob"]))
    when_refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: when_refused.append(args[2]))
    other.accept()
    assert other.result() != QDialog.DialogCode.Accepted and when_refused == ["You do not have the right to share this record."]
    anna.close()
    bob = as_user(team, "bob")
    assert [r.id for r in bob.records.list(team["client"], ListQuery(columns=[(team["client.name"],)]))] == [mine]
    bob.close()
    assert (lite.users.audit_log()[0]["event"], lite.users.audit_log()[0]["user_name"]) == ("login", "bob")
    shared = next(e for e in lite.users.audit_log() if e["event"] == "record_shared")
    assert shared["user_name"] == "anna"
