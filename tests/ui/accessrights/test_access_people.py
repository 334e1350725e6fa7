"""Users and Groups tabs: disabling, password resets, memberships, refusals shown in the dialogs."""

from __future__ import annotations

import pytest
from access_driving import PASSWORD
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from supasoft.accessrights.access_window import AccessRightsWindow
from supasoft.accessrights.user_dialogs import ChecklistDialog, PasswordDialog, UserDialog
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session, open_session
from supasoft.services.users import LoginFailed


@pytest.fixture
def admin(lite: Session) -> Session:
    lite.users.create_user("admin", PASSWORD, "Ada")
    lite.login("admin", PASSWORD)
    lite.users.create_user("tom", PASSWORD, "Tom")
    lite.users.create_group("Sales")
    lite.users.sleep = lambda seconds: None
    return lite


@pytest.fixture
def window(admin: Session, qtbot) -> AccessRightsWindow:  # noqa: ANN001
    w = AccessRightsWindow(admin)
    qtbot.addWidget(w)
    return w


def test_disable_enable_and_reset_password(admin: Session, window: AccessRightsWindow, when_modal, tmp_path) -> None:  # noqa: ANN001
    tab = window.users_tab
    assert not tab.toggle_button.isEnabled()
    tab.select("tom")
    assert tab.toggle_button.text() == "Disable"
    tab.toggle_button.click()
    assert tab.selected().login == "tom" and not tab.selected().active and tab.toggle_button.text() == "Enable"
    with pytest.raises(LoginFailed):
        admin.users.verify("tom", PASSWORD)
    tab.toggle_button.click()
    assert tab.selected().active

    def new_password(text: str):  # noqa: ANN202
        def fill(d: PasswordDialog) -> None:
            seen.append(d.message.text())
            d.password.setText(text)
            d.repeat.setText(text)
            d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return fill

    seen: list[str] = []
    when_modal(PasswordDialog, new_password("short"), new_password("a brand new one"))  # refused, then the dialog reopens
    tab.password_button.click()
    assert seen == ["", "A password needs at least 8 characters"]
    session = open_session(tmp_path / "crm.db", login="tom", password="a brand new one")
    assert session.actor.name == "tom"
    session.close()


def test_refusals_stay_in_the_dialog(window: AccessRightsWindow, when_modal) -> None:  # noqa: ANN001
    seen: list[str] = []

    def taken(d: UserDialog) -> None:
        d.login.setText("tom")
        d.password.setText(PASSWORD)
        d.repeat.setText(PASSWORD + "x")
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(d.message.text())
        d.repeat.setText(PASSWORD)
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # the service refuses: the dialog reopens

    def give_up(d: UserDialog) -> None:
        seen.append(d.message.text())
        d.reject()

    when_modal(UserDialog, taken, give_up)
    window.users_tab.add_button.click()
    assert seen == ["The passwords do not match.", "The login 'tom' is taken"]
    assert [u.login for u in window.session.users.users()] == ["admin", "tom"]


def test_memberships_from_both_tabs(admin: Session, window: AccessRightsWindow, when_modal, monkeypatch) -> None:  # noqa: ANN001
    groups = window.groups_tab
    groups.select("Sales")
    groups.set_member("tom", True)
    assert next(u for u in admin.users.users() if u.login == "tom").groups == ("Sales",)
    assert "Sales" in window.users_tab.table.item(1, 3).text()  # the Users tab follows
    groups.set_member("tom", False)
    assert next(u for u in admin.users.users() if u.login == "tom").groups == ()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.users_tab.select("admin")
    when_modal(ChecklistDialog, lambda d: (d.set_checked("Administrators", False), d.set_checked("Sales", True),
                                           d.accept()))
    window.users_tab.groups_button.click()
    assert told == ["You cannot remove yourself from the administrators."]
    assert next(u for u in admin.users.users() if u.login == "admin").groups == ("Administrators", "Sales")
    assert admin.access.allowed("manage_access")


def test_grids_follow_structure_changes(admin: Session, window: AccessRightsWindow) -> None:
    obj = admin.configuration.add_object("Project", "Projects")
    field = admin.configuration.add_field(obj.id, FieldDef(0, "Budget", "money"))
    window.tabs.setCurrentWidget(window.object_tab)
    assert obj.id in window.object_tab.rows
    window.tabs.setCurrentWidget(window.field_tab)
    window.field_tab.select_object(obj.id)
    assert list(window.field_tab.modes) == [field.id]
