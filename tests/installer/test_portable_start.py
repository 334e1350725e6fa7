"""The portable edition started from the sources as a fresh host would: nothing outside its folder, a clear
message from a read-only copy and from a second running copy (the built bundle: test_bundle.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers.read_only import run_on_read_only
from tests.installer.portable_run import (
    PORTABLE_INI,
    REPO,
    expect_clean_start,
    files_under,
    source_command,
    start,
    written_outside,
)

HOLD = """
import sys
from supasoft.services.session import open_session
session = open_session(sys.argv[1], exclusive=True)
print("holding", flush=True)
sys.stdin.readline()
session.close()
"""


def portable_folder(tmp_path: Path) -> Path:
    program = tmp_path / "stick" / "supasoft"
    program.mkdir(parents=True)
    (program / "client.ini").write_text(PORTABLE_INI, encoding="utf-8")
    return program


def test_portable_start_writes_only_in_its_folder(tmp_path: Path) -> None:
    program = portable_folder(tmp_path)
    before = files_under(program)
    run = start(source_command(program), tmp_path / "host")
    expect_clean_start(run, program, tmp_path / "host", before)
    assert (program / "logs").is_dir()


def test_read_only_copy_says_so_instead_of_crashing(tmp_path: Path) -> None:
    program = portable_folder(tmp_path)
    assert start(source_command(program), tmp_path / "host").result.returncode == 0  # first start: data/ made
    result = run_on_read_only(program, source_command(program), env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                                                       "HOME": str(tmp_path / "host" / "home"),
                                                                       "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "cannot be written: its folder or drive is read-only" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_second_running_copy_is_refused_with_the_first_ones_name(tmp_path: Path) -> None:
    program = portable_folder(tmp_path)
    assert start(source_command(program), tmp_path / "host").result.returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(program / "data" / "supasoft.db")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        run = start(source_command(program), tmp_path / "host")
        assert run.result.returncode == 1
        assert "already open in another copy of Supasoft" in run.result.stderr, run.result.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    assert start(source_command(program), tmp_path / "host").result.returncode == 0


PREFS = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from supasoft.settings import load_settings
from supasoft.shell.edition import prepare_environment
from supasoft.shell.prefs import UserPrefs
prepare_environment(load_settings(sys.argv[1]))
app = QApplication([])
UserPrefs("db", "ann").set_json("columns_1_0", {"width": 120})
dialogs = QSettings(QSettings.Scope.UserScope, "QtProject")  # where Qt's own file dialog keeps its last folder
dialogs.setValue("FileDialog/lastVisited", "file:///media/stick")
dialogs.sync()
print(Path(UserPrefs("db", "ann").get_json("columns_1_0") and dialogs.fileName()).parent)
"""


def test_window_settings_and_qt_dialog_state_stay_in_the_program_folder(tmp_path: Path) -> None:
    program = portable_folder(tmp_path)
    run = start([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO)!r})\n" + PREFS,
                 str(program / "client.ini")], tmp_path / "host")
    assert run.result.returncode == 0, run.result.stderr
    assert Path(run.result.stdout.strip()) == program / "settings"
    assert (program / "settings" / "Supasoft" / "Supasoft.ini").is_file()
    assert written_outside(tmp_path / "host") == []
