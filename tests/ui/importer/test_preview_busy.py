"""The preview page shows a moving bar while every row is checked (seconds for 100,000 rows), gone once the counts
are there: the wizard never looks frozen behind a line of text."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from supasoft.services.importing import ImportService
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, read_file


def test_a_moving_bar_shows_while_the_rows_are_checked(qtbot, import_window: MainWindow, tmp_path: Path,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    checking = ImportService.preview

    def slow_preview(self, table, mapping):  # noqa: ANN001, ANN202 - the service's own signature
        release.wait(10)  # a big file's seconds of checking, held until the test has looked
        return checking(self, table, mapping)

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
