"""A quick import's time is said with two decimals, so it does not read "3 in 0.0 s (144 per second)"."""

from __future__ import annotations

import re
from pathlib import Path

from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, read_file


def test_a_quick_import_says_a_time_above_zero(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Name;Price", "Болт;1,50", "Гайка;0,75"]))
    wizard.file_page.select_object(PRODUCT)
    for _ in range(3):
        next_page(qtbot, wizard)
    run = wizard.run_page
    run.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    said = re.fullmatch(r"Rows: 2 in (\d+\.\d\d) s \([\d,]+ per second\)", run.rate.text())
    assert said is not None
