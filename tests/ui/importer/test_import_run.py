"""The import runs in a worker: progress with rows per second, Cancel keeps what was committed and says how much;
the preview of a big file opens at once (a page of rows at a time); problem reasons read in Polish."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, read_file

pytestmark = pytest.mark.all_backends


def test_cancel_mid_way_keeps_the_committed_batches_and_says_how_many(qtbot, import_window: MainWindow, tmp_path: Path,
                                                                      monkeypatch) -> None:  # noqa: ANN001
    records = import_window.session.records
    before = records.count(PRODUCT)
    path = cp1251_csv(tmp_path, ["Name;Price"] + [f"Товар {i};{i},50" for i in range(1200)])
    first_batch_in, second_held, go_on = threading.Event(), threading.Event(), threading.Event()
    insert_many = records.insert_many

    def gated(object_id, rows, **kw):  # noqa: ANN001, ANN202 - the real insert, the second batch held until Cancel
        if first_batch_in.is_set():
            second_held.set()
            go_on.wait(30)
        first_batch_in.set()
        return insert_many(object_id, rows, **kw)

    monkeypatch.setattr(records, "insert_many", gated)
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    run = wizard.run_page
    run.batch = 100
    run.run_button.click()
    qtbot.waitUntil(lambda: run.progress.value() == 100 and second_held.is_set(), timeout=15000)  # batch 1 committed
    assert re.fullmatch(r"Rows: 100 of 1,?200 \([\d,]+ per second\)", run.rate.text())
    assert run.cancel_button.isEnabled() and not run.run_button.isEnabled() and not wizard.run_page.isComplete()
    run.cancel_button.click()
    go_on.set()  # the batch being written when Cancel came is finished, then the import stops
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    assert wizard.job.result.cancelled
    assert run.outcome.text() == "Cancelled. Kept what was imported before the cancel: created 200, updated 0."
    assert records.count(PRODUCT) == before + 200
    assert run.isComplete() and not run.cancel_button.isEnabled()


def test_the_preview_of_many_rows_is_fetched_a_page_at_a_time(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    path = cp1251_csv(tmp_path, ["Name;Price"] + [f"Item {i};{'bad' if i == 4321 else i}" for i in range(5000)])
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    model = wizard.preview_page.model
    assert model.rowCount() == 1000 and model.canFetchMore(QModelIndex())
    row = model.row_of(4323)  # file row of item 4321 (the header is row 1)
    assert row == 4321 and model.rowCount() == 5000 and not model.canFetchMore(QModelIndex())
    assert "'bad'" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    wizard.preview_page.only_problems.setChecked(True)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "4323"


def test_problem_reasons_and_counts_read_in_polish(qtbot, import_window: MainWindow, tmp_path: Path, translations) -> None:  # noqa: ANN001
    translations("pl")
    path = cp1251_csv(tmp_path, ["Name;Price", "Dobry;5", "Zly;abc"])
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    model = wizard.preview_page.model
    assert model.index(model.row_of(3), 3).data(Qt.ItemDataRole.ToolTipRole) == "'abc' nie jest liczbą"
    next_page(qtbot, wizard)
    assert "wiersz 3: Price: 'abc' nie jest liczbą" in wizard.run_page.problems.toPlainText()
