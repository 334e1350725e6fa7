"""A database another running copy holds (or on a share, or read-only) is not damaged: the start-up dialog
says why and offers another file or quit, never "Restore a backup…" (which would replace the other copy's file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from supasoft.services.session import open_session
from supasoft.settings import Settings
from supasoft.shell.startup import Target, open_interactive
from tests.ui.shell.modal import when_shown

HOLD = """
import sys
from supasoft.services.session import open_session
session = open_session(sys.argv[1], exclusive=True)
print("holding", flush=True)
sys.stdin.readline()
session.close()
"""


def test_database_held_by_another_copy_offers_no_restore(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "crm.db"
    open_session(db).close()
    restored: list[Path] = []
    buttons: list[str] = []
    seen: list[str] = []

    def quit_after_looking(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        buttons.extend(b.text() for b in widget.buttons())
        next(b for b in widget.buttons() if b.text() == "Quit").click()
        return True

    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        when_shown(quit_after_looking, seen)
        session = open_interactive(Target(db), Settings(), restorer=lambda backup, target: restored.append(target))
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    assert session is None and restored == []
    assert "already open in another copy of Supasoft" in seen[0] and "Choose another database file, or quit." in seen[0]
    assert "Choose another file…" in buttons and "Restore a backup…" not in buttons
