"""First start, File → New/Open database, who is logged in, Log out and Switch user, through the real windows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from supasoft.accessrights.login_dialog import LoginDialog
from supasoft.app import Launcher
from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.settings import load_settings
from supasoft.shell import main_window as main_window_module
from supasoft.shell.startup import target_for
from tests.ui.shell.modal import press, when_shown

PASSWORD = "s3cret-pass"


def write_ini(folder: Path, path: str) -> Path:
    ini = folder / "client.ini"
    ini.write_text(f"[Database]\nEngine=sqlite\nPath={path}\n", encoding="utf-8")
    return ini


def log_in_as(login: str, password: str = PASSWORD) -> Callable[[QWidget], bool]:
    def handle(widget: QWidget) -> bool:
        if not isinstance(widget, LoginDialog):
            return False
        widget.login_edit.setText(login)
        widget.password_edit.setText(password)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return True
    return handle


def cancel_login(widget: QWidget) -> bool:
    if not isinstance(widget, LoginDialog):
        return False
    widget.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    return True


def file_menu_names(launcher: Launcher) -> set[str]:
    return {a.objectName() for a in launcher.window.menuBar().findChild(QWidget, "menu_file").actions()}


def close(launcher: Launcher) -> None:
    if launcher.window is not None:
        launcher._close_current()


# --- first start ----------------------------------------------------------------------------------------
def test_relative_path_in_a_missing_folder_is_created_with_the_empty_ready_crm(qtbot, tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path, "data/crm.db"))
    target = target_for(settings, None)
    assert target.create and not (tmp_path / "data").exists()
    seen: list[str] = []
    when_shown(press("Empty ready CRM"), seen)
    launcher = Launcher(settings)
    assert launcher.start(target)
    qtbot.addWidget(launcher.window)
    assert len(seen) == 1 and str(tmp_path / "data" / "crm.db") in seen[0]
    assert (tmp_path / "data" / "crm.db").exists()
    assert launcher.window.navigator.topLevelItem(0).text(0) == "Clients (0)"
    assert {"action_new_database", "action_open_database"} <= file_menu_names(launcher)
    close(launcher)


def test_an_absolute_path_on_a_missing_drive_is_not_created(tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path, str(tmp_path / "gone" / "crm.db")))
    assert not target_for(settings, None).create


def test_first_start_with_demo_data(qtbot, tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path, "crm.db"))
    seen: list[str] = []
    when_shown(press("Ready CRM with demo data"), seen)
    launcher = Launcher(settings)
    assert launcher.start(target_for(settings, None))
    qtbot.addWidget(launcher.window)
    clients = lite_ids(launcher.session)["client"]
    assert launcher.session.records.count(clients) > 0
    close(launcher)


def test_first_start_quit_creates_nothing(qtbot, tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path, "data/crm.db"))
    seen: list[str] = []
    when_shown(press("Quit"), seen)
    assert not Launcher(settings).start(target_for(settings, None))
    assert seen and not (tmp_path / "data" / "crm.db").exists()


# --- File → New database / Open database -------------------------------------------------------------------
def started(qtbot, tmp_path: Path, name: str = "crm.db") -> Launcher:  # noqa: ANN001
    file = tmp_path / name
    session = open_session(file)
    initialize(session, "lite")
    session.close()
    settings = load_settings(write_ini(tmp_path, name))
    launcher = Launcher(settings)
    assert launcher.start(target_for(settings, None))
    qtbot.addWidget(launcher.window)
    return launcher


def test_new_database_takes_a_new_name_and_asks_for_demo_data(qtbot, tmp_path: Path, monkeypatch) -> None:
    launcher = started(qtbot, tmp_path)
    old_window = launcher.window
    new_file = tmp_path / "more" / "second"
    asked: list[object] = []

    def save_dialog(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the static QFileDialog call
        asked.append(kwargs.get("options"))
        return str(new_file), ""

    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName", save_dialog)
    seen: list[str] = []
    when_shown(press("With demo data"), seen)
    launcher.window.actions["new_database"].trigger()
    assert asked == [main_window_module.QFileDialog.Option.DontConfirmOverwrite]
    assert launcher.window is not old_window and launcher.window.isVisible()
    qtbot.addWidget(launcher.window)
    assert launcher.window.database_label == str(new_file.with_suffix(".db"))
    assert launcher.session.records.count(lite_ids(launcher.session)["client"]) > 0
    close(launcher)


def test_new_database_refuses_an_existing_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    launcher = started(qtbot, tmp_path)
    window, session = launcher.window, launcher.session
    other = tmp_path / "taken.db"
    other.write_bytes(b"somebody's notes")
    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    seen: list[str] = []
    when_shown(press("Empty"), seen)
    when_shown(press("OK"), seen, tries=1000)
    launcher.window.actions["new_database"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "already exists" in seen[1]
    assert launcher.window is window and launcher.session is session
    assert other.read_bytes() == b"somebody's notes"
    close(launcher)


def test_open_database_refuses_a_file_that_is_not_supasoft_and_keeps_the_current_one(qtbot, tmp_path: Path,
                                                                                      monkeypatch) -> None:
    launcher = started(qtbot, tmp_path)
    window, session = launcher.window, launcher.session
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database at all\n" * 50, encoding="utf-8")
    before = foreign.read_bytes()
    monkeypatch.setattr(main_window_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    seen: list[str] = []
    when_shown(press("OK"), seen)
    launcher.window.actions["open_database"].trigger()
    assert len(seen) == 1 and "not a Supasoft database" in seen[0]
    assert launcher.window is window and window.isVisible() and launcher.session is session
    assert session.records.count(lite_ids(session)["client"]) == 0  # still usable
    assert foreign.read_bytes() == before
    close(launcher)


def test_open_database_switches_to_another_supasoft_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    launcher = started(qtbot, tmp_path)
    other = tmp_path / "other.db"
    s = open_session(other)
    s.configuration.add_object("Thing", "Things")
    s.close()
    monkeypatch.setattr(main_window_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    launcher.window.actions["open_database"].trigger()
    qtbot.addWidget(launcher.window)
    assert launcher.window.database_label == str(other)
    assert launcher.window.navigator.topLevelItem(0).text(0).startswith("Things")
    close(launcher)


# --- who is logged in, Log out, Switch user ----------------------------------------------------------------
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    s = open_session(path)
    initialize(s, "lite")
    s.users.create_user("anna", PASSWORD, "Anna Nowak")
    boris = s.users.create_user("boris", PASSWORD, "")
    s.users.grant(("user", boris), lite_ids(s)["client"], "read")
    s.close()
    return path


def user_text(launcher: Launcher) -> str:
    label = launcher.window.findChild(QLabel, "user_label")
    return label.text() if label.isVisible() else ""


def test_free_edition_shows_no_user_and_no_log_out(qtbot, tmp_path: Path) -> None:
    launcher = started(qtbot, tmp_path)
    assert user_text(launcher) == ""
    assert not {"action_log_out", "action_switch_user"} & file_menu_names(launcher)
    close(launcher)


def test_status_bar_names_the_user_and_log_out_returns_to_the_login(qtbot, tmp_path: Path) -> None:
    office(tmp_path)
    settings = load_settings(write_ini(tmp_path, "office.db"))
    launcher = Launcher(settings)
    seen: list[str] = []
    when_shown(log_in_as("anna"), seen)
    assert launcher.start(target_for(settings, None))
    qtbot.addWidget(launcher.window)
    assert user_text(launcher) == "Logged in: Anna Nowak"
    assert {"action_log_out", "action_switch_user"} <= file_menu_names(launcher)
    first = launcher.window
    when_shown(log_in_as("boris"), seen)
    first.actions["log_out"].trigger()
    assert seen == ["LoginDialog", "LoginDialog"]
    assert launcher.window is not first and launcher.window.isVisible()
    qtbot.addWidget(launcher.window)
    assert user_text(launcher) == "Logged in: boris"  # no full name: the login
    assert launcher.session.actor.name == "boris"
    close(launcher)


def test_switch_user_cancelled_keeps_working_and_unsaved_cards_ask_first(qtbot, tmp_path: Path) -> None:
    office(tmp_path)
    settings = load_settings(write_ini(tmp_path, "office.db"))
    launcher = Launcher(settings)
    seen: list[str] = []
    when_shown(log_in_as("anna"), seen)
    assert launcher.start(target_for(settings, None))
    window = launcher.window
    qtbot.addWidget(window)
    when_shown(cancel_login, seen)
    window.actions["switch_user"].trigger()
    assert seen[-1] == "LoginDialog"
    assert launcher.window is window and user_text(launcher) == "Logged in: Anna Nowak"

    clients = lite_ids(launcher.session)["client"]
    card = launcher.cards.open(clients, None)
    name_field = launcher.session.configuration.config.object_by_id(clients).fields[0].id
    card.form.set_value(name_field, "Unsaved Ltd")
    assert card.form.is_dirty()
    when_shown(press("Cancel"), seen)
    window.actions["switch_user"].trigger()
    assert "unsaved changes" in seen[-1]
    assert card.isVisible() and launcher.window is window  # kept: nothing switched
    when_shown(press("Discard"), seen)
    when_shown(log_in_as("boris"), seen, tries=1000)
    window.actions["switch_user"].trigger()
    qtbot.waitUntil(lambda: launcher.window is not window)
    qtbot.addWidget(launcher.window)
    assert not (shiboken6.isValid(card) and card.isVisible()) and user_text(launcher) == "Logged in: boris"
    assert launcher.session.records.count(clients) == 0  # the discarded card saved nothing
    close(launcher)


def test_log_out_cancelled_quits(qtbot, tmp_path: Path) -> None:
    office(tmp_path)
    settings = load_settings(write_ini(tmp_path, "office.db"))
    launcher = Launcher(settings)
    seen: list[str] = []
    when_shown(log_in_as("anna"), seen)
    assert launcher.start(target_for(settings, None))
    qtbot.addWidget(launcher.window)
    app = QApplication.instance()
    before = app.quitOnLastWindowClosed()
    when_shown(cancel_login, seen)
    assert not launcher.log_out()
    assert seen == ["LoginDialog", "LoginDialog"]
    assert launcher.window is None and launcher.session is None
    assert app.quitOnLastWindowClosed() == before
