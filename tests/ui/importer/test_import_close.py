"""Closing the wizard while it imports stops the import after the batch being written; what was written stays."""

from __future__ import annotations

import threading
from pathlib import Path

from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, read_file


def test_closing_the_wizard_stops_a_running_import(qtbot, import_window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    records = import_window.session.records
    before = records.count(PRODUCT)
    held, go_on = threading.Event(), threading.Event()
    insert_many = records.insert_many

    def gated(object_id, rows, **kw):  # noqa: ANN001, ANN202 - the real insert, the first batch held until the close
        held.set()
        go_on.wait(30)
        return insert_many(object_id, rows, **kw)

    monkeypatch.setattr(records, "insert_many", gated)
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Name;Price"] + [f"Item {i};1" for i in range(300)]))
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    run = wizard.run_page
    run.batch = 100
    run.run_button.click()
    qtbot.waitUntil(held.is_set, timeout=15000)
    wizard.reject()
    go_on.set()
    qtbot.waitUntil(lambda: not run.running(), timeout=15000)
    assert wizard.job.result is not None and wizard.job.result.cancelled
    assert records.count(PRODUCT) == before + 100
