"""Fixtures for the access-rights screens: a Lite database and a helper that fills modal dialogs."""

from __future__ import annotations

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


@pytest.fixture
def when_modal(qapp: QApplication) -> FillDialog:
    """`when_modal(UserDialog, fill)`: once a modal dialog of that class opens, run fill(dialog) on it."""
    timers: list[QTimer] = []

    def arm(kind: type, fill: Callable[[QDialog], None]) -> None:
        timer = QTimer()
        timer.setInterval(10)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                timer.stop()
                fill(dialog)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()
