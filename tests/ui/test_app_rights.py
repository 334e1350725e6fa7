"""The real main window through the composition root: menus follow client.ini AND rights; login first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from supasoft.app import Launcher
from supasoft.services.session import Session, open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.settings import Settings

PASSWORD = "office password"


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A Lite database with an administrator and a staff member who may read Clients."""
    path = tmp_path / "office.db"
    s = open_session(path)
    initialize(s, "lite")
    ids = lite_ids(s)
    s.users.create_user("boss", PASSWORD, "Boss")
    staff = s.users.create_user("staff", PASSWORD, "Staff")
    group = s.users.create_group("Sales")
    s.users.add_member(staff, group)
    s.users.grant(("group", group), ids["client"], "read")
    s.close()
    return path


def settings_menu_items(launcher: Launcher) -> set[str]:
    bar = launcher.window.menuBar()
    menu = bar.findChild(QMenu, "menu_settings")
    return {a.objectName() for a in menu.actions() if isinstance(a, QAction) and a.isVisible()} if menu else set()


def launch(qtbot, path: Path, who: str, settings: Settings) -> Launcher:  # noqa: ANN001
    session: Session = open_session(path, login=who, password=PASSWORD)
    launcher = Launcher(settings)
    window = launcher.show(session, str(path))
    qtbot.addWidget(window)
    return launcher


@pytest.mark.parametrize(
    ("who", "show_configurator", "show_access", "expected"),
    [
        ("staff", True, True, set()),
        ("boss", True, True, {"action_configurator", "action_access", "action_api_server"}),
        ("boss", False, True, {"action_access", "action_api_server"}),
        ("boss", False, False, set()),
    ],
)
def test_menus_follow_settings_and_rights(qtbot, office: Path, who: str, show_configurator: bool, show_access: bool,  # noqa: ANN001
                                          expected: set[str]) -> None:
    settings = Settings(show_configurator=show_configurator, show_access=show_access)
    launcher = launch(qtbot, office, who, settings)
    try:
        assert settings_menu_items(launcher) == expected
        if who == "staff":
            assert launcher.window.navigator.topLevelItemCount() >= 1
    finally:
        launcher.window.relay.detach()
        launcher.session.close()


def test_staff_cannot_change_structure_even_with_the_menu_flag(office: Path) -> None:
    from supasoft.core.errors import PermissionDenied
    from supasoft.core.meta import FieldDef

    s = open_session(office, login="staff", password=PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            s.configuration.add_field(lite_ids(s)["client"], FieldDef(0, "Hack", "string"))
    finally:
        s.close()


def test_wrong_password_shows_a_message_in_the_login_dialog(qtbot, office: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel, QLineEdit

    from supasoft.accessrights.login_dialog import LoginDialog

    s = open_session(office)
    s.users.sleep = lambda seconds: None
    try:
        dialog = LoginDialog(s, "staff")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.password_edit.setText("not the password")
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        dialog.try_login()
        qtbot.waitUntil(lambda: any("Wrong login or password" in lbl.text() for lbl in dialog.findChildren(QLabel)), timeout=10000)
        assert dialog.isVisible() and s.needs_login
    finally:
        s.close()


def test_objects_a_user_cannot_read_are_not_offered(qtbot, office: Path) -> None:  # noqa: ANN001
    admin = open_session(office, login="boss", password=PASSWORD)
    ids = lite_ids(admin)
    sales = admin.users.groups()["Sales"]
    admin.users.revoke(("group", sales), ids["client"])
    admin.users.grant(("group", sales), ids["product"], "read")
    admin.close()
    launcher = launch(qtbot, office, "staff", Settings())
    try:
        nav = launcher.window.navigator
        shown = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
        assert shown[0].startswith("Products") and not any(t.startswith("Clients") for t in shown)
        assert launcher.window.tabs.count() == 1 and launcher.window.tabs.tabText(0).startswith("Products")
    finally:
        launcher.window.relay.detach()
        launcher.session.close()
