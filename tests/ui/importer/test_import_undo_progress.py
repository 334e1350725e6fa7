"""Undo this import shows its progress (records taken back of all) and can be cancelled: the whole undo is rolled
back, the page says so, and the import can still be undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from supasoft.services import import_undo
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv
from tests.ui.importer.test_import_after import import_file
from tests.ui.importer.test_import_wizard import prices

pytestmark = pytest.mark.all_backends


def test_undo_shows_progress_and_a_cancel_rolls_it_back_whole(qtbot, import_window: MainWindow, tmp_path: Path,  # noqa: ANN001
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = prices(import_window)
    existing = sorted(before)[0]
    path = cp1251_csv(tmp_path, ["Name;Price", f"{existing};123,45", *(f"Undo {i};{i}" for i in range(5))])
    wizard = import_file(qtbot, import_window, path, mode="upsert", keys=["Name"])
    page = wizard.run_page
    imported = prices(import_window)
    monkeypatch.setattr(import_undo, "BATCH", 2)
    reported = import_undo._report

    def held(progress: Any, done: int, total: int) -> None:
        """After the first batch the undo waits for the Cancel click (no race with a fast machine)."""
        reported(progress, done, total)
        page.stop.wait(15)

    monkeypatch.setattr(import_undo, "_report", held)
    page.undo_button.click()
    assert page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.rate.text() == "Records taken back: 1 of 6", timeout=15000)
    assert page.progress.value() == 1 and page.progress.maximum() == 6
    page.cancel_button.click()
    assert page.outcome.text() == "Cancelling the undo: nothing of it will be kept…"
    qtbot.waitUntil(lambda: not page.running(), timeout=15000)
    assert page.outcome.text().startswith("The undo was cancelled: nothing was changed")
    assert prices(import_window) == imported and page.undo_button.isEnabled()  # still to undo

    monkeypatch.setattr(import_undo, "_report", reported)
    page.undo_button.click()
    qtbot.waitUntil(lambda: "undone" in page.outcome.text(), timeout=15000)
    assert page.outcome.text() == "Import undone. Moved to the trash: 5; given their earlier values back: 1."
    assert page.progress.value() == page.progress.maximum() == 6 and page.rate.text() == "Records taken back: 6 of 6"
    assert prices(import_window) == before
