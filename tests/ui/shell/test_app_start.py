"""Starting the app: first start creates the Lite database, --selftest exit codes, clear dialogs instead of tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from supasoft.app import Launcher, main
from supasoft.core.errors import DatabaseOpenError
from supasoft.services.session import open_session
from supasoft.settings import Settings, load_settings
from supasoft.shell import startup
from supasoft.shell.startup import Target, open_interactive, open_target, target_for
from tests.ui.shell.modal import current_test

ROOT = Path(__file__).resolve().parents[3]


def write_ini(folder: Path, path: str = "crm.db", extra: str = "") -> Path:
    ini = folder / "client.ini"
    ini.write_text(f"[Database]\nEngine=sqlite\nPath={path}\n{extra}", encoding="utf-8")
    return ini


def make_lite(path: Path) -> None:
    from supasoft.services.setup import initialize

    session = open_session(path)
    initialize(session, "lite")
    session.close()


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share")}
    return subprocess.run([sys.executable, "-m", "supasoft", *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT)


def test_first_start_creates_lite_and_shows_navigator_with_counts(qtbot, tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path))
    launcher = Launcher(settings)
    seen: list[str] = []
    click_later("Empty ready CRM", seen)  # the first start asks: demo data or not
    assert launcher.start(target_for(settings, None))
    assert len(seen) == 1
    window = launcher.window
    qtbot.addWidget(window)
    assert (tmp_path / "crm.db").exists()
    nav = window.navigator
    assert nav.topLevelItem(0).text(0) == "Clients (0)"
    assert window.isVisible() and window.current_table() is not None
    launcher._close_current()
    # the second start opens the existing file: the main window shows quickly
    started = time.perf_counter()
    assert launcher.start(target_for(settings, None))
    elapsed = time.perf_counter() - started
    qtbot.addWidget(launcher.window)
    assert launcher.window.navigator.topLevelItemCount() == 10
    assert elapsed < 1.5, elapsed
    launcher._close_current()


def test_selftest_exit_codes(tmp_path: Path) -> None:
    ok = run_app("--config", str(write_ini(tmp_path)), "--selftest", home=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "crm.db").exists()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 200)
    broken = run_app("--config", str(write_ini(tmp_path)), "--database", str(bad), "--selftest", home=tmp_path)
    assert broken.returncode != 0
    assert "not a Supasoft database" in broken.stderr and "Traceback" not in broken.stderr
    missing = run_app("--config", str(write_ini(tmp_path)), "--database", str(tmp_path / "nope.db"), "--selftest",
                      home=tmp_path)
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    assert not (tmp_path / "nope.db").exists()


def test_selftest_reports_malformed_client_ini(tmp_path: Path) -> None:
    ini = tmp_path / "client.ini"
    ini.write_text("[Database]\nEngine=oracle\n", encoding="utf-8")
    result = run_app("--config", str(ini), "--selftest", home=tmp_path)
    assert result.returncode == 1
    assert "line 2" in result.stderr and "Engine" in result.stderr and "Traceback" not in result.stderr


def click_later(button_text: str, seen: list[str], tries: int = 250, guard: bool = False) -> None:
    """Press a button of the next message box once it is shown; a box nobody expected is quit (never hangs).
    Stops when its test has ended, so it never answers a later test's box."""
    started = current_test()

    def press(left: int = tries) -> None:
        if current_test() != started:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 0:
                QTimer.singleShot(20, lambda: press(left - 1))
            return
        seen.append(box.text())
        wanted = [b for b in box.buttons() if b.text() == button_text]
        if wanted:
            wanted[0].click()
            if guard:
                click_later("Quit", seen, tries=25)  # an unexpected second dialog fails the test instead of hanging
        else:
            box.reject()
    QTimer.singleShot(20, press)


