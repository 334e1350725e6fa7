"""Fixtures for the access-rights screens: a Lite database and a helper that fills modal dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from supasoft.services.session import Session, open_session
from supasoft.services.setup import initialize

FillDialog = Callable[[type, Callable[[QDialog], None]], None]


@pytest.fixture
def lite(tmp_path: Path) -> Session:
    """A fresh Lite database without users (the free single-user edition)."""
    session = open_session(tmp_path / "crm.db")
    initialize(session, "lite")
    yield session
    session.close()


#: How long a dialog may stay open after its last fill before it is closed (the test then fails, never hangs).
STUCK_SECONDS = 90.0


@pytest.fixture
def when_modal(qapp: QApplication) -> FillDialog:
    """`when_modal(UserDialog, fill1, fill2...)`: each time a modal dialog of that class opens (again), run the next fill."""
    timers: list[QTimer] = []

    def arm(kind: type, *fills: Callable[[QDialog], None]) -> None:
        timer = QTimer()
        timer.setInterval(10)
        pending = list(fills)
        open_fill: list[bool] = []  # non-empty while the dialog of the last fill has not finished

        last_fill = [time.monotonic()]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind) or not dialog.isVisible():
                return
            if not pending:  # every fill used and the dialog is still open (a failed login, say): close it after a
                if time.monotonic() - last_fill[0] > STUCK_SECONDS:  # while, so the test fails instead of hanging
                    timer.stop()
                    dialog.reject()
                return
            if open_fill:
                return
            fill = pending.pop(0)
            last_fill[0] = time.monotonic()
            open_fill.append(True)
            dialog.finished.connect(lambda *_: open_fill.clear())
            fill(dialog)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()
