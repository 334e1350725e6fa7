"""Shared fixtures for UI tests: offscreen Qt and non-ASCII typing (qtbot.keyClicks aborts on it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QLocale, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from supasoft.i18n import install_translations, remove_translations  # noqa: E402

TypeText = Callable[[QWidget, str], None]

_SPECIAL_KEYS = {
    "\n": Qt.Key.Key_Return,
    "\r": Qt.Key.Key_Return,
    "\t": Qt.Key.Key_Tab,
    "\b": Qt.Key.Key_Backspace,
}


def send_text(widget: QWidget, text: str) -> None:
    """Type text into a widget with one key press/release pair per character (any script)."""
    for ch in text:
        key = _SPECIAL_KEYS.get(ch, 0)
        shown = "" if ch == "\b" else ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, shown))
    QApplication.processEvents()


@pytest.fixture
def type_text(qapp: QApplication) -> TypeText:
    """`type_text(widget, "Zażółć Клиент\\n")`: \\n presses Return, \\b Backspace, \\t Tab."""
    return send_text


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """`translations("pl")` loads a language for one test; afterwards the source texts and the locale come back.

    A translator left installed would change every later test's texts ("1 user(s)" becomes "1 user").
    """
    before = QLocale()
    yield install_translations
    remove_translations()
    QLocale.setDefault(before)


# A test that leaves a modal dialog unanswered would wait forever; the guard answers it and fails the test.
MODAL_LIMIT_S = 60.0


@pytest.fixture(autouse=True)
def modal_guard(qapp: QApplication) -> Iterator[None]:
    from tests.helpers.modal_guard import ModalGuard

    guard = ModalGuard(MODAL_LIMIT_S)
    guard.start()
    yield
    guard.stop()
    if guard.left_open:
        pytest.fail(f"a modal dialog was left open for {MODAL_LIMIT_S:.0f} s and closed: {guard.left_open}")
