"""A watchdog for UI tests: a modal dialog nobody answers is closed and reported, so the test fails instead of hanging."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def describe(widget: QWidget) -> str:
    """The dialog's class, title and text, for the failure message."""
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    return " · ".join(part for part in (type(widget).__name__, widget.windowTitle(), text) if part)


class ModalGuard(QObject):
    """Polls for a modal widget; one left open longer than `limit_s` is closed and remembered in `left_open`."""

    def __init__(self, limit_s: float, poll_ms: int = 250) -> None:
        super().__init__()
        self.limit_s = limit_s
        self.left_open: list[str] = []
        self._seen: tuple[int, float] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            self._seen = None
            return
        now = time.monotonic()
        if self._seen is None or self._seen[0] != id(modal):
            self._seen = (id(modal), now)
            return
        if now - self._seen[1] >= self.limit_s:
            self.left_open.append(describe(modal))
            self._seen = None
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
