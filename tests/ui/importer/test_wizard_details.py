"""Parent and detail rows together: orders and their lines from two tables of another program's SQLite database,
linked by its own order number; previewed both, imported in one transaction, undone together."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supasoft.services.record_model import ListQuery
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import open_wizard
from tests.ui.importer.test_import_wizard import next_page, read_file

pytestmark = pytest.mark.all_backends

CLIENT, CLIENT_NAME = 1, 3
PRODUCT, PRODUCT_NAME = 20, 21
ORDER, ORDER_CLIENT = 24, 25
LINE, LINE_ORDER = 30, 31


def old_orders(folder: Path, client: str, product: str) -> Path:
    path = folder / "northwind.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Orders (OrderID INTEGER, Client TEXT, Date TEXT, Status TEXT)")
        conn.executemany("INSERT INTO Orders VALUES (?, ?, ?, ?)", [(10248, client, "1996-07-04 00:00:00.000", "Paid"),
                                                                    (10249, client, "1996-07-05 00:00:00.000", "new")])
        conn.execute("CREATE TABLE OrderLines (OrderID INTEGER, Product TEXT, Quantity REAL)")
        conn.executemany("INSERT INTO OrderLines VALUES (?, ?, ?)", [(10248, product, 12), (10248, product, 10), (10249, product, 5)])
    conn.close()
    return path


def test_orders_and_their_lines_from_two_tables_are_imported_and_undone_together(qtbot, import_window: MainWindow,
                                                                                  tmp_path: Path) -> None:  # noqa: ANN001
    records = import_window.session.records
    client = records.list(CLIENT, ListQuery(columns=[(CLIENT_NAME,)], limit=1))[0]
    product = records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=1))[0]
    orders_before, lines_before = records.count(ORDER), records.count(LINE)
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(ORDER)
    read_file(qtbot, wizard, old_orders(tmp_path, client.cells[0], product.cells[0]))
    assert wizard.job.table == "Orders"  # named like the object
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.details.isEnabled()
    mapping.details.setChecked(True)
    next_page(qtbot, wizard)
    details = wizard.details_page
    assert wizard.currentPage() is details
    qtbot.waitUntil(details.isComplete, timeout=10000)
    assert details.part_combo.currentText() == "OrderLines" and details.object_combo.currentData() == LINE
    assert (wizard.job.link_column, wizard.job.parent_key) == ("OrderID", "OrderID")  # the same name in both
    next_page(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.counts.text() == "Would create: 2, update: 0, skip: 0\nDetail rows: would create 3, skip 0"
    preview.shown.setCurrentIndex(1)
    assert preview.model.rowCount() == 3 and preview.view.model() is preview.model
    next_page(qtbot, wizard)
    run = wizard.run_page
    assert run.all_or_nothing.isChecked() and not run.skip_bad.isEnabled()
    run.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    assert run.outcome.text() == "Imported: created 2, updated 0, skipped 0. Detail rows created: 3."
    assert run.progress.value() == run.progress.maximum() == 5  # orders and lines counted together
    orders = wizard.job.result.created
    lines = [records.get(LINE, i).values[LINE_ORDER] for i in wizard.job.detail_result.created]
    assert lines == [orders[0], orders[0], orders[1]]  # each line on its own order, by the old number
    run.undo_button.click()
    qtbot.waitUntil(lambda: "undone" in run.outcome.text(), timeout=15000)
    assert (records.count(ORDER), records.count(LINE)) == (orders_before, lines_before)


def test_a_line_without_its_order_goes_to_the_error_file_with_the_orders_sheet(qtbot, import_window: MainWindow,
                                                                               tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    records = import_window.session.records
    client = records.list(CLIENT, ListQuery(columns=[(CLIENT_NAME,)], limit=1))[0]
    product = records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=1))[0]
    path = old_orders(tmp_path, client.cells[0], product.cells[0])
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO OrderLines VALUES (99999, ?, 1)", (product.cells[0],))
    conn.close()
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(ORDER)
    read_file(qtbot, wizard, path)
    next_page(qtbot, wizard)
    wizard.mapping_page.details.setChecked(True)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.details_page.isComplete, timeout=10000)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    run = wizard.run_page
    assert run.errors_button.isEnabled()
    assert run.save_error_file(tmp_path / "bad.xlsx") == 1
    wb = load_workbook(tmp_path / "bad.xlsx", read_only=True)
    assert wb.sheetnames == ["Errors", "Details"]
    rows = [list(r) for r in wb["Details"].iter_rows(values_only=True)]
    wb.close()
    assert rows[1][:3] == [99999, product.cells[0], 1] and rows[1][3] == 4  # the table's own row number
