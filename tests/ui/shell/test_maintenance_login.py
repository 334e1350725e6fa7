"""Logging in while maintenance mode is on: other users wait (Retry/Quit), administrators get in with a notice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from supasoft.services.maintenance import MaintenanceService
from supasoft.services.session import Session, open_session
from supasoft.shell.startup import admit_during_maintenance

pytestmark = pytest.mark.all_backends
PASSWORD = "correct horse"


@pytest.fixture
def users(db_path: Any) -> Iterator[dict[str, Session]]:
    """admin (every right) and bob (no right to change the structure), logged in on the same database."""
    setup = open_session(db_path)
    setup.users.sleep = lambda seconds: None
    setup.users.create_user("admin", PASSWORD, "Admin")
    setup.users.create_user("bob", PASSWORD, "Bob")
    setup.close()
    sessions = {who: open_session(db_path, login=who, password=PASSWORD) for who in ("admin", "bob")}
    yield sessions
    for s in sessions.values():
        s.close()


class Answerer:
    """Clicks a button of each message box that appears (by its text), remembering what the boxes said."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.seen: list[tuple[str, str]] = []
        self.before: list[Any] = []  # run before each answer (e.g. end maintenance before Retry)
        QTimer.singleShot(50, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, self._answer)
            return
        self.seen.append((box.objectName(), box.text()))
        answer = self.answers.pop(0)
        if self.before:
            self.before.pop(0)()
        button = next(b for b in box.buttons() if answer is None or b.text() == answer)
        button.click()
        if self.answers:
            QTimer.singleShot(50, self._answer)


def test_no_maintenance_lets_everyone_in(qtbot: Any, users: dict[str, Session]) -> None:
    assert admit_during_maintenance(users["bob"]) is True


def test_non_admin_is_told_who_and_may_quit(qtbot: Any, backend: str, users: dict[str, Session]) -> None:
    MaintenanceService(users["admin"]).begin("Adding fields to Deal, back in 10 minutes")
    if backend == "sqlite":
        assert admit_during_maintenance(users["bob"]) is True  # one user per file: nobody to wait for
        return
    answers = Answerer("Quit")
    assert admit_during_maintenance(users["bob"]) is False
    name, text = answers.seen[0]
    assert name == "maintenance_login"
    assert text.startswith("The database is being changed by admin since ")
    assert text.endswith(": Adding fields to Deal, back in 10 minutes. Try again later.")


def test_retry_gets_in_once_maintenance_ended(qtbot: Any, backend: str, users: dict[str, Session]) -> None:
    if backend == "sqlite":
        pytest.skip("one user per file")
    service = MaintenanceService(users["admin"])
    service.begin("")
    answers = Answerer("Retry", "Retry")
    answers.before = [lambda: None, service.end]  # the first retry finds it still on, the second finds it over
    assert admit_during_maintenance(users["bob"]) is True
    assert [name for name, _text in answers.seen] == ["maintenance_login", "maintenance_login"]
    assert answers.seen[0][1].startswith("The database is being changed by admin since ") and "." in answers.seen[0][1]


def test_admin_gets_in_with_a_notice(qtbot: Any, backend: str, users: dict[str, Session]) -> None:
    if backend == "sqlite":
        pytest.skip("one user per file")
    other_admin = users["admin"]
    MaintenanceService(other_admin).begin("Rebuild")
    answers = Answerer(None)
    assert admit_during_maintenance(other_admin) is True
    assert answers.seen[0][0] == "maintenance_notice" and "Rebuild" in answers.seen[0][1]
