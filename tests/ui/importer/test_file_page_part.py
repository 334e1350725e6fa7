"""The file page reads the part of a file named like the object, as another program names it (lower case)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import open_wizard, workbook
from tests.ui.importer.test_import_wizard import read_file

ORDER = 24


def lower_case_tables(folder: Path) -> Path:
    path = folder / "shop.sqlite"
    with sqlite3.connect(path) as conn:  # "lines" sorts before "orders"
        conn.execute("CREATE TABLE lines (order_id INTEGER, product TEXT)")
        conn.execute("CREATE TABLE orders (order_id INTEGER, order_date TEXT)")
    conn.close()
    return path


def test_a_database_table_named_like_the_object_in_lower_case_is_read(qtbot, import_window: MainWindow,
                                                                      tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(ORDER)
    read_file(qtbot, wizard, lower_case_tables(tmp_path))
    assert wizard.job.table == "orders"
    assert wizard.file_page.table_combo.currentText() == "orders"


def test_a_sheet_named_like_the_object_is_read_before_the_first(qtbot, import_window: MainWindow,
                                                                 tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(ORDER)
    read_file(qtbot, wizard, workbook(tmp_path, {"Lines": [["Order", "Product"]], "ORDERS": [["Order", "Date"]]}))
    assert wizard.job.sheet == "ORDERS"


def test_choosing_the_object_after_the_file_reads_its_table(qtbot, import_window: MainWindow,
                                                            tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(1)  # Clients: the file has no such table, its first one is read
    read_file(qtbot, wizard, lower_case_tables(tmp_path))
    assert wizard.job.table == "lines"
    wizard.file_page.select_object(ORDER)  # then the user picks Orders below the file
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    assert wizard.job.table == "orders" and wizard.job.source.headers == ["order_id", "order_date"]
    wizard.file_page.picker.choose("lines")  # a part the user picks by hand stays while the object stays
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)
    wizard.file_page.select_object(ORDER)
    assert wizard.job.table == "lines"
