"""DetailGrid on the Lite order lines: inline editing with the field editors, receivers, live costs and totals."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.widgets.card_form import RecordsLookup
from supasoft.widgets.detail_grid import DetailGrid
from supasoft.widgets.editors import ReferencePicker


@pytest.fixture(scope="module")
def lite_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("lite") / "crm.db"
    session = open_session(path)
    initialize(session, "lite")
    session.close()
    return path


@pytest.fixture
def lite(tmp_path, lite_file):
    for suffix in ("", "-wal", "-shm"):
        if lite_file.with_name(lite_file.name + suffix).exists():
            shutil.copy(lite_file.with_name(lite_file.name + suffix), tmp_path / f"crm.db{suffix}")
    session = open_session(tmp_path / "crm.db")
    ids = lite_ids(session)
    for name, price in (("Консультация", "120.00"), ("Szkolenie", "800.00")):
        product = session.records.new(ids["product"])
        product.values.update({ids["product.name"]: name, ids["product.price"]: price})
        session.records.save(product)
    yield session, ids
    session.close()


def product_id(session, ids, name):
    return next(i for i, text in session.records.lookup(ids["product"], name) if text == name)


def make_grid(qtbot, session, ids) -> DetailGrid:
    config = session.configuration.config
    detail_set = config.detail_sets_of(ids["order"])[0]
    grid = DetailGrid(session.records, detail_set, RecordsLookup(session.records), preview_delay_ms=10)
    qtbot.addWidget(grid)
    grid.resize(700, 320)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def open_cell(grid: DetailGrid, row: int, field_id: int):
    index = grid.model.index(row, grid.model.column_of(field_id))
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    editor = grid.table.indexWidget(index)
    assert editor is not None, "the cell did not open an editor"
    return editor


def test_typing_lines_fills_prices_and_updates_costs_and_total_live(qtbot, lite, type_text):
    session, ids = lite
    grid = make_grid(qtbot, session, ids)
    assert grid.model.rowCount() == 0
    grid.add_button.click()
    picker = grid.table.indexWidget(grid.table.currentIndex())
    assert isinstance(picker, ReferencePicker)  # Add line opens the product cell at once
    type_text(picker.edit, "Консультация\n")
    line = grid.model.line(0)
    assert line.values[ids["line.product"]] == product_id(session, ids, "Консультация")
    assert line.values[ids["line.price"]] == Decimal("120.00")  # the receiver copied the product's price
    quantity = open_cell(grid, 0, ids["line.quantity"])
    quantity.edit.selectAll()
    type_text(quantity.edit, "3")
    qtbot.waitUntil(lambda: grid.model.line(0).values.get(ids["line.cost"]) == Decimal("360.00"))
    assert "360.00" in grid.total_labels[ids["line.cost"]].text()

    grid.add_line()
    picker = open_cell(grid, 1, ids["line.product"])
    type_text(picker.edit, "Szkol")
    picker.pick(product_id(session, ids, "Szkolenie"), "Szkolenie")
    qtbot.waitUntil(lambda: grid.totals()[ids["line.cost"]] == Decimal("1160.00"))  # quantity defaults to 1
    assert "1,160.00" in grid.total_labels[ids["line.cost"]].text() or "1 160,00" in grid.total_labels[ids["line.cost"]].text()
    shown = grid.model.index(1, grid.model.column_of(ids["line.cost"])).data()
    assert shown.replace(",", "").startswith("800")
    assert grid.is_dirty() and len(grid.lines()) == 2


def test_removing_a_line_updates_the_total_and_keys_add_and_remove(qtbot, lite):
    session, ids = lite
    grid = make_grid(qtbot, session, ids)
    for name in ("Консультация", "Szkolenie"):
        row = grid.add_line()
        grid.set_value(row, ids["line.product"], product_id(session, ids, name))
    grid.refresh_formulas()
    assert grid.totals()[ids["line.cost"]] == Decimal("920.00")
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(0, grid.model.column_of(ids["line.cost"])))  # a computed cell
    QTest.keyClick(grid.table, Qt.Key.Key_Delete)
    assert [line.values[ids["line.price"]] for line in grid.lines()] == [Decimal("800.00")]
    assert grid.totals()[ids["line.cost"]] == Decimal("800.00")
    QTest.keyClick(grid.table, Qt.Key.Key_Insert)
    assert grid.model.rowCount() == 2


def test_stored_lines_load_and_typed_nonsense_stays_visible(qtbot, lite):
    session, ids = lite
    records = session.records
    client = records.new(ids["client"])
    client.values[ids["client.name"]] = "Anna Nowak"
    client = records.save(client)
    order = records.new(ids["order"])
    order.values.update({ids["order.client"]: client.id, ids["order.date"]: dt.date(2026, 11, 3)})
    line = records.new(ids["line"])
    line.values.update({ids["line.product"]: product_id(session, ids, "Szkolenie"), ids["line.quantity"]: "2"})
    order = records.save(order, details={grid_link(session, ids): [line]})
    grid = make_grid(qtbot, session, ids)
    grid.load(order.id)
    assert grid.model.rowCount() == 1 and not grid.is_dirty()
    assert grid.model.index(0, grid.model.column_of(ids["line.product"])).data() == "Szkolenie"
    assert grid.totals()[ids["line.cost"]] == Decimal("1600.00")
    grid.set_value(0, ids["line.quantity"], "abc")
    assert grid.model.index(0, grid.model.column_of(ids["line.quantity"])).data() == "abc"
    grid.refresh_formulas()
    assert grid.model.line(0).values.get(ids["line.cost"]) is None  # unparsable input counts as empty


def grid_link(session, ids) -> int:
    return session.configuration.config.detail_sets_of(ids["order"])[0].link
