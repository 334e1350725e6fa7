"""The preview page shows a moving bar while every row is checked (seconds for 100,000 rows), gone once the counts
are there: the wizard never looks frozen behind a line of text."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from supasoft.services.importing import ImportService
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, read_file


def test_a_moving_bar_shows_while_the_rows_are_checked(qtbot, import_window: MainWindow, tmp_path: Path,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    checking = ImportService.preview

    def slow_preview(self, table, mapping, **options):  # noqa: ANN001, ANN003, ANN202 - the service's own signature
        release.wait(10)  # a big file's seconds of checking, held until the test has looked
        return checking(self, table, mapping, **options)

    monkeypatch.setattr(ImportService, "preview", slow_preview)
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Name;Price", "Болт;1,50"]))
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.preview_page
    assert page.is_checking()
    qtbot.waitUntil(page.busy.isVisible, timeout=5000)
    assert page.busy.maximum() == 0  # a busy bar: the check's length is not known
    release.set()
    qtbot.waitUntil(lambda: not page.is_checking(), timeout=10000)
    assert not page.busy.isVisible() and page.counts.text() == "Would create: 1, update: 0, skip: 0"


def test_the_check_counts_rows_and_can_be_stopped_and_run_again(qtbot, import_window: MainWindow, tmp_path: Path,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import supasoft.services.import_preview as preview_module

    monkeypatch.setattr(preview_module, "CHECK_STEP", 100)
    hold, reported = threading.Event(), threading.Event()
    checking = ImportService.preview

    def held_preview(self, table, mapping, *, progress=None, cancelled=None):  # noqa: ANN001, ANN202
        def report(done: int, total: int) -> None:
            progress(done, total)
            reported.set()
            hold.wait(10)  # the check stands still here until the test has pressed Stop

        return checking(self, table, mapping, progress=report if not hold.is_set() else progress, cancelled=cancelled)

    monkeypatch.setattr(ImportService, "preview", held_preview)
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Name;Price", *(f"Болт {i};1,50" for i in range(1000))]))
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.busy.maximum() == 1000, timeout=10000)  # the first report: 100 of 1,000
    assert page.counts.text() == "Checking rows: 100 of 1,000" and reported.is_set()
    qtbot.mouseClick(page.stop, Qt.MouseButton.LeftButton)
    hold.set()
    qtbot.waitUntil(lambda: not page.is_checking(), timeout=10000)
    assert page.counts.text() == "Checking stopped: go back to change the mapping, or check again."
    assert page.again.isVisible() and not page.stop.isVisible() and not page.isComplete()
    qtbot.mouseClick(page.again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_checking(), timeout=10000)
    assert page.counts.text() == "Would create: 1000, update: 0, skip: 0" and page.isComplete()
