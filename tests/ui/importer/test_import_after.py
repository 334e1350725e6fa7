"""After an import: the bad rows saved to an error file that, fixed, imports again; Undo this import takes back what
it created and updated; old numbers kept as Codes when the user asks."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import PRODUCT, next_page, prices, read_file

pytestmark = pytest.mark.all_backends


def import_file(qtbot, window: MainWindow, path: Path, *, mode: str = "create", keys: list[str] = ()):  # noqa: ANN001, ANN201
    """Walk the wizard with the guessed mapping and import skipping bad rows; the wizard is returned."""
    wizard = open_wizard(window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    if mode != "create":
        wizard.mapping_page.set_mode(mode, list(keys))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    return wizard


def test_the_error_file_holds_the_bad_rows_and_imports_again_once_fixed(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    path = cp1251_csv(tmp_path, ["Name;Price", "Good one;5", "Fixed later;five"])
    wizard = import_file(qtbot, import_window, path)
    run = wizard.run_page
    assert run.errors_button.isVisible() and run.errors_button.isEnabled()
    errors = tmp_path / "products-errors.xlsx"
    assert run.save_error_file(errors) == 1
    assert str(errors) in run.outcome.text()
    book = load_workbook(errors)
    sheet = book.active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["Name", "Price", "Row", "Reason"] and rows[1][:3] == ["Fixed later", "five", 3]
    sheet.cell(2, 2).value = 6.25  # the user fixes the price
    book.save(errors)
    wizard.close()

    again = open_wizard(import_window)
    read_file(qtbot, again, errors)
    again.file_page.select_object(PRODUCT)
    next_page(qtbot, again)
    assert [again.mapping_page.field_combo(r).currentText() for r in range(4)][2:] == ["— leave out —"] * 2
    next_page(qtbot, again)
    next_page(qtbot, again)
    again.run_page.run_button.click()
    qtbot.waitUntil(lambda: again.job.result is not None, timeout=15000)
    assert again.run_page.outcome.text() == "Imported: created 1, updated 0, skipped 0."
    assert prices(import_window)["Fixed later"] == Decimal("6.25")
    assert not again.run_page.errors_button.isEnabled()  # no bad rows left to save


def test_undo_this_import_deletes_what_it_created_and_restores_what_it_updated(qtbot, import_window: MainWindow,
                                                                               tmp_path: Path) -> None:  # noqa: ANN001
    before = prices(import_window)
    existing = sorted(before)[0]
    path = cp1251_csv(tmp_path, ["Name;Price", f"{existing};123,45", "Only for a while;1"])
    wizard = import_file(qtbot, import_window, path, mode="upsert", keys=["Name"])
    assert wizard.run_page.outcome.text() == "Imported: created 1, updated 1, skipped 0."
    assert prices(import_window)[existing] == Decimal("123.45")
    undo = wizard.run_page.undo_button
    assert undo.isVisible() and undo.isEnabled()
    undo.click()
    qtbot.waitUntil(lambda: "undone" in wizard.run_page.outcome.text(), timeout=15000)
    assert wizard.run_page.outcome.text() == "Import undone. Moved to the trash: 1; given their earlier values back: 1."
    assert prices(import_window) == before
    assert not undo.isEnabled()  # once


def test_old_numbers_become_the_codes_when_asked(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    path = cp1251_csv(tmp_path, ["Code;Name;Price", "900;Numbered;2"])
    wizard = open_wizard(import_window)
    read_file(qtbot, wizard, path)
    wizard.file_page.select_object(PRODUCT)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.field_combo(0).currentText() == "Code" and mapping.codes.isEnabled()
    mapping.codes.setChecked(True)
    assert wizard.job.mapping.codes
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.run_page.run_button.click()
    qtbot.waitUntil(lambda: wizard.job.result is not None, timeout=15000)
    created = import_window.session.records.get(PRODUCT, wizard.job.result.created[0])
    assert created.code == 900


def test_the_next_import_of_the_object_maps_the_same_headers_as_the_last_one(qtbot, import_window: MainWindow,
                                                                             tmp_path: Path) -> None:  # noqa: ANN001
    first = open_wizard(import_window)
    read_file(qtbot, first, cp1251_csv(tmp_path, ["Nazwa;Cena", "Pierwszy;1"], name="first.csv"))
    first.file_page.select_object(PRODUCT)
    next_page(qtbot, first)
    first.mapping_page.set_field("Nazwa", "Name")
    first.mapping_page.set_field("Cena", "Price")
    next_page(qtbot, first)
    next_page(qtbot, first)
    first.run_page.run_button.click()
    qtbot.waitUntil(lambda: first.job.result is not None, timeout=15000)
    first.close()

    again = open_wizard(import_window)
    read_file(qtbot, again, cp1251_csv(tmp_path, ["NAZWA;cena", "Drugi;2"], name="second.csv"))
    again.file_page.select_object(PRODUCT)
    next_page(qtbot, again)
    assert [again.mapping_page.field_combo(r).currentText() for r in range(2)] == ["Name", "Price"]  # remembered