def test_corrupt_database_dialog_offers_choices(qtbot, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    seen: list[str] = []
    click_later("Quit", seen)
    assert open_interactive(Target(bad), Settings()) is None
    assert seen and "not a Supasoft database" in seen[0] and "restore a backup" in seen[0]

    good = tmp_path / "good.db"
    open_session(good).close()
    monkeypatch.setattr(startup.QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    click_later("Choose another file…", seen)
    session = open_interactive(Target(bad), Settings())
    assert session is not None and session.storage.database.path == good
    session.close()


def test_restore_backup_over_a_damaged_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    backup = tmp_path / "backup.db"
    s = open_session(backup)
    s.configuration.add_object("Thing", "Things")
    s.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    restored: list[tuple[Path, Path]] = []

    def restorer(src: Path, dst: Path) -> None:
        restored.append((src, dst))
        from supasoft.app import _restore_file

        _restore_file(src, dst)

    monkeypatch.setattr(startup.QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    seen: list[str] = []
    click_later("Restore a backup…", seen, guard=True)
    session = open_interactive(Target(bad), Settings(), restorer=restorer)
    assert restored == [(backup, bad)] and len(seen) == 1, seen
    assert session is not None and session.configuration.config.objects[0].plural == "Things"
    assert list(tmp_path.glob("bad.db.damaged-*"))  # the damaged file is kept aside
    session.close()


def test_firebird_without_login_hook_is_explained(tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path, "crm.fdb", "Server=db.example\n").parent / "client.ini")
    fb = Settings(engine="firebird", path="crm.fdb", source=settings.source)
    with pytest.raises(DatabaseOpenError, match="login window"):
        open_target(target_for(fb, None), fb)


def test_gui_start_with_malformed_ini_shows_a_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    ini = tmp_path / "client.ini"
    ini.write_text("[Interface]\nShowConfigurator=maybe\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(startup, "show_config_error", lambda exc: shown.append(str(exc)))
    assert main(["--config", str(ini)]) == 1
    assert shown and "line 2" in shown[0] and "ShowConfigurator" in shown[0]


def test_restore_from_menu_reopens_the_database(qtbot, tmp_path: Path) -> None:
    settings = load_settings(write_ini(tmp_path))
    launcher = Launcher(settings)
    make_lite(tmp_path / "crm.db")  # no first-start question (an earlier test's guard may still answer one)
    assert launcher.start(target_for(settings, None))
    window = launcher.window
    assert window.backup_to(tmp_path / "copy.db")
    client = launcher.session.configuration.config.objects[0]
    record = launcher.session.records.new(client.id)
    record.values[client.fields[1].id] = "Added after the backup"
    launcher.session.records.save(record)
    assert launcher.session.records.count(client.id) == 1
    launcher.restore_backup(tmp_path / "copy.db")
    assert launcher.window is not window and launcher.window.isVisible()
    qtbot.addWidget(launcher.window)
    assert launcher.session.records.count(client.id) == 0
    assert launcher.window.navigator.topLevelItem(0).text(0) == "Clients (0)"
    launcher._close_current()


def test_launcher_wires_cards_and_configurator(qtbot, tmp_path: Path) -> None:
    pytest.importorskip("supasoft.cards.card_windows")
    settings = load_settings(write_ini(tmp_path))
    launcher = Launcher(settings)
    make_lite(tmp_path / "crm.db")  # no first-start question (an earlier test's guard may still answer one)
    assert launcher.start(target_for(settings, None))
    window = launcher.window
    qtbot.addWidget(window)
    tab = window.current_table()
    assert tab is not None and tab.open_card is not None
    window.actions["new"].trigger()
    cards = launcher.cards.windows()
    assert len(cards) == 1 and cards[0].object_id == tab.object_id and cards[0].isVisible()
    if "configurator" in window.actions:
        window.actions["configurator"].trigger()
        assert launcher.configurator is not None and launcher.configurator.isVisible()
    if "access" in window.actions:
        window.actions["access"].trigger()
        assert launcher.access_window is not None and launcher.access_window.isVisible()
    for card in cards:
        card.close()
    launcher._close_current()
