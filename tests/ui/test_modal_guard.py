"""The UI tests' watchdog: an unanswered modal dialog is closed and named, so a test fails instead of hanging."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.helpers.modal_guard import ModalGuard


def test_an_unanswered_message_box_is_closed_and_named(qtbot) -> None:
    guard = ModalGuard(limit_s=0.3, poll_ms=50)
    box = QMessageBox(QMessageBox.Icon.Warning, "Import", "The file could not be read.")
    guard.start()
    try:
        answer = box.exec()  # returns only because the guard closes it
    finally:
        guard.stop()
    assert answer != QMessageBox.StandardButton.Ok
    assert guard.left_open == ["QMessageBox · Import · The file could not be read."]


def test_a_dialog_answered_in_time_is_not_reported(qtbot) -> None:
    guard = ModalGuard(limit_s=30, poll_ms=50)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    guard.start()
    try:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, dialog.accept)
        assert dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        guard.stop()
    assert guard.left_open == []
