"""Scrolling deep into the preview of a big file never reads the file from its start on the GUI thread: a CSV
page is sought to (one page of lines read), a table of another database is read in a worker behind a "…"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supasoft.importer.preview_model import WAITING
from supasoft.services import import_rows
from supasoft.shell.main_window import MainWindow
from tests.services.test_import_rows_seek import counting_lines
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, read_file

ROWS = 3000


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "big" file past 100 rows, read 250 rows at a time: the behaviour of 600,000 rows at a test's size."""
    monkeypatch.setattr(import_rows, "LAZY_AFTER", 100)
    monkeypatch.setattr(import_rows, "CHUNK", 250)


def previewed(qtbot, main: MainWindow, path: Path):  # noqa: ANN001, ANN201
    wizard = open_wizard(main)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.preview_page.counts.text() == f"Would create: {ROWS}, update: 0, skip: 0"
    return wizard.preview_page.model


def test_a_row_deep_in_a_big_csv_is_shown_at_once_reading_one_page(qtbot, import_window: MainWindow, tmp_path: Path,  # noqa: ANN001
                                                                   small_pages: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = cp1251_csv(tmp_path, ["Name;Price"] + [f"Товар {i};{i},50" for i in range(ROWS)])
    model = previewed(qtbot, import_window, path)
    read = counting_lines(monkeypatch)
    row = model.row_of(2902)  # the file's row 2902 (the header is row 1)
    assert model.index(row, 2).data() == "Товар 2900"
    assert 0 < read[0] <= 2 * 250


def test_a_row_deep_in_a_big_table_of_another_database_arrives_from_a_worker(qtbot, import_window: MainWindow,  # noqa: ANN001
                                                                             tmp_path: Path, small_pages: None) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Products (Name TEXT, Price REAL)")
        conn.executemany("INSERT INTO Products VALUES (?, ?)", [(f"Item {i}", i + 0.5) for i in range(ROWS)])
    conn.close()
    model = previewed(qtbot, import_window, path)
    assert model.index(0, 2).data() == "Item 0"  # the first page is read at once
    row = model.row_of(2901)
    cell = model.index(row, 2)
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        assert cell.data() == WAITING
        # one worker for the page: the next row waits for it, or the worker has already read the page (a fast thread)
        assert model.index(row + 1, 2).data() in (WAITING, "Item 2901") and len(model.fetching) == 1
    assert cell.data() == "Item 2900" and model.index(row + 1, 2).data() == "Item 2901" and not model.fetching
