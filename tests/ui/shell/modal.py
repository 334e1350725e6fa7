"""Answering modal windows from a test: the next one that shows is handed to a function (never hangs)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

_test = [0]  # which test is running: a poller left over from an earlier test stops instead of answering this one's


def next_test() -> None:
    """Called between tests (tests/ui/shell/conftest.py): every poller started before stops."""
    _test[0] += 1


def current_test() -> int:
    return _test[0]


def when_shown(handle: Callable[[QWidget], bool], seen: list[str], tries: int = 500) -> None:
    """Hand the next modal window to `handle` once it is up (a box nobody expected is rejected: never hangs)."""
    started = current_test()

    def poll(left: int = tries) -> None:
        if current_test() != started:
            return
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            if left > 0:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        seen.append(widget.text() if isinstance(widget, QMessageBox) else type(widget).__name__)
        if not handle(widget):
            widget.reject()
    QTimer.singleShot(20, poll)


def press(button_text: str) -> Callable[[QWidget], bool]:
    def handle(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        wanted = [b for b in widget.buttons() if b.text() == button_text]
        if wanted:
            wanted[0].click()
        return bool(wanted)
    return handle
