"""The mapping page offers the object's unique keys over several fields by name ("Key: Order + Product") beside
single fields; chosen, the import finds the records to update by all the key's fields, on every backend."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from supasoft.services.record_model import ListQuery
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import next_page, read_file

pytestmark = pytest.mark.all_backends

ORDER, PRODUCT, PRODUCT_NAME, LINE = 24, 20, 21, 30


def test_a_unique_key_over_order_and_product_is_offered_by_name_and_upserts_on_both(qtbot, import_window: MainWindow,  # noqa: ANN001
                                                                                    tmp_path: Path) -> None:
    session = import_window.session
    line = session.configuration.config.object_by_id(LINE)
    order, product, quantity = (line.field_by_name(n).id for n in ("Order", "Product", "Quantity"))
    session.configuration.add_unique_key(LINE, [order, product], "Order + Product")
    records = session.records
    lines = records.list(LINE, ListQuery(columns=[(order,), (product,)], limit=10000))
    first = lines[0]
    stored = records.get(LINE, first.id)
    order_id, product_id = stored.values[order], stored.values[product]
    order_code = session.configuration.config.object_by_id(ORDER).format_code(records.get(ORDER, order_id).code)
    names = {r.id: r.cells[0] for r in records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=1000))}
    in_order = {records.get(LINE, r.id).values[product] for r in lines if records.get(LINE, r.id).values[order] == order_id}
    other = next(name for pid, name in names.items() if pid not in in_order)
    lines_before = records.count(LINE)
    path = cp1251_csv(tmp_path, ["Order;Product;Quantity", f"{order_code};{names[product_id]};41",
                                 f"{order_code};{other};42"], name="lines.csv")
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(LINE)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    keys = [mapping.keys.item(i).text() for i in range(mapping.keys.count())]
    assert keys[:2] == ["Key: Order + Product", "Code"] and "Order" in keys and "Product" in keys
    mapping.set_mode("upsert", ["Key: Order + Product"])
    assert wizard.job.mapping.keys == [order, product] and mapping.isComplete()
    next_page(qtbot, wizard)
    assert wizard.preview_page.counts.text() == "Would create: 1, update: 1, skip: 0"
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    assert wizard.run_page.outcome.text() == "Imported: created 1, updated 1, skipped 0."
    assert records.get(LINE, first.id).values[quantity] == Decimal(41) and records.count(LINE) == lines_before + 1
    wizard.reject()
    again = open_wizard(import_window)  # the next import of the object remembers the key by its fields
    read_file(qtbot, again, path)
    again.file_page.select_object(LINE)
    next_page(qtbot, again)
    checked = [again.mapping_page.keys.item(i).text() for i in range(again.mapping_page.keys.count())
               if again.mapping_page.keys.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == ["Key: Order + Product"]
