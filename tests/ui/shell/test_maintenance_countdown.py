"""The maintenance banner says its countdown once, at the right, and it counts down every second."""

from __future__ import annotations

import re
import time

from supasoft.services.maintenance import MaintenanceState
from supasoft.shell.main_window import MainWindow


def test_banner_gives_the_seconds_once_and_counts_down(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    controller = window.maintenance
    banner = window.maintenance_banner
    controller.countdown_seconds = 4.0
    seen: list[str] = []
    controller.on_state(MaintenanceState(True, by="ANNA", message="Adding fields to Client", client="elsewhere"))
    assert banner.isVisible()
    text = banner.label.text()
    assert text.startswith("ANNA is changing the database structure: Adding fields to Client. Save your work")
    assert not re.search(r"\d", text)  # no number in the message: the countdown at the right is the only one
    assert banner.countdown.text() == "Closing in 4 s"
    started = time.monotonic()
    while time.monotonic() - started < 3.2:  # stops before 0, when it would pause
        qtbot.wait(50)
        if not seen or seen[-1] != banner.countdown.text():
            seen.append(banner.countdown.text())
    assert seen == ["Closing in 4 s", "Closing in 3 s", "Closing in 2 s", "Closing in 1 s"]
    assert banner.label.text() == text  # the message stays put while the number changes
    assert controller.dialog is None
    controller.on_state(MaintenanceState(False))  # the admin finished before the time ran out
    assert not banner.isVisible() and controller.dialog is None
