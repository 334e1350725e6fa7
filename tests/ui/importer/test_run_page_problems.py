"""The run page of orders imported with their lines: each problem under the file part it is in (both number their
rows from 1), and a refused import says what to do instead of repeating the problems listed below it: import the
whole file again (its error file holds only the bad rows, and nothing of the file went in)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from supasoft.services.record_model import ListQuery
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import open_wizard
from tests.ui.importer.test_import_wizard import next_page, read_file
from tests.ui.importer.test_wizard_details import CLIENT, CLIENT_NAME, LINE, ORDER, PRODUCT, PRODUCT_NAME


def orders_with_bad_rows(folder: Path, client: str, product: str) -> Path:
    path = folder / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Orders (OrderID INTEGER, Client TEXT, Date TEXT)")
        conn.executemany("INSERT INTO Orders VALUES (?, ?, ?)", [(1, client, "2020-01-02"), (2, "Nobody at all", "2020-01-03")])
        conn.execute("CREATE TABLE OrderLines (OrderID INTEGER, Product TEXT, Quantity REAL)")
        conn.executemany("INSERT INTO OrderLines VALUES (?, ?, ?)", [(1, product, 1), (1, "No such thing", 2)])
    conn.close()
    return path


def test_parent_and_detail_problems_are_listed_apart_and_a_refusal_says_what_to_do(qtbot, import_window: MainWindow,
                                                                                   tmp_path: Path) -> None:  # noqa: ANN001
    records = import_window.session.records
    client = records.list(CLIENT, ListQuery(columns=[(CLIENT_NAME,)], limit=1))[0].cells[0]
    product = records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=1))[0].cells[0]
    wizard = open_wizard(import_window)
    wizard.file_page.select_object(ORDER)
    read_file(qtbot, wizard, orders_with_bad_rows(tmp_path, client, product))
    next_page(qtbot, wizard)
    wizard.mapping_page.details.setChecked(True)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.details_page.isComplete, timeout=10000)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    run = wizard.run_page
    orders, lines = records.obj(ORDER).plural, records.obj(LINE).plural
    listed = run.problems.toPlainText().splitlines()
    assert listed[0] == f"{orders}:" and listed[1].startswith("    row 2: Client")
    assert f"{lines}:" in listed
    under_lines = listed[listed.index(f"{lines}:") + 1:]
    assert any(line.startswith("    row 2: Product") for line in under_lines)
    run.run_button.click()
    qtbot.waitUntil(lambda: "Nothing was imported" in run.outcome.text(), timeout=15000)
    outcome = run.outcome.text()
    assert "Nobody at all" not in outcome and "listed below" in outcome and "import the whole file again" in outcome
    assert run.problems.toPlainText().splitlines() == listed
